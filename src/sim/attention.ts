/**
 * Load-aware failures: every failure that time brings (a resolution or response target breached,
 * a caller hanging up, a window closed missed at the shift end, at a deadline or at a breach) gets
 * a cause, so the evaluator can tell a trainee swamped by urgent work from one who let a ticket sit.
 * Failures that are the trainee's choices (a ticket routed away or resolved with work still
 * wanting) get none.
 *
 * The rule, for ticket X failing at minute m:
 * - 'wrong-priority' when the trainee had set X's priority to a less urgent one (a larger P number)
 *   than its true priority (the matrix on its true impact and urgency);
 * - otherwise the minutes between X's arrival (for a ticket a wrong fix brought back, the minute it
 *   came back) and m are shared out. The engine keeps a record of the trainee's attention: each
 *   accepted command covers the time from the end of the previous command's span (the start of the
 *   shift for the first) to the minute its own cost brings the clock to, on the command's ticket
 *   (the first of its tickets for a problem; none for a search on no ticket, a deviation report or
 *   the end of the shift). Triage (answering, logging, prioritising a contact) is right work on any
 *   ticket: nobody knows a contact's priority before it. The minutes between two commands count
 *   for the second, up to
 *   READING_MINUTES (5) before it: the trainee was reading, deciding and typing it; any longer
 *   gap, and the minutes after the last command, are idle. Minutes on X itself, on triage, or
 *   on a ticket whose true priority is at least as urgent as X's (P number <= X's) are the right
 *   work; busyShare = right-work minutes / minutes X waited, to two decimals (1 when it waited no
 *   time). The cause is 'queue' when busyShare >= 0.75 (the desk was busy on what mattered as
 *   much or more: this failure counts less), else 'neglect'.
 * busyShare is given with every cause, 'wrong-priority' included. The observation's note gets one
 * more sentence saying which.
 */
import type { Command } from './command-schema.ts';
import { type Draft, extendAttention, type ObservationInput } from './draft.ts';
import { truePriority } from './scenario-index.ts';
import type { FailureCause, Minute, TicketId } from './types.ts';

/** The share of the wait on the right work from which a failure counts as the queue's. */
export const QUEUE_SHARE = 0.75;

/** The ticket a command puts the trainee's attention on, or null. */
export function attentionTicket(c: Command): TicketId | null {
  switch (c.type) {
    case 'sla/report-deviation':
    case 'shift/end':
      return null;
    case 'problem/raise':
      return c.ticketIds[0] ?? null;
    default:
      return c.ticketId ?? null;
  }
}

/** Commands that are the intake of a contact: right work whatever the ticket's priority. */
const TRIAGE: ReadonlySet<Command['type']> = new Set(['contact/answer', 'ticket/log', 'ticket/prioritise']);

/** Records an accepted command's attention, up to the minute its cost brings the clock to. */
export function recordAttention(d: Draft, c: Command, to: Minute): void {
  extendAttention(d, attentionTicket(c), TRIAGE.has(c.type), to);
}

export interface Attribution {
  cause: FailureCause;
  busyShare: number;
  /** The sentence appended to the observation's note, with its leading space. */
  sentence: string;
}

/** The true priority of a ticket (by its arrival), or null for an unknown id. */
function truthOf(d: Draft, id: TicketId): number | null {
  const arrival = d.index.arrivalById.get(id);
  return arrival === undefined ? null : truePriority(d.scenario, arrival);
}

/** Why ticket `id` fails now; null for a ticket that never arrived. */
export function attribute(d: Draft, id: TicketId): Attribution | null {
  const t = d.s.tickets[id];
  const truth = truthOf(d, id);
  if (t === undefined || truth === null) return null;
  const start = t.reopenedAt ?? t.arrivedAt;
  const end = d.s.now;
  let right = 0;
  const spans = d.s.attention;
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i];
    if (span === undefined || span.to <= start) break;
    const from = Math.max(span.from, start);
    const to = Math.min(span.to, end);
    if (to <= from || span.ticketId === null) continue;
    const other = span.ticketId === id || span.triage ? truth : truthOf(d, span.ticketId);
    if (other !== null && other <= truth) right += to - from;
  }
  const waited = end - start;
  const busyShare = waited > 0 ? Math.round((right / waited) * 100) / 100 : 1;
  const percent = Math.round(busyShare * 100);
  if (t.prioritySet && t.priority > truth) {
    return {
      cause: 'wrong-priority',
      busyShare,
      sentence: ` It was set to P${t.priority}; it was P${truth}.`,
    };
  }
  if (busyShare >= QUEUE_SHARE) {
    return {
      cause: 'queue',
      busyShare,
      sentence:
        waited > 0
          ? ` The desk was on work as urgent or more for ${percent} % of the time it waited, so this counts less.`
          : ' It had not waited at all, so this counts less.',
    };
  }
  return {
    cause: 'neglect',
    busyShare,
    sentence: ` For ${100 - percent} % of the time it waited the desk was idle or on less urgent work.`,
  };
}

/** The observation of a time-driven failure of ticket `id`, with its cause and the sentence saying it. */
export function withCause(d: Draft, id: TicketId, o: ObservationInput): ObservationInput {
  const a = attribute(d, id);
  if (a === null) return o;
  return { ...o, note: o.note + a.sentence, cause: a.cause, busyShare: a.busyShare };
}
