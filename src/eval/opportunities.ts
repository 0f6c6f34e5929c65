/**
 * Opportunities from the scenario alone: the windows each arrival opens come from the engine's
 * one declaration (src/sim/opportunities.ts); this joins them with the evaluator's mapping to say
 * which indicators each window can give evidence for. Coverage counts them.
 *
 * A window gives observations: actions (each naming its id where the kind names one: every
 * question, diagnostic, cause or fix of the arrival, every article or group, right or wrong as the
 * truth says) and, when it can close missed, its missed verdict. Each of these readings counts for the one indicator
 * `decide` picks (mapping.ts), the same function evidence identification uses, so coverage counts an
 * indicator for a window exactly when some right action in it would be evidence for that indicator
 * (a correct player can turn it into evidence). It is "credit only" when no wrong action and no
 * missed verdict of the window counts against it (a rule with `missing: "neutral"`, say).
 */
import type { IndicatorId } from '../domain/competency.ts';
import { acceptableGroup, fixOutcome } from '../scenario/fixes.ts';
import type { ObservationKind, Scenario, ScenarioArrival } from '../scenario/schema.ts';
import { WINDOWS } from '../sim/opportunities.ts';
import { decide, type MatchReading, orderSteps } from './mapping.ts';

/** One indicator a window can give evidence for. */
export interface WindowEvidence {
  indicator: IndicatorId;
  /** True when the window can give it evidence for only, never against. */
  creditOnly: boolean;
}

/**
 * The actions a window of this kind on this arrival can see, as (id named, right or not): every
 * question, diagnostic, cause or fix of the arrival, every article or group, each right exactly
 * when the engine's verdict on it would be (a relevant question or diagnostic; the truth's cause
 * or article; a fix whose outcome is right; an acceptable group, alsoGroups included; the window
 * opens only where that verdict applies); a kind naming no id
 * can see a right and a wrong action.
 */
function windowActions(
  scenario: Scenario,
  arrival: ScenarioArrival | null,
  kind: ObservationKind,
): { actual: string | null; ok: boolean }[] {
  const judged = (items: readonly { id: string }[] | undefined, right: (id: string) => boolean) =>
    (items ?? []).map((x) => ({ actual: x.id, ok: right(x.id) }));
  const truth = arrival?.truth;
  const relevant = (items: readonly { id: string; relevant: boolean }[] | undefined) =>
    (items ?? []).map((x) => ({ actual: x.id, ok: x.relevant }));
  const named: Partial<Record<ObservationKind, { actual: string; ok: boolean }[]>> = {
    questioned: relevant(arrival?.questions),
    'diagnostic-run': relevant(arrival?.diagnostics),
    diagnosed: judged(arrival?.causes, (id) => id === truth?.cause),
    resolved: judged(arrival?.fixes, (id) => arrival !== null && fixOutcome(arrival, id) === 'right'),
    'kb-applied': judged(scenario.knowledge, (id) => id === truth?.article),
    routed: judged(scenario.organisation.groups, (id) => arrival !== null && acceptableGroup(arrival, id)),
  };
  const actions = named[kind] ?? [];
  if (actions.length > 0) return actions;
  return [
    { actual: null, ok: true },
    { actual: null, ok: false },
  ];
}

/** Every observation a window of this kind on this arrival can give, as matching reads it. */
function windowReadings(
  scenario: Scenario,
  arrival: ScenarioArrival | null,
  kind: ObservationKind,
): MatchReading[] {
  const ticketId = arrival?.id ?? null;
  const actions = windowActions(scenario, arrival, kind).map(({ actual, ok }) => ({
    kind,
    ticketId,
    ok,
    missed: false,
    actual,
  }));
  const canMiss = (WINDOWS[kind]?.missedAt.length ?? 0) > 0;
  return canMiss ? [...actions, { kind, ticketId, ok: false, missed: true, actual: null }] : actions;
}

/**
 * The indicators a window of this kind on this arrival (null: the whole shift) can give evidence
 * for, in the order its readings first reach them, each saying whether it is credit only.
 */
export function windowEvidence(
  scenario: Scenario,
  arrival: ScenarioArrival | null,
  kind: ObservationKind,
): WindowEvidence[] {
  const forIt = new Set<IndicatorId>();
  const against = new Set<IndicatorId>();
  for (const reading of windowReadings(scenario, arrival, kind)) {
    const decision = decide(scenario, arrival, reading);
    if (decision.type === 'neutral') continue;
    (reading.ok ? forIt : against).add(decision.indicator);
    // A right action out of order (onlyAfter) counts against the rule's indicator.
    if (reading.ok && decision.type === 'rule' && orderSteps(decision.rule).length > 0)
      against.add(decision.indicator);
  }
  return [...forIt].map((indicator) => ({ indicator, creditOnly: !against.has(indicator) }));
}

/** Indicators a window of this kind on this arrival (null: the whole shift) can give evidence for. */
export function windowIndicators(
  scenario: Scenario,
  arrival: ScenarioArrival | null,
  kind: ObservationKind,
): IndicatorId[] {
  return windowEvidence(scenario, arrival, kind).map((w) => w.indicator);
}
