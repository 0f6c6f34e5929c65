/**
 * `evaluate`: from a replayed shift to the report. Evidence identification, the levels this shift
 * can assess (breadth), the posterior over them with dependent items grouped, the claim and its
 * confidence, per-level and per-indicator views, KPIs, the cross-check and next steps.
 */
import { INDICATORS, LEVEL_NAMES, type Level } from '../domain/competency.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ShiftState } from '../sim/types.ts';
import { CALIBRATION } from './calibration-figures.ts';
import { BREADTH_RULE, coverage, indicatorsNeeded, shortfall } from './coverage.ts';
import { crossCheck } from './cross-check.ts';
import { identifyEvidence } from './evidence.ts';
import { round } from './format.ts';
import { reportIndicators } from './indicators.ts';
import { computeKpis } from './kpis.ts';
import { claim, mastery, posterior, shareUnits } from './model.ts';
import { nextSteps } from './next-steps.ts';
import type { EvaluateMeta, EvidenceItem, Report, ReportLevel } from './types.ts';

/** Bumped whenever the same log could give a different report. */
export const EVALUATOR_VERSION = 3;

const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

/** The name of an inferred level, 0 included. */
export function levelName(level: number): string {
  return level >= 1 && level <= 5 ? `Level ${level} (${LEVEL_NAMES[level as Level]})` : 'Not yet Level 1';
}

/** What the confidence means, in one sentence for the text report and the debrief. */
export const CONFIDENCE_MEANING =
  "Confidence is the chance that the claim is right, from this shift's evidence with every level it assesses equally likely beforehand; when one level alone is less than 80 % sure, the claim names a range of levels.";

/**
 * The confidence as the report states it: to four decimals, and never 1 unless the posterior is
 * exactly certain (0.99996 is 0.9999, not 1), so no report rounds doubt away.
 */
function shownConfidence(confidence: number): number {
  return confidence < 1 ? Math.min(round(confidence, 4), 0.9999) : 1;
}

/** The claim in words: "Level 2 (Assist), 86.0 % sure" or "Level 2 (Assist) or Level 3 (Apply), 91.2 % sure". */
export function claimText(from: number, to: number, confidence: number): string {
  const sure = `${(Math.floor(shownConfidence(confidence) * 1000) / 10).toFixed(1)} % sure`;
  if (to === from) return `${levelName(from)}, ${sure}`;
  return `${levelName(from)} ${to === from + 1 ? 'or' : 'to'} ${levelName(to)}, ${sure}`;
}

/**
 * The highest level this evidence and scenario can assess, and why no higher: every level up to
 * it meets the breadth rule in the scenario (coverage) and in this shift's evidence.
 */
function assessable(
  scenario: Scenario,
  items: readonly EvidenceItem[],
): { cap: number; reason: string | null; breadth: Map<Level, number> } {
  const breadth = new Map<Level, number>(
    LEVELS.map((L) => [L, new Set(items.filter((i) => i.level === L).map((i) => i.indicator)).size]),
  );
  const cov = coverage(scenario);
  for (const L of LEVELS) {
    const level = cov.levels[L - 1];
    if (level !== undefined && !level.assessable) {
      const reason = `Level ${L} is not assessed: this scenario gives it ${shortfall(L, level.opportunities, level.indicators.length)}`;
      return { cap: L - 1, reason, breadth };
    }
    const seen = breadth.get(L) ?? 0;
    if (seen < indicatorsNeeded(L)) {
      const of = INDICATORS.filter((i) => i.level === L).length;
      const reason = `Level ${L} is not assessed: this shift gave evidence on ${seen} of its ${of} indicators (needs ${indicatorsNeeded(L)}).`;
      return { cap: L - 1, reason, breadth };
    }
  }
  return { cap: 5, reason: null, breadth };
}

/** The report of a set of evidence items (the part of `evaluate` that does not need the state). */
export function assess(
  scenario: Scenario,
  identified: readonly EvidenceItem[],
): Omit<Report, 'kpis' | 'versions' | 'calibration'> {
  // Dependent items (one ticket, one command) count once per level; each indicator moves its
  // level's odds by a bounded factor: see model.ts.
  const items = shareUnits(identified);
  const { cap, reason, breadth } = assessable(scenario, items);
  const post = posterior(items, cap);
  // With no level assessable there is no claim to be sure of: confidence 0, said in words.
  const { level, to, confidence } = cap === 0 ? { level: 0, to: 0, confidence: 0 } : claim(post);
  // Each indicator's own view reads its items at their own weights (its status and evidence do not
  // depend on what else the same ticket gave).
  const indicators = reportIndicators(identified, scenario.meta.shiftStart);
  const levels: ReportLevel[] = LEVELS.map((L) => {
    const own = indicators.filter((i) => i.level === L);
    const assessed = own.filter((i) => i.status !== 'not assessed');
    return {
      level: L,
      name: LEVEL_NAMES[L],
      assessed: assessed.length > 0,
      claimable: L <= cap,
      mastery: L <= cap ? round(mastery(post, L), 4) : null,
      posterior: L <= cap ? round(post[L] ?? 0, 4) : null,
      breadth: { indicators: breadth.get(L) ?? 0, needed: indicatorsNeeded(L) },
      demonstrated: assessed.filter((i) => i.status === 'demonstrated').length,
      assessedIndicators: assessed.length,
      indicators: own.length,
    };
  });
  return {
    level,
    confidence: shownConfidence(confidence),
    range: { from: level, to },
    levelName: levelName(level),
    claim:
      cap === 0 ? 'No level assessed: this shift gave too little evidence' : claimText(level, to, confidence),
    assessableUpTo: cap,
    capReason: reason,
    breadthRule: BREADTH_RULE,
    posterior: post.map((p) => round(p, 4)),
    crossCheck: crossCheck(level, indicators, cap),
    levels,
    indicators,
    // Next steps aim at the level above, only when this shift can show it.
    nextSteps: level + 1 <= cap ? nextSteps(items, level + 1, cap, scenario.meta.shiftStart) : [],
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
    calibration: CALIBRATION,
    versions: {
      scenario: { id: scenario.meta.id, version: scenario.meta.version, hash: meta.scenarioHash },
      engine: meta.engineVersion,
      evaluator: EVALUATOR_VERSION,
    },
  };
}
