/**
 * Outcomes of commands and the checks that decide whether a command may apply to a ticket now,
 * with the plain reason shown to the trainee when it may not.
 */
import type { ScenarioArrival } from '../scenario/schema.ts';
import type { Draft } from './draft.ts';
import type { Ticket, TicketStatus } from './types.ts';
import { assertNever } from './util.ts';

export type Outcome = { ok: true; costMinutes: number } | { ok: false; reason: string };

export const done = (costMinutes: number): Outcome => ({ ok: true, costMinutes });
export const refuse = (reason: string): Outcome => ({ ok: false, reason });

/** Statuses in which a ticket can be worked on. */
export const WORKABLE: readonly TicketStatus[] = ['new', 'in-progress', 'on-hold'];

/** An id as it may safely appear in a message (untrusted input is cut short). */
export function shown(id: string): string {
  return id.length > 40 ? `${id.slice(0, 40)}...` : id;
}

/** Why a ticket in `status` cannot take a command that needs one of `allowed`. */
export function statusReason(id: string, status: TicketStatus): string {
  switch (status) {
    case 'waiting':
      return `${id} is waiting to be answered; answer it first`;
    case 'abandoned':
      return `the caller on ${id} hung up; wait for them to call back`;
    case 'resolved':
      return `${id} is resolved; it can only be closed, or noted`;
    case 'closed':
      return `${id} is closed`;
    case 'cancelled':
      return `${id} is cancelled`;
    case 'new':
    case 'in-progress':
      return `${id} is ${status}`;
    case 'on-hold':
      return `${id} is on hold; resume it first`;
    default:
      return assertNever(status);
  }
}

export type Found = { ok: true; t: Ticket; arrival: ScenarioArrival } | { ok: false; reason: string };

/** The ticket `id` if it has arrived and its status is one of `allowed`. */
export function findTicket(d: Draft, id: string, allowed: readonly TicketStatus[]): Found {
  const t = Object.hasOwn(d.s.tickets, id) ? d.s.tickets[id] : undefined;
  const arrival = d.index.arrivalById.get(id);
  if (t === undefined || arrival === undefined)
    return { ok: false, reason: `there is no ticket ${shown(id)}` };
  if (!allowed.includes(t.status)) return { ok: false, reason: statusReason(id, t.status) };
  return { ok: true, t, arrival };
}
