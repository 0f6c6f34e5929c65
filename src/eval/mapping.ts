/**
 * Evidence identification rules: the built-in mapping from engine observations to indicators
 * (the team contract), the observation kinds an arrival's `evidence` hook can be read from, and
 * the matching of scenario rules.
 */
import type { IndicatorId } from '../domain/competency.ts';
import type { ObservationKind, ScenarioRule } from '../scenario/schema.ts';
import type { FailureCause } from '../sim/types.ts';

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
 * that ticket also count for it (escalating to the right expert shows who to call, and so on).
 * A hooked indicator not listed here needs a scenario rule to be observed; coverage warns.
 */
const HOOK_KINDS: Readonly<Partial<Record<IndicatorId, readonly ObservationKind[]>>> = {
  'L2.follow-process': ['linked', 'problem-raised'],
  'L3.process-interrelationships': ['linked', 'problem-raised'],
  'L3.diagnose-propose': ['diagnosed', 'resolved'],
  'L3.troubleshoot-software': ['diagnostic-run'],
  'L4.who-to-call': ['escalated'],
  'L4.problem-trends': ['problem-raised'],
};

/** Whether a scenario rule reads an observation of this kind, ticket and outcome. */
export function ruleMatches(
  rule: ScenarioRule,
  kind: ObservationKind,
  ticketId: string | null,
  ok: boolean,
): boolean {
  if (rule.observation !== kind) return false;
  if (rule.ticket !== undefined && rule.ticket !== ticketId) return false;
  const outcome = rule.outcome ?? 'any';
  return outcome === 'any' || (outcome === 'met') === ok;
}

/** The kinds a hooked indicator can be read from (empty when none). */
export function hookKinds(indicator: IndicatorId): readonly ObservationKind[] {
  return HOOK_KINDS[indicator] ?? [];
}
