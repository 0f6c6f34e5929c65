/**
 * Coverage: from the scenario alone, how many opportunities each indicator and level gets, so a
 * trainer knows which levels the scenario can tell apart before anyone plays it. A level is
 * assessable only with breadth: at least three opportunities, spread over at least three of its
 * indicators (all of them for a level with fewer), so that three diagnostics never stand in for
 * a level of nine indicators. The windows are the engine's own
 * declarations (src/sim/opportunities.ts), so coverage counts only what the engine can judge, and
 * each window counts for the indicators the evaluator's one-indicator-per-observation mapping
 * gives its right actions (opportunities.ts), so an indicator a rule or hook took over is not
 * counted. An opportunity that can only give evidence for (credit only) counts, and is shown as
 * such (`creditOnly`).
 */
import { INDICATORS, type IndicatorId, LEVEL_NAMES, type Level } from '../domain/competency.ts';
import { OBSERVATION_KINDS, type Scenario } from '../scenario/schema.ts';
import { arrivalWindows, shiftWindows } from '../sim/opportunities.ts';
import { BUILT_IN, hookKinds } from './mapping.ts';
import { type WindowEvidence, windowEvidence, windowIndicators } from './opportunities.ts';

/** Opportunities a level needs to be assessable. */
export const MIN_OPPORTUNITIES = 3;
/** Distinct indicators of a level that need opportunities (or evidence) for it to be assessable. */
export const MIN_INDICATORS = 3;

/** Distinct indicators level `level` needs: three, or all of them when it has fewer. */
export function indicatorsNeeded(level: Level): number {
  return Math.min(MIN_INDICATORS, INDICATORS.filter((i) => i.level === level).length);
}

/** The breadth rule, stated once for reports and trainers. */
export const BREADTH_RULE = `A level is assessed only when the scenario gives it at least ${MIN_OPPORTUNITIES} opportunities spread over at least ${MIN_INDICATORS} of its indicators (all of them when it has fewer), the shift gave evidence on that many of its indicators, and every level below it is assessed too.`;

export interface CoverageIndicator {
  id: IndicatorId;
  short: string;
  opportunities: number;
  /**
   * Of its opportunities, those that can only give evidence for it, never against (a rule whose
   * `missing` is "neutral" takes the right actions, and nothing in the window counts against).
   */
  creditOnly: number;
  /** Tickets that give an opportunity, in timeline order ("shift" for a shift-wide window). */
  tickets: string[];
}

export interface CoverageLevel {
  level: Level;
  assessable: boolean;
  opportunities: number;
  /** Distinct indicators with opportunities it needs (see `indicatorsNeeded`). */
  indicatorsNeeded: number;
  indicators: CoverageIndicator[];
  name: string;
  /** Indicators of the level nothing in this scenario can observe. */
  notAssessed: IndicatorId[];
}

export interface CoverageReport {
  levels: CoverageLevel[];
  /** Highest level every level up to which is assessable. */
  assessableUpTo: number;
  scenario: { id: string; version: string };
  warnings: string[];
}

/** Why a level with these opportunities on this many indicators falls short of the breadth rule. */
export function shortfall(level: Level, opportunities: number, indicators: number): string {
  const of = INDICATORS.filter((i) => i.level === level).length;
  return `${opportunities} opportunit${opportunities === 1 ? 'y' : 'ies'} on ${indicators} of its ${of} indicators; it needs at least ${MIN_OPPORTUNITIES} spread over at least ${indicatorsNeeded(level)}.`;
}

/** Coverage of a scenario: opportunities per indicator and level, and what cannot be told. */
export function coverage(scenario: Scenario): CoverageReport {
  const tickets = new Map<IndicatorId, string[]>();
  const creditOnly = new Map<IndicatorId, number>();
  const add = ({ indicator, creditOnly: only }: WindowEvidence, where: string): void => {
    tickets.set(indicator, [...(tickets.get(indicator) ?? []), where]);
    if (only) creditOnly.set(indicator, (creditOnly.get(indicator) ?? 0) + 1);
  };
  const warnings: string[] = [];
  const timeline = scenario.timeline
    .map((arrival, i) => ({ arrival, i }))
    .sort((a, b) => a.arrival.at - b.arrival.at || a.i - b.i)
    .map((x) => x.arrival);
  for (const arrival of timeline) {
    const kinds = arrivalWindows(scenario, arrival);
    for (const kind of kinds) {
      for (const w of windowEvidence(scenario, arrival, kind)) add(w, arrival.id);
    }
    for (const hooked of arrival.evidence ?? []) {
      if (kinds.some((k) => windowIndicators(scenario, arrival, k).includes(hooked))) continue;
      const readers = OBSERVATION_KINDS.filter(
        (k) => BUILT_IN[k] === hooked || hookKinds(hooked).includes(k),
      );
      const open = readers.filter((k) => kinds.includes(k));
      const why =
        readers.length === 0
          ? 'no observation reads it; add a rule'
          : open.length > 0
            ? `a rule or an earlier hook takes every ${open.join(', ')} observation on this arrival that would read it`
            : `none of ${readers.join(', ')} can happen on this arrival; add a rule or check its truth`;
      warnings.push(`${arrival.id}: evidence hook ${hooked} cannot be observed (${why}).`);
    }
  }
  for (const kind of shiftWindows(scenario)) {
    for (const w of windowEvidence(scenario, null, kind)) add(w, 'shift');
  }
  const levels: CoverageLevel[] = ([1, 2, 3, 4, 5] as const).map((level) => {
    const own = INDICATORS.filter((i) => i.level === level);
    const indicators = own
      .filter((i) => (tickets.get(i.id) ?? []).length > 0)
      .map((i) => ({
        id: i.id,
        short: i.short,
        opportunities: tickets.get(i.id)?.length ?? 0,
        creditOnly: creditOnly.get(i.id) ?? 0,
        tickets: tickets.get(i.id) ?? [],
      }));
    const opportunities = indicators.reduce((n, i) => n + i.opportunities, 0);
    const needed = indicatorsNeeded(level);
    const assessable = opportunities >= MIN_OPPORTUNITIES && indicators.length >= needed;
    if (!assessable)
      warnings.push(
        `Level ${level} is not assessable: ${shortfall(level, opportunities, indicators.length)}`,
      );
    return {
      level,
      assessable,
      opportunities,
      indicatorsNeeded: needed,
      indicators,
      name: LEVEL_NAMES[level],
      notAssessed: own.filter((i) => (tickets.get(i.id) ?? []).length === 0).map((i) => i.id),
    };
  });
  let upTo = 0;
  while (upTo < 5 && levels[upTo]?.assessable === true) upTo += 1;
  return {
    levels,
    assessableUpTo: upTo,
    scenario: { id: scenario.meta.id, version: scenario.meta.version },
    warnings,
  };
}
