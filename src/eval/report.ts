/**
 * `evaluate`: from a replayed shift to the report. Evidence identification, the posterior,
 * the capped level, per-level and per-indicator views, KPIs, the cross-check and next steps.
 */
import { LEVEL_NAMES, type Level } from '../domain/competency.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ShiftState } from '../sim/types.ts';
import { coverage } from './coverage.ts';
import { crossCheck } from './cross-check.ts';
import { identifyEvidence } from './evidence.ts';
import { round } from './format.ts';
import { reportIndicators } from './indicators.ts';
import { computeKpis } from './kpis.ts';
import { assessableUpTo, inferLevel, mastery, posterior } from './model.ts';
import { nextSteps } from './next-steps.ts';
import type { EvaluateMeta, EvidenceItem, Report, ReportLevel } from './types.ts';

/** Bumped whenever the same log could give a different report. */
export const EVALUATOR_VERSION = 1;

const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

/** The name of an inferred level, 0 included. */
export function levelName(level: number): string {
  return level >= 1 && level <= 5 ? `Level ${level} (${LEVEL_NAMES[level as Level]})` : 'Not yet Level 1';
}

/** The report of a set of evidence items (the part of `evaluate` that does not need the state). */
export function assess(
  scenario: Scenario,
  items: readonly EvidenceItem[],
): Omit<Report, 'kpis' | 'versions'> {
  const post = posterior(items);
  // A level the shift could not see, or that the scenario cannot tell (fewer than three
  // opportunities, see coverage), caps what the report may claim.
  const cap = Math.min(assessableUpTo(items), coverage(scenario).assessableUpTo);
  const { level, confidence } = inferLevel(post, cap);
  const indicators = reportIndicators(items, scenario.meta.shiftStart);
  const levels: ReportLevel[] = LEVELS.map((L) => {
    const own = indicators.filter((i) => i.level === L);
    const assessed = own.filter((i) => i.status !== 'not assessed');
    return {
      level: L,
      name: LEVEL_NAMES[L],
      assessed: assessed.length > 0,
      claimable: L <= cap,
      mastery: round(mastery(post, L), 4),
      posterior: round(post[L] ?? 0, 4),
      demonstrated: assessed.filter((i) => i.status === 'demonstrated').length,
      assessedIndicators: assessed.length,
      indicators: own.length,
    };
  });
  return {
    level,
    confidence: round(confidence, 4),
    levelName: levelName(level),
    assessableUpTo: cap,
    posterior: post.map((p) => round(p, 4)),
    crossCheck: crossCheck(level, indicators, cap),
    levels,
    indicators,
    // Next steps aim at the level above, only when this scenario can show it.
    nextSteps: level + 1 <= cap ? nextSteps(items, level + 1, scenario.meta.shiftStart) : [],
  };
}

/** Evaluates a replayed shift: the same state always gives a byte-identical report. */
export function evaluate(scenario: Scenario, state: ShiftState, meta: EvaluateMeta): Report {
  const items = identifyEvidence(scenario, state.observations);
  const { level, confidence, ...rest } = assess(scenario, items);
  return {
    level,
    confidence,
    ...rest,
    kpis: computeKpis(state),
    versions: {
      scenario: { id: scenario.meta.id, version: scenario.meta.version, hash: meta.scenarioHash },
      engine: meta.engineVersion,
      evaluator: EVALUATOR_VERSION,
    },
  };
}
