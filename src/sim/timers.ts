/**
 * Everything that falls due on its own as time passes (findings a fix raised included), derived from the state's timestamps (no
 * timer queue is stored). Timers come from a registry of sources (`SOURCES`); `advanceTo` processes
 * due timers one at a time in the order (minute, source order, sequence), where the sequence is the
 * ticket's arrival order and then the position of the follow-up, clock or threshold within it, so
 * ties always break the same way.
 */
import type { FollowUp, ScenarioArrival } from '../scenario/schema.ts';
import type { Draft } from './draft.ts';
import { closeWindows, endShift } from './missed.ts';
import { isRunning, warningMinute } from './sla.ts';
import { isOpenStatus } from './status.ts';
import { answerArrives } from './third-party.ts';
import {
  arrive,
  fireFollowUp,
  groupHandBack,
  hangUp,
  raiseFinding,
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
  | { kind: 'finding'; minute: Minute; ticketId: TicketId }
  | { kind: 'group'; minute: Minute; ticketId: TicketId }
  | { kind: 'answer'; minute: Minute; ticketId: TicketId; questionId: string }
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

type TimerKind = Timer['kind'];
type TimerOf<K extends TimerKind> = Extract<Timer, { kind: K }>;
/** Hands a due-able timer to the scheduler; `seq` breaks ties between timers of one kind at one minute. */
type Emit<K extends TimerKind> = (timer: TimerOf<K>, seq: number) => void;

/**
 * A source of timers: the timers it offers for the state (the whole shift's, or one ticket's) and
 * what happens when one falls due. A new mechanic adds its source to `SOURCES`; its place in that
 * table is the order in which timers due at the same minute are processed.
 */
type TimerSource<K extends TimerKind> = {
  readonly fire: (d: Draft, timer: TimerOf<K>) => void;
} & (
  | { readonly scope: 'shift'; readonly offer: (d: Draft, emit: Emit<K>) => void }
  | {
      readonly scope: 'ticket';
      /** `base` orders the ticket among tickets (arrival order), to add the timer's place within it. */
      readonly offer: (d: Draft, t: Ticket, arrival: ScenarioArrival, base: number, emit: Emit<K>) => void;
    }
);

const CLOCKS = ['response', 'resolution'] as const;

function followUpDue(t: Ticket, arrival: ScenarioArrival, trigger: FollowUp['trigger']): boolean {
  switch (trigger) {
    case 'wrong-fix':
      return false; // fired by the wrong fix itself
    case 'unacknowledged':
      return t.respondedAt === null && (t.status === 'waiting' || t.status === 'abandoned');
    case 'unresolved':
      return isOpenStatus(t.status) || t.status === 'abandoned';
    case 'not-escalated':
      return arrival.truth.escalation !== undefined && t.escalations.length === 0 && isOpenStatus(t.status);
    default:
      return assertNever(trigger);
  }
}

/** Every source of timers, in the order timers due at the same minute are processed. */
const SOURCES: { readonly [K in TimerKind]: TimerSource<K> } = {
  arrival: {
    scope: 'shift',
    offer(d, emit) {
      const next = d.index.arrivals[d.s.nextArrival];
      if (next !== undefined) emit({ kind: 'arrival', minute: next.at }, d.s.nextArrival);
    },
    fire: (d) => arrive(d),
  },
  'hang-up': {
    scope: 'ticket',
    offer(d, t, arrival, base, emit) {
      if (t.status !== 'waiting' || (t.channel !== 'phone' && t.channel !== 'chat') || !arrival.caller)
        return;
      const patience = d.index.patience.get(arrival.caller);
      if (patience !== undefined)
        emit({ kind: 'hang-up', minute: t.waitingSince + patience, ticketId: t.id }, base);
    },
    fire: (d, timer) => hangUp(d, timer.ticketId),
  },
  'follow-up': {
    scope: 'ticket',
    offer(_d, t, arrival, base, emit) {
      const followUps = arrival.followUps ?? [];
      for (let i = 0; i < followUps.length; i++) {
        const fu = followUps[i];
        if (fu === undefined || t.firedFollowUps.includes(fu.id) || !followUpDue(t, arrival, fu.trigger))
          continue;
        emit(
          { kind: 'follow-up', minute: t.arrivedAt + fu.afterMinutes, ticketId: t.id, followUpId: fu.id },
          base + i,
        );
      }
    },
    fire: (d, timer) => fireFollowUp(d, timer.ticketId, timer.followUpId),
  },
  reopen: {
    scope: 'ticket',
    offer(_d, t, _arrival, base, emit) {
      if (t.reopenDueAt !== null) emit({ kind: 'reopen', minute: t.reopenDueAt, ticketId: t.id }, base);
    },
    fire: (d, timer) => reopen(d, timer.ticketId),
  },
  finding: {
    scope: 'ticket',
    offer(_d, t, _arrival, base, emit) {
      if (t.pendingFinding !== null)
        emit({ kind: 'finding', minute: t.pendingFinding.dueAt, ticketId: t.id }, base);
    },
    fire: (d, timer) => raiseFinding(d, timer.ticketId),
  },
  group: {
    scope: 'ticket',
    offer(_d, t, _arrival, base, emit) {
      if (t.groupDueAt !== null) emit({ kind: 'group', minute: t.groupDueAt, ticketId: t.id }, base);
    },
    fire: (d, timer) => groupHandBack(d, timer.ticketId),
  },
  answer: {
    scope: 'ticket',
    offer(_d, t, _arrival, base, emit) {
      // A third party's answer comes back at its due minute, whatever the ticket's status then.
      for (let i = 0; i < t.requests.length; i++) {
        const r = t.requests[i];
        if (r !== undefined && r.answeredAt === null)
          emit({ kind: 'answer', minute: r.dueAt, ticketId: t.id, questionId: r.questionId }, base + i);
      }
    },
    fire: (d, timer) => answerArrives(d, timer.ticketId, timer.questionId),
  },
  'sla-warning': {
    scope: 'ticket',
    offer(d, t, _arrival, base, emit) {
      const percents = d.index.warningPercents;
      for (let c = 0; c < CLOCKS.length; c++) {
        const name = CLOCKS[c] ?? 'response';
        const clock = t[name];
        if (clock.breached || !isRunning(t, name)) continue;
        // A clock already past due (a caller back after hanging up) breaches without stale warnings.
        for (let p = 0; p < percents.length && clock.dueAt > d.s.now; p++) {
          const percent = percents[p] ?? 0;
          if (clock.warned.includes(percent)) continue;
          const minute = warningMinute(clock, percent);
          if (minute < clock.dueAt)
            emit({ kind: 'sla-warning', minute, ticketId: t.id, clock: name, percent }, base + c * 100 + p);
        }
      }
    },
    fire: (d, timer) => slaWarning(d, timer.ticketId, timer.clock, timer.percent),
  },
  'sla-breach': {
    scope: 'ticket',
    offer(_d, t, _arrival, base, emit) {
      for (let c = 0; c < CLOCKS.length; c++) {
        const name = CLOCKS[c] ?? 'response';
        const clock = t[name];
        if (!clock.breached && isRunning(t, name))
          emit({ kind: 'sla-breach', minute: clock.dueAt, ticketId: t.id, clock: name }, base + c);
      }
    },
    fire: (d, timer) => slaBreach(d, timer.ticketId, timer.clock),
  },
  window: {
    scope: 'ticket',
    offer(_d, t, arrival, base, emit) {
      const before = arrival.truth.escalation?.beforeMinute;
      if (
        before !== undefined &&
        t.escalations.length === 0 &&
        isOpenStatus(t.status) &&
        !t.missedWindows.includes('escalated')
      )
        emit({ kind: 'window', minute: before + 1, ticketId: t.id }, base);
    },
    fire: (d, timer) => closeWindows(d, timer.ticketId, 'deadline'),
  },
  'shift-end': {
    scope: 'shift',
    offer(d, emit) {
      if (!d.s.ended) emit({ kind: 'shift-end', minute: d.s.endMinute }, 0);
    },
    fire: (d) => endShift(d),
  },
};

const KINDS = Object.keys(SOURCES) as TimerKind[];
type ShiftOffer = (d: Draft, emit: Emit<TimerKind>) => void;
type TicketOffer = (
  d: Draft,
  t: Ticket,
  arrival: ScenarioArrival,
  base: number,
  emit: Emit<TimerKind>,
) => void;
/** The sources by scope, each with its place in the tie order, worked out once. */
const SHIFT_OFFERS: [number, ShiftOffer][] = [];
const TICKET_OFFERS: [number, TicketOffer][] = [];
KINDS.forEach((kind, order) => {
  const source = SOURCES[kind];
  if (source.scope === 'shift') SHIFT_OFFERS.push([order, source.offer]);
  else TICKET_OFFERS.push([order, source.offer]);
});

/** The next timer due at or before `limit`, or null: the earliest by (minute, source order, seq). */
export function nextTimer(d: Draft, limit: Minute): Timer | null {
  let best: Timer | null = null;
  let bestOrder = 0;
  let bestSeq = 0;
  let order = 0;
  const emit = (timer: Timer, seq: number): void => {
    if (!(timer.minute <= limit)) return;
    if (
      best === null ||
      timer.minute < best.minute ||
      (timer.minute === best.minute && (order < bestOrder || (order === bestOrder && seq < bestSeq)))
    ) {
      best = timer;
      bestOrder = order;
      bestSeq = seq;
    }
  };
  for (const [o, offer] of SHIFT_OFFERS) {
    order = o;
    offer(d, emit);
  }
  for (const id of d.s.order) {
    const t = d.s.tickets[id];
    const arrival = d.index.arrivalById.get(id);
    if (t === undefined || arrival === undefined) continue;
    const base = (d.index.seqById.get(id) ?? 0) * 1000;
    for (const [o, offer] of TICKET_OFFERS) {
      order = o;
      offer(d, t, arrival, base, emit);
    }
  }
  return best;
}

function fire<K extends TimerKind>(d: Draft, kind: K, timer: TimerOf<K>): void {
  SOURCES[kind].fire(d, timer);
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
    fire(d, timer.kind, timer);
  }
  if (!d.s.ended && limit > d.s.now) d.s.now = limit;
}
