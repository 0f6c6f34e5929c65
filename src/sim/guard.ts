/**
 * Outcomes of commands and the lookup that decides whether a command may apply to a ticket now
 * (by the legality table), with the plain reason shown to the trainee when it may not.
 */
import type { ScenarioArrival } from '../scenario/schema.ts';
import type { Draft } from './draft.ts';
import { type TicketCommandType, ticketRefusal } from './legality.ts';
import type { Ticket } from './types.ts';

export type Outcome = { ok: true; costMinutes: number } | { ok: false; reason: string };

export const done = (costMinutes: number): Outcome => ({ ok: true, costMinutes });
export const refuse = (reason: string): Outcome => ({ ok: false, reason });

export type Found = { ok: true; t: Ticket; arrival: ScenarioArrival } | { ok: false; reason: string };

/** The ticket `id` if it has arrived and a command of `type` applies in its status now. */
export function findTicket(d: Draft, id: string, type: TicketCommandType): Found {
  const reason = ticketRefusal(d.index, d.s, id, type);
  if (reason !== null) return { ok: false, reason };
  // ticketRefusal found both the ticket and its arrival.
  return { ok: true, t: d.s.tickets[id] as Ticket, arrival: d.index.arrivalById.get(id) as ScenarioArrival };
}
