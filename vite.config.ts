import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { readCardMeta } from './src/ui/card-meta.ts';
import { xapiProfile } from './src/xapi/profile.ts';

/**
 * `virtual:scenario-cards`: the built-in scenarios' card data (title, summary, levels, length),
 * read at build time so the library shows before any scenario file is fetched. A file that is not
 * even JSON gets a null card; the game then shows the validator's messages when it is opened.
 */
function scenarioCards(): Plugin {
  const id = 'virtual:scenario-cards';
  const resolved = `\0${id}`;
  return {
    name: 'deskshift-scenario-cards',
    resolveId: (source) => (source === id ? resolved : null),
    load(source) {
      if (source !== resolved) return null;
      const dir = resolve('scenarios');
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
        .sort();
      const cards = files.map((f) => {
        const path = join(dir, f);
        this.addWatchFile(path);
        return { file: `scenarios/${f}`, meta: readCardMeta(readFileSync(path, 'utf8')) };
      });
      return `export default ${JSON.stringify(cards)};`;
    },
  };
}

/**
 * The xAPI Profile at `xapi/profile.jsonld`, beside the game, built from the same vocabulary as the
 * statements (src/xapi). Its IRIs use the default base; a host that publishes it under its own
 * base prints that one with `deskshift xapi --profile --base IRI`.
 */
function xapiProfileFile(): Plugin {
  const file = 'xapi/profile.jsonld';
  const text = (): string => `${JSON.stringify(xapiProfile(), null, 2)}\n`;
  return {
    name: 'deskshift-xapi-profile',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `/${file}`) return next();
        res.setHeader('Content-Type', 'application/ld+json');
        res.end(text());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: file, source: text() });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [scenarioCards(), xapiProfileFile()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Icons stay files: Phaser's loader cannot read non-base64 data URLs.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
  },
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        // Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core against a production
        // build served in-process by the global setup; one file at a time, a timeout on everything.
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
