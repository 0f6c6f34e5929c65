/**
 * A ticket awaiting a third party: the desk shows who was asked, how and by when ("Awaiting Ana
 * Sousa (Data owner) by email, due 09:18"), then the answer once it is back. The shift is the
 * golden path of monday-morning cut short, saved as the store saves it and resumed on reload.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.ts';
import { parseScript, playScript } from '../../src/sim/script.ts';
import { type Browser, gotoGame, openBrowser, pause, shot } from './browser.ts';

const text = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const parsed = parseScenario(text('../../scenarios/monday-morning.json'), 'monday-morning.json');
if (!parsed.ok) throw new Error('monday-morning.json must parse');
const { scenario, hash } = parsed;
const script = parseScript(scenario, text('../scripts/monday-morning.golden.jsonl'));
if (!script.ok) throw new Error('the golden script must parse');
const golden = playScript(scenario, hash, script.steps, 1).log;
/** The golden shift's commands before `minute`, with the clock at `minute`. */
const cut = (minute: number) => ({
  ...golden,
  entries: golden.entries.filter((e) => e.at < minute),
  reachedMinute: minute,
});

describe('a ticket awaiting a third party at 1280x720', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await openBrowser(1280, 720);
  });
  afterAll(async () => {
    await b.close();
  });

  /** Resumes the saved shift and opens INT-1020 in the workspace. */
  async function openAt(minute: number): Promise<void> {
    const { page } = b;
    await gotoGame(page);
    await page.evaluate(
      (log) => localStorage.setItem('deskshift:v1:log:monday-morning', log),
      JSON.stringify(cut(minute)),
    );
    await page.reload();
    await page.locator('[data-scenario=monday-morning] [data-resume]').click();
    await page.waitForSelector('[data-screen=desk]');
    await pause(page);
    await page.keyboard.press('Home');
    for (let i = 0; i < 25; i++) {
      if (
        (await page.locator('.workspace .subject').textContent()) === 'Read access to the Rent Arrears folder'
      )
        return;
      await page.keyboard.press('j');
    }
    throw new Error('INT-1020 is not in the queue');
  }

  it('shows the pending request on the ticket, then the answer when it arrives', async () => {
    const { page } = b;
    await openAt(72);
    const pending = 'Awaiting Ana Sousa (Data owner) by email, due 09:18';
    expect(await page.locator('.workspace .facts [data-awaiting]').textContent()).toBe(pending);
    expect(await page.locator('.workspace .bubble.awaiting').textContent()).toBe(`Sent at 09:08${pending}`);
    await shot(page, '40-desk-awaiting-approval');

    await openAt(84);
    expect(await page.locator('.workspace [data-awaiting]').count()).toBe(0);
    expect(await page.locator('.workspace .bubble').allTextContents()).toContain(
      'Ana Sousa (Data owner) · by email · 09:18Approved: read access for Yusuf until Friday, please. Ana',
    );
    await shot(page, '41-desk-approval-answered');
    expect(b.errors).toEqual([]);
  });
});
