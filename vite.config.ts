import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
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
