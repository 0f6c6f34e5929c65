/**
 * `deskshift calibrate [--seeds N] [--noise LIST] [--think M] [FILE...]`: the persona bots of
 * known level (plain, borderline and with structured deficits, thinking between decisions) on every
 * built-in scenario (or the files given), judged by the shipped evaluator and by the negative
 * control. Prints the calibration table, the ECE per scenario and noise rate, and the bar's
 * verdict. Exit 1 when the evaluator misses the bar, or when the negative control passes it (a
 * calibration that cannot fail proves nothing).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CALIBRATION_PLAN,
  type CalibrationPlan,
  type CalibrationResult,
  calibrateScenario,
  calibrationMisses,
  renderCalibrationTable,
  shippedJudge,
  summarise,
  wrongMapJudge,
} from '../personas/index.ts';
import { loadScenario, misuse, parseOptions, withoutTrace } from './common.ts';
import { EXIT, type Io } from './io.ts';

const USAGE = `Usage: deskshift calibrate [--seeds N] [--noise LIST] [--think M] [--figures] [FILE...]

Plays the persona bots of known level (0 up to one above what each scenario can assess; plain,
borderline at 65 % right at their level, and strong players who never report deviations or never
escalate) on every built-in scenario (or the scenario files given), evaluates every shift and prints
exact, within-one and over-estimated shares, how often the claimed range held the truth, and the
expected calibration error (ECE, 10 bins) of the confidence per scenario and noise rate. Then the
same runs judged by a negative control (an evaluator reading every level wrong), which must fail.

The bar: at noise ${CALIBRATION_PLAN.barNoise}, every plain persona >= 90 % exact, 100 % within one level,
<= 5 % over; ECE <= 0.10 at every noise rate.

Options:
  --seeds N      runs per persona, variant and noise rate (default ${CALIBRATION_PLAN.seeds})
  --noise LIST   comma-separated noise rates 0-1 (default ${CALIBRATION_PLAN.noise.join(',')})
  --think M      mean game minutes a persona thinks before each decision (default ${CALIBRATION_PLAN.think})
  --figures      print only the per-scenario figures as JSON (what src/eval/calibration-figures.ts
                 holds for the shipped plan)
  -h, --help     print this help

Exit codes: 0 calibrated, 1 a scenario is invalid, the evaluator misses the bar or the negative
control passes it, 2 misuse.
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

function readPlan(values: Record<string, string | boolean | undefined>): CalibrationPlan | string {
  const seeds = values.seeds === undefined ? CALIBRATION_PLAN.seeds : Number(values.seeds);
  if (!Number.isInteger(seeds) || seeds < 1 || seeds > 10_000)
    return '--seeds must be an integer from 1 to 10000';
  const noise =
    typeof values.noise === 'string'
      ? values.noise.split(',').map((n) => Number(n.trim()))
      : CALIBRATION_PLAN.noise;
  if (noise.length === 0 || noise.some((n) => !(n >= 0 && n <= 1)))
    return '--noise must be a list of rates from 0 to 1';
  const think = values.think === undefined ? CALIBRATION_PLAN.think : Number(values.think);
  if (!(think >= 0 && think <= 30)) return '--think must be from 0 to 30 minutes';
  const barNoise = noise.includes(CALIBRATION_PLAN.barNoise) ? CALIBRATION_PLAN.barNoise : (noise[0] ?? 0);
  return { seeds, noise, think, barNoise };
}

async function calibrateBody(args: string[], io: Io): Promise<number> {
  const opts = parseOptions(
    args,
    {
      seeds: { type: 'string' },
      noise: { type: 'string' },
      think: { type: 'string' },
      figures: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
    io,
  );
  if (!opts.ok) return opts.code;
  const { values, positionals } = opts.value;
  const plan = readPlan(values);
  if (typeof plan === 'string') return misuse(io, `deskshift calibrate: ${plan}`, USAGE).code;
  const files = positionals.length > 0 ? positionals : builtInScenarios();
  const shipped: CalibrationResult[] = [];
  const control: CalibrationResult[] = [];
  for (const file of files) {
    const loaded = loadScenario(file, io);
    if (!loaded.ok) return loaded.code;
    const { scenario, hash } = loaded.value;
    const [own, wrong] = calibrateScenario(scenario, hash, plan, [shippedJudge, wrongMapJudge]);
    if (own !== undefined) shipped.push(own);
    if (wrong !== undefined) control.push(wrong);
  }
  if (values.figures === true) {
    io.out(`${JSON.stringify(summarise(shipped, plan), null, 2)}\n`);
    return EXIT.ok;
  }
  io.out(renderCalibrationTable(shipped));
  for (const s of summarise(shipped, plan).scenarios) {
    io.out(
      `${s.id}: ${s.runs} runs, ${(s.exact * 100).toFixed(1)} % exact, ${(s.withinOne * 100).toFixed(1)} % within one, ${(s.over * 100).toFixed(1)} % over, claim held ${(s.claimRight * 100).toFixed(1)} %, ECE ${s.ece.toFixed(3)}.\n`,
    );
  }
  const misses = shipped.flatMap((r) => calibrationMisses(r, plan));
  const controlMisses = control.flatMap((r) => calibrationMisses(r, plan));
  io.out(
    misses.length === 0
      ? 'Calibration: passes the bar.\n'
      : `Calibration: FAILS the bar:\n${misses.map((m) => `  ${m}\n`).join('')}`,
  );
  io.out(
    controlMisses.length > 0
      ? `Negative control (every level read wrong): fails the bar, as it must (${controlMisses.length} misses).\n`
      : 'Negative control (every level read wrong): PASSES the bar, so the bar cannot tell a wrong evaluator.\n',
  );
  return misses.length === 0 && controlMisses.length > 0 ? EXIT.ok : EXIT.finding;
}
