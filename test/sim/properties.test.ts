import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClockAdvance,
  type Command,
  createLog,
  createShift,
  type Input,
  isDeskGroup,
  isSettledStatus,
  type Observation,
  playInput,
  replay,
  type ShiftLog,
  type ShiftState,
  selectSlaRemaining,
  WINDOWS,
  type WindowDeclaration,
} from '../../src/sim/index.ts';
import { session } from './arbitraries.ts';
import { type Intent, intents, toInput } from './driver.ts';
import { FIXTURE } from './fixture.ts';

const HASH = 'sha256-fixture';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function numbersAreFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || value === null) return true;
  return Object.values(value).every(numbersAreFinite);
}

interface Live {
  state: ShiftState;
  nows: number[];
  log: ShiftLog;
}

/**
 * Plays live, freezing every state so that any mutation of an input state throws. Inputs are
 * either given, or drawn from intents against the current state (see driver.ts).
 */
function live(
  source: readonly Input[] | { intents: readonly Intent[] },
  seed: number,
  onStep?: (before: ShiftState, after: ShiftState) => void,
): Live {
  let state = deepFreeze(createShift(FIXTURE, seed));
  let log = createLog(FIXTURE, HASH, seed);
  const nows = [state.now];
  const next: (i: number) => Input | undefined =
    'intents' in source
      ? (i) => {
          const intent = source.intents[i];
          return intent === undefined ? undefined : toInput(state, intent);
        }
      : (i) => source[i];
  for (let i = 0; ; i++) {
    const input = next(i);
    if (input === undefined) break;
    // Played as the desk plays: commands stamped with the minute and logged, the clock not logged.
    const played = playInput(FIXTURE, state, log, input as Command | ClockAdvance);
    onStep?.(state, played.state);
    state = deepFreeze(played.state);
    log = played.log;
    nows.push(state.now);
  }
  return { state, nows, log };
}

/** Garbage-heavy sessions and state-driven ones that reach deep into the lifecycle. */
const sessions = fc.oneof(
  session,
  intents.map((list) => ({ intents: list })),
);

/** The keys every observation has, in order: plain JSON with a fixed shape. */
const OBSERVATION_KEYS = [
  'seq',
  'atMinute',
  'kind',
  'subject',
  'ticketId',
  'ok',
  'missed',
  'expected',
  'actual',
  'note',
  'cause',
  'busyShare',
  'logIndex',
];
const TIME = ['deadline', 'breach', 'shift-end'];
const DESK_WORK = ['questioned', 'kb-applied', 'diagnostic-run', 'diagnosed'];

/**
 * Whether an observation new in the step that led to `after` is a failure time brought: a breach,
 * a hang-up, or a ticket window that closed missed at the shift end, a deadline or a breach. The
 * moment a window with both kinds of moments closed at is read off the ticket: desk work closes
 * at the shift end only on a ticket still at the desk and unsettled (else it left the desk); a link
 * only on one still unsettled (else it was resolved).
 */
function timeBrought(o: Observation, after: ShiftState): boolean {
  if (o.kind === 'breached' || o.kind === 'abandoned') return true;
  const w = WINDOWS[o.kind];
  if (!o.missed || w === null || w.scope !== 'ticket' || o.ticketId === null) return false;
  const t = after.tickets[o.ticketId];
  if (t === undefined) return false;
  if (w.missedAt.every((m) => TIME.includes(m))) return true;
  const unsettled = !isSettledStatus(t.status);
  if (DESK_WORK.includes(o.kind))
    return after.ended && unsettled && (t.assignedGroup === null || isDeskGroup(FIXTURE, t.assignedGroup));
  if (o.kind === 'linked') return after.ended && unsettled;
  return false;
}

/** The minute the arrival's true-priority target of this kind falls due (the fixture has every target). */
function dueMinute(id: string, which: 'response' | 'resolution'): number {
  const arrival = FIXTURE.timeline.find((a) => a.id === id);
  const { impact, urgency } = arrival?.truth ?? {};
  const cell = FIXTURE.sla.matrix.find((c) => c.impact === impact && c.urgency === urgency);
  const target = FIXTURE.sla.targets.find((t) => t.priority === cell?.priority);
  if (arrival === undefined || target === undefined) throw new Error(`no target for ${id}`);
  return arrival.at + (which === 'response' ? target.responseMinutes : target.resolutionMinutes);
}

describe('engine properties', () => {
  it('random sessions never throw, never mutate inputs, keep numbers finite, time monotonic and remaining time >= 0', () => {
    fc.assert(
      fc.property(sessions, fc.integer(), (source, seed) => {
        const { state, nows } = live(source, seed);
        for (let i = 1; i < nows.length; i++) expect(nows[i]).toBeGreaterThanOrEqual(nows[i - 1] ?? 0);
        expect(state.now).toBeLessThanOrEqual(state.endMinute);
        expect(numbersAreFinite(state)).toBe(true);
        for (const id of state.order) {
          const sla = selectSlaRemaining(state, id);
          for (const view of [sla?.response, sla?.resolution]) {
            expect(Number.isFinite(view?.remainingMinutes)).toBe(true);
            expect(view?.remainingMinutes).toBeGreaterThanOrEqual(0);
            if (view?.remainingMinutes === 0 && !view.stopped) expect(view.breached).toBe(true);
          }
          const t = state.tickets[id];
          expect(t?.mood).toBeGreaterThanOrEqual(0);
          expect(t?.mood).toBeLessThanOrEqual(100);
        }
        const seqs = state.observations.map((o) => o.seq);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      }),
      { numRuns: 400 },
    );
  });

  it('a cause exactly on the failures time brings, with a busy share in [0, 1]; attention spans are contiguous and merged per ticket and kind', () => {
    fc.assert(
      fc.property(sessions, fc.integer(), (source, seed) => {
        const onStep = (before: ShiftState, after: ShiftState): void => {
          for (const o of after.observations.slice(before.observations.length)) {
            expect(Object.keys(o)).toEqual(OBSERVATION_KEYS);
            expect([o.kind, o.missed, o.cause !== null]).toEqual([o.kind, o.missed, timeBrought(o, after)]);
            if (o.cause === null) {
              expect(o.busyShare).toBeNull();
            } else {
              const share = o.busyShare ?? Number.NaN;
              expect(share).toBeGreaterThanOrEqual(0);
              expect(share).toBeLessThanOrEqual(1);
              expect(Math.round(share * 100) / 100).toBe(share);
            }
          }
        };
        const { state } = live(source, seed, onStep);
        let end = 0;
        let previous: [string | null, boolean] | undefined;
        for (const span of state.attention) {
          expect(span.from).toBe(end);
          expect(span.to).toBeGreaterThan(span.from);
          expect([span.ticketId, span.triage]).not.toEqual(previous);
          // Triage is the intake of a contact: always on a ticket.
          if (span.triage) expect(span.ticketId).not.toBeNull();
          end = span.to;
          previous = [span.ticketId, span.triage];
        }
        expect(end).toBeLessThanOrEqual(state.now);
      }),
      { numRuns: 400 },
    );
  });

  it('a window only the shift end closes is missed only when its true target fell due inside the shift', () => {
    const only = Object.values(WINDOWS).filter(
      (w): w is Extract<WindowDeclaration, { scope: 'ticket' }> =>
        w !== null && w.scope === 'ticket' && w.missedAt.length === 1 && w.missedAt[0] === 'shift-end',
    );
    expect(only.map((w) => w.kind)).toEqual([
      'acknowledged',
      'logged',
      'classified',
      'prioritised',
      'routed',
      'resolved',
    ]);
    fc.assert(
      fc.property(sessions, fc.integer(), (source, seed) => {
        const { state } = live(source, seed);
        for (const o of state.observations) {
          const w = only.find((x) => x.kind === o.kind);
          if (!o.missed || o.ticketId === null || w === undefined) continue;
          expect([o.kind, o.ticketId, o.atMinute >= dueMinute(o.ticketId, w.dueBy)]).toEqual([
            o.kind,
            o.ticketId,
            true,
          ]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('live play equals the replay of its log', () => {
    fc.assert(
      fc.property(sessions, fc.integer(), (source, seed) => {
        const { state, log } = live(source, seed);
        const replayed = replay(FIXTURE, HASH, JSON.parse(JSON.stringify(log)));
        expect(replayed.ok).toBe(true);
        if (replayed.ok) expect(replayed.state).toEqual(state);
        expect(state.commandCount).toBe(log.entries.length);
      }),
      { numRuns: 400 },
    );
  });

  it('the same seed gives the same state', () => {
    fc.assert(
      fc.property(sessions, fc.integer(), (source, seed) => {
        expect(live(source, seed).state).toEqual(live(source, seed).state);
      }),
      { numRuns: 100 },
    );
  });

  it('different seeds differ only through group jitter: without a right routing, only the generator differs', () => {
    const routedRight = (state: ShiftState): boolean =>
      state.order.some((id) => {
        const t = state.tickets[id];
        const arrival = FIXTURE.timeline.find((a) => a.id === id);
        return t !== undefined && arrival !== undefined && t.groupHistory.includes(arrival.truth.group);
      });
    fc.assert(
      fc.property(sessions, fc.integer(), fc.integer(), (source, a, b) => {
        const sa = live(source, a).state;
        fc.pre(!routedRight(sa));
        const sb = live(source, b).state;
        expect({ ...sa, seed: 0 }).toEqual({ ...sb, seed: 0 });
      }),
      { numRuns: 200 },
    );
  });

  it('with a right routing, the seed moves the hand-back within the turnaround plus 20 %', () => {
    const assignAt = (minute: number): Input[] => [
      { type: 'clock/advance', toMinute: minute },
      { type: 'contact/answer', ticketId: 'INC2' },
      { type: 'ticket/assign', ticketId: 'INC2', groupId: 'network' },
    ];
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 70 }), fc.integer(), (minute, seed) => {
        const t = live(assignAt(minute), seed).state.tickets.INC2;
        expect(t?.groupDueAt).toBeGreaterThanOrEqual(minute + 40);
        expect(t?.groupDueAt).toBeLessThanOrEqual(minute + 48);
      }),
      { numRuns: 200 },
    );
  });
});
