/**
 * Opportunities from the scenario alone: which observation windows each arrival opens (given its
 * hidden truth) and which indicators each window can give evidence for (built-in mapping, scenario
 * rules, the arrival's evidence hooks). Coverage counts them; the evaluator closes the ones the
 * engine does not report itself.
 */
import type { IndicatorId } from '../domain/competency.ts';
import type { ObservationKind, Scenario, ScenarioArrival } from '../scenario/schema.ts';
import { deskOwns } from '../sim/scenario-index.ts';
import { BUILT_IN, hookKinds } from './mapping.ts';

/** The hidden problem an arrival belongs to; the v1 schema may not declare it, so read it loosely. */
export function truthProblem(arrival: ScenarioArrival): string | null {
  const value = (arrival.truth as { problem?: unknown }).problem;
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Response target (minutes) of the arrival's true priority, null when the policy lacks one. */
function responseTarget(scenario: Scenario, arrival: ScenarioArrival): number | null {
  const { impact, urgency } = arrival.truth;
  const cell = scenario.sla.matrix.find((c) => c.impact === impact && c.urgency === urgency);
  const target = scenario.sla.targets.find((t) => t.priority === cell?.priority);
  return target?.responseMinutes ?? null;
}

/** The observation windows an arrival opens, in a fixed order. */
export function arrivalWindows(scenario: Scenario, arrival: ScenarioArrival): ObservationKind[] {
  const { truth } = arrival;
  const desk = deskOwns(scenario, arrival);
  const shared =
    truthProblem(arrival) !== null &&
    scenario.timeline.filter((a) => truthProblem(a) === truthProblem(arrival)).length >= 2;
  const kinds: [ObservationKind, boolean][] = [
    ['acknowledged', true],
    ['logged', true],
    ['classified', true],
    ['lifecycle', true],
    ['prioritised', true],
    ['routed', !desk],
    ['questioned', (arrival.questions ?? []).some((q) => q.relevant)],
    ['kb-applied', truth.article !== undefined],
    ['resolved', desk && truth.fix !== undefined],
    ['first-contact', desk && truth.fix !== undefined],
    ['escalated', truth.escalation !== undefined],
    ['linked', truth.parent !== undefined],
    ['problem-raised', shared],
    ['diagnostic-run', (arrival.diagnostics ?? []).some((d) => d.relevant)],
    ['diagnosed', truth.cause !== undefined],
  ];
  return kinds.filter(([, open]) => open).map(([kind]) => kind);
}

/**
 * Whether the shift can call for a deviation report: some response target expires inside the
 * shift, so a breach (and a report naming it) is possible.
 */
export function deviationWindowOpens(scenario: Scenario): boolean {
  return scenario.timeline.some((a) => {
    const target = responseTarget(scenario, a);
    return target !== null && a.at + target < scenario.meta.lengthMinutes;
  });
}

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
