/**
 * Everything that falls due on its own as time passes, derived from the state's timestamps (no
 * timer queue is stored). `advanceTo` processes due timers one at a time in the order
 * (minute, kind order, sequence), where the sequence is the ticket's arrival order and then the
 * position of the follow-up, clock or threshold within it, so ties always break the same way.
 */
import type { Draft } from './draft.ts';
import { endShift } from './missed.ts';
import { isRunning, warningMinute } from './sla.ts';
import { isOpenStatus } from './status.ts';
import {
  arrive,
  closeEscalationWindow,
  fireFollowUp,
  groupHandBack,
  hangUp,
  reopen,
  slaBreach,
  slaWarning,
} from './timer-effects.ts';
import type { Minute, Ticket, TicketId } from './types.ts';
import { assertNever } from './util.ts';

export type Timer =
  | { kind: 'arrival'; minute: Minute }
  | { kind: 'hang-up'; minute: Minute; ticketId: TicketId }
  | { kind: 'follow-up'; minute: Minute; ticketId: TicketId; followUpId: string }
  | { kind: 'reopen'; minute: Minute; ticketId: TicketId }
  | { kind: 'group'; minute: Minute; ticketId: TicketId }
  | {
      kind: 'sla-warning';
      minute: Minute;
      ticketId: TicketId;
      clock: 'response' | 'resolution';
      percent: number;
    }
  | { kind: 'sla-breach'; minute: Minute; ticketId: TicketId; clock: 'response' | 'resolution' }
  | { kind: 'window'; minute: Minute; ticketId: TicketId }
  | { kind: 'shift-end'; minute: Minute };

/** Fixed processing order of timers due at the same minute. */
const KIND_ORDER: Record<Timer['kind'], number> = {
  arrival: 0,
  'hang-up': 1,
  'follow-up': 2,
  reopen: 3,
  group: 4,
  'sla-warning': 5,
  'sla-breach': 6,
  window: 7,
  'shift-end': 8,
};

interface Best {
  timer: Timer | null;
  minute: number;
  order: number;
  seq: number;
}

function offer(best: Best, limit: Minute, timer: Timer, seq: number): void {
  if (!(timer.minute <= limit)) return;
  const order = KIND_ORDER[timer.kind];
  if (
    best.timer === null ||
    timer.minute < best.minute ||
    (timer.minute === best.minute && (order < best.order || (order === best.order && seq < best.seq)))
  ) {
    best.timer = timer;
    best.minute = timer.minute;
    best.order = order;
    best.seq = seq;
  }
}

const CLOCKS = ['response', 'resolution'] as const;

function offerTicketTimers(d: Draft, best: Best, limit: Minute, t: Ticket): void {
  const arrival = d.index.arrivalById.get(t.id);
  if (arrival === undefined) return;
  const base = (d.index.seqById.get(t.id) ?? 0) * 1000;
  const id = t.id;
  if (t.status === 'waiting' && (t.channel === 'phone' || t.channel === 'chat') && arrival.caller) {
    const patience = d.index.patience.get(arrival.caller);
    if (patience !== undefined)
      offer(best, limit, { kind: 'hang-up', minute: t.waitingSince + patience, ticketId: id }, base);
  }
  const followUps = arrival.followUps ?? [];
  for (let i = 0; i < followUps.length; i++) {
    const fu = followUps[i];
    if (fu === undefined || fu.trigger === 'wrong-fix' || t.firedFollowUps.includes(fu.id)) continue;
    const applies =
      fu.trigger === 'unacknowledged'
        ? t.respondedAt === null && (t.status === 'waiting' || t.status === 'abandoned')
        : fu.trigger === 'unresolved'
          ? isOpenStatus(t.status) || t.status === 'abandoned'
          : arrival.truth.escalation !== undefined && t.escalations.length === 0 && isOpenStatus(t.status);
    if (applies) {
      const timer: Timer = {
        kind: 'follow-up',
        minute: t.arrivedAt + fu.afterMinutes,
        ticketId: id,
        followUpId: fu.id,
      };
      offer(best, limit, timer, base + i);
    }
  }
  if (t.reopenDueAt !== null)
    offer(best, limit, { kind: 'reopen', minute: t.reopenDueAt, ticketId: id }, base);
  if (t.groupDueAt !== null) offer(best, limit, { kind: 'group', minute: t.groupDueAt, ticketId: id }, base);
  for (let c = 0; c < CLOCKS.length; c++) {
    const name = CLOCKS[c] ?? 'response';
    const clock = t[name];
    if (clock.breached || !isRunning(t, name)) continue;
    const percents = d.index.warningPercents;
    // A clock already past due (a caller back after hanging up) breaches without stale warnings.
    for (let p = 0; p < percents.length && clock.dueAt > d.s.now; p++) {
      const percent = percents[p] ?? 0;
      if (clock.warned.includes(percent)) continue;
      const minute = warningMinute(clock, percent);
      if (minute >= clock.dueAt) continue;
      offer(
        best,
        limit,
        { kind: 'sla-warning', minute, ticketId: id, clock: name, percent },
        base + c * 100 + p,
      );
    }
    offer(best, limit, { kind: 'sla-breach', minute: clock.dueAt, ticketId: id, clock: name }, base + c);
  }
  const before = arrival.truth.escalation?.beforeMinute;
  if (
    before !== undefined &&
    t.escalations.length === 0 &&
    isOpenStatus(t.status) &&
    !t.closedWindows.includes('escalation')
  ) {
    offer(best, limit, { kind: 'window', minute: before + 1, ticketId: id }, base);
  }
}

/** The next timer due at or before `limit`, or null. */
export function nextTimer(d: Draft, limit: Minute): Timer | null {
  const best: Best = { timer: null, minute: 0, order: 0, seq: 0 };
  const s = d.s;
  const arrival = d.index.arrivals[s.nextArrival];
  if (arrival !== undefined) offer(best, limit, { kind: 'arrival', minute: arrival.at }, s.nextArrival);
  for (const id of s.order) {
    const t = s.tickets[id];
    if (t !== undefined) offerTicketTimers(d, best, limit, t);
  }
  if (!s.ended) offer(best, limit, { kind: 'shift-end', minute: s.endMinute }, 0);
  return best.timer;
}

function applyTimer(d: Draft, timer: Timer): void {
  switch (timer.kind) {
    case 'arrival':
      arrive(d);
      break;
    case 'hang-up':
      hangUp(d, timer.ticketId);
      break;
    case 'follow-up':
      fireFollowUp(d, timer.ticketId, timer.followUpId);
      break;
    case 'reopen':
      reopen(d, timer.ticketId);
      break;
    case 'group':
      groupHandBack(d, timer.ticketId);
      break;
    case 'sla-warning':
      slaWarning(d, timer.ticketId, timer.clock, timer.percent);
      break;
    case 'sla-breach':
      slaBreach(d, timer.ticketId, timer.clock);
      break;
    case 'window':
      closeEscalationWindow(d, timer.ticketId, 'deadline');
      break;
    case 'shift-end':
      endShift(d);
      break;
    default:
      assertNever(timer);
  }
}

/** A safety net: no shift has anywhere near this many timers, so the loop can never spin forever. */
const MAX_TIMERS_PER_ADVANCE = 100_000;

/** Moves the clock to `target` (capped at the shift's end), processing everything due on the way. */
export function advanceTo(d: Draft, target: Minute): void {
  const limit = Math.min(target, d.s.endMinute);
  for (let i = 0; i < MAX_TIMERS_PER_ADVANCE && !d.s.ended; i++) {
    const timer = nextTimer(d, limit);
    if (timer === null) break;
    if (timer.minute > d.s.now) d.s.now = timer.minute;
    applyTimer(d, timer);
  }
  if (!d.s.ended && limit > d.s.now) d.s.now = limit;
}
