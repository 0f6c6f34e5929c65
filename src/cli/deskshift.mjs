#!/usr/bin/env node
// Entry point of `npx deskshift`: runs the CLI bundled to plain JavaScript by `npm run build:cli`
// (which `npm ci` runs through `prepare`), so no TypeScript is transpiled at start-up. A bundle
// older than the source it was built from would silently run old rules (refusing scenario fields
// the source accepts), so it is checked and named on stderr.
import { existsSync, readdirSync, statSync } from 'node:fs';

const bundle = new URL('../../build/cli/deskshift.mjs', import.meta.url);
const src = new URL('../', import.meta.url);

/** Whether any TypeScript file under src/ changed after the bundle was built. */
function stale() {
  const built = statSync(bundle).mtimeMs;
  return readdirSync(src, { recursive: true }).some(
    (f) => String(f).endsWith('.ts') && statSync(new URL(String(f), src)).mtimeMs > built,
  );
}

if (!existsSync(bundle)) {
  process.stderr.write('deskshift: the command-line tool is not built; run "npm run build:cli" first.\n');
  process.exitCode = 1;
} else {
  if (stale()) {
    process.stderr.write(
      'deskshift: warning: the built command-line tool is older than src/; run "npm run build:cli" to use the current rules.\n',
    );
  }
  await import(bundle.href);
}
