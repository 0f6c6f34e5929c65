/**
 * Evidence identification rules: the built-in mapping from engine observations to indicators
 * (the team contract), the observation kinds an arrival's `evidence` hook can be read from, the
 * matching of scenario rules, and `decide`: the one mapping an observation counts by. One
 * observation counts for exactly one indicator, the most specific that applies: a matching rule
 * naming an id, then a matching rule, then an evidence hook, then the built-in mapping; a
 * matching neutral rule makes it count for none. Evidence (evidence.ts) and coverage
 * (opportunities.ts) both ask `decide`, so they cannot disagree.
 */
import type { IndicatorId } from '../domain/competency.ts';
import type {
  ObservationKind,
  Scenario,
  ScenarioArrival,
  ScenarioOrderStep,
  ScenarioRule,
} from '../scenario/schema.ts';
import type { FailureCause, Observation } from '../sim/types.ts';

export const DEFAULT_SLIP = 0.15;
export const DEFAULT_GUESS = 0.2;
export const DEFAULT_WEIGHT = 1;

/**
 * How much a failure that time brought counts, by the cause the engine gave it: neglect or a
 * wrong priority count fully; a failure while the desk was busy on work as urgent or more (the
 * queue) counts a quarter. Load is not skill, but a queue handled in the right order still costs
 * something.
 */
export const CAUSE_WEIGHT: Readonly<Record<FailureCause, number>> = {
  neglect: 1,
  'wrong-priority': 1,
  queue: 0.25,
};

/** The contract's built-in mapping: every observation kind counts for exactly one indicator. */
export const BUILT_IN: Readonly<Record<ObservationKind, IndicatorId>> = {
  acknowledged: 'L1.helpdesk-operations',
  abandoned: 'L1.helpdesk-operations',
  logged: 'L1.helpdesk-operations',
  classified: 'L1.processes-concepts',
  lifecycle: 'L1.processes-concepts',
  prioritised: 'L2.triage-route',
  routed: 'L2.triage-route',
  questioned: 'L2.gather-information',
  'kb-applied': 'L2.helpdesk-support',
  resolved: 'L2.helpdesk-support',
  'first-contact': 'L2.helpdesk-support',
  escalated: 'L2.monitor-sla-escalate',
  held: 'L2.monitor-sla-escalate',
  breached: 'L2.monitor-sla-escalate',
  'deviation-reported': 'L2.monitor-report-deviations',
  linked: 'L2.follow-process',
  'problem-raised': 'L3.process-interrelationships',
  'diagnostic-run': 'L3.troubleshoot-software',
  diagnosed: 'L3.diagnose-propose',
};

/**
 * When an arrival's `evidence` hook names one of these indicators, the listed observations about
 * that ticket count for it instead of their built-in indicator, unless a rule takes them
 * (escalating to the right expert shows who to call, and so on); with several such hooks, the
 * first the arrival lists. A hooked indicator not listed here needs a scenario rule to be
 * observed; coverage warns.
 */
const HOOK_KINDS: Readonly<Partial<Record<IndicatorId, readonly ObservationKind[]>>> = {
  'L2.follow-process': ['linked', 'problem-raised'],
  'L3.process-interrelationships': ['linked', 'problem-raised'],
  'L3.diagnose-propose': ['diagnosed', 'resolved'],
  'L3.troubleshoot-software': ['diagnostic-run'],
  'L4.who-to-call': ['escalated'],
  'L4.problem-trends': ['problem-raised'],
};

/** What matching reads of an observation (or of a reading coverage imagines for a window). */
export type MatchReading = Pick<Observation, 'kind' | 'ticketId' | 'ok' | 'missed' | 'actual'>;

/**
 * What a rule gives for the window of its kind closing missed: its own `missing`, else 'against'
 * (what every rule did before `missing` existed), except with outcome 'met', which reads only right
 * actions and so never a missed window ('neutral'). A neutral rule never reads one.
 */
export function missingOf(rule: ScenarioRule): 'neutral' | 'against' {
  if (rule.neutral === true) return 'neutral';
  return rule.missing ?? ((rule.outcome ?? 'any') === 'met' ? 'neutral' : 'against');
}

/**
 * Whether a scenario rule reads an observation: its kind and ticket; its outcome (met, missed or
 * any); the id it names (`names`), which a window closing missed never names, so such a verdict is
 * read only by a rule whose `missing` is 'against' (the window closed without that action, or any).
 */
export function ruleMatches(rule: ScenarioRule, reading: MatchReading): boolean {
  if (rule.observation !== reading.kind) return false;
  if (rule.ticket !== undefined && rule.ticket !== reading.ticketId) return false;
  if (reading.missed) {
    if (missingOf(rule) === 'neutral') return false;
  } else if (rule.names !== undefined && rule.names !== reading.actual) return false;
  const outcome = rule.outcome ?? 'any';
  return outcome === 'any' || (outcome === 'met') === reading.ok;
}

/** The steps of a rule's `onlyAfter`, one or a list, as a list (empty without one). */
export function orderSteps(rule: ScenarioRule): readonly ScenarioOrderStep[] {
  const order = rule.onlyAfter;
  if (order === undefined) return [];
  return Array.isArray(order) ? order : [order];
}

/**
 * What one observation counts for: exactly one indicator, from the most specific mapping that
 * applies, or nothing.
 * - 'rule': the first matching rule that names an id (`names`), else the first matching rule
 *   (in file order); a neutral one makes the observation give no evidence at all;
 * - 'hook': the first of the arrival's evidence hooks that reads this kind (HOOK_KINDS);
 * - 'built-in': the contract's mapping (BUILT_IN).
 */
export type Decision =
  | { type: 'rule'; rule: ScenarioRule; indicator: IndicatorId }
  | { type: 'neutral'; rule: ScenarioRule }
  | { type: 'hook'; indicator: IndicatorId }
  | { type: 'built-in'; indicator: IndicatorId };

/** The one mapping an observation about `arrival` (null: none) counts by; see Decision. */
export function decide(scenario: Scenario, arrival: ScenarioArrival | null, reading: MatchReading): Decision {
  const rules = (scenario.rules ?? []).filter((r) => ruleMatches(r, reading));
  const rule = rules.find((r) => r.names !== undefined) ?? rules[0];
  if (rule !== undefined) {
    if (rule.neutral === true || rule.indicator === undefined) return { type: 'neutral', rule };
    return { type: 'rule', rule, indicator: rule.indicator };
  }
  const hooked = (arrival?.evidence ?? []).find((h) => hookKinds(h).includes(reading.kind));
  if (hooked !== undefined) return { type: 'hook', indicator: hooked };
  return { type: 'built-in', indicator: BUILT_IN[reading.kind] };
}

/** The kinds a hooked indicator can be read from (empty when none). */
export function hookKinds(indicator: IndicatorId): readonly ObservationKind[] {
  return HOOK_KINDS[indicator] ?? [];
}
