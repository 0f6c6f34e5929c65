/**
 * What a persona of a given level decides, reading the hidden truth only as far as that level
 * would know it: Level 0 misclassifies and guesses, Level 1 classifies right and guesses priority,
 * routing and fixes, Level 2 adds triage, questions, knowledge, escalation and linking, Level 3
 * adds diagnostics, diagnosis and problems, Level 4-5 escalate to the right expert.
 *
 * Every decision belongs to one level (`DECISION_LEVELS`). A decision of the persona's own top
 * level succeeds with probability `atLevelAccuracy` when it is set; every other decision slips
 * (goes wrong) with probability `noise`. A behaviour named in the persona's deficits is never done.
 */
import { TICKET_KINDS } from '../scenario/index.ts';
import type { ImpactValue, Scenario, ScenarioArrival, TicketKindName } from '../scenario/schema.ts';
import type { Prng } from './prng.ts';

export type PersonaLevel = 0 | 1 | 2 | 3 | 4 | 5;

/** A behaviour a persona never does, whatever its level (a structured deficit). */
export type Deficit =
  | 'report-deviations'
  | 'escalate'
  | 'ask'
  | 'diagnose'
  | 'link'
  | 'knowledge'
  | 'prioritise';

/**
 * The level each decision belongs to: the one table for the slip rate (`noise`) and for the
 * borderline rule (`atLevelAccuracy` applies to the decisions of the persona's own level).
 */
export const DECISION_LEVELS = {
  /** Classifying the ticket: its kind and its category. */
  kind: 1,
  category: 1,
  /** Answering a contact within its response target. */
  'answer-on-time': 1,
  /** Logging the ticket's details (its service). */
  log: 1,
  prioritise: 2,
  /** The group a ticket is routed to. */
  route: 2,
  fix: 2,
  question: 2,
  knowledge: 2,
  escalation: 2,
  link: 2,
  'deviation-report': 2,
  /** Putting a ticket that waits on others on hold. */
  hold: 2,
  diagnostic: 3,
  /** The cause recorded as the diagnosis. */
  cause: 3,
  problem: 3,
  /** Which hold reason applies. */
  'hold-reason': 3,
  /** Escalating to a named expert rather than a team. */
  'expert-escalation': 4,
} as const satisfies Record<string, PersonaLevel>;

export type Decision = keyof typeof DECISION_LEVELS;

export interface Decider {
  level: PersonaLevel;
  scenario: Scenario;
  rng: Prng;
  /** Probability (0-1) that a decision slips. */
  noise: number;
  /** Probability (0-1) that a decision of the persona's own level succeeds, instead of 1 - noise. */
  atLevelAccuracy?: number;
  /** Behaviours this persona never does. */
  deficits?: ReadonlySet<Deficit>;
  /** Mean game minutes spent thinking before each command (for estimates of how long work takes). */
  think?: number;
}

/** Whether the persona never does `behaviour`. */
export function lacks(d: Decider, behaviour: Deficit): boolean {
  return d.deficits?.has(behaviour) ?? false;
}

/** The probability that `decision` slips for this persona. */
export function slipRate(d: Decider, decision: Decision): number {
  if (d.atLevelAccuracy !== undefined && DECISION_LEVELS[decision] === d.level) return 1 - d.atLevelAccuracy;
  return d.noise;
}

/** True when this decision slips; draws from the generator only when it can slip. */
export function slips(d: Decider, decision: Decision): boolean {
  const rate = slipRate(d, decision);
  return rate > 0 && d.rng.next() < rate;
}

/** Something other than `right` from `options` (or `right` when there is nothing else). */
function other<T>(d: Decider, options: readonly T[], right: T): T {
  return d.rng.pick(options.filter((o) => o !== right)) ?? right;
}

/** The right value, unless the decision slips (then another one). */
function rightUnlessSlip<T>(d: Decider, decision: Decision, options: readonly T[], right: T): T {
  return slips(d, decision) ? other(d, options, right) : right;
}

/** The options without the ones the truth also accepts (a slip or a misjudgement is then really wrong). */
function withoutAlso(options: readonly string[], also: readonly string[] | undefined): string[] {
  return also === undefined ? [...options] : options.filter((o) => !also.includes(o));
}

export function chooseKind(d: Decider, a: ScenarioArrival): TicketKindName {
  return d.level === 0
    ? other(d, TICKET_KINDS, a.truth.kind)
    : rightUnlessSlip(d, 'kind', TICKET_KINDS, a.truth.kind);
}

export function chooseCategory(d: Decider, a: ScenarioArrival): string {
  const ids = withoutAlso(
    d.scenario.organisation.categories.map((c) => c.id),
    a.truth.alsoCategories,
  );
  return d.level === 0
    ? other(d, ids, a.truth.category)
    : rightUnlessSlip(d, 'category', ids, a.truth.category);
}

const LEVELS: readonly ImpactValue[] = [1, 2, 3];

/** Impact and urgency: guessed below Level 2, the truth from Level 2 (a slip misjudges both). */
export function choosePriority(
  d: Decider,
  a: ScenarioArrival,
): { impact: ImpactValue; urgency: ImpactValue } {
  const guess = () => ({ impact: d.rng.pick(LEVELS) ?? 3, urgency: d.rng.pick(LEVELS) ?? 3 });
  if (d.level < 2) return guess();
  if (!slips(d, 'prioritise')) return { impact: a.truth.impact, urgency: a.truth.urgency };
  return { impact: other(d, LEVELS, a.truth.impact), urgency: other(d, LEVELS, a.truth.urgency) };
}

/** The group to route to: guessed below Level 2. */
export function chooseGroup(d: Decider, a: ScenarioArrival): string {
  const ids = d.scenario.organisation.groups.map((g) => g.id);
  if (d.level < 2) return d.rng.pick(ids) ?? a.truth.group;
  return rightUnlessSlip(d, 'route', withoutAlso(ids, a.truth.alsoGroups), a.truth.group);
}

/**
 * The fix to resolve with: the right one (truth.fix, the one whose outcome is "right") from Level
 * 2, any other (needless, risky or one that does not fix) on a slip; guessed below Level 2;
 * "resolved" when the arrival offers none.
 */
export function chooseFix(d: Decider, a: ScenarioArrival): string {
  const ids = (a.fixes ?? []).map((f) => f.id);
  const right = a.truth.fix ?? ids[0] ?? 'resolved';
  if (ids.length === 0) return right;
  if (d.level < 2) return d.rng.pick(ids) ?? right;
  return rightUnlessSlip(d, 'fix', ids, right);
}

export function chooseCause(d: Decider, a: ScenarioArrival): string | null {
  const ids = (a.causes ?? []).map((c) => c.id);
  const right = a.truth.cause;
  if (right === undefined || d.level < 3 || lacks(d, 'diagnose')) return null;
  return rightUnlessSlip(d, 'cause', ids, right);
}

/**
 * Who to escalate to: from Level 2 a group (Levels 2-3) or a named expert (Levels 4-5, unless
 * that decision slips: then a group, as Level 3 would); null below Level 2, on a slip of the
 * escalation itself, or for a persona that never escalates.
 */
export function chooseEscalation(
  d: Decider,
  a: ScenarioArrival,
): { mode: 'functional' | 'hierarchical'; to: string } | null {
  const need = a.truth.escalation;
  if (need === undefined || d.level < 2 || lacks(d, 'escalate') || slips(d, 'escalation')) return null;
  const groups = new Set(d.scenario.organisation.groups.map((g) => g.id));
  const experts = need.to.filter((p) => !groups.has(p));
  const teams = need.to.filter((p) => groups.has(p));
  const expert =
    d.level >= DECISION_LEVELS['expert-escalation'] && experts.length > 0 && !slips(d, 'expert-escalation');
  const to = (expert ? [...experts, ...teams] : [...teams, ...experts])[0];
  return to === undefined ? null : { mode: need.mode, to };
}

/** Whether a persona does an optional good step now: it has the decision's level, and it does not slip. */
export function does(d: Decider, decision: Decision): boolean {
  return d.level >= DECISION_LEVELS[decision] && !slips(d, decision);
}

/**
 * The hold reason for a ticket waiting on others, or null for no hold: from Level 3 the reason
 * that applies (the truth; on a slip, the guess of a level below), below a guess from the
 * policy's names (its vendor reason for a ticket with a supplier).
 */
export function chooseHoldReason(d: Decider, a: ScenarioArrival, withSupplier: boolean): string | null {
  if (d.level >= DECISION_LEVELS['hold-reason'] && !slips(d, 'hold-reason'))
    return a.truth.holdReasons?.[0] ?? null;
  if (!withSupplier) return null;
  return d.scenario.sla.holdReasons.find((h) => /vendor|supplier/i.test(`${h.id} ${h.label}`))?.id ?? null;
}
