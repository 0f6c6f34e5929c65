/**
 * Launches Debian's Chromium through playwright-core with a fresh profile (never a downloaded
 * browser), and small helpers the browser tests share: screenshots, the app's snapshot hook.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { baseUrl } from './config.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

export const SCREENSHOT_DIR = 'test-results/screenshots';

export interface Browser {
  context: BrowserContext;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/** A fresh browser with one page at the given viewport; page errors are collected in `errors`. */
export async function openBrowser(width = 1280, height = 720): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'deskshift-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height },
    timeout: 30_000,
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the game (with an optional query, e.g. "?msPerMinute=40"). */
export async function gotoGame(page: Page, query = ''): Promise<void> {
  await page.goto(`${baseUrl()}/${query}`);
  await page.waitForSelector('[data-screen=library] .card');
}

/** Saves a screenshot as test-results/screenshots/NAME-WIDTHxHEIGHT.png. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const size = page.viewportSize();
  const path = join(SCREENSHOT_DIR, `${name}-${size?.width ?? 0}x${size?.height ?? 0}.png`);
  await page.screenshot({ path, timeout: 20_000 });
  return path;
}

/** The app's read-only session snapshot ({ log, state }). */
export async function snapshot(page: Page): Promise<{ log: unknown; state: unknown }> {
  return page.evaluate(() => {
    const hook = window.__deskshift;
    if (!hook) throw new Error('no session open');
    return hook.snapshot() as { log: unknown; state: unknown };
  });
}

export async function currentScreen(page: Page): Promise<string> {
  return page.evaluate(() => window.__deskshift?.screen() ?? 'library');
}

/** Pauses the clock with 0 (which never starts it) and waits until the desk shows it paused. */
export async function pause(page: Page): Promise<void> {
  // 0 only pauses: Space would toggle, and run the clock again if the desk paused itself meanwhile.
  await page.keyboard.press('0');
  await page.waitForFunction(
    () => !document.querySelector('[data-run-state]')?.textContent?.startsWith('Running'),
  );
}
