/**
 * Routing a ticket to a group (by assignment or functional escalation): the right non-desk group
 * resolves it after its turnaround plus seeded jitter of up to 20 % (drawn from the ticket's own
 * keyed stream, one draw per routing); a wrong one sends it back
 * after half its turnaround.
 */
import { at, type Draft, observe, writeTicket } from './draft.ts';
import { keyedRandom } from './rng.ts';
import { isDeskGroup, partyName } from './scenario-index.ts';
import type { TicketId } from './types.ts';

/** Share of a group's turnaround the seeded jitter may add. */
export const JITTER_SHARE = 0.2;

/** Routes `id` to `groupId` now; the first routing is observed against the truth. */
export function route(d: Draft, id: TicketId, groupId: string): void {
  const arrival = d.index.arrivalById.get(id);
  const group = d.index.groups.get(groupId);
  if (arrival === undefined || group === undefined) return;
  const t = writeTicket(d, id);
  const right = arrival.truth.group;
  if (t.groupHistory.length === 0) {
    const ok = groupId === right;
    observe(d, {
      kind: 'routed',
      ticketId: id,
      ok,
      expected: right,
      actual: groupId,
      note: ok
        ? `${id} routed to ${group.name} at ${at(d)}, the right group.`
        : `${id} routed to ${group.name} at ${at(d)}; the right group was ${partyName(d.index, right)}.`,
    });
  }
  t.groupHistory = [...t.groupHistory, groupId];
  t.assignedGroup = groupId;
  if (t.status === 'new') t.status = 'in-progress';
  if (isDeskGroup(d.index, groupId)) {
    t.groupDueAt = null;
    t.groupOutcome = null;
  } else if (groupId === right) {
    const draw = keyedRandom(d.s.seed, 'group-turnaround', id, t.groupHistory.length);
    const jitter = Math.floor(draw * (Math.floor(group.turnaroundMinutes * JITTER_SHARE) + 1));
    t.groupDueAt = d.s.now + group.turnaroundMinutes + jitter;
    t.groupOutcome = 'resolve';
  } else {
    t.groupDueAt = d.s.now + Math.max(1, Math.ceil(group.turnaroundMinutes / 2));
    t.groupOutcome = 'bounce';
  }
}
