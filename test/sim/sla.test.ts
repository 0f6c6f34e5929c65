import { describe, expect, it } from 'vitest';
import { selectSlaRemaining } from '../../src/sim/index.ts';
import {
  addPause,
  createClock,
  restartClock,
  retarget,
  stopClock,
  warningMinute,
} from '../../src/sim/sla.ts';
import { advance, INC1_OPEN, INC2_OPEN, neglect, obs, play, ticket } from './helpers.ts';

describe('clock arithmetic', () => {
  it('derives the due time from start, target and pause', () => {
    const c = createClock(5, 60);
    expect(c.dueAt).toBe(65);
    expect(addPause(c, 14).dueAt).toBe(79);
    expect(retarget(addPause(c, 14), 120).dueAt).toBe(139);
    expect(warningMinute(addPause(c, 14), 50)).toBe(49);
    expect(warningMinute(c, 75)).toBe(50);
  });
  it('a reopen pauses the stopped gap; a callback does not', () => {
    const stopped = stopClock(createClock(10, 960), 11);
    expect(restartClock(stopped, 21, true)).toMatchObject({ stoppedAt: null, pausedMinutes: 10, dueAt: 980 });
    expect(restartClock(stopped, 21, false)).toMatchObject({ stoppedAt: null, pausedMinutes: 0, dueAt: 970 });
  });
});

describe('holds', () => {
  const hold = (reason: string) => ({ type: 'ticket/hold', ticketId: 'INC2', reason }) as const;
  it('a valid hold pauses the resolution clock; the breach moves by the paused time', () => {
    const held = play([...INC2_OPEN, hold('awaiting-vendor'), advance(20)]);
    expect(selectSlaRemaining(held.state, 'INC2')?.resolution).toEqual({
      dueAt: 79,
      targetMinutes: 60,
      remainingMinutes: 59,
      elapsedPercent: (1 / 60) * 100,
      breached: false,
      paused: true,
      stopped: false,
      atRisk: false,
    });
    const resumed = play([{ type: 'ticket/resume', ticketId: 'INC2' }, advance(100)], held.state);
    expect(resumed.steps[1]?.filter((e) => 'ticketId' in e && e.ticketId === 'INC2')).toEqual([
      {
        type: 'ticket/callback',
        ticketId: 'INC2',
        message: 'The finance director asks who is working on the VPN.',
      },
      { type: 'sla/warning', ticketId: 'INC2', clock: 'resolution', percent: 50 },
      { type: 'sla/warning', ticketId: 'INC2', clock: 'resolution', percent: 75 },
      { type: 'sla/breached', ticketId: 'INC2', clock: 'resolution' },
    ]);
    const t = ticket(resumed.state, 'INC2');
    expect(t.resolution).toEqual({
      startedAt: 5,
      targetMinutes: 60,
      pausedMinutes: 14,
      dueAt: 79,
      stoppedAt: null,
      breached: true,
      warned: [50, 75],
    });
    expect(t.pausedMinutes).toBe(14);
    expect(obs(resumed.state, 'breached').find((o) => o[2].includes('INC2'))).toEqual([
      false,
      false,
      `The resolution target of INC2 (60 minutes) was breached at 09:19.${neglect(92)}`,
    ]);
    expect(obs(held.state, 'held')).toEqual([
      [true, false, 'INC2 put on hold at 08:06 for "Awaiting vendor", which pauses the resolution clock.'],
    ]);
  });
  it('an invalid hold reason does not pause the clock but is visible', () => {
    const { state } = play([...INC2_OPEN, hold('lunch'), advance(70)]);
    const t = ticket(state, 'INC2');
    expect([t.status, t.holdReason, t.holdSince]).toEqual(['on-hold', 'lunch', null]);
    expect(t.resolution).toMatchObject({ dueAt: 65, breached: true });
    expect(obs(state, 'held')).toEqual([
      [
        false,
        false,
        'INC2 put on hold at 08:06 for "lunch", which is not a valid hold reason; the resolution clock kept running.',
      ],
    ]);
  });
  it('a policy hold reason that does not apply to the ticket does not pause the clock and counts against', () => {
    // INC1 is a password reset the desk owns: nobody else is awaited.
    const vendor = play([...INC1_OPEN, { type: 'ticket/hold', ticketId: 'INC1', reason: 'awaiting-vendor' }]);
    const t1 = ticket(vendor.state, 'INC1');
    expect([t1.status, t1.holdReason, t1.holdSince]).toEqual(['on-hold', 'awaiting-vendor', null]);
    expect(
      vendor.state.observations.filter((o) => o.kind === 'held').map((o) => [o.ok, o.expected, o.note]),
    ).toEqual([
      [
        false,
        'no hold',
        'INC1 put on hold at 08:04 for "Awaiting vendor", which does not apply to it; the resolution clock kept running.',
      ],
    ]);
    // INC2 awaits the vendor, not the caller: the clock runs on and breaches at its first due time.
    const { state } = play([...INC2_OPEN, hold('awaiting-caller'), advance(70)]);
    const t2 = ticket(state, 'INC2');
    expect([t2.holdSince, t2.pausedMinutes]).toEqual([null, 0]);
    expect(t2.resolution).toMatchObject({ dueAt: 65, pausedMinutes: 0, breached: true });
    expect(state.observations.filter((o) => o.kind === 'held').map((o) => [o.ok, o.expected])).toEqual([
      [false, 'one of awaiting-vendor'],
    ]);
  });
  it('rejects holding twice and resuming a ticket that is not on hold', () => {
    expect(play([...INC2_OPEN, hold('lunch'), hold('awaiting-vendor')]).last).toEqual([
      { type: 'command/rejected', command: 'ticket/hold', reason: 'INC2 is already on hold' },
    ]);
    expect(play([...INC1_OPEN, { type: 'ticket/resume', ticketId: 'INC1' }]).last).toEqual([
      { type: 'command/rejected', command: 'ticket/resume', reason: 'INC1 is not on hold' },
    ]);
  });
});

describe('remaining time', () => {
  it('is never negative: it stops at 0 and shows breached, even between minutes', () => {
    const { state } = play([advance(40)]);
    const sla = selectSlaRemaining(state, 'INC2');
    expect(sla?.response).toMatchObject({ remainingMinutes: 0, breached: true, elapsedPercent: 100 });
    const t = ticket(state, 'INC6');
    expect(selectSlaRemaining(state, t, 200)?.response).toMatchObject({
      remainingMinutes: 0,
      breached: true,
    });
    expect(selectSlaRemaining(state, t, Number.NaN)?.response.remainingMinutes).toBe(50);
    expect(selectSlaRemaining(state, 'NOPE')).toBeNull();
  });
  it('an at-risk clock is one past the highest warning', () => {
    const { state } = play([advance(15)]);
    expect(selectSlaRemaining(state, 'INC3')?.response).toMatchObject({ remainingMinutes: 8, atRisk: false });
    const later = play([advance(14)]).state;
    expect(selectSlaRemaining(later, 'INC2')?.response).toMatchObject({ remainingMinutes: 1, atRisk: true });
  });
});
