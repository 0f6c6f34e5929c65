/**
 * Calibration of the evaluator by personas of known level: each persona plays a scenario cleanly
 * and with seeded slips over many seeds, and the inferred level is compared with the level the
 * scenario can tell (the persona's level, capped at what coverage says is assessable).
 */
import { coverage, evaluate } from '../eval/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { ENGINE_VERSION } from '../sim/index.ts';
import type { PersonaLevel } from './choices.ts';
import { playPersona } from './play.ts';

export const PERSONA_LEVELS: readonly PersonaLevel[] = [0, 1, 2, 3, 4, 5];

export interface CalibrationRow {
  scenario: string;
  persona: PersonaLevel;
  /** The level the scenario can tell for this persona: min(persona, assessable up to). */
  expected: number;
  /** Level inferred from the clean (noise 0, seed 1) run. */
  clean: number;
  seeds: number;
  noise: number;
  /** Noisy runs inferred exactly / within one level / above the expected level. */
  exact: number;
  withinOne: number;
  over: number;
  /** How many noisy runs gave each level 0-5. */
  histogram: number[];
}

/** Plays every persona on a scenario, clean and over `seeds` noisy seeds (1..seeds). */
export function calibrateScenario(
  scenario: Scenario,
  hash: string,
  options: { seeds: number; noise: number },
): CalibrationRow[] {
  const cap = coverage(scenario).assessableUpTo;
  const infer = (persona: PersonaLevel, seed: number, noise: number): number => {
    const run = playPersona(scenario, hash, { level: persona, seed, noise });
    return evaluate(scenario, run.state, { scenarioHash: hash, engineVersion: ENGINE_VERSION }).level;
  };
  return PERSONA_LEVELS.map((persona) => {
    const expected = Math.min(persona, cap);
    const histogram = [0, 0, 0, 0, 0, 0];
    for (let seed = 1; seed <= options.seeds; seed += 1) {
      const level = infer(persona, seed, options.noise);
      histogram[level] = (histogram[level] ?? 0) + 1;
    }
    const count = (pred: (level: number) => boolean): number =>
      histogram.reduce((n, c, level) => n + (pred(level) ? c : 0), 0);
    return {
      scenario: scenario.meta.id,
      persona,
      expected,
      clean: infer(persona, 1, 0),
      seeds: options.seeds,
      noise: options.noise,
      exact: count((l) => l === expected),
      withinOne: count((l) => Math.abs(l - expected) <= 1),
      over: count((l) => l > expected),
      histogram,
    };
  });
}

/** Whether rows meet the bar: clean runs exact; noisy >= 90 % exact, 100 % within one, <= 5 % over. */
export function calibrationPasses(rows: readonly CalibrationRow[]): boolean {
  return rows.every(
    (r) =>
      r.clean === r.expected &&
      r.exact >= 0.9 * r.seeds &&
      r.withinOne === r.seeds &&
      r.over <= 0.05 * r.seeds,
  );
}

const pct = (n: number, of: number): string => `${of === 0 ? '0.0' : ((100 * n) / of).toFixed(1)} %`;

/** The calibration table as fixed-width text. */
export function renderCalibrationTable(rows: readonly CalibrationRow[]): string {
  const head = ['scenario', 'persona', 'expected', 'clean', 'exact', 'within 1', 'over', 'levels 0-5'];
  const body = rows.map((r) => [
    r.scenario,
    `L${r.persona}`,
    `L${r.expected}`,
    `L${r.clean}`,
    pct(r.exact, r.seeds),
    pct(r.withinOne, r.seeds),
    pct(r.over, r.seeds),
    r.histogram.join('/'),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const first = rows[0];
  const note =
    first === undefined
      ? ''
      : `noisy runs: ${first.seeds} seeds at ${(first.noise * 100).toFixed(0)} % slips`;
  return [line(head), ...body.map(line), note, ''].join('\n');
}
