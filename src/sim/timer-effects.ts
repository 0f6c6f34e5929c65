/**
 * What each timer does when it falls due: arrivals, hang-ups, callers calling back, reopens after
 * a wrong fix, findings a fix raised, groups handing tickets back, SLA warnings and breaches (a
 * breach closes the windows the opportunity model closes then).
 */

import { targetFor } from '../scenario/index.ts';
import type { ScenarioArrival } from '../scenario/schema.ts';
import { withCause } from './attention.ts';
import { minutesText } from './clock.ts';
import { addTicket, at, changeMood, type Draft, emit, observe, writeTicket } from './draft.ts';
import { closeWindows } from './missed.ts';
import { markResolved } from './resolution.ts';
import { partyName, truePriority } from './scenario-index.ts';
import { createClock, restartClock, stopClock } from './sla.ts';
import type { Ticket, TicketId } from './types.ts';
import { assertNever } from './util.ts';

/** Mood lost when a caller has to contact the desk again. */
export const CALLBACK_MOOD = -15;
export const REOPEN_MOOD = -25;
export const BOUNCE_MOOD = -10;

function newTicket(d: Draft, arrival: ScenarioArrival): Ticket {
  const priority = truePriority(d.scenario, arrival);
  const targets = targetFor(d.scenario, priority);
  return {
    id: arrival.id,
    arrivedAt: d.s.now,
    channel: arrival.channel,
    callerId: null,
    subject: arrival.subject,
    status: 'waiting',
    kind: null,
    category: null,
    serviceId: null,
    ciId: null,
    impact: null,
    urgency: null,
    priority,
    prioritySet: false,
    assignedGroup: null,
    escalations: [],
    asked: [],
    requests: [],
    diagnosticsRun: [],
    diagnosis: null,
    articleId: null,
    fixId: null,
    holdReason: null,
    holdSince: null,
    pausedMinutes: 0,
    respondedAt: null,
    resolvedAt: null,
    closedAt: null,
    reopenCount: 0,
    parentId: null,
    problemId: null,
    mood: 70,
    satisfaction: null,
    response: createClock(d.s.now, targets.responseMinutes),
    resolution: createClock(d.s.now, targets.resolutionMinutes),
    notes: [],
    firedFollowUps: [],
    groupDueAt: null,
    firstContact: false,
    waitingSince: d.s.now,
    reopenDueAt: null,
    groupOutcome: null,
    groupHistory: [],
    missedWindows: [],
    reopenedAt: null,
    pendingFinding: null,
  };
}

/** The next scenario arrival reaches the desk. */
export function arrive(d: Draft): void {
  const arrival = d.index.arrivals[d.s.nextArrival];
  d.s.nextArrival += 1;
  if (arrival === undefined || d.s.tickets[arrival.id] !== undefined) return;
  addTicket(d, newTicket(d, arrival));
  emit(d, { type: 'contact/arrived', ticketId: arrival.id, channel: arrival.channel });
}

/** A phone or chat caller gives up waiting. */
export function hangUp(d: Draft, id: TicketId): void {
  const t = writeTicket(d, id);
  const waited = d.s.now - t.waitingSince;
  t.status = 'abandoned';
  t.response = stopClock(t.response, d.s.now);
  t.resolution = stopClock(t.resolution, d.s.now);
  emit(d, { type: 'contact/abandoned', ticketId: id });
  observe(
    d,
    withCause(d, id, {
      kind: 'abandoned',
      ticketId: id,
      ok: false,
      expected: 'answered',
      actual: 'hung up',
      note: `The caller on ${id} hung up at ${at(d)} after waiting ${minutesText(waited)} unanswered.`,
    }),
  );
}

/** A caller comes back: unanswered, still unresolved, or still not escalated. */
export function fireFollowUp(d: Draft, id: TicketId, followUpId: string): void {
  const arrival = d.index.arrivalById.get(id);
  const followUp = arrival?.followUps?.find((f) => f.id === followUpId);
  const t = writeTicket(d, id);
  t.firedFollowUps = [...t.firedFollowUps, followUpId];
  if (followUp === undefined) return;
  switch (followUp.trigger) {
    case 'unacknowledged':
    case 'unresolved':
    case 'not-escalated':
      break;
    case 'wrong-fix':
      return;
    default:
      assertNever(followUp.trigger);
  }
  if (t.status === 'abandoned') {
    t.status = 'waiting';
    t.response = restartClock(t.response, d.s.now, false);
    t.resolution = restartClock(t.resolution, d.s.now, false);
  }
  if (t.status === 'waiting') t.waitingSince = d.s.now;
  changeMood(t, CALLBACK_MOOD);
  emit(d, { type: 'ticket/callback', ticketId: id, message: followUp.message });
}

/** A wrongly fixed ticket comes back. */
export function reopen(d: Draft, id: TicketId): void {
  const arrival = d.index.arrivalById.get(id);
  const t = writeTicket(d, id);
  t.reopenDueAt = null;
  if (t.status !== 'resolved' && t.status !== 'closed') return;
  const followUp = arrival?.followUps?.find((f) => f.trigger === 'wrong-fix');
  if (followUp !== undefined && !t.firedFollowUps.includes(followUp.id)) {
    t.firedFollowUps = [...t.firedFollowUps, followUp.id];
  }
  t.status = 'in-progress';
  t.reopenCount += 1;
  t.reopenedAt = d.s.now;
  t.resolvedAt = null;
  t.closedAt = null;
  t.satisfaction = null;
  t.fixId = null;
  t.resolution = restartClock(t.resolution, d.s.now, true);
  changeMood(t, REOPEN_MOOD);
  const message = followUp?.message ?? `The caller on ${id} is back: the fix did not work.`;
  emit(d, { type: 'ticket/reopened', ticketId: id, message });
}

/** A finding a fix raised comes in on the ticket. */
export function raiseFinding(d: Draft, id: TicketId): void {
  const t = writeTicket(d, id);
  const finding = t.pendingFinding;
  t.pendingFinding = null;
  if (finding !== null) emit(d, { type: 'ticket/finding', ticketId: id, message: finding.text });
}

/** The group a ticket was routed to resolves it (right group) or sends it back (wrong group). */
export function groupHandBack(d: Draft, id: TicketId): void {
  const t = writeTicket(d, id);
  const groupId = t.assignedGroup ?? '';
  const outcome = t.groupOutcome;
  t.groupDueAt = null;
  t.groupOutcome = null;
  if (outcome === 'resolve') {
    emit(d, { type: 'ticket/resolved-by-group', ticketId: id, groupId });
    markResolved(d, id, 'group', null);
  } else if (outcome === 'bounce') {
    t.assignedGroup = null;
    changeMood(t, BOUNCE_MOOD);
    const message = `${partyName(d.index, groupId)} sent ${id} back: it is not theirs to fix.`;
    emit(d, { type: 'ticket/bounced', ticketId: id, groupId, message });
  }
}

/** A clock passes a warning threshold. */
export function slaWarning(d: Draft, id: TicketId, clock: 'response' | 'resolution', percent: number): void {
  const t = writeTicket(d, id);
  t[clock] = { ...t[clock], warned: [...t[clock].warned, percent] };
  emit(d, { type: 'sla/warning', ticketId: id, clock, percent });
}

/** A clock reaches its due time unstopped. */
export function slaBreach(d: Draft, id: TicketId, clock: 'response' | 'resolution'): void {
  const t = writeTicket(d, id);
  t[clock] = { ...t[clock], breached: true };
  emit(d, { type: 'sla/breached', ticketId: id, clock });
  const target = minutesText(t[clock].targetMinutes);
  observe(
    d,
    withCause(d, id, {
      kind: 'breached',
      ticketId: id,
      ok: false,
      expected: `${clock} within ${target}`,
      actual: 'breached',
      note: `The ${clock} target of ${id} (${target}) was breached at ${at(d)}.`,
    }),
  );
  if (clock === 'resolution') closeWindows(d, id, 'breach');
}
