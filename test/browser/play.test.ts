/**
 * Plays a built-in scenario to its end with the keyboard alone, then checks that the debrief shows
 * the level the evaluator gives for the same log (replayed here in Node, like `deskshift evaluate`),
 * and that the exported log is that log. Screenshots of every screen on the way.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type Report } from '../../src/eval/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { replay, type ShiftLog } from '../../src/sim/index.ts';
import { type Browser, gotoGame, openBrowser, pause, shot, snapshot } from './browser.ts';
import { playToEnd } from './play.ts';

function expectedReport(log: ShiftLog): Report {
  const parsed = parseScenario(
    readFileSync('scenarios/first-shift.json', 'utf8'),
    'scenarios/first-shift.json',
  );
  if (!parsed.ok) throw new Error('built-in scenario invalid');
  const replayed = replay(parsed.scenario, parsed.hash, log);
  if (!replayed.ok) throw new Error(replayed.message);
  return evaluate(parsed.scenario, replayed.state, {
    scenarioHash: parsed.hash,
    engineVersion: log.engineVersion,
  });
}

describe.each([
  [1280, 720],
  [1920, 1080],
])('a whole shift with the keyboard at %ix%i', (width, height) => {
  let b: Browser;
  beforeAll(async () => {
    b = await openBrowser(width, height);
  });
  afterAll(async () => {
    await b.close();
  });

  it('plays First Shift to the end and the debrief shows the evaluator’s level', async () => {
    const { page } = b;
    await gotoGame(page, '?msPerMinute=400');
    await page.waitForSelector('.loader:has-text("The desk is ready.")', { timeout: 30_000 });
    await page.locator('[data-scenario=first-shift] .btn.primary').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-screen=briefing]');
    await shot(page, '10-briefing');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-screen=desk]');
    await page.keyboard.press('2');
    await page.waitForTimeout(1500);
    await pause(page);
    await page.keyboard.press('j');
    await shot(page, '11-desk');
    await page.keyboard.press('?');
    await page.waitForSelector('.help-overlay');
    await shot(page, '12-desk-help');
    await page.keyboard.press('Escape');
    await page.keyboard.press('v');
    await shot(page, '13-desk-deviation-report');
    await page.keyboard.press('Escape');

    await playToEnd(page);
    await page.waitForSelector('[data-screen=debrief]');
    await shot(page, '15-debrief');
    const log = (await snapshot(page)).log as ShiftLog;
    expect(log.entries.length).toBeGreaterThan(5);
    const shown = await page.locator('[data-level]').getAttribute('data-level');
    const report = expectedReport(log);
    expect(Number(shown)).toBe(report.level);
    expect(await page.locator('[data-claim]').textContent()).toBe(`${report.claim}.`);

    const download = page.waitForEvent('download');
    await page.locator('button:has-text("Export shift log")').focus();
    await page.keyboard.press('Enter');
    const file = await (await download).path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(log);

    // Back in the library, the card shows the result just earned.
    await page.locator('button:has-text("Other scenarios")').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-screen=library]');
    expect(await page.locator('[data-scenario=first-shift] p.muted').first().textContent()).toMatch(
      new RegExp(`^Last result: ${report.claim.replace(/[()]/g, '\\$&')}\\.`),
    );
    expect(b.errors).toEqual([]);
  });
});
