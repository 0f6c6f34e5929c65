#!/usr/bin/env node
// Entry point of `npx deskshift`: runs the TypeScript CLI through tsx, so no build step is needed.
// An unexpected failure prints one line, not a stack trace (set DESKSHIFT_DEBUG=1 for the stack).
import { register } from 'tsx/esm/api';

register();
// `deskshift evaluate ... | head` closes the pipe early: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
try {
  const { main } = await import('./main.ts');
  process.exitCode = await main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
} catch (error) {
  if (process.env.DESKSHIFT_DEBUG) console.error(error);
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`deskshift: unexpected error: ${message}\n`);
  process.exitCode = 1;
}
