/**
 * Evidence identification: turns the engine's observations into evidence items per indicator
 * (built-in mapping, evidence hooks, scenario rules). It decides no window: the engine gives every
 * verdict, missed windows included (src/sim/opportunities.ts), so the same log always maps to the
 * same evidence.
 */
import { INDICATORS, type IndicatorId, type Level } from '../domain/competency.ts';
import type { Scenario, ScenarioArrival, ScenarioRule } from '../scenario/schema.ts';
import type { Observation } from '../sim/types.ts';
import {
  BUILT_IN,
  CAUSE_WEIGHT,
  DEFAULT_GUESS,
  DEFAULT_SLIP,
  DEFAULT_WEIGHT,
  hookKinds,
  ruleMatches,
} from './mapping.ts';
import type { EvidenceItem, EvidenceSource } from './types.ts';

/** What identification reads of an observation. */
type Reading = Pick<
  Observation,
  'seq' | 'atMinute' | 'kind' | 'subject' | 'ticketId' | 'ok' | 'note' | 'logIndex' | 'cause'
>;

/**
 * The unit an observation belongs to, for grouping dependent evidence (see model.ts): its subject
 * (a ticket, problem, change, ...); for a shift-wide activity, the command that gave it, or the
 * moment itself when the clock did.
 */
export function unitOf(reading: Pick<Reading, 'subject' | 'logIndex' | 'seq'>): string {
  const { subject } = reading;
  if (subject.kind !== 'activity') return `${subject.kind}:${subject.id}`;
  return reading.logIndex !== null ? `command:${reading.logIndex}` : `moment:${reading.seq}`;
}

const LEVEL_OF = new Map<IndicatorId, Level>(INDICATORS.map((i) => [i.id, i.level]));

function item(
  reading: Reading,
  indicator: IndicatorId,
  source: EvidenceSource,
  params: { weight?: number; slip?: number; guess?: number },
): EvidenceItem {
  return {
    indicator,
    level: LEVEL_OF.get(indicator) ?? 1,
    kind: reading.kind,
    shown: reading.ok,
    // A failure the queue caused counts less (CAUSE_WEIGHT); the engine decided the cause.
    weight: (params.weight ?? DEFAULT_WEIGHT) * (reading.cause === null ? 1 : CAUSE_WEIGHT[reading.cause]),
    slip: params.slip ?? DEFAULT_SLIP,
    guess: params.guess ?? DEFAULT_GUESS,
    atMinute: reading.atMinute,
    ticketId: reading.ticketId,
    note: reading.note,
    logIndex: reading.logIndex,
    seq: reading.seq,
    unit: unitOf(reading),
    source,
  };
}

/**
 * The evidence one reading gives: the built-in indicator, hooked indicators that read this kind,
 * then scenario rules; a rule naming an indicator already present replaces that item (first
 * matching rule wins), other rules add items.
 */
export function readObservation(
  scenario: Scenario,
  arrival: ScenarioArrival | null,
  reading: Reading,
  earlier: readonly Observation[] = [],
): EvidenceItem[] {
  const items = new Map<IndicatorId, EvidenceItem>();
  items.set(BUILT_IN[reading.kind], item(reading, BUILT_IN[reading.kind], { type: 'built-in' }, {}));
  for (const hooked of arrival?.evidence ?? []) {
    if (!items.has(hooked) && hookKinds(hooked).includes(reading.kind)) {
      items.set(hooked, item(reading, hooked, { type: 'hook' }, {}));
    }
  }
  const byRule = new Set<IndicatorId>();
  for (const rule of scenario.rules ?? []) {
    if (byRule.has(rule.indicator) || !ruleMatches(rule, reading.kind, reading.ticketId, reading.ok))
      continue;
    byRule.add(rule.indicator);
    const ordered = inOrder(rule, reading, earlier);
    items.set(rule.indicator, item(ordered, rule.indicator, { type: 'rule', ruleId: rule.id }, rule));
  }
  return [...items.values()];
}

/**
 * A rule with `onlyAfter` counts a right action as shown only when the step it needs came first
 * on the same ticket (verify identity before the reset; prove before you change).
 */
function inOrder(rule: ScenarioRule, reading: Reading, earlier: readonly Observation[]): Reading {
  const order = rule.onlyAfter;
  if (order === undefined || !reading.ok) return reading;
  const done = earlier.some(
    (o) =>
      o.ticketId === reading.ticketId &&
      o.kind === order.observation &&
      o.ok &&
      (order.id === undefined || o.actual === order.id),
  );
  if (done) return reading;
  const step =
    order.id === undefined ? `a right "${order.observation}" step` : `"${order.id}" (${order.observation})`;
  return {
    ...reading,
    ok: false,
    note: `${reading.note} It should have come only after ${step}, which had not happened.`,
  };
}

/** Evidence from a whole shift: every observation, in sequence order, mapped to its indicators. */
export function identifyEvidence(scenario: Scenario, observations: readonly Observation[]): EvidenceItem[] {
  const arrivals = new Map(scenario.timeline.map((a) => [a.id, a]));
  const sorted = [...observations].sort((a, b) => a.seq - b.seq);
  const byTicket = new Map<string, Observation[]>();
  const out: EvidenceItem[] = [];
  for (const o of sorted) {
    const before = o.ticketId === null ? [] : (byTicket.get(o.ticketId) ?? []);
    out.push(...readObservation(scenario, arrivals.get(o.ticketId ?? '') ?? null, o, before));
    if (o.ticketId !== null) byTicket.set(o.ticketId, [...before, o]);
  }
  return out;
}
