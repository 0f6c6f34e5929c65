/**
 * The process side of `deskshift`: wires `main` to argv, the standard streams and the exit code.
 * Bundled to `build/cli/deskshift.mjs` by `npm run build:cli`; tests call `main` directly instead.
 * An unexpected failure prints one line, not a stack trace (set DESKSHIFT_DEBUG=1 for the stack).
 */
import { main } from './main.ts';

// `deskshift evaluate ... | head` closes the pipe early: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
try {
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
