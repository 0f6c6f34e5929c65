/**
 * `deskshift check` speed: parseScenario (strict JSON with positions, schema, semantic checks,
 * normalisation and hash) on the largest scenario in `scenarios/` (the test fixture when there is
 * none), in milliseconds per file, and its ratio to a bare `JSON.parse` of the same text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../../src/scenario/index.ts';

const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/valid/minimal.json', import.meta.url));

function largestScenario(): string {
  const files = readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => `${SCENARIOS}${f}`)
    .sort((a, b) => statSync(b).size - statSync(a).size);
  return files[0] ?? FIXTURE;
}

/** Mean milliseconds per call of `fn` over at least `minMs` of running, after a warm-up. */
function time(fn: () => void, minMs = 500): number {
  for (let i = 0; i < 20; i++) fn();
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    runs++;
    elapsed = performance.now() - start;
  }
  return elapsed / runs;
}

export default async function (): Promise<void> {
  const file = largestScenario();
  const text = readFileSync(file, 'utf8');
  const first = performance.now();
  const result = parseScenario(text, file);
  const coldMs = performance.now() - first;
  if (!result.ok) throw new Error(`${file} is not valid: ${result.errors[0]?.message}`);
  const parseMs = time(() => parseScenario(text, file));
  const jsonMs = time(() => JSON.parse(text));
  const kib = (Buffer.byteLength(text) / 1024).toFixed(1);
  console.log(
    `file: ${file.replace(`${process.cwd()}/`, '')} (${kib} KiB, ${result.scenario.timeline.length} arrivals)`,
  );
  console.log(`parseScenario: ${coldMs.toFixed(2)} ms first call, ${parseMs.toFixed(3)} ms per file warm`);
  console.log(`JSON.parse:    ${jsonMs.toFixed(4)} ms per file`);
  console.log(`ratio parseScenario / JSON.parse: ${(parseMs / jsonMs).toFixed(1)}x`);
}
