/**
 * `deskshift check` speed on the largest scenario in `scenarios/` (the test fixture when there is
 * none). First the command as a user runs it: the built binary (rebuilt here, as `npm run build:cli`
 * does) against `node -e` parsing the same file, wall time per process, median of alternating runs;
 * goal 3x. Then parseScenario alone (strict JSON with positions, schema, semantic checks,
 * normalisation and hash) in milliseconds per file, against a bare `JSON.parse` of the same text.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { parseScenario } from '../../src/scenario/index.ts';

const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/valid/minimal.json', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = `${ROOT}src/cli/deskshift.mjs`;
/** Issue 7: `deskshift check FILE` within 3x `node -e` parsing the file. */
const GOAL_RATIO = 3;
const PROCESS_RUNS = 15;

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

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median wall milliseconds of each command, run alternately so both see the same machine load. */
function wallTimes(commands: string[][], runs: number): number[] {
  const times = commands.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach((args, j) => {
      const start = performance.now();
      const r = spawnSync(process.execPath, args, { stdio: 'ignore', cwd: ROOT });
      times[j]?.push(performance.now() - start);
      if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
    });
  }
  return times.map(median);
}

async function processBench(file: string): Promise<void> {
  await build({ configFile: `${ROOT}vite.cli.config.ts`, root: ROOT, logLevel: 'warn' });
  const json = `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}))`;
  const [nodeMs = 0, checkMs = 0] = wallTimes(
    [
      ['-e', json],
      [BIN, 'check', file],
    ],
    PROCESS_RUNS,
  );
  const ratio = checkMs / nodeMs;
  console.log(`node -e 'JSON.parse(...)':  ${nodeMs.toFixed(1)} ms per process (median of ${PROCESS_RUNS})`);
  console.log(`deskshift check FILE:      ${checkMs.toFixed(1)} ms per process (built binary)`);
  console.log(
    `ratio check / node -e:     ${ratio.toFixed(1)}x (goal <= ${GOAL_RATIO}x) ${ratio <= GOAL_RATIO ? 'MET' : 'MISSED'}`,
  );
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
  await processBench(file);
}
