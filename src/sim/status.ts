/**
 * The ticket status groups, defined once: which statuses still need the desk (open), which are
 * answered and not yet done (active), which the desk can work right now (workable: an on-hold
 * ticket is resumed first) and which are done (settled). The engine's legality table, the
 * selectors, the evaluator's KPIs, the store and the bots all read these.
 */
import type { TicketStatus } from './types.ts';

/** Still needs the desk: waiting to be answered, or answered and not yet resolved. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['waiting', 'new', 'in-progress', 'on-hold'];
/** Answered and not yet resolved: the ticket is live on the desk (on hold or not). */
export const ACTIVE_STATUSES: readonly TicketStatus[] = ['new', 'in-progress', 'on-hold'];
/** The desk can work the ticket now: answered, not paused, not done. */
export const WORKABLE_STATUSES: readonly TicketStatus[] = ['new', 'in-progress'];
/** Done: resolved (by the desk, a group or its parent) or closed after that. */
export const SETTLED_STATUSES: readonly TicketStatus[] = ['resolved', 'closed'];

/** Whether a ticket in `status` still needs the desk (counts in the backlog). */
export function isOpenStatus(status: TicketStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Whether a ticket in `status` is answered and not yet resolved (on hold or not). */
export function isActiveStatus(status: TicketStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

/** Whether the desk can work a ticket in `status` now (an on-hold ticket is resumed first). */
export function isWorkableStatus(status: TicketStatus): boolean {
  return WORKABLE_STATUSES.includes(status);
}

/** Whether a ticket in `status` is done: resolved or closed. */
export function isSettledStatus(status: TicketStatus): boolean {
  return SETTLED_STATUSES.includes(status);
}
