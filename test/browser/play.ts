/**
 * A keyboard-only player for the browser tests: it runs the clock in short bursts, then walks the
 * queue with J and works each ticket with the shortcut keys (answer, log, prioritise, resolve,
 * close), accepting each form's defaults with Enter. It plays legally, not well: the point is that
 * every step goes through the keyboard and the game reaches its end.
 */
import type { Page } from 'playwright-core';
import { currentScreen, pause, snapshot } from './browser.ts';

interface SnapState {
  now: number;
  ended: boolean;
  order: string[];
}

async function stateOf(page: Page): Promise<SnapState> {
  const s = (await snapshot(page)).state as SnapState;
  return { now: s.now, ended: s.ended, order: s.order };
}

async function actions(page: Page): Promise<string[]> {
  return page
    .locator('.workspace [data-action]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-action') ?? ''));
}

/** Presses a key and, when it opened a form, accepts the defaults with Enter. */
async function act(page: Page, key: string, form: boolean): Promise<void> {
  await page.keyboard.press(key);
  if (form) {
    await page.locator('.workspace form.form').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.workspace form.form').waitFor({ state: 'detached' });
  }
}

/** Works the selected ticket one step further, if there is something to do. */
async function workSelected(page: Page, done: Set<string>): Promise<void> {
  const id = await page.locator('.workspace .subject').count();
  if (id === 0) return;
  const available = await actions(page);
  const ticket = (await page.locator('.workspace .ticket-head .muted').textContent())?.split(' ')[0] ?? '';
  if (available.includes('answer')) await act(page, 'a', false);
  const after = await actions(page);
  const logged =
    (await page.locator('.workspace [data-status]').count()) > 0 &&
    !(await page.locator('.workspace .facts').textContent())?.includes('Not logged');
  if (after.includes('log') && !logged) await act(page, 'l', true);
  if (after.includes('priority') && (await page.locator('.workspace .prio.unset').count()) > 0)
    await act(page, 'p', true);
  const now = await actions(page);
  if (now.includes('resolve') && !done.has(ticket)) {
    done.add(ticket);
    await page.keyboard.press('r');
    const form = page.locator('.workspace form.form');
    await form.waitFor();
    if ((await form.locator('button[type=submit]').count()) > 0) await page.keyboard.press('Enter');
    else await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
  }
  if ((await actions(page)).includes('close')) await act(page, 'c', false);
}

/** Plays the open shift to its end with the keyboard; returns when the debrief shows. */
export async function playToEnd(page: Page, burstMs = 250, maxRounds = 400): Promise<void> {
  const done = new Set<string>();
  await page.keyboard.press('4'); // 8x (the speed also starts the clock)
  for (let round = 0; round < maxRounds; round++) {
    if ((await currentScreen(page)) === 'debrief') return;
    await page.waitForTimeout(burstMs);
    await pause(page);
    const s = await stateOf(page);
    if (s.ended) break;
    await page.keyboard.press('Home');
    for (let i = 0; i < s.order.length; i++) {
      if (i > 0) await page.keyboard.press('j');
      await workSelected(page, done);
      if ((await currentScreen(page)) === 'debrief') return;
    }
    await page.keyboard.press('4');
  }
  await page.waitForSelector('[data-screen=debrief]', { timeout: 20_000 });
}
