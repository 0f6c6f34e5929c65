/**
 * Lookups the engine needs on every step (arrival by id, matrix, targets, names), built once per
 * scenario object and cached in a WeakMap: derived data only, so caching keeps `step` pure.
 */
import { priorityOf } from '../scenario/index.ts';
import type { Article, Expert, Group, PriorityValue, Scenario, ScenarioArrival } from '../scenario/schema.ts';

export interface ScenarioIndex {
  /** Arrivals sorted by time, then file order: the order tickets arrive in. */
  arrivals: ScenarioArrival[];
  /** Index in `arrivals` by ticket id: the tie-break sequence of the ticket's timers. */
  seqById: Map<string, number>;
  arrivalById: Map<string, ScenarioArrival>;
  groups: Map<string, Group>;
  experts: Map<string, string>;
  expertById: Map<string, Expert>;
  users: Map<string, string>;
  patience: Map<string, number>;
  services: Map<string, string>;
  cis: Set<string>;
  categories: Map<string, string>;
  articles: Map<string, Article>;
  holdReasons: Map<string, string>;
  /** Warning percents, sorted ascending and deduplicated. */
  warningPercents: number[];
  /** Truth problem key -> ticket ids sharing it, in arrival order. */
  problemGroups: Map<string, string[]>;
}

const cache = new WeakMap<Scenario, ScenarioIndex>();

/** The hidden problem an arrival belongs to (`truth.problem`), if any. */
export function truthProblem(arrival: ScenarioArrival): string | null {
  const value = arrival.truth.problem;
  return value === undefined || value === '' ? null : value;
}

/** Builds (or returns the cached) lookups for a scenario. */
export function indexScenario(scenario: Scenario): ScenarioIndex {
  const cached = cache.get(scenario);
  if (cached !== undefined) return cached;
  const arrivals = scenario.timeline
    .map((arrival, i) => ({ arrival, i }))
    .sort((a, b) => a.arrival.at - b.arrival.at || a.i - b.i)
    .map((x) => x.arrival);
  const org = scenario.organisation;
  const problemGroups = new Map<string, string[]>();
  for (const arrival of arrivals) {
    const key = truthProblem(arrival);
    if (key === null) continue;
    problemGroups.set(key, [...(problemGroups.get(key) ?? []), arrival.id]);
  }
  const index: ScenarioIndex = {
    arrivals,
    seqById: new Map(arrivals.map((a, i) => [a.id, i])),
    arrivalById: new Map(arrivals.map((a) => [a.id, a])),
    groups: new Map(org.groups.map((g) => [g.id, g])),
    experts: new Map(org.experts.map((e) => [e.id, e.name])),
    expertById: new Map(org.experts.map((e) => [e.id, e])),
    users: new Map(org.users.map((u) => [u.id, u.name])),
    patience: new Map(org.users.map((u) => [u.id, u.patienceMinutes])),
    services: new Map(org.services.map((s) => [s.id, s.name])),
    cis: new Set(org.configurationItems.map((c) => c.id)),
    categories: new Map(org.categories.map((c) => [c.id, c.name])),
    articles: new Map(scenario.knowledge.map((a) => [a.id, a])),
    holdReasons: new Map(scenario.sla.holdReasons.map((h) => [h.id, h.label])),
    warningPercents: [...new Set(scenario.sla.warningPercents)].sort((a, b) => a - b),
    problemGroups,
  };
  cache.set(scenario, index);
  return index;
}

/** The true priority of an arrival: the matrix applied to its true impact and urgency. */
export function truePriority(scenario: Scenario, arrival: ScenarioArrival): PriorityValue {
  return priorityOf(scenario, arrival.truth.impact, arrival.truth.urgency);
}

/** Whether a group is the desk itself, tier `service-desk` (tickets it owns are the trainee's to resolve). */
export function isDeskGroup(of: Scenario | ScenarioIndex, groupId: string | null | undefined): boolean {
  const index = 'timeline' in of ? indexScenario(of) : of;
  return groupId != null && index.groups.get(groupId)?.tier === 'service-desk';
}

/** Whether an arrival's true owner is the desk itself: the trainee should resolve it, not route it. */
export function deskOwns(of: Scenario | ScenarioIndex, arrival: ScenarioArrival): boolean {
  return isDeskGroup(of, arrival.truth.group);
}

/** A group's or expert's display name, falling back to the id. */
export function partyName(index: ScenarioIndex, id: string): string {
  return index.groups.get(id)?.name ?? index.experts.get(id) ?? id;
}

/** Share of a group's turnaround the seeded jitter may add to it. */
export const JITTER_SHARE = 0.2;

/** The longest a group can take to hand back a ticket routed to it rightly: turnaround plus full jitter. */
export function longestTurnaround(group: Group): number {
  return group.turnaroundMinutes + Math.floor(group.turnaroundMinutes * JITTER_SHARE);
}
