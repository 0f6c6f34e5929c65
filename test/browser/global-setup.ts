/**
 * Builds the game and serves it in-process with vite's `preview()` on 127.0.0.1 at a fixed port
 * (spawning `vite preview` and waiting on its output hung here, see STACK.md); if another run holds
 * the port, the next of a few fixed ones. Provides the URL to the tests; closed on teardown.
 */
import { rmSync } from 'node:fs';
import type { PreviewServer } from 'vite';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { PORTS } from './config.ts';

// One build folder per run, so two runs at once never serve each other's half-written files.
const OUT_DIR = `test-results/browser-dist-${process.pid}`;

async function listen(): Promise<{ server: PreviewServer; url: string }> {
  let last: unknown = null;
  for (const port of PORTS) {
    try {
      const server = await preview({
        logLevel: 'warn',
        build: { outDir: OUT_DIR },
        preview: { host: '127.0.0.1', port, strictPort: true, open: false },
      });
      return { server, url: `http://127.0.0.1:${port}` };
    } catch (error) {
      last = error;
    }
  }
  throw new Error(`no free port among ${PORTS.join(', ')}: ${String(last)}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const { server, url } = await listen();
  const probe = await fetch(`${url}/`, { signal: AbortSignal.timeout(10_000) });
  if (!probe.ok) throw new Error(`preview server answered HTTP ${probe.status}`);
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
    rmSync(OUT_DIR, { recursive: true, force: true });
  };
}
