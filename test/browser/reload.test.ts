/**
 * Reload in the middle of a shift: the resumed session has the same log and state (same queue,
 * same clock). A saved shift whose scenario changed gets a clear message and a choice.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, currentScreen, gotoGame, openBrowser, pause, shot, snapshot } from './browser.ts';

describe.each([
  [1280, 720],
  [1920, 1080],
])('reload at %ix%i', (width, height) => {
  let b: Browser;
  beforeAll(async () => {
    b = await openBrowser(width, height);
  });
  afterAll(async () => {
    await b.close();
  });

  it('resumes exactly where the shift was', async () => {
    const { page } = b;
    await gotoGame(page, '?msPerMinute=150');
    await page.locator('[data-scenario=monday-morning] .btn.primary').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-screen=briefing]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-screen=desk]');
    await page.keyboard.press('4');
    await page.waitForTimeout(1200);
    await pause(page);
    await page.keyboard.press('Home');
    await page.keyboard.press('a');
    await page.keyboard.press('l');
    await page.locator('.workspace form.form').waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('p');
    await page.keyboard.press('Enter');
    await page.keyboard.press('q');
    await page.locator('.workspace form.form').waitFor();
    await page.keyboard.press('1');
    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    await page.locator('.workspace form.form').waitFor();
    await shot(page, '24-desk-priority-form');
    await page.keyboard.press('Escape');
    await page.keyboard.press('s');
    await page.keyboard.type('password');
    await page.keyboard.press('Enter');
    await page.locator('.workspace form.form .box').first().waitFor();
    await shot(page, '25-desk-knowledge-base');
    await page.keyboard.press('Escape');
    const before = await snapshot(page);
    const clockBefore = await page.locator('[data-clock]').textContent();
    expect((before.log as { entries: unknown[] }).entries.length).toBeGreaterThan(4);
    await shot(page, '20-desk-working');

    await page.reload();
    await page.waitForSelector('[data-resume]');
    await shot(page, '21-library-resume');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-screen=desk]');
    expect(await snapshot(page)).toEqual(before);
    expect(await page.locator('[data-clock]').textContent()).toBe(clockBefore);
    expect(await page.locator('[data-run-state]').textContent()).toBe('Paused');
    await page.keyboard.press('Home');
    await shot(page, '22-desk-resumed');
    expect(b.errors).toEqual([]);
  });

  it('explains a saved shift whose scenario changed and offers a choice', async () => {
    const { page } = b;
    await page.evaluate(() => {
      const key = 'deskshift:v1:log:monday-morning';
      const log = JSON.parse(localStorage.getItem(key) ?? '{}');
      log.scenarioHash = 'an-older-version';
      localStorage.setItem(key, JSON.stringify(log));
    });
    await page.reload();
    await page.waitForSelector('[data-resume]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-screen=conflict]');
    expect(await page.locator('[data-screen=conflict] .notice').textContent()).toMatch(
      /^This shift was played on another version of the scenario "Monday Morning at Calder Valley Homes" \(log an-older-ver, file [0-9a-f]{12}\), so its moves would not replay the same shift; replay it against the scenario file it was played on\.$/,
    );
    await shot(page, '23-conflict');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await (await download).path();
    expect(JSON.parse(readFileSync(file, 'utf8')).scenarioHash).toBe('an-older-version');
    await page.waitForSelector('[data-screen=briefing]');
    expect(await currentScreen(page)).toBe('briefing');
  });
});
