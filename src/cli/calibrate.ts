/**
 * `deskshift calibrate [--seeds 50] [--noise 0.1] [FILE...]`: every persona on every built-in
 * scenario (or the files given), clean and noisy, and the calibration table. Exit 1 when the
 * evaluator misses the bar (clean exact; noisy >= 90 % exact, all within one, <= 5 % over).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type CalibrationRow,
  calibrateScenario,
  calibrationPasses,
  renderCalibrationTable,
} from '../personas/index.ts';
import { loadScenario, misuse, parseOptions, withoutTrace } from './common.ts';
import { EXIT, type Io } from './io.ts';

const USAGE = `Usage: deskshift calibrate [--seeds N] [--noise P] [FILE...]

Plays every persona (levels 0-5) on every built-in scenario (or the scenario files given), once
cleanly and with seeded slips over N seeds, evaluates each shift and prints the calibration table.

Options:
  --seeds N   noisy runs per persona (default 50)
  --noise P   probability 0-1 that each decision slips in the noisy runs (default 0.1)
  -h, --help  print this help

Exit codes: 0 calibrated, 1 a scenario is invalid or the evaluator misses the bar, 2 misuse.
`;

/** The built-in scenario files, in name order. */
function builtInScenarios(): string[] {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** Runs the calibration and prints its table. */
export async function runCalibrate(args: string[], io: Io): Promise<number> {
  return withoutTrace('calibrate', io, () => calibrateBody(args, io));
}

async function calibrateBody(args: string[], io: Io): Promise<number> {
  const opts = parseOptions(
    args,
    { seeds: { type: 'string' }, noise: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
    io,
  );
  if (!opts.ok) return opts.code;
  const { values, positionals } = opts.value;
  const seeds = values.seeds === undefined ? 50 : Number(values.seeds);
  if (!Number.isInteger(seeds) || seeds < 1 || seeds > 10_000) {
    return misuse(io, 'deskshift calibrate: --seeds must be an integer from 1 to 10000', USAGE).code;
  }
  const noise = values.noise === undefined ? 0.1 : Number(values.noise);
  if (!(noise >= 0 && noise <= 1))
    return misuse(io, 'deskshift calibrate: --noise must be from 0 to 1', USAGE).code;
  const files = positionals.length > 0 ? positionals : builtInScenarios();
  const rows: CalibrationRow[] = [];
  for (const file of files) {
    const loaded = loadScenario(file, io);
    if (!loaded.ok) return loaded.code;
    rows.push(...calibrateScenario(loaded.value.scenario, loaded.value.hash, { seeds, noise }));
  }
  io.out(renderCalibrationTable(rows));
  const passes = calibrationPasses(rows);
  io.out(passes ? 'Calibration: passes.\n' : 'Calibration: FAILS the bar.\n');
  return passes ? EXIT.ok : EXIT.finding;
}
