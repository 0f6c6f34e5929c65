/**
 * Routing a ticket to a group (by assignment or functional escalation): the right non-desk group
 * (truth.group, or one of its alsoGroups, which are as right) resolves it after the owner's
 * (truth.group's) turnaround plus seeded jitter of up to 20 % (drawn from the ticket's own keyed
 * stream, one draw per routing); a wrong one sends it back after half its own turnaround.
 * Routing a ticket away closes the desk's own work windows (opportunities.ts).
 */
import { acceptableGroup } from '../scenario/index.ts';
import { at, type Draft, observe, writeTicket } from './draft.ts';
import { closeWindows } from './missed.ts';
import { keyedRandom } from './rng.ts';
import { isDeskGroup, JITTER_SHARE, partyName } from './scenario-index.ts';
import type { TicketId } from './types.ts';

export { JITTER_SHARE } from './scenario-index.ts';

/** Routes `id` to `groupId` now; the first routing is observed against the truth. */
export function route(d: Draft, id: TicketId, groupId: string): void {
  const arrival = d.index.arrivalById.get(id);
  const group = d.index.groups.get(groupId);
  if (arrival === undefined || group === undefined) return;
  const t = writeTicket(d, id);
  const right = arrival.truth.group;
  const parent = arrival.truth.parent;
  if (t.groupHistory.length === 0) {
    // A duplicate is handled by linking it to its parent: routing it, even to the parent's group, is not.
    const ok = acceptableGroup(arrival, groupId) && parent === undefined;
    const also = arrival.truth.alsoGroups ?? [];
    const alsoText = also.length === 0 ? '' : ` (or ${also.map((g) => partyName(d.index, g)).join(' or ')})`;
    observe(d, {
      kind: 'routed',
      ticketId: id,
      ok,
      expected: parent === undefined ? [right, ...also].join(' or ') : `linked to ${parent}`,
      actual: groupId,
      note: ok
        ? `${id} routed to ${group.name} at ${at(d)}, the right group.`
        : parent !== undefined
          ? `${id} routed to ${group.name} at ${at(d)}; it is a duplicate of ${parent} and needed linking to it, not routing.`
          : `${id} routed to ${group.name} at ${at(d)}; the right group was ${partyName(d.index, right)}${alsoText}.`,
    });
  }
  t.groupHistory = [...t.groupHistory, groupId];
  t.assignedGroup = groupId;
  if (t.status === 'new') t.status = 'in-progress';
  // Routed to another group, the ticket leaves the desk: the desk's own work windows close.
  if (!isDeskGroup(d.index, groupId)) closeWindows(d, id, 'left-desk');
  if (isDeskGroup(d.index, groupId)) {
    t.groupDueAt = null;
    t.groupOutcome = null;
  } else if (acceptableGroup(arrival, groupId)) {
    // The owner's turnaround whichever acceptable group has it: the windows read truth.group.
    const turnaround = (d.index.groups.get(right) ?? group).turnaroundMinutes;
    const draw = keyedRandom(d.s.seed, 'group-turnaround', id, t.groupHistory.length);
    const jitter = Math.floor(draw * (Math.floor(turnaround * JITTER_SHARE) + 1));
    t.groupDueAt = d.s.now + turnaround + jitter;
    t.groupOutcome = 'resolve';
  } else {
    t.groupDueAt = d.s.now + Math.max(1, Math.ceil(group.turnaroundMinutes / 2));
    t.groupOutcome = 'bounce';
  }
}
