/**
 * Resolving a ticket, whoever does it (the desk with a fix, the group it was routed to, or its
 * parent's resolution), and the hold bookkeeping that resolving and resuming share.
 */
import { type Draft, satisfactionOf, writeTicket } from './draft.ts';
import { closeWindows } from './missed.ts';
import { addPause, stopClock } from './sla.ts';
import { isActiveStatus } from './status.ts';
import type { Ticket, TicketId } from './types.ts';

/** Minutes after a fix that reopens before the caller comes back when no `wrong-fix` follow-up says. */
export const DEFAULT_REOPEN_MINUTES = 15;

/** Ends a hold: valid hold time moves the resolution clock's due time later. */
export function endHold(t: Ticket, now: number): void {
  if (t.holdSince !== null) {
    const paused = Math.max(0, now - t.holdSince);
    t.pausedMinutes += paused;
    t.resolution = addPause(t.resolution, paused);
  }
  t.holdSince = null;
  t.holdReason = null;
}

/** Who resolved it: the desk with a fix that works (right, needless or risky) or one that does not, a group, the parent. */
export type ResolvedBy = 'desk' | 'desk-wrong-fix' | 'group' | 'parent';

/**
 * Marks a ticket resolved now; a resolution that works and stays (not a wrong fix, no reopen) also
 * resolves the children linked to it. `reopens`: the caller comes back (a wrong fix, by default).
 */
export function markResolved(
  d: Draft,
  id: TicketId,
  by: ResolvedBy,
  fixId: string | null,
  reopens: boolean = by === 'desk-wrong-fix',
): void {
  const arrival = d.index.arrivalById.get(id);
  if (arrival === undefined) return;
  const t = writeTicket(d, id);
  const now = d.s.now;
  endHold(t, now);
  t.status = 'resolved';
  t.resolvedAt = now;
  t.resolution = stopClock(t.resolution, now);
  t.satisfaction = satisfactionOf(t.mood);
  t.groupDueAt = null;
  t.groupOutcome = null;
  if (fixId !== null) t.fixId = fixId;
  if (reopens) {
    const followUp = (arrival.followUps ?? []).find((f) => f.trigger === 'wrong-fix');
    t.reopenDueAt = now + (followUp?.afterMinutes ?? DEFAULT_REOPEN_MINUTES);
  }
  // Resolved means out of the desk's hands: the desk's work windows and the link window close.
  closeWindows(d, id, 'left-desk');
  closeWindows(d, id, 'resolved');
  if (by === 'desk-wrong-fix' || reopens) return;
  for (const childId of d.s.order) {
    const child = d.s.tickets[childId];
    if (child === undefined || child.parentId !== id) continue;
    if (isActiveStatus(child.status)) {
      markResolved(d, childId, 'parent', null);
    }
  }
}
