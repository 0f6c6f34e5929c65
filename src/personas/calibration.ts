/**
 * Calibration of the evaluator by persona bots of known level. A calibration that cannot fail
 * proves nothing, so the bots are not mirrors of the evaluator's map: they think (game minutes per
 * decision, so queues build and breaches happen), slip at noise rates other than the model's,
 * include strong players with a structured deficit and borderline players (65 % right at their
 * own level), and a negative control (the evaluator with a deliberately wrong map) must fail the
 * same bar.
 *
 * Each run's claim is right when the level the scenario can tell for the persona (its level,
 * capped at what coverage says is assessable) lies in the claimed range. Reported per scenario and
 * noise rate: exact, within one and over-estimated shares of the runs, and the expected
 * calibration error (10 bins) of the reported confidence.
 */
import { assess, coverage, EVALUATOR_VERSION, evaluate, identifyEvidence } from '../eval/index.ts';
import type { CalibrationSummary, EvidenceItem } from '../eval/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import { ENGINE_VERSION, type ShiftState } from '../sim/index.ts';
import type { Deficit, PersonaLevel } from './choices.ts';
import { type PersonaOptions, playPersona } from './play.ts';

export const PERSONA_LEVELS: readonly PersonaLevel[] = [0, 1, 2, 3, 4, 5];

/** The calibration every built-in scenario must pass, and that `deskshift calibrate` runs. */
export interface CalibrationPlan {
  /** Seeds per persona, variant and noise rate. */
  seeds: number;
  /** Noise rates of the plain personas (not the model's slip alone). */
  noise: readonly number[];
  /** Mean game minutes each persona thinks before a decision. */
  think: number;
  /** The noise rate the variants (deficits, borderline) play at, and the bar is checked at. */
  barNoise: number;
}

export const CALIBRATION_PLAN: CalibrationPlan = {
  seeds: 40,
  noise: [0.1, 0.2, 0.3],
  think: 0.5,
  barNoise: 0.2,
};

/** Accuracy of a borderline persona at its own level. */
const BORDERLINE_ACCURACY = 0.65;
/** The structured deficits played by the strongest persona a scenario can tell. */
const DEFICITS: readonly Deficit[] = ['report-deviations', 'escalate'];

/** Bar: shares of the runs at the bar's noise rate, and the ECE at every noise rate. */
export const BAR = { exact: 0.9, withinOne: 1, over: 0.05, ece: 0.1 } as const;

export type Variant = 'plain' | 'borderline' | `without ${Deficit}`;

export interface CalibrationRow {
  scenario: string;
  persona: PersonaLevel;
  variant: Variant;
  /** The level the scenario can tell for this persona: min(persona, assessable up to). */
  expected: number;
  seeds: number;
  noise: number;
  /** Runs inferred exactly / within one level / above the expected level. */
  exact: number;
  withinOne: number;
  over: number;
  /** Runs whose claimed range holds the expected level. */
  claimRight: number;
  /** Mean reported confidence. */
  meanConfidence: number;
  /** How many runs gave each level 0-5. */
  histogram: number[];
  /** Each run's confidence and whether its claim was right (for the ECE). */
  runs: { confidence: number; right: boolean }[];
}

export interface CalibrationResult {
  rows: CalibrationRow[];
  /** Expected calibration error (10 bins) per scenario and noise rate. */
  ece: { scenario: string; noise: number; runs: number; ece: number }[];
}

/** What an evaluator says of a run: the claimed level, the top of its range, the confidence. */
export type Judge = (scenario: Scenario, hash: string, state: ShiftState) => Verdict;
interface Verdict {
  level: number;
  to: number;
  confidence: number;
}

/** The evaluator as it ships. */
export const shippedJudge: Judge = (scenario, hash, state) => {
  const r = evaluate(scenario, state, { scenarioHash: hash, engineVersion: ENGINE_VERSION });
  return { level: r.level, to: r.range.to, confidence: r.confidence };
};

/**
 * The negative control: the same evaluator reading every item at the wrong level (Level l is read
 * as the next level up, the top one as Level 1), as a wrong observation-to-indicator map would.
 */
export const wrongMapJudge: Judge = (scenario, _hash, state) => {
  const top = coverage(scenario).assessableUpTo;
  const wrong = (i: EvidenceItem): EvidenceItem =>
    i.level <= top && top >= 2 ? { ...i, level: ((i.level % top) + 1) as EvidenceItem['level'] } : i;
  const r = assess(scenario, identifyEvidence(scenario, state.observations).map(wrong));
  return { level: r.level, to: r.range.to, confidence: r.confidence };
};

/** The rows one scenario gives under a plan: persona x variant x noise, each over `seeds` seeds. */
function plannedRuns(
  cap: number,
  plan: CalibrationPlan,
): { persona: PersonaLevel; variant: Variant; noise: number }[] {
  const out: { persona: PersonaLevel; variant: Variant; noise: number }[] = [];
  // Personas up to one above the cap: the one above checks that nothing is claimed past the cap.
  const personas = PERSONA_LEVELS.filter((p) => p <= cap + 1);
  for (const noise of plan.noise)
    for (const persona of personas) out.push({ persona, variant: 'plain', noise });
  for (const persona of personas.filter((p) => p >= 1 && p <= cap))
    out.push({ persona, variant: 'borderline', noise: plan.barNoise });
  const strongest = Math.min(cap, 5) as PersonaLevel;
  if (strongest >= 2)
    for (const deficit of DEFICITS)
      out.push({ persona: strongest, variant: `without ${deficit}`, noise: plan.barNoise });
  return out;
}

function optionsOf(
  persona: PersonaLevel,
  variant: Variant,
  noise: number,
  seed: number,
  think: number,
): PersonaOptions {
  const options: PersonaOptions = { level: persona, seed, noise, think };
  if (variant === 'borderline') options.atLevelAccuracy = BORDERLINE_ACCURACY;
  else if (variant !== 'plain') options.deficits = [variant.slice('without '.length) as Deficit];
  return options;
}

/** Expected calibration error over 10 equal-width confidence bins. */
export function expectedCalibrationError(runs: readonly { confidence: number; right: boolean }[]): number {
  if (runs.length === 0) return 0;
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, right: 0 }));
  for (const r of runs) {
    const bin = bins[Math.min(9, Math.floor(r.confidence * 10))];
    if (bin === undefined) continue;
    bin.n += 1;
    bin.conf += r.confidence;
    bin.right += r.right ? 1 : 0;
  }
  return bins.reduce(
    (e, b) => (b.n === 0 ? e : e + (b.n / runs.length) * Math.abs(b.right / b.n - b.conf / b.n)),
    0,
  );
}

/**
 * Plays the plan's personas on a scenario once and judges every run with each judge (the shipped
 * evaluator by default; add `wrongMapJudge` for the negative control): one result per judge.
 */
export function calibrateScenario(
  scenario: Scenario,
  hash: string,
  plan: CalibrationPlan = CALIBRATION_PLAN,
  judges: readonly Judge[] = [shippedJudge],
): CalibrationResult[] {
  const cap = coverage(scenario).assessableUpTo;
  const planned = plannedRuns(cap, plan);
  const verdicts = planned.map(({ persona, variant, noise }) =>
    Array.from({ length: plan.seeds }, (_, i) => {
      const run = playPersona(scenario, hash, optionsOf(persona, variant, noise, i + 1, plan.think));
      return judges.map((judge) => judge(scenario, hash, run.state));
    }),
  );
  return judges.map((_, j) => {
    const rows = planned.map(({ persona, variant, noise }, r): CalibrationRow => {
      const expected = Math.min(persona, cap);
      const histogram = [0, 0, 0, 0, 0, 0];
      const runs: CalibrationRow['runs'] = [];
      let confidence = 0;
      for (const seedVerdicts of verdicts[r] ?? []) {
        const v = seedVerdicts[j];
        if (v === undefined) continue;
        histogram[v.level] = (histogram[v.level] ?? 0) + 1;
        runs.push({ confidence: v.confidence, right: v.level <= expected && expected <= v.to });
        confidence += v.confidence;
      }
      const count = (pred: (level: number) => boolean): number =>
        histogram.reduce((n, c, level) => n + (pred(level) ? c : 0), 0);
      return {
        scenario: scenario.meta.id,
        persona,
        variant,
        expected,
        seeds: plan.seeds,
        noise,
        exact: count((l) => l === expected),
        withinOne: count((l) => Math.abs(l - expected) <= 1),
        over: count((l) => l > expected),
        claimRight: runs.filter((x) => x.right).length,
        meanConfidence: confidence / plan.seeds,
        histogram,
        runs,
      };
    });
    const ece = plan.noise.map((noise) => {
      const pooled = rows.filter((x) => x.noise === noise).flatMap((x) => x.runs);
      return {
        scenario: scenario.meta.id,
        noise,
        runs: pooled.length,
        ece: expectedCalibrationError(pooled),
      };
    });
    return { rows, ece };
  });
}

/** Why a calibration misses the bar, one line per miss; empty when it passes. */
export function calibrationMisses(
  result: CalibrationResult,
  plan: CalibrationPlan = CALIBRATION_PLAN,
): string[] {
  const misses: string[] = [];
  const pct = (n: number): string => `${(100 * n).toFixed(1)} %`;
  for (const r of result.rows.filter((x) => x.variant === 'plain' && x.noise === plan.barNoise)) {
    const where = `${r.scenario} L${r.persona} at noise ${r.noise}`;
    if (r.exact < BAR.exact * r.seeds)
      misses.push(`${where}: ${pct(r.exact / r.seeds)} exact (needs ${pct(BAR.exact)})`);
    if (r.withinOne < BAR.withinOne * r.seeds)
      misses.push(`${where}: ${pct(r.withinOne / r.seeds)} within one level (needs ${pct(BAR.withinOne)})`);
    if (r.over > BAR.over * r.seeds)
      misses.push(`${where}: ${pct(r.over / r.seeds)} over (at most ${pct(BAR.over)})`);
  }
  for (const e of result.ece) {
    if (e.ece > BAR.ece)
      misses.push(`${e.scenario} at noise ${e.noise}: ECE ${e.ece.toFixed(3)} (at most ${BAR.ece})`);
  }
  return misses;
}

const four = (x: number): number => Math.round(x * 1e4) / 1e4;

/** The figures a report quotes for this evaluator version: per scenario calibrated, over all its runs. */
export function summarise(
  results: readonly CalibrationResult[],
  plan: CalibrationPlan = CALIBRATION_PLAN,
): CalibrationSummary {
  return {
    evaluator: EVALUATOR_VERSION,
    plan: { seeds: plan.seeds, noise: [...plan.noise], think: plan.think },
    scenarios: results.map((res) => {
      const runs = res.rows.reduce((n, r) => n + r.seeds, 0);
      const share = (pick: (r: CalibrationRow) => number): number =>
        runs === 0 ? 0 : four(res.rows.reduce((n, r) => n + pick(r), 0) / runs);
      return {
        id: res.rows[0]?.scenario ?? '',
        runs,
        exact: share((r) => r.exact),
        withinOne: share((r) => r.withinOne),
        over: share((r) => r.over),
        claimRight: share((r) => r.claimRight),
        ece: four(expectedCalibrationError(res.rows.flatMap((r) => r.runs))),
      };
    }),
  };
}

const pctOf = (n: number, of: number): string => `${of === 0 ? '0.0' : ((100 * n) / of).toFixed(1)} %`;

/** The calibration table as fixed-width text: one line per row, then the ECE per noise rate. */
export function renderCalibrationTable(results: readonly CalibrationResult[]): string {
  const head = [
    'scenario',
    'persona',
    'variant',
    'noise',
    'expected',
    'exact',
    'within 1',
    'over',
    'claim right',
    'mean conf',
    'levels 0-5',
  ];
  const body = results.flatMap((res) =>
    res.rows.map((r) => [
      r.scenario,
      `L${r.persona}`,
      r.variant,
      r.noise.toFixed(2),
      `L${r.expected}`,
      pctOf(r.exact, r.seeds),
      pctOf(r.withinOne, r.seeds),
      pctOf(r.over, r.seeds),
      pctOf(r.claimRight, r.seeds),
      r.meanConfidence.toFixed(3),
      r.histogram.join('/'),
    ]),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const ece = results.flatMap((res) =>
    res.ece.map(
      (e) => `ECE ${e.scenario} at noise ${e.noise.toFixed(2)}: ${e.ece.toFixed(3)} over ${e.runs} runs`,
    ),
  );
  const first = results[0]?.rows[0];
  const note = first === undefined ? '' : `${first.seeds} seeds per row`;
  return [line(head), ...body.map(line), ...ece, note, ''].join('\n');
}
