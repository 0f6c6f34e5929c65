/**
 * `npm run bench`: runs every `test/bench/*.bench.ts` (or those named on the command line) in
 * turn. Each prints its own figures and ratios; a failing one is reported and the rest still run.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n== ${file.replace(/\.bench\.ts$/, '')} ==`);
  try {
    const mod: { default: () => Promise<void> } = await import(join(here, file));
    await mod.default();
  } catch (error) {
    failed += 1;
    console.error(`${file} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
