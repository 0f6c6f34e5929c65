/**
 * Evidence identification: turns the engine's observations into evidence items per indicator
 * (built-in mapping, evidence hooks, scenario rules) and adds the windows the engine does not
 * close itself (questions, knowledge, diagnostics, diagnosis, the deviation report): a window that
 * opened and closed without the behaviour is evidence against; one that never opened, or is still
 * open when the log ends, is nothing.
 */
import { INDICATORS, type IndicatorId, type Level } from '../domain/competency.ts';
import type { ObservationKind, Scenario, ScenarioArrival, ScenarioRule } from '../scenario/schema.ts';
import type { Observation } from '../sim/types.ts';
import { BUILT_IN, DEFAULT_GUESS, DEFAULT_SLIP, DEFAULT_WEIGHT, hookKinds, ruleMatches } from './mapping.ts';
import { arrivalWindows } from './opportunities.ts';
import type { EvidenceItem, EvidenceSource } from './types.ts';

/** What identification reads of an observation; `seq` is null for evaluator-derived windows. */
type Reading = Pick<Observation, 'atMinute' | 'kind' | 'ticketId' | 'ok' | 'note' | 'logIndex'> & {
  seq: number | null;
};

/** Where the log ended, for windows that close at the end of the shift. */
export interface LogEnd {
  ended: boolean;
  atMinute: number;
  logIndex: number | null;
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
    weight: params.weight ?? DEFAULT_WEIGHT,
    slip: params.slip ?? DEFAULT_SLIP,
    guess: params.guess ?? DEFAULT_GUESS,
    atMinute: reading.atMinute,
    ticketId: reading.ticketId,
    note: reading.note,
    logIndex: reading.logIndex,
    seq: reading.seq,
    source,
  };
}

/**
 * The evidence one reading gives: the built-in indicator, hooked indicators that read this kind,
 * then scenario rules (a reading without `seq` is an evaluator-closed window); a rule naming an indicator already present replaces that item (first
 * matching rule wins), other rules add items.
 */
export function readObservation(
  scenario: Scenario,
  arrival: ScenarioArrival | null,
  reading: Reading,
  earlier: readonly Observation[] = [],
): EvidenceItem[] {
  const items = new Map<IndicatorId, EvidenceItem>();
  const derived = reading.seq === null;
  const builtIn: EvidenceSource = derived ? { type: 'window' } : { type: 'built-in' };
  items.set(BUILT_IN[reading.kind], item(reading, BUILT_IN[reading.kind], builtIn, {}));
  for (const hooked of arrival?.evidence ?? []) {
    if (!items.has(hooked) && hookKinds(hooked).includes(reading.kind)) {
      items.set(hooked, item(reading, hooked, derived ? builtIn : { type: 'hook' }, {}));
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

/** Windows the engine leaves to the evaluator, with the sentence the debrief shows when missed. */
const OPEN_WINDOWS: readonly { kind: ObservationKind; note: (a: ScenarioArrival) => string }[] = [
  { kind: 'questioned', note: () => 'No question that helps was asked before the ticket left the desk.' },
  {
    kind: 'kb-applied',
    note: (a) => `The knowledge article that applies (${a.truth.article ?? ''}) was not used.`,
  },
  { kind: 'diagnostic-run', note: () => 'No relevant diagnostic was run before the ticket left the desk.' },
  { kind: 'diagnosed', note: () => 'No diagnosis was recorded before the ticket left the desk.' },
];

/**
 * The moment a ticket left the desk's hands: resolved or routed by the trainee. A ticket still at
 * the desk when the log ends keeps its windows open (no evidence: the work may have been coming),
 * and a duplicate rightly linked to its parent needs no separate diagnosis (the parent carries it).
 */
function closingMoment(ticketObs: Observation[]): Reading | null {
  if (ticketObs.some((o) => o.kind === 'linked' && o.ok)) return null;
  const action = ticketObs.find((o) => !o.missed && (o.kind === 'resolved' || o.kind === 'routed'));
  return action === undefined ? null : { ...action, seq: null };
}

/** Evidence from a whole shift: every observation, then the evaluator-closed windows. */
export function identifyEvidence(
  scenario: Scenario,
  observations: Observation[],
  end: LogEnd,
): EvidenceItem[] {
  const arrivals = new Map(scenario.timeline.map((a) => [a.id, a]));
  const sorted = [...observations].sort((a, b) => a.seq - b.seq);
  const byTicket = new Map<string, Observation[]>();
  for (const o of sorted) {
    if (o.ticketId !== null) byTicket.set(o.ticketId, [...(byTicket.get(o.ticketId) ?? []), o]);
  }
  const out: EvidenceItem[] = [];
  for (const o of sorted) {
    const before = (byTicket.get(o.ticketId ?? '') ?? []).filter((p) => p.seq < o.seq);
    out.push(...readObservation(scenario, arrivals.get(o.ticketId ?? '') ?? null, o, before));
  }
  for (const arrival of scenario.timeline) {
    const ticketObs = byTicket.get(arrival.id) ?? [];
    const windows = arrivalWindows(scenario, arrival);
    const closing = closingMoment(ticketObs);
    if (closing === null) continue;
    for (const open of OPEN_WINDOWS) {
      if (!windows.includes(open.kind) || ticketObs.some((o) => o.kind === open.kind)) continue;
      const reading: Reading = {
        ...closing,
        kind: open.kind,
        ticketId: arrival.id,
        ok: false,
        note: open.note(arrival),
      };
      out.push(...readObservation(scenario, arrival, reading));
    }
  }
  const breached = observations.some((o) => o.kind === 'breached');
  const reported = observations.some((o) => o.kind === 'deviation-reported');
  if (end.ended && breached && !reported) {
    const note = 'Tickets breached their SLA and no deviation report was sent.';
    const reading: Reading = {
      atMinute: end.atMinute,
      kind: 'deviation-reported',
      ticketId: null,
      ok: false,
      note,
      logIndex: end.logIndex,
      seq: null,
    };
    out.push(...readObservation(scenario, null, reading));
  }
  return out;
}
