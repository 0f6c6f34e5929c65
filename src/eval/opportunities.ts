/**
 * Opportunities from the scenario alone: the windows each arrival opens come from the engine's
 * one declaration (src/sim/opportunities.ts); this joins them with the evaluator's mapping to say
 * which indicators each window can give evidence for (built-in mapping, scenario rules, the
 * arrival's evidence hooks). Coverage counts them.
 */
import type { IndicatorId } from '../domain/competency.ts';
import type { ObservationKind, Scenario, ScenarioArrival } from '../scenario/schema.ts';
import { BUILT_IN, hookKinds } from './mapping.ts';

/** Indicators a window of this kind on this arrival (null: the whole shift) can give evidence for. */
export function windowIndicators(
  scenario: Scenario,
  arrival: ScenarioArrival | null,
  kind: ObservationKind,
): IndicatorId[] {
  const ids = new Set<IndicatorId>([BUILT_IN[kind]]);
  for (const rule of scenario.rules ?? []) {
    if (rule.observation !== kind) continue;
    if (rule.ticket !== undefined && rule.ticket !== arrival?.id) continue;
    ids.add(rule.indicator);
  }
  for (const hooked of arrival?.evidence ?? []) {
    if (hookKinds(hooked).includes(kind)) ids.add(hooked);
  }
  return [...ids];
}
