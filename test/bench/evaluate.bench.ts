/**
 * Evaluator bench: prints the calibration (the plan of src/personas/calibration.ts on every
 * built-in scenario: exact, within-one and over rates, and the ECE per scenario and noise rate,
 * against the bar, and the negative control that must fail it) and times the evaluation of a 10,000-command log (replay + evaluate, and
 * evaluate alone) against JSON.parse of the same log text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../../src/eval/index.ts';
import {
  CALIBRATION_PLAN,
  type CalibrationResult,
  calibrateScenario,
  calibrationMisses,
  playPersona,
  renderCalibrationTable,
  shippedJudge,
  wrongMapJudge,
} from '../../src/personas/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { ENGINE_VERSION, type LoggedCommand, replay, type ShiftLog } from '../../src/sim/index.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

function load(file: string): { scenario: Scenario; hash: string } {
  const parsed = parseScenario(readFileSync(join(dir, file), 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not parse: ${parsed.errors[0]?.message ?? ''}`);
  return { scenario: parsed.scenario, hash: parsed.hash };
}

/** A Level 3 persona's shift padded with notes on the tickets it works, to 10,000 entries. */
function longLog(scenario: Scenario, hash: string): ShiftLog {
  const base = playPersona(scenario, hash, { level: 3, seed: 1 }).log;
  const entries: LoggedCommand[] = [];
  const perEntry = Math.ceil(10_000 / base.entries.length);
  for (const e of base.entries) {
    entries.push(e);
    if ('ticketId' in e && typeof e.ticketId === 'string') {
      for (let i = 0; i < perEntry && entries.length < 9_999; i += 1) {
        entries.push({
          type: 'ticket/note',
          ticketId: e.ticketId,
          text: `Working on it (${entries.length}).`,
          at: e.at,
        });
      }
    }
  }
  const last = entries.at(-1)?.at ?? 0;
  while (entries.length < 10_000) entries.push({ type: 'shift/end', at: last });
  return { ...base, entries: entries.slice(0, 10_000) };
}

function median(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export default async function bench(): Promise<void> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort();
  const shipped: CalibrationResult[] = [];
  const control: CalibrationResult[] = [];
  for (const f of files) {
    const { scenario, hash } = load(f);
    const [own, wrong] = calibrateScenario(scenario, hash, CALIBRATION_PLAN, [shippedJudge, wrongMapJudge]);
    if (own !== undefined) shipped.push(own);
    if (wrong !== undefined) control.push(wrong);
  }
  console.log(renderCalibrationTable(shipped));
  const misses = shipped.flatMap((r) => calibrationMisses(r));
  console.log(`calibration: ${misses.length === 0 ? 'MET' : `MISSED (${misses.join('; ')})`}`);
  const controlMisses = control.flatMap((r) => calibrationMisses(r)).length;
  console.log(
    `negative control (every level read wrong): ${controlMisses > 0 ? `fails the bar as it must (${controlMisses} misses)` : 'PASSES the bar: the bar cannot fail'}\n`,
  );

  // The busiest built-in scenario gives the most observations to evaluate.
  const loaded = files.map((f) => ({ file: f, ...load(f) }));
  const busiest = loaded.sort((a, b) => b.scenario.timeline.length - a.scenario.timeline.length)[0];
  if (busiest === undefined) return;
  const { file: first, scenario, hash } = busiest;
  const log = longLog(scenario, hash);
  const text = JSON.stringify(log);
  const replayed = replay(scenario, hash, JSON.parse(text) as ShiftLog);
  if (!replayed.ok) throw new Error(replayed.message);
  const state = replayed.state;
  const meta = { scenarioHash: hash, engineVersion: ENGINE_VERSION };
  const parseMs = median(() => JSON.parse(text), 21);
  const evalMs = median(() => evaluate(scenario, state, meta), 21);
  const fullMs = median(() => {
    const r = replay(scenario, hash, JSON.parse(text) as ShiftLog);
    if (r.ok) evaluate(scenario, r.state, meta);
  }, 11);
  console.log(
    `10,000-command log (${first}, ${(text.length / 1024).toFixed(0)} KiB, ${state.observations.length} observations):`,
  );
  console.log(`  JSON.parse              ${parseMs.toFixed(2)} ms`);
  console.log(
    `  evaluate                ${evalMs.toFixed(2)} ms  (${(evalMs / parseMs).toFixed(1)}x JSON.parse)`,
  );
  console.log(
    `  parse + replay + eval   ${fullMs.toFixed(2)} ms  (${(fullMs / parseMs).toFixed(1)}x JSON.parse)`,
  );
}
