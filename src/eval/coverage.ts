/**
 * Coverage: from the scenario alone, how many opportunities each indicator and level gets, so a
 * trainer knows which levels the scenario can tell apart before anyone plays it. A level is
 * assessable only with at least three opportunities. The windows are the engine's own
 * declarations (src/sim/opportunities.ts), so coverage counts only what the engine can judge.
 */
import { INDICATORS, type IndicatorId, LEVEL_NAMES, type Level } from '../domain/competency.ts';
import { OBSERVATION_KINDS, type Scenario } from '../scenario/schema.ts';
import { arrivalWindows, shiftWindows } from '../sim/opportunities.ts';
import { BUILT_IN, hookKinds } from './mapping.ts';
import { windowIndicators } from './opportunities.ts';

/** Opportunities a level needs to be assessable. */
export const MIN_OPPORTUNITIES = 3;

export interface CoverageIndicator {
  id: IndicatorId;
  short: string;
  opportunities: number;
  /** Tickets that give an opportunity, in timeline order ("shift" for a shift-wide window). */
  tickets: string[];
}

export interface CoverageLevel {
  level: Level;
  assessable: boolean;
  opportunities: number;
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

/** Coverage of a scenario: opportunities per indicator and level, and what cannot be told. */
export function coverage(scenario: Scenario): CoverageReport {
  const tickets = new Map<IndicatorId, string[]>();
  const add = (id: IndicatorId, where: string): void => {
    tickets.set(id, [...(tickets.get(id) ?? []), where]);
  };
  const warnings: string[] = [];
  const timeline = scenario.timeline
    .map((arrival, i) => ({ arrival, i }))
    .sort((a, b) => a.arrival.at - b.arrival.at || a.i - b.i)
    .map((x) => x.arrival);
  for (const arrival of timeline) {
    const kinds = arrivalWindows(scenario, arrival);
    for (const kind of kinds) {
      for (const id of windowIndicators(scenario, arrival, kind)) add(id, arrival.id);
    }
    for (const hooked of arrival.evidence ?? []) {
      if (kinds.some((k) => windowIndicators(scenario, arrival, k).includes(hooked))) continue;
      const readers = OBSERVATION_KINDS.filter(
        (k) => BUILT_IN[k] === hooked || hookKinds(hooked).includes(k),
      );
      const why =
        readers.length === 0
          ? 'no observation reads it; add a rule'
          : `none of ${readers.join(', ')} can happen on this arrival; add a rule or check its truth`;
      warnings.push(`${arrival.id}: evidence hook ${hooked} cannot be observed (${why}).`);
    }
  }
  for (const kind of shiftWindows(scenario)) {
    for (const id of windowIndicators(scenario, null, kind)) add(id, 'shift');
  }
  const levels: CoverageLevel[] = ([1, 2, 3, 4, 5] as const).map((level) => {
    const own = INDICATORS.filter((i) => i.level === level);
    const indicators = own
      .filter((i) => (tickets.get(i.id) ?? []).length > 0)
      .map((i) => ({
        id: i.id,
        short: i.short,
        opportunities: tickets.get(i.id)?.length ?? 0,
        tickets: tickets.get(i.id) ?? [],
      }));
    const opportunities = indicators.reduce((n, i) => n + i.opportunities, 0);
    const assessable = opportunities >= MIN_OPPORTUNITIES;
    if (!assessable) {
      warnings.push(
        `Level ${level} is not assessable: ${opportunities} opportunit${opportunities === 1 ? 'y' : 'ies'} (needs ${MIN_OPPORTUNITIES}).`,
      );
    }
    return {
      level,
      assessable,
      opportunities,
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
