/**
 * The working copy one step writes to. In `step` it is copy-on-write over the input state: the
 * state object, the tickets record, each touched ticket, the observation list and the attention
 * spans are copied at most once per step, everything else is shared. `replay` owns every
 * intermediate state, so it runs in transient mode and writes in place (no copies at all); both
 * modes give equal states.
 * Nested arrays and clocks inside a ticket are always replaced, never mutated.
 */
import type { ObservationKind, Scenario } from '../scenario/schema.ts';
import { shiftClock } from '../scenario/time.ts';
import { indexScenario, type ScenarioIndex } from './scenario-index.ts';
import type {
  AttentionSpan,
  EngineEvent,
  FailureCause,
  Minute,
  Problem,
  ShiftState,
  Subject,
  Ticket,
  TicketId,
} from './types.ts';

export interface Draft {
  readonly scenario: Scenario;
  readonly index: ScenarioIndex;
  /** The state being built; already a private copy (or owned outright in transient mode). */
  readonly s: ShiftState;
  readonly transient: boolean;
  readonly events: EngineEvent[];
  /** Log index of the command being applied; null while the clock (not a command) moves things. */
  logIndex: number | null;
  ticketsOwned: boolean;
  orderOwned: boolean;
  problemsOwned: boolean;
  observationsOwned: boolean;
  attentionOwned: boolean;
  readonly ownedTickets: Set<TicketId>;
}

/** Starts a step over `state`: copy-on-write unless `transient` (the caller owns `state`). */
export function openDraft(scenario: Scenario, state: ShiftState, transient: boolean): Draft {
  return {
    scenario,
    index: indexScenario(scenario),
    s: transient ? state : { ...state },
    transient,
    events: [],
    logIndex: null,
    ticketsOwned: transient,
    orderOwned: transient,
    problemsOwned: transient,
    observationsOwned: transient,
    attentionOwned: transient,
    ownedTickets: new Set(),
  };
}

/** A ticket the step may write to (copied on first write in this step). */
export function writeTicket(d: Draft, id: TicketId): Ticket {
  const current = d.s.tickets[id] as Ticket;
  if (d.transient || d.ownedTickets.has(id)) return current;
  if (!d.ticketsOwned) {
    d.s.tickets = { ...d.s.tickets };
    d.ticketsOwned = true;
  }
  const copy = { ...current };
  d.s.tickets[id] = copy;
  d.ownedTickets.add(id);
  return copy;
}

/** Adds a newly arrived ticket. */
export function addTicket(d: Draft, ticket: Ticket): void {
  if (!d.ticketsOwned) {
    d.s.tickets = { ...d.s.tickets };
    d.ticketsOwned = true;
  }
  if (!d.orderOwned) {
    d.s.order = [...d.s.order];
    d.orderOwned = true;
  }
  d.s.tickets[ticket.id] = ticket;
  d.s.order.push(ticket.id);
  d.ownedTickets.add(ticket.id);
}

/** Records a new problem. */
export function addProblem(d: Draft, problem: Problem): void {
  if (!d.problemsOwned) {
    d.s.problems = { ...d.s.problems };
    d.problemsOwned = true;
  }
  d.s.problems[problem.id] = problem;
}

export function emit(d: Draft, event: EngineEvent): void {
  d.events.push(event);
}

export interface ObservationInput {
  kind: ObservationKind;
  /** What it is about; by default the ticket, or for a shift-wide one the activity named by its kind. */
  subject?: Subject;
  ticketId: TicketId | null;
  ok: boolean;
  expected?: string | null;
  actual?: string | null;
  note: string;
  missed?: boolean;
  /** Why a time-driven failure happened (attention.ts); omitted, both are null. */
  cause?: FailureCause | null;
  busyShare?: number | null;
}

/** Appends an observation stamped with the current minute, sequence and log index. */
export function observe(d: Draft, o: ObservationInput): void {
  const cause = o.cause ?? null;
  if (!d.observationsOwned) {
    d.s.observations = [...d.s.observations];
    d.observationsOwned = true;
  }
  d.s.observations.push({
    seq: d.s.nextSeq,
    atMinute: d.s.now,
    kind: o.kind,
    subject:
      o.subject ??
      (o.ticketId !== null ? { kind: 'ticket', id: o.ticketId } : { kind: 'activity', id: o.kind }),
    ticketId: o.ticketId,
    ok: o.ok,
    missed: o.missed ?? false,
    expected: o.expected ?? null,
    actual: o.actual ?? null,
    note: o.note,
    cause,
    busyShare: cause === null ? null : (o.busyShare ?? null),
    logIndex: d.logIndex,
  });
  d.s.nextSeq += 1;
}

/** Minutes before a command that count as reading and deciding it (see attention.ts). */
export const READING_MINUTES = 5;

/**
 * Extends the attention record to minute `to` for a command given now on `ticketId` (`triage`: a
 * contact's intake, see attention.ts): the minutes
 * from the end of the last span (0 at the start) count for the command, up to READING_MINUTES
 * before it; any earlier ones are idle (a span on no ticket). A span grows when the next one is
 * on the same ticket; nothing is recorded for no time.
 */
export function extendAttention(d: Draft, ticketId: TicketId | null, triage: boolean, to: Minute): void {
  const last: AttentionSpan | undefined = d.s.attention[d.s.attention.length - 1];
  const from = last?.to ?? 0;
  if (!(to > from)) return;
  // Only the last READING_MINUTES before the command count as reading and deciding it; earlier
  // minutes since the previous command were idle.
  const reading = Math.min(to, Math.max(from, d.s.now - READING_MINUTES));
  if (reading > from) pushSpan(d, null, false, from, reading);
  pushSpan(d, ticketId, triage, reading, to);
}

function pushSpan(d: Draft, ticketId: TicketId | null, triage: boolean, from: Minute, to: Minute): void {
  if (!(to > from)) return;
  if (!d.attentionOwned) {
    d.s.attention = [...d.s.attention];
    d.attentionOwned = true;
  }
  const spans = d.s.attention;
  const last = spans[spans.length - 1];
  if (last !== undefined && last.ticketId === ticketId && last.triage === triage)
    spans[spans.length - 1] = { ticketId, triage, from: last.from, to };
  else spans.push({ ticketId, triage, from, to });
}

/** The current minute as "HH:MM". */
export function at(d: Draft, minute: number = d.s.now): string {
  return shiftClock(d.scenario.meta.shiftStart, minute);
}

/** Clamps a caller's mood to 0-100 after a change. */
export function changeMood(ticket: Ticket, delta: number): void {
  ticket.mood = Math.max(0, Math.min(100, ticket.mood + delta));
}

/** Satisfaction 1-5 from the caller's mood. */
export function satisfactionOf(mood: number): number {
  return Math.max(1, Math.min(5, 1 + Math.floor(mood / 20)));
}
