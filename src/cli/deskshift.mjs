#!/usr/bin/env node
// Entry point of `npx deskshift`: runs the CLI bundled to plain JavaScript by `npm run build:cli`
// (which `npm ci` runs through `prepare`), so no TypeScript is transpiled at start-up.
import { existsSync } from 'node:fs';

const bundle = new URL('../../build/cli/deskshift.mjs', import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  process.stderr.write('deskshift: the command-line tool is not built; run "npm run build:cli" first.\n');
  process.exitCode = 1;
}
