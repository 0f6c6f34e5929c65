/**
 * The end of the shift: every window still open closes, and each opportunity the trainee never
 * took becomes a missed observation (ok=false, missed=true) the debrief can point at.
 */
import type { ScenarioArrival } from '../scenario/schema.ts';
import { at, type Draft, emit, observe } from './draft.ts';
import { closeLinkWindow } from './resolution.ts';
import { isDeskGroup, partyName, truePriority } from './scenario-index.ts';
import { isOpenStatus } from './status.ts';
import { closeEscalationWindow } from './timer-effects.ts';
import type { Ticket } from './types.ts';

function missTicket(d: Draft, t: Ticket, arrival: ScenarioArrival): void {
  const id = t.id;
  const truth = arrival.truth;
  if (t.status === 'waiting' && t.respondedAt === null) {
    observe(d, {
      kind: 'acknowledged',
      ticketId: id,
      ok: false,
      missed: true,
      expected: `answered by ${at(d, t.response.dueAt)}`,
      actual: null,
      note: `${id} was never answered during the shift; it was due to be answered by ${at(d, t.response.dueAt)}.`,
    });
    return;
  }
  if (t.respondedAt === null) return;
  if (t.kind === null) {
    observe(d, {
      kind: 'classified',
      ticketId: id,
      ok: false,
      missed: true,
      expected: `${truth.kind} / ${truth.category}`,
      actual: null,
      note: `${id} was answered but never logged and classified during the shift.`,
    });
  }
  if (!t.prioritySet) {
    const expected = `P${truePriority(d.scenario, arrival)}`;
    observe(d, {
      kind: 'prioritised',
      ticketId: id,
      ok: false,
      missed: true,
      expected,
      actual: null,
      note: `${id} was answered but never prioritised; the right priority was ${expected}.`,
    });
  }
  const settled = t.status === 'resolved' || t.status === 'closed';
  // A duplicate is handled by linking it to its parent, not by routing it.
  if (
    !isDeskGroup(d.index, truth.group) &&
    truth.parent === undefined &&
    t.groupHistory.length === 0 &&
    !settled
  ) {
    observe(d, {
      kind: 'routed',
      ticketId: id,
      ok: false,
      missed: true,
      expected: truth.group,
      actual: null,
      note: `${id} was never routed to ${partyName(d.index, truth.group)}, the group that owns it.`,
    });
  }
}

function missProblems(d: Draft): void {
  for (const [key, ids] of d.index.problemGroups) {
    const arrived = ids.filter((id) => d.s.tickets[id] !== undefined);
    if (arrived.length < 2) continue;
    const raised = Object.values(d.s.problems).some(
      (p) => p.ticketIds.filter((id) => arrived.includes(id)).length >= 2,
    );
    if (raised) continue;
    observe(d, {
      kind: 'problem-raised',
      ticketId: arrived[0] ?? null,
      ok: false,
      missed: true,
      expected: arrived.join(', '),
      actual: null,
      note: `${arrived.join(', ')} share one underlying problem (${key}), but no problem was raised for them.`,
    });
  }
}

/** Ends the shift now: closes every open window and records what was missed. */
export function endShift(d: Draft): void {
  if (d.s.ended) return;
  d.s.ended = true;
  for (const id of d.s.order) {
    const t = d.s.tickets[id];
    const arrival = d.index.arrivalById.get(id);
    if (t === undefined || arrival === undefined) continue;
    missTicket(d, t, arrival);
    const current = d.s.tickets[id] ?? t;
    if (current.respondedAt !== null) closeLinkWindow(d, current, arrival, 'shift-end');
    if (isOpenStatus(t.status)) closeEscalationWindow(d, id, 'shift-end');
  }
  missProblems(d);
  emit(d, { type: 'shift/ended', atMinute: d.s.now });
}
