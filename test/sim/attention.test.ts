/**
 * Load-aware failures (src/sim/attention.ts): the engine keeps where the trainee's attention went
 * and gives every failure time brings a cause: the queue (busy on work as urgent or more for at
 * least 75 % of the wait), neglect (idle or on less urgent work), or a priority set too low.
 */
import { describe, expect, it } from 'vitest';
import { type Input, type ShiftState, step } from '../../src/sim/index.ts';
import { FIXTURE } from './fixture.ts';
import { advance, answer, play, ticket } from './helpers.ts';

const note = (ticketId: string, at?: number): Input => ({
  type: 'ticket/note',
  ticketId,
  text: 'n',
  ...(at === undefined ? {} : { at }),
});
const logInc2 = (at: number): Input => ({
  type: 'ticket/log',
  ticketId: 'INC2',
  kind: 'incident',
  category: 'network',
  service: 'vpn',
  at,
});
/** Notes on a ticket every five minutes from `from` to `to`: the desk kept busy on it. */
const busy = (ticketId: string, from: number, to: number): Input[] =>
  Array.from({ length: Math.floor((to - from) / 5) + 1 }, (_, i) => note(ticketId, from + 5 * i));
/** The attention record as [ticket, from, to, triage] rows. */
const spans = (state: ShiftState) => state.attention.map((a) => [a.ticketId, a.from, a.to, a.triage]);
const failures = (state: ShiftState, id: string) =>
  state.observations
    .filter((o) => o.ticketId === id && o.cause !== null)
    .map((o) => [o.kind, o.atMinute, o.cause, o.busyShare, o.note]);

describe('the attention record', () => {
  it('covers each accepted command from the end of the last span to where its cost brings the clock, merged per ticket and kind', () => {
    const { state } = play([
      advance(3),
      answer('INC1'), // 0-3 on INC1, triage
      { type: 'ticket/ask', ticketId: 'INC1', questionId: 'q-user' }, // 3-4 on INC1, not triage: a new span
      advance(5),
      answer('INC2'), // 4-5 on INC2, triage
      { type: 'kb/search', query: 'vpn' }, // 5-6 on no ticket
      { type: 'kb/search', query: 'password', ticketId: 'INC1' }, // 6-7 on INC1
      { type: 'ticket/prioritise', ticketId: 'INC1', impact: 3, urgency: 2 }, // no time: nothing
      { type: 'ticket/apply-article', ticketId: 'INC1', articleId: 'KB1' }, // 7-8, merged with the search
      { type: 'ticket/resolve', ticketId: 'INC9', fixId: 'x' }, // refused: nothing
      { type: 'problem/raise', ticketIds: ['INC2', 'INC1'], title: 'P' }, // 8-10 on INC2, the first
      { type: 'sla/report-deviation', ticketIds: ['INC2'], note: 'n' }, // 10-13 on no ticket
    ]);
    expect(spans(state)).toEqual([
      ['INC1', 0, 3, true],
      ['INC1', 3, 4, false],
      ['INC2', 4, 5, true],
      [null, 5, 6, false],
      ['INC1', 6, 8, false],
      ['INC2', 8, 10, false],
      [null, 10, 13, false],
    ]);
  });

  it('marks answering, logging and prioritising as triage, merged only with triage on the same ticket', () => {
    const { state } = play([
      advance(5),
      answer('INC2'), // 0-5 on INC2, triage
      logInc2(5), // 5-6, merged
      { type: 'ticket/prioritise', ticketId: 'INC2', impact: 1, urgency: 1, at: 8 }, // 6-8, merged
      note('INC2', 9), // 8-9 on INC2, not triage
      { type: 'ticket/prioritise', ticketId: 'INC2', impact: 1, urgency: 1, at: 11 }, // 9-11, triage again
      advance(12),
      answer('INC5'), // 11-12 on INC5, triage: another ticket
    ]);
    expect(spans(state)).toEqual([
      ['INC2', 0, 8, true],
      ['INC2', 8, 9, false],
      ['INC2', 9, 11, true],
      ['INC5', 11, 12, true],
    ]);
  });

  it('counts only the last five minutes before a command for its ticket; an earlier gap is idle, on no ticket', () => {
    const { state } = play([advance(3), answer('INC1'), note('INC1', 8), note('INC1', 14), advance(40)]);
    expect(spans(state)).toEqual([
      ['INC1', 0, 3, true],
      ['INC1', 3, 8, false], // five minutes: all reading
      [null, 8, 9, false], // six minutes: the first is idle
      ['INC1', 9, 14, false],
    ]);
  });

  it('stops at the end of the shift, and a step never changes the record it was given', () => {
    const before = play([advance(2), answer('INC1'), advance(119)]).state;
    const after = step(FIXTURE, before, {
      type: 'sla/report-deviation',
      ticketIds: ['INC1'],
      note: 'late',
    }).state;
    expect(spans(before)).toEqual([['INC1', 0, 2, true]]);
    expect(spans(after)).toEqual([
      ['INC1', 0, 2, true],
      [null, 2, 120, false], // idle, then the report on no ticket: one span
    ]);
    expect(after.attention[0]).toBe(before.attention[0]);
  });
});

describe('the cause of a failure time brings', () => {
  // INC6 (portal, P4) arrives at 30; its response target of 60 minutes breaches at 90 unanswered.
  const inc6Breach = (state: ShiftState) => failures(state, 'INC6').filter((f) => f[0] === 'breached');

  it('is the queue when the desk worked a more urgent ticket the whole time it waited', () => {
    const { state } = play([
      advance(5),
      answer('INC2'),
      ...busy('INC2', 10, 85),
      logInc2(89), // its minute of cost runs to 90: the breach comes while the desk is on INC2
    ]);
    expect(spans(state)).toEqual([
      ['INC2', 0, 5, true],
      ['INC2', 5, 85, false],
      ['INC2', 85, 90, true],
    ]);
    expect(inc6Breach(state)).toEqual([
      [
        'breached',
        90,
        'queue',
        1,
        'The response target of INC6 (60 minutes) was breached at 09:30. The desk was on work as urgent or more for 100 % of the time it waited, so this counts less.',
      ],
    ]);
    expect(state.observations.find((o) => o.kind === 'breached' && o.ticketId === 'INC6')?.logIndex).toBe(17);
  });

  it('is neglect when the desk was idle while it waited', () => {
    const { state } = play([advance(5), answer('INC2'), advance(90)]);
    expect(inc6Breach(state)).toEqual([
      [
        'breached',
        90,
        'neglect',
        0,
        'The response target of INC6 (60 minutes) was breached at 09:30. For 100 % of the time it waited the desk was idle or on less urgent work.',
      ],
    ]);
  });

  it('counts only the five minutes before a command as reading it: a long gap before one command is idle', () => {
    const { state } = play([advance(5), answer('INC2'), logInc2(89)]);
    expect(spans(state)).toEqual([
      ['INC2', 0, 5, true],
      [null, 5, 84, false],
      ['INC2', 84, 90, true],
    ]);
    expect(inc6Breach(state).map((f) => [f[2], f[3]])).toEqual([['neglect', 0.1]]); // 84-90 of 30-90
  });

  it('is neglect when the desk was busy on less urgent work', () => {
    // INC4 (email) is P5, less urgent than INC6 (P4).
    const { state } = play([
      advance(10),
      answer('INC4'),
      ...busy('INC4', 15, 85),
      note('INC4', 89),
      advance(90),
    ]);
    expect(spans(state)).toEqual([
      [null, 0, 5, false],
      ['INC4', 5, 10, true],
      ['INC4', 10, 89, false],
    ]);
    expect(inc6Breach(state).map((f) => [f[2], f[3]])).toEqual([['neglect', 0]]);
  });

  it('counts triage as the right work whatever the ticket: taking in a less urgent contact is the queue', () => {
    // The same P5 ticket as above, but the desk spends the time logging and prioritising it.
    const prioritiseInc4 = (at: number): Input => ({
      type: 'ticket/prioritise',
      ticketId: 'INC4',
      impact: 3,
      urgency: 3,
      at,
    });
    const { state } = play([
      advance(10),
      answer('INC4'),
      ...Array.from({ length: 15 }, (_, i) => prioritiseInc4(15 + 5 * i)),
      {
        type: 'ticket/log',
        ticketId: 'INC4',
        kind: 'incident',
        category: 'hardware',
        caller: 'cara',
        service: 'printing',
        at: 89,
      }, // its minute of cost runs to 90: the breach comes during it
    ]);
    expect(spans(state)).toEqual([
      [null, 0, 5, false],
      ['INC4', 5, 90, true],
    ]);
    expect(inc6Breach(state)).toEqual([
      [
        'breached',
        90,
        'queue',
        1,
        'The response target of INC6 (60 minutes) was breached at 09:30. The desk was on work as urgent or more for 100 % of the time it waited, so this counts less.',
      ],
    ]);
  });

  it('is the queue from three quarters of the wait on the right work', () => {
    // On INC2 until 75: 45 of the 60 minutes INC6 waited; until 74: 44 of them (0.73).
    const at75 = play([advance(5), answer('INC2'), ...busy('INC2', 10, 70), logInc2(74), advance(90)]).state;
    const at74 = play([advance(5), answer('INC2'), ...busy('INC2', 10, 70), logInc2(73), advance(90)]).state;
    expect(inc6Breach(at75).map((f) => [f[2], f[3], f[4]])).toEqual([
      [
        'queue',
        0.75,
        'The response target of INC6 (60 minutes) was breached at 09:30. The desk was on work as urgent or more for 75 % of the time it waited, so this counts less.',
      ],
    ]);
    expect(inc6Breach(at74).map((f) => [f[2], f[3], f[4]])).toEqual([
      [
        'neglect',
        0.73,
        'The response target of INC6 (60 minutes) was breached at 09:30. For 27 % of the time it waited the desk was idle or on less urgent work.',
      ],
    ]);
  });

  it('is the wrong priority when the trainee set the ticket less urgent than it is', () => {
    const scenario = structuredClone(FIXTURE);
    const p5 = scenario.sla.targets.find((t) => t.priority === 5);
    if (p5 === undefined) throw new Error('no P5 target');
    p5.resolutionMinutes = 30;
    // INC1 is P4 (impact 3, urgency 2); set to P5 (3, 3) its resolution target is 30 minutes from 08:02.
    const { state } = play(
      [
        advance(3),
        answer('INC1'),
        { type: 'ticket/prioritise', ticketId: 'INC1', impact: 3, urgency: 3 },
        note('INC1', 3),
        { type: 'ticket/ask', ticketId: 'INC1', questionId: 'q-user' },
        advance(40),
      ],
      undefined,
      scenario,
    );
    expect(ticket(state, 'INC1').priority).toBe(5);
    expect(failures(state, 'INC1')).toEqual([
      [
        'breached',
        32,
        'wrong-priority',
        0.07,
        'The resolution target of INC1 (30 minutes) was breached at 08:32. It was set to P5; it was P4.',
      ],
    ]);
  });

  it('counts a reopened ticket from the minute it came back', () => {
    // INC4's wrong fix at 08:10 brings it back at 08:20; nobody works it again. Its P5 resolution
    // target is cut to 100 minutes so that it falls due (08:10 + 100) inside the shift: a missed
    // resolution at the shift end. Counted from its arrival, the fix's minutes 10-12 would count.
    const scenario = structuredClone(FIXTURE);
    const p5 = scenario.sla.targets.find((t) => t.priority === 5);
    if (p5 === undefined) throw new Error('no P5 target');
    p5.resolutionMinutes = 100;
    const { state } = play(
      [
        advance(10),
        answer('INC4'),
        { type: 'ticket/resolve', ticketId: 'INC4', fixId: 'restart' },
        advance(120),
      ],
      undefined,
      scenario,
    );
    expect(ticket(state, 'INC4').reopenedAt).toBe(20);
    expect(failures(state, 'INC4').filter((f) => f[0] === 'resolved')).toEqual([
      [
        'resolved',
        120,
        'neglect',
        0,
        'INC4 was still not resolved when the shift ended; the right fix was "Clear the jam in tray 2". For 100 % of the time it waited the desk was idle or on less urgent work.',
      ],
    ]);
  });

  it('is given on a hang-up and on a window missed at a deadline, not on one closed by a choice', () => {
    const { state } = play([
      advance(5),
      answer('INC2'),
      logInc2(5),
      { type: 'ticket/assign', ticketId: 'INC2', groupId: 'apps', at: 6 },
      advance(30),
    ]);
    const rows = state.observations
      .filter((o) => o.ticketId === 'INC2' && (o.missed || o.cause !== null))
      .map((o) => [o.kind, o.atMinute, o.missed, o.cause, o.busyShare]);
    expect(rows).toEqual([
      // Routed away without a diagnostic or a diagnosis: a choice.
      ['diagnostic-run', 6, true, null, null],
      ['diagnosed', 6, true, null, null],
      // The escalation deadline (08:25) passed: time. The desk was on INC2 itself 5-7 of 5-26.
      ['escalated', 26, true, 'neglect', 0.1],
    ]);
    const hangUp = state.observations.find((o) => o.kind === 'abandoned' && o.ticketId === 'INC1');
    expect([hangUp?.cause, hangUp?.busyShare, hangUp?.note]).toEqual([
      'queue',
      1,
      'The caller on INC1 hung up at 08:07 after waiting 5 minutes unanswered. The desk was on work as urgent or more for 100 % of the time it waited, so this counts less.',
    ]);
  });
});
