/**
 * The library in a real browser: it shows before Phaser, a broken scenario file shows the
 * validator's located messages, and scenario text with HTML in it is shown as text and runs nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, gotoGame, openBrowser, pause, shot } from './browser.ts';

const broken = readFileSync('test/browser/fixtures/broken.json', 'utf8');
const XSS = '<img src=x onerror="window.__xss=1">';

function hostile(): string {
  const data = JSON.parse(readFileSync('scenarios/first-shift.json', 'utf8'));
  data.meta.id = 'hostile-text';
  data.meta.title = `Hostile ${XSS} title`;
  data.meta.summary = `Summary ${XSS}`;
  data.meta.briefing = `Briefing ${XSS}`;
  for (const arrival of data.timeline) {
    arrival.subject = `Subject ${XSS}`;
    arrival.message = `Message ${XSS}<script>window.__xss=2</script>`;
  }
  return JSON.stringify(data, null, 2);
}

describe.each([
  [1280, 720],
  [1920, 1080],
])('library at %ix%i', (width, height) => {
  let b: Browser;
  beforeAll(async () => {
    b = await openBrowser(width, height);
  });
  afterAll(async () => {
    await b.close();
  });

  it('shows the built-in scenarios as cards', async () => {
    await gotoGame(b.page);
    const titles = await b.page.locator('.card h3').allTextContents();
    expect(titles).toContain('First Shift at Hollins College');
    await b.page.waitForSelector('.loader:has-text("The desk is ready.")', { timeout: 30_000 });
    await shot(b.page, '01-library');
  });

  it('shows the validator’s located messages for a broken file', async () => {
    await gotoGame(b.page);
    await b.page.setInputFiles('#scenario-file', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(broken),
    });
    const messages = b.page.locator('.messages li');
    await messages.first().waitFor();
    const lines = await messages.allTextContents();
    // Every line is located (FILE:LINE:COL  message (at path)), and the two planted mistakes are there.
    for (const line of lines) expect(line).toMatch(/^broken\.json:\d+:\d+ {2}.+ \(at [^)]+\)$/);
    expect(lines.some((l) => l.startsWith('broken.json:10:19  ') && l.endsWith('(at meta.shiftStart)'))).toBe(
      true,
    );
    expect(
      lines.some((l) => l.startsWith('broken.json:22:5  ') && l.endsWith('(at organisation.colour)')),
    ).toBe(true);
    await shot(b.page, '02-library-broken-file');
  });

  it('validates a file dropped on the drop zone the same way', async () => {
    await gotoGame(b.page);
    await b.page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      document
        .getElementById('dropzone')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, broken);
    await b.page.locator('.messages li').first().waitFor();
    const lines = await b.page.locator('.messages li').allTextContents();
    expect(
      lines.some((l) => l.startsWith('dropped.json:10:19  ') && l.endsWith('(at meta.shiftStart)')),
    ).toBe(true);
  });

  it('shows HTML in scenario text as text and runs nothing', async () => {
    await gotoGame(b.page, '?msPerMinute=400');
    await b.page.setInputFiles('#scenario-file', {
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(hostile()),
    });
    await b.page.waitForSelector('[data-screen=briefing]');
    expect(await b.page.locator('h1').first().textContent()).toBe(`Hostile ${XSS} title`);
    await b.page.keyboard.press('Enter');
    await b.page.waitForSelector('[data-screen=desk]');
    await b.page.keyboard.press('4');
    await b.page.waitForFunction(() => document.querySelector('.workspace .subject') !== null);
    await pause(b.page);
    expect(await b.page.locator('.workspace .subject').textContent()).toBe(`Subject ${XSS}`);
    expect(await b.page.locator('.bubble.caller').first().textContent()).toContain(`Message ${XSS}<script>`);
    // The queue is a canvas: a live region reads the selected ticket out, as text too.
    const heard = (await b.page.locator('[data-panel=announcer]').textContent()) ?? '';
    // Under load a later hostile ticket may have arrived and been selected before the pause.
    const subjectEnd = `Subject ${XSS}. `.length + 'HC-2001, '.length;
    expect(heard.replace(/^HC-\d{4}/, 'HC-nnnn').slice(0, subjectEnd)).toBe(`HC-nnnn, Subject ${XSS}. `);
    await shot(b.page, '03-desk-hostile-text');
    const ran = await b.page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
      imgs: document.querySelectorAll('img[src=x]').length,
      scripts: document.querySelectorAll('body script').length,
    }));
    expect(ran).toEqual({ xss: null, imgs: 0, scripts: 0 });
    expect(b.errors.filter((e) => !e.includes('favicon'))).toEqual([]);
  });
});
