/**
 * The SLA deviation report is the trainee's judgement: the form lists every ticket with its SLA
 * state as the board shows it, ticks none, refuses an empty report, and sends only what the
 * trainee ticked, all from the keyboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShiftLog } from '../../src/sim/index.ts';
import { type Browser, gotoGame, openBrowser, pause, shot, snapshot } from './browser.ts';

describe('the SLA deviation report at 1280x720', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await openBrowser(1280, 720);
  });
  afterAll(async () => {
    await b.close();
  });

  it('ticks nothing, lists what the board shows, and sends what the trainee ticked', async () => {
    const { page } = b;
    // Fast enough to reach a breach in a second or two, slow enough that a loaded machine does not run past the end.
    await gotoGame(page, '?msPerMinute=200');
    await page.locator('[data-scenario=monday-morning] .btn.primary').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-screen=briefing]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-screen=desk]');
    // Run (the desk pauses itself when the VIP calls at 08:08; Space runs it on) to a breach.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('4');
      await page.waitForTimeout(250);
      if ((await page.locator('[data-panel=sla-board] li span.breached').count()) > 0) break;
    }
    await pause(page);
    expect(await page.locator('[data-panel=sla-board] li span.breached').count()).toBeGreaterThan(0);
    const before = ((await snapshot(page)).log as ShiftLog).entries.length;

    await page.keyboard.press('v');
    const form = page.locator('form[data-form="SLA deviation report"]');
    await form.waitFor();
    const boxes = form.locator('input[type=checkbox][name=tickets]');
    await boxes.first().waitFor();
    const order = ((await snapshot(page)).state as { order: string[] }).order;
    expect(await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(order);
    expect(await boxes.evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).length)).toBe(
      0,
    );
    expect(await form.locator('.sla-state.breached').count()).toBeGreaterThan(0);
    await shot(page, '14-desk-deviation-report-empty');

    // Enter with nothing ticked sends nothing and says why.
    await page.keyboard.press('Enter');
    expect(await form.locator('[data-hint]').textContent()).toBe('Tick at least one ticket to report.');
    expect(((await snapshot(page)).log as ShiftLog).entries.length).toBe(before);

    // Tick the first breached ticket with the keyboard alone, give a reason, send.
    const breachedId = await form
      .locator('label.check:has(.sla-state.breached) input')
      .first()
      .getAttribute('value');
    const index = order.indexOf(breachedId ?? '');
    expect(index).toBeGreaterThanOrEqual(0);
    await boxes.first().focus();
    for (let i = 0; i < index; i++) await page.keyboard.press('Tab');
    await page.keyboard.press(' ');
    expect(await boxes.nth(index).isChecked()).toBe(true);
    await shot(page, '14-desk-deviation-report-ticked');
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
    const log = (await snapshot(page)).log as ShiftLog;
    expect(log.entries.length).toBe(before + 1);
    expect(log.entries.at(-1)).toMatchObject({
      type: 'sla/report-deviation',
      ticketIds: [breachedId],
      note: 'Deviation report',
    });
    expect(b.errors).toEqual([]);
  });
});
