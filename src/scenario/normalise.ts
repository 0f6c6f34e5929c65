/**
 * From a scenario as written to the scenario the engine runs: every arrival time in minutes from the
 * shift start, the timeline in time order. Plus the SLA look-ups the engine and evaluator share.
 */
import type { ImpactValue, PriorityValue, Scenario, ScenarioArrival, ScenarioFile } from './schema.ts';
import { minutesFromStart } from './time.ts';

/** One priority's response and resolution targets. */
export type SlaTarget = Scenario['sla']['targets'][number];

/** Converts "HH:MM" times to minutes from the shift start and sorts the timeline stably by time. */
export function normalise(file: ScenarioFile): Scenario {
  const timeline: ScenarioArrival[] = file.timeline.map((arrival) => ({
    ...arrival,
    at: minutesFromStart(arrival.at, file.meta.shiftStart),
  }));
  timeline.sort((a, b) => a.at - b.at);
  return { ...file, timeline };
}

/**
 * The priority the scenario's matrix gives an impact and urgency. A validated scenario has every
 * cell; should one be missing, the conventional table (impact + urgency - 1) answers.
 */
export function priorityOf(scenario: Scenario, impact: ImpactValue, urgency: ImpactValue): PriorityValue {
  const cell = scenario.sla.matrix.find((c) => c.impact === impact && c.urgency === urgency);
  if (cell !== undefined) return cell.priority;
  return Math.min(5, impact + urgency - 1) as PriorityValue;
}

/**
 * The targets for a priority. A validated scenario has one for every priority its matrix gives; for
 * any other priority the nearest less urgent target (else the nearest more urgent one) answers.
 */
export function targetFor(scenario: Scenario, priority: PriorityValue): SlaTarget {
  const targets = scenario.sla.targets;
  const exact = targets.find((t) => t.priority === priority);
  if (exact !== undefined) return exact;
  const byDistance = [...targets].sort(
    (a, b) => Math.abs(a.priority - priority) - Math.abs(b.priority - priority) || b.priority - a.priority,
  );
  const nearest = byDistance[0];
  return nearest ?? { priority, responseMinutes: 60, resolutionMinutes: 480 };
}
