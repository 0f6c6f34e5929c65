/**
 * Evidence identification: turns the engine's observations into evidence items. It decides no
 * window: the engine gives every verdict, missed windows included (src/sim/opportunities.ts), so
 * the same log always maps to the same evidence.
 *
 * One action, one indicator: an observation counts for exactly one indicator, the most specific
 * that applies (mapping.ts `decide`):
 * 1. the first matching scenario rule that names an id (`names`: this question, this fix, ...);
 * 2. else the first matching scenario rule;
 * 3. else the first of the arrival's evidence hooks that reads the observation's kind;
 * 4. else the built-in mapping.
 * A neutral rule that matches makes the observation give no evidence at all. A window closing
 * missed is read only by rules whose `missing` is 'against' (the default unless outcome is 'met');
 * otherwise it falls to the next mapping.
 */
import { INDICATORS, type IndicatorId, type Level } from '../domain/competency.ts';
import type { Scenario, ScenarioArrival, ScenarioOrderStep, ScenarioRule } from '../scenario/schema.ts';
import type { Observation } from '../sim/types.ts';
import { CAUSE_WEIGHT, DEFAULT_GUESS, DEFAULT_SLIP, DEFAULT_WEIGHT, decide, orderSteps } from './mapping.ts';
import type { EvidenceItem, EvidenceSource } from './types.ts';

/** What identification reads of an observation. */
type Reading = Pick<
  Observation,
  | 'seq'
  | 'atMinute'
  | 'kind'
  | 'subject'
  | 'ticketId'
  | 'ok'
  | 'missed'
  | 'actual'
  | 'note'
  | 'logIndex'
  | 'cause'
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
 * The evidence one reading gives: at most one item, for the one indicator `decide` picks (a
 * matching rule naming an id, a matching rule, an evidence hook, the built-in mapping); none when
 * a neutral rule takes it. A rule's item carries its weight, slip and guess, and its order
 * (`onlyAfter`).
 */
export function readObservation(
  scenario: Scenario,
  arrival: ScenarioArrival | null,
  reading: Reading,
  earlier: readonly Observation[] = [],
): EvidenceItem[] {
  const decision = decide(scenario, arrival, reading);
  switch (decision.type) {
    case 'neutral':
      return [];
    case 'rule': {
      const { rule } = decision;
      const ordered = inOrder(rule, reading, earlier);
      return [item(ordered, decision.indicator, { type: 'rule', ruleId: rule.id }, rule)];
    }
    case 'hook':
      return [item(reading, decision.indicator, { type: 'hook' }, {})];
    case 'built-in':
      return [item(reading, decision.indicator, { type: 'built-in' }, {})];
  }
}

/** A step of `onlyAfter` in words: `"q-identity" (questioned)` or `a right "questioned" step`. */
function stepName(step: ScenarioOrderStep): string {
  return step.id === undefined ? `a right "${step.observation}" step` : `"${step.id}" (${step.observation})`;
}

/** "a", "a and b", "a, b and c". */
function joined(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * A rule with `onlyAfter` counts a right action as shown only when every step it needs came first
 * on the same ticket (verify identity, and ask what the caller tried, before the reset; prove
 * before you change); otherwise the action counts as not shown, and its note says which step had
 * not happened.
 */
function inOrder(rule: ScenarioRule, reading: Reading, earlier: readonly Observation[]): Reading {
  const steps = orderSteps(rule);
  if (steps.length === 0 || !reading.ok) return reading;
  const missing = steps.filter(
    (step) =>
      !earlier.some(
        (o) =>
          o.ticketId === reading.ticketId &&
          o.kind === step.observation &&
          o.ok &&
          (step.id === undefined || o.actual === step.id),
      ),
  );
  if (missing.length === 0) return reading;
  const why =
    steps.length === 1
      ? `It should have come only after ${joined(missing.map(stepName))}, which had not happened.`
      : `It should have come only after ${joined(steps.map(stepName))}; ${joined(missing.map(stepName))} had not happened.`;
  return { ...reading, ok: false, note: `${reading.note} ${why}` };
}

/** Evidence from a whole shift: every observation, in sequence order, mapped to its indicators. */
export function identifyEvidence(scenario: Scenario, observations: readonly Observation[]): EvidenceItem[] {
  const arrivals = new Map(scenario.timeline.map((a) => [a.id, a]));
  const sorted = [...observations].sort((a, b) => a.seq - b.seq);
  const byTicket = new Map<string, Observation[]>();
  const out: EvidenceItem[] = [];
  for (const o of sorted) {
    // Each ticket's list grows in place: read before `o` joins it, it holds only what came earlier.
    let before: Observation[] = [];
    if (o.ticketId !== null) {
      const list = byTicket.get(o.ticketId);
      if (list === undefined) byTicket.set(o.ticketId, before);
      else before = list;
    }
    out.push(...readObservation(scenario, arrivals.get(o.ticketId ?? '') ?? null, o, before));
    before.push(o);
  }
  return out;
}
