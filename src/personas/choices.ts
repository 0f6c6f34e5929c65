/**
 * What a persona of a given level decides, reading the hidden truth only as far as that level
 * would know it: Level 0 misclassifies and guesses, Level 1 classifies right and guesses priority,
 * routing and fixes, Level 2 adds triage, questions, knowledge, escalation and linking, Level 3
 * adds diagnostics, diagnosis and problems, Level 4-5 escalate to the right expert. With noise P,
 * each decision slips (goes wrong) with probability P.
 */
import { TICKET_KINDS } from '../scenario/index.ts';
import type { ImpactValue, Scenario, ScenarioArrival, TicketKindName } from '../scenario/schema.ts';
import type { Prng } from './prng.ts';

export type PersonaLevel = 0 | 1 | 2 | 3 | 4 | 5;

export interface Decider {
  level: PersonaLevel;
  scenario: Scenario;
  rng: Prng;
  noise: number;
}

/** True when this decision slips; draws from the generator only when there is noise. */
export function slips(d: Decider): boolean {
  return d.noise > 0 && d.rng.next() < d.noise;
}

/** Something other than `right` from `options` (or `right` when there is nothing else). */
function other<T>(d: Decider, options: readonly T[], right: T): T {
  return d.rng.pick(options.filter((o) => o !== right)) ?? right;
}

/** The right value, unless the decision slips (then another one). */
function rightUnlessSlip<T>(d: Decider, options: readonly T[], right: T): T {
  return slips(d) ? other(d, options, right) : right;
}

export function chooseKind(d: Decider, a: ScenarioArrival): TicketKindName {
  return d.level === 0
    ? other(d, TICKET_KINDS, a.truth.kind)
    : rightUnlessSlip(d, TICKET_KINDS, a.truth.kind);
}

export function chooseCategory(d: Decider, a: ScenarioArrival): string {
  const ids = d.scenario.organisation.categories.map((c) => c.id);
  return d.level === 0 ? other(d, ids, a.truth.category) : rightUnlessSlip(d, ids, a.truth.category);
}

const LEVELS: readonly ImpactValue[] = [1, 2, 3];

/** Impact and urgency: guessed below Level 2, the truth from Level 2 (a slip misjudges both). */
export function choosePriority(
  d: Decider,
  a: ScenarioArrival,
): { impact: ImpactValue; urgency: ImpactValue } {
  const guess = () => ({ impact: d.rng.pick(LEVELS) ?? 3, urgency: d.rng.pick(LEVELS) ?? 3 });
  if (d.level < 2) return guess();
  if (!slips(d)) return { impact: a.truth.impact, urgency: a.truth.urgency };
  return { impact: other(d, LEVELS, a.truth.impact), urgency: other(d, LEVELS, a.truth.urgency) };
}

/** The group to route to: guessed below Level 2. */
export function chooseGroup(d: Decider, a: ScenarioArrival): string {
  const ids = d.scenario.organisation.groups.map((g) => g.id);
  if (d.level < 2) return d.rng.pick(ids) ?? a.truth.group;
  return rightUnlessSlip(d, ids, a.truth.group);
}

/** The fix to resolve with: guessed below Level 2; "resolved" when the arrival offers none. */
export function chooseFix(d: Decider, a: ScenarioArrival): string {
  const ids = (a.fixes ?? []).map((f) => f.id);
  const right = a.truth.fix ?? ids[0] ?? 'resolved';
  if (ids.length === 0) return right;
  if (d.level < 2) return d.rng.pick(ids) ?? right;
  return rightUnlessSlip(d, ids, right);
}

export function chooseCause(d: Decider, a: ScenarioArrival): string | null {
  const ids = (a.causes ?? []).map((c) => c.id);
  const right = a.truth.cause;
  if (right === undefined || d.level < 3) return null;
  return rightUnlessSlip(d, ids, right);
}

/** Who to escalate to: Level 4-5 prefer a named expert, Levels 2-3 a group; null below 2 or on a slip. */
export function chooseEscalation(
  d: Decider,
  a: ScenarioArrival,
): { mode: 'functional' | 'hierarchical'; to: string } | null {
  const need = a.truth.escalation;
  if (need === undefined || d.level < 2 || slips(d)) return null;
  const groups = new Set(d.scenario.organisation.groups.map((g) => g.id));
  const experts = need.to.filter((p) => !groups.has(p));
  const teams = need.to.filter((p) => groups.has(p));
  const preferred = d.level >= 4 ? [...experts, ...teams] : [...teams, ...experts];
  const to = preferred[0];
  return to === undefined ? null : { mode: need.mode, to };
}

/** Whether a persona of at least `min` level does an optional good step now (it may slip). */
export function does(d: Decider, min: PersonaLevel): boolean {
  return d.level >= min && !slips(d);
}

/**
 * The hold reason for a ticket waiting on others, or null for no hold: from Level 3 the reason
 * that applies (the truth), below a guess from the policy's names (its vendor reason for a
 * ticket with a supplier).
 */
export function chooseHoldReason(d: Decider, a: ScenarioArrival, withSupplier: boolean): string | null {
  if (d.level >= 3) return a.truth.holdReasons?.[0] ?? null;
  if (!withSupplier) return null;
  return d.scenario.sla.holdReasons.find((h) => /vendor|supplier/i.test(`${h.id} ${h.label}`))?.id ?? null;
}
