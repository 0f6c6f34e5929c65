/**
 * UI figures, measured in one run against an empty Phaser 4 page built the same way
 * (`test/bench/empty-phaser/`): time to the first useful screen vs the empty page's time to ready,
 * time to the desk being ready, p95 frame time on the desk with 200 open tickets at 8x vs the empty
 * scene, and total JavaScript gzip size vs the empty Phaser build. Headless Debian Chromium.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { CHROMIUM_ARGS } from '../browser/browser.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RUNS = 5;
const FRAME_SAMPLE_MS = 8000;
const SETTLE_MS = 3000;

function jsGzipBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) total += jsGzipBytes(path);
    else if (name.endsWith('.js')) total += gzipSync(readFileSync(path), { level: 9 }).length;
  }
  return total;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? Number.NaN;
const ms = (v: number) => `${v.toFixed(1)} ms`;

/** A scenario with 200 extra e-mail tickets arriving in the first minutes (they never hang up). */
function busyScenario(): string {
  const data = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'first-shift.json'), 'utf8'));
  const base = data.timeline as Record<string, unknown>[];
  const extra = Array.from({ length: 200 }, (_, i) => {
    const a = structuredClone(base[i % base.length] ?? {}) as Record<string, unknown> & {
      truth: Record<string, unknown>;
    };
    delete a.truth.parent;
    delete a.truth.escalation;
    delete a.followUps;
    return { ...a, id: `BENCH-${String(i).padStart(4, '0')}`, at: i % 5, channel: 'email' };
  });
  data.meta.id = 'bench-busy';
  data.timeline = [...base, ...extra];
  return JSON.stringify(data);
}

async function serve(outDir: string, port: number): Promise<PreviewServer> {
  return preview({
    logLevel: 'warn',
    root: ROOT,
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
}

async function withPage<T>(fn: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'deskshift-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 720 },
    timeout: 30_000,
  });
  context.setDefaultTimeout(30_000);
  try {
    return await fn(context.pages()[0] ?? (await context.newPage()), context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function markTime(page: Page, mark: string): Promise<number> {
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 30_000 });
  return page.evaluate((m) => performance.getEntriesByName(m)[0]?.startTime ?? Number.NaN, mark);
}

/** When the mark was set and when it was on screen (the later of the mark and the first contentful paint). */
async function shownTime(page: Page, mark: string): Promise<{ mark: number; shown: number }> {
  const at = await markTime(page, mark);
  await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint').length > 0,
    undefined,
    {
      timeout: 30_000,
    },
  );
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
  );
  return { mark: at, shown: Math.max(at, fcp) };
}

/** rAF frame deltas over the sample window (a string, so the bundler's helpers never reach the page). */
async function frameTimes(page: Page): Promise<number[]> {
  const script = `new Promise((done) => {
    const deltas = [];
    let last = performance.now();
    const start = last;
    requestAnimationFrame(function tick(now) {
      deltas.push(now - last);
      last = now;
      if (now - start < ${FRAME_SAMPLE_MS}) requestAnimationFrame(tick);
      else done(deltas.slice(5));
    });
  })`;
  return (await page.evaluate(script)) as number[];
}

export default async function uiBench(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'deskshift-ui-bench-'));
  const appDir = join(work, 'app');
  const emptyDir = join(work, 'empty');
  mkdirSync(work, { recursive: true });
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
  await build({
    root: join(ROOT, 'test', 'bench', 'empty-phaser'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir: emptyDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  });
  const appServer = await serve(appDir, 4411);
  const emptyServer = await serve(emptyDir, 4412);
  try {
    const emptyReady: number[] = [];
    const emptyMark: number[] = [];
    const firstScreen: number[] = [];
    const firstMark: number[] = [];
    const deskReady: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const empty = await withPage(async (page) => {
        await page.goto('http://127.0.0.1:4412/');
        return shownTime(page, 'bench:ready');
      });
      emptyReady.push(empty.shown);
      emptyMark.push(empty.mark);
      const [first, desk] = await withPage(async (page) => {
        await page.goto('http://127.0.0.1:4411/');
        const f = await shownTime(page, 'deskshift:first-useful-screen');
        await page.locator('[data-scenario=first-shift] .btn.primary').click();
        await page.waitForSelector('[data-screen=briefing]');
        const startAt = await page.evaluate(() => performance.now());
        await page.keyboard.press('Enter');
        const d = await markTime(page, 'deskshift:desk-ready');
        return [f, d - startAt] as const;
      });
      firstScreen.push(first.shown);
      firstMark.push(first.mark);
      deskReady.push(desk);
    }

    const emptyFrames = await withPage(async (page) => {
      await page.goto('http://127.0.0.1:4412/');
      await markTime(page, 'bench:ready');
      return frameTimes(page);
    });
    const deskFrames = await withPage(async (page) => {
      await page.goto('http://127.0.0.1:4411/');
      await page.evaluate(() =>
        localStorage.setItem('deskshift:v1:prefs', JSON.stringify({ muted: true, autoPauseP1: false })),
      );
      await markTime(page, 'deskshift:first-useful-screen');
      await page.setInputFiles('#scenario-file', {
        name: 'busy.json',
        mimeType: 'application/json',
        buffer: Buffer.from(busyScenario()),
      });
      await page.waitForSelector('[data-screen=briefing]');
      await page.keyboard.press('Enter');
      await markTime(page, 'deskshift:desk-ready');
      await page.keyboard.press('4');
      await page.waitForFunction(
        () => {
          const snap = window.__deskshift?.snapshot() as { state: { order: string[] } } | undefined;
          return (snap?.state.order.length ?? 0) >= 200;
        },
        undefined,
        { timeout: 60_000 },
      );
      await page.waitForTimeout(SETTLE_MS);
      return frameTimes(page);
    });

    const share = (xs: number[]) =>
      `${((xs.filter((x) => x > 20).length / xs.length) * 100).toFixed(1)} % of ${xs.length} frames over 20 ms`;
    console.log(`frames: desk ${share(deskFrames)}; empty ${share(emptyFrames)}`);
    const appJs = jsGzipBytes(appDir);
    const emptyJs = jsGzipBytes(emptyDir);
    const fs = median(firstScreen);
    const er = median(emptyReady);
    const p95Desk = p95(deskFrames);
    const p95Empty = p95(emptyFrames);
    console.log(
      `runs: ${RUNS} (medians); frames sampled ${FRAME_SAMPLE_MS / 1000} s after ${SETTLE_MS / 1000} s at 8x; viewport 1280x720`,
    );
    const fm = median(firstMark);
    const em = median(emptyMark);
    console.log(
      `first useful screen, script done  ${ms(fm)}   empty Phaser page first frame ${ms(em)}   ratio ${(fm / em).toFixed(2)}`,
    );
    console.log(
      `first useful screen, painted     ${ms(fs)}   empty Phaser page ready ${ms(er)}   ratio ${(fs / er).toFixed(2)} (goal <= 0.50)`,
    );
    console.log(`desk ready after Start           ${ms(median(deskReady))}`);
    console.log(
      `p95 frame, desk 200 open at 8x   ${ms(p95Desk)}   empty scene ${ms(p95Empty)}   ratio ${(p95Desk / p95Empty).toFixed(3)} (goal <= 1.05)`,
    );
    console.log(
      `JS gzip total                    ${(appJs / 1024).toFixed(1)} kB   empty Phaser ${(emptyJs / 1024).toFixed(1)} kB   ratio ${(appJs / emptyJs).toFixed(2)} (goal <= 1.30)`,
    );
  } finally {
    await appServer.close();
    await emptyServer.close();
    rmSync(work, { recursive: true, force: true });
  }
}
