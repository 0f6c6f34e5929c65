/**
 * Golden replay: the scripted shift of golden-script.ts on the fixture, replayed from its log,
 * must end in exactly this state. A change here is a change of the engine's semantics: bump
 * ENGINE_VERSION when old logs would replay differently.
 */
import { describe, expect, it } from 'vitest';
import {
  createShift,
  type EngineEvent,
  replay,
  type ShiftState,
  selectSummary,
  step,
} from '../../src/sim/index.ts';
import { FIXTURE } from './fixture.ts';
import { GOLDEN_INPUTS, GOLDEN_SEED } from './golden-script.ts';
import { playLogged } from './helpers.ts';

const HASH = 'sha256-golden';

function playLive(): { state: ShiftState; steps: EngineEvent[][] } {
  let state = createShift(FIXTURE, GOLDEN_SEED);
  const steps: EngineEvent[][] = [];
  for (const input of GOLDEN_INPUTS) {
    const r = step(FIXTURE, state, input);
    state = r.state;
    steps.push(r.events);
  }
  return { state, steps };
}

function replayed(): ShiftState {
  const { log } = playLogged(GOLDEN_INPUTS, GOLDEN_SEED, HASH);
  const r = replay(FIXTURE, HASH, JSON.parse(JSON.stringify(log)));
  if (!r.ok) throw new Error(r.message);
  return r.state;
}

describe('golden replay of the scripted fixture shift', () => {
  const live = playLive();
  const state = replayed();

  it('replays to the live state', () => {
    expect(state).toEqual(live.state);
  });

  it('ends with exactly these tickets', () => {
    const rows = state.order.map((id) => {
      const t = state.tickets[id];
      return (
        t && [
          id,
          t.status,
          t.priority,
          t.mood,
          t.satisfaction,
          t.resolvedAt,
          t.resolution.dueAt,
          t.groupHistory,
        ]
      );
    });
    expect(rows).toEqual([
      ['INC1', 'closed', 4, 60, 4, 14, 482, []],
      ['INC2', 'resolved', 1, 70, 4, 58, 65, ['network']],
      ['INC3', 'resolved', 3, 70, 4, 58, 248, []],
      ['INC4', 'closed', 5, 45, 3, 40, 980, []],
      ['INC5', 'resolved', 3, 40, 3, 80, 252, ['apps']],
      ['INC6', 'resolved', 3, 70, 4, 74, 270, ['network']],
      ['INC7', 'resolved', 5, 70, 4, 45, 1000, []],
    ]);
    expect(state.problems).toEqual({
      PRB0001: {
        id: 'PRB0001',
        title: 'VPN gateway certificate expiry',
        raisedAt: 31,
        ticketIds: ['INC2', 'INC3', 'INC6'],
      },
    });
    expect([state.now, state.ended, state.commandCount, state.nextSeq]).toEqual([120, true, 43, 53]);
  });

  it('has exactly this summary', () => {
    expect(selectSummary(state)).toEqual({
      now: 120,
      ended: true,
      tickets: 7,
      byStatus: {
        waiting: 0,
        abandoned: 0,
        new: 0,
        'in-progress': 0,
        'on-hold': 0,
        resolved: 5,
        closed: 2,
        cancelled: 0,
      },
      response: { met: 7, breached: 0, open: 0 },
      resolution: { met: 7, breached: 0, open: 0 },
      observations: {
        acknowledged: { ok: 7, notOk: 0 },
        classified: { ok: 7, notOk: 0 },
        logged: { ok: 7, notOk: 0 },
        questioned: { ok: 1, notOk: 1 },
        'kb-applied': { ok: 1, notOk: 1 },
        // INC7's priority (P5, due 10:40) was never set, but it was not due inside the shift.
        prioritised: { ok: 4, notOk: 2 },
        'diagnostic-run': { ok: 1, notOk: 0 },
        linked: { ok: 1, notOk: 0 },
        diagnosed: { ok: 1, notOk: 0 },
        escalated: { ok: 1, notOk: 0 },
        routed: { ok: 3, notOk: 0 },
        resolved: { ok: 3, notOk: 1 },
        'first-contact': { ok: 2, notOk: 1 },
        abandoned: { ok: 0, notOk: 1 },
        lifecycle: { ok: 2, notOk: 1 },
        'problem-raised': { ok: 1, notOk: 0 },
        held: { ok: 0, notOk: 1 },
        'deviation-reported': { ok: 0, notOk: 1 },
      },
      problems: 1,
      reopened: 1,
      firstContact: 2,
      satisfaction: 3.71,
    });
  });

  it('explains its observations in plain sentences, pointing at the log entry', () => {
    const pick = (seq: number) => {
      const o = state.observations.find((x) => x.seq === seq);
      return o && [o.atMinute, o.logIndex, o.kind, o.ok, o.missed, o.expected, o.actual, o.note];
    };
    expect(pick(17)).toEqual([
      13,
      14,
      'prioritised',
      false,
      false,
      'P2',
      'P3',
      'Priority set to P3 at 08:13; the right priority was P2 (impact 2, urgency 1).',
    ]);
    expect(pick(34)).toEqual([
      22,
      27,
      'resolved',
      false,
      false,
      'clear-jam',
      'restart',
      'INC4 resolved at 08:22 with "Restart the printer", which does not fix it; the right fix was "Clear the jam in tray 2".',
    ]);
    // The wrong fix took INC4 out of the desk's hands: its article window closed missed then.
    expect(pick(35)).toEqual([
      22,
      27,
      'kb-applied',
      false,
      true,
      'KB3',
      null,
      'The knowledge article that applies (KB3) was not used.',
    ]);
    // INC7 (P5, from 08:40) was never prioritised, but its response target (10:40) did not fall due
    // inside the shift: nothing is missed at the shift end, and the last verdict is the report's.
    expect(state.observations.at(-1)).toEqual({
      seq: 52,
      atMinute: 90,
      kind: 'deviation-reported',
      subject: { kind: 'activity', id: 'sla-deviation-report' },
      ticketId: null,
      ok: false,
      missed: false,
      expected: 'no breached ticket',
      actual: 'INC5',
      note: 'Deviation report at 09:30 named INC5, but it named INC5, neither breached nor at risk.',
      cause: null,
      busyShare: null,
      logIndex: 42,
    });
    expect(state.observations.filter((o) => o.ticketId === 'INC7' && o.missed)).toEqual([]);
  });

  it('keeps where the attention went, and weighs the failures time brought by it', () => {
    // [ticket, from, to, triage]: answering, logging and prioritising are triage.
    expect(state.attention.map((a) => [a.ticketId, a.from, a.to, a.triage])).toEqual([
      ['INC1', 0, 3, true],
      ['INC1', 3, 8, false],
      ['INC2', 8, 9, true],
      ['INC2', 9, 11, false],
      ['INC3', 11, 12, true],
      ['INC3', 12, 13, false],
      ['INC2', 13, 14, false],
      ['INC1', 14, 16, false],
      ['INC5', 16, 20, true],
      ['INC5', 20, 21, false],
      ['INC4', 21, 22, true],
      ['INC4', 22, 24, false],
      [null, 24, 25, false], // more than five minutes before the command at 30: idle
      ['INC6', 25, 31, true],
      ['INC2', 31, 33, false],
      ['INC6', 33, 34, false],
      [null, 34, 35, false],
      ['INC4', 35, 42, false],
      ['INC7', 42, 45, true],
      ['INC7', 45, 47, false],
      [null, 47, 93, false], // idle, then the report on no ticket
    ]);
    // INC5 (P3) rang 12-16: the desk was on INC3 (P2) and INC2 (P1) for 2 of those minutes, on INC1 (P4) for 2.
    expect(
      state.observations.filter((o) => o.cause !== null).map((o) => [o.seq, o.kind, o.cause, o.busyShare]),
    ).toEqual([[23, 'abandoned', 'neglect', 0.5]]);
    expect(state.observations.find((o) => o.seq === 23)?.note).toBe(
      'The caller on INC5 hung up at 08:16 after waiting 4 minutes unanswered. For 50 % of the time it waited the desk was idle or on less urgent work.',
    );
  });

  it('emits exactly these events on a few steps', () => {
    expect(live.steps[18]).toEqual([{ type: 'contact/abandoned', ticketId: 'INC5' }]);
    expect(live.steps[34]).toEqual([
      { type: 'problem/raised', problemId: 'PRB0001' },
      { type: 'ticket/reopened', ticketId: 'INC4', message: 'Still jammed!' },
    ]);
    expect(live.steps[47]).toEqual([
      { type: 'sla/warning', ticketId: 'INC2', clock: 'resolution', percent: 75 },
      { type: 'ticket/resolved-by-group', ticketId: 'INC2', groupId: 'network' },
      { type: 'ticket/callback', ticketId: 'INC5', message: 'Eve asks for news on the ERP.' },
      { type: 'ticket/resolved-by-group', ticketId: 'INC6', groupId: 'network' },
      { type: 'ticket/resolved-by-group', ticketId: 'INC5', groupId: 'apps' },
    ]);
    expect(live.steps[49]).toEqual([{ type: 'shift/ended', atMinute: 120 }]);
  });
});
