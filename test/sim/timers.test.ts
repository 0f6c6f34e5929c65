import { describe, expect, it } from 'vitest';
import { advance, answer, neglect, obs, play, queue, ticket } from './helpers.ts';

describe('the clock', () => {
  it('processes everything due in (minute, kind, sequence) order', () => {
    const { last, state } = play([advance(16)]);
    expect(last).toEqual([
      { type: 'contact/arrived', ticketId: 'INC1', channel: 'phone' },
      { type: 'contact/arrived', ticketId: 'INC2', channel: 'monitoring' },
      { type: 'contact/abandoned', ticketId: 'INC1' },
      { type: 'contact/arrived', ticketId: 'INC3', channel: 'chat' },
      // minute 10: the arrival comes before Ann's callback (kind order)
      { type: 'contact/arrived', ticketId: 'INC4', channel: 'email' },
      { type: 'ticket/callback', ticketId: 'INC1', message: 'Ann calls again.' },
      { type: 'sla/warning', ticketId: 'INC2', clock: 'response', percent: 50 },
      { type: 'contact/arrived', ticketId: 'INC5', channel: 'phone' },
      { type: 'sla/warning', ticketId: 'INC2', clock: 'response', percent: 75 },
      // minute 15: a hang-up comes before a breach
      { type: 'contact/abandoned', ticketId: 'INC1' },
      { type: 'sla/breached', ticketId: 'INC2', clock: 'response' },
      // minute 16: two hang-ups, in arrival order
      { type: 'contact/abandoned', ticketId: 'INC3' },
      { type: 'contact/abandoned', ticketId: 'INC5' },
    ]);
    expect(state.now).toBe(16);
    expect(ticket(state, 'INC1')).toMatchObject({ status: 'abandoned', mood: 55, waitingSince: 10 });
    expect(obs(state, 'abandoned').map((o) => o[2])).toEqual([
      `The caller on INC1 hung up at 08:07 after waiting 5 minutes unanswered.${neglect(100)}`,
      `The caller on INC1 hung up at 08:15 after waiting 5 minutes unanswered.${neglect(100)}`,
      `The caller on INC3 hung up at 08:16 after waiting 8 minutes unanswered.${neglect(100)}`,
      `The caller on INC5 hung up at 08:16 after waiting 4 minutes unanswered.${neglect(100)}`,
    ]);
  });

  it('never goes backwards and ends the shift at its end', () => {
    const { steps, state } = play([
      advance(30),
      advance(20),
      advance(500),
      advance(600),
      { type: 'shift/end' },
    ]);
    expect(steps[1]).toEqual([
      {
        type: 'command/rejected',
        command: 'clock/advance',
        reason: 'time cannot go backwards (it is minute 30, not 20)',
      },
    ]);
    expect(steps[2]?.at(-1)).toEqual({ type: 'shift/ended', atMinute: 120 });
    expect(steps[3]).toEqual([
      { type: 'command/rejected', command: 'clock/advance', reason: 'the shift has ended' },
    ]);
    expect(steps[4]).toEqual([
      { type: 'command/rejected', command: 'shift/end', reason: 'the shift has ended' },
    ]);
    expect([state.now, state.ended]).toEqual([120, true]);
  });

  it('a command cost that runs past the end ends the shift', () => {
    const { state, last } = play([
      advance(119),
      { type: 'sla/report-deviation', ticketIds: ['INC2'], note: 'late' },
    ]);
    expect([state.now, state.ended]).toEqual([120, true]);
    expect(last.at(-1)).toEqual({ type: 'shift/ended', atMinute: 120 });
  });
});

describe('callers', () => {
  it('a caller who hung up calls back (unacknowledged) and chases later (unresolved); a past-due clock breaches at once', () => {
    const { steps, state } = play([advance(71), advance(72), answer('INC5')]);
    expect(steps[1]).toEqual([
      { type: 'ticket/callback', ticketId: 'INC5', message: 'Eve asks for news on the ERP.' },
      { type: 'sla/breached', ticketId: 'INC5', clock: 'response' },
    ]);
    const t = ticket(state, 'INC5');
    expect([t.status, t.mood, t.firedFollowUps]).toEqual(['new', 40, ['eve-again', 'eve-chase']]);
    expect(obs(state, 'acknowledged')).toEqual([
      [false, false, 'INC5 answered at 09:12, after its response target passed at 08:42.'],
    ]);
  });
  it('a not-escalated follow-up chases an alert nobody escalated', () => {
    const { steps } = play([advance(24), advance(25)]);
    expect(steps[1]).toEqual([
      {
        type: 'ticket/callback',
        ticketId: 'INC2',
        message: 'The finance director asks who is working on the VPN.',
      },
    ]);
  });
});

describe('shift end', () => {
  it('records every missed window, on the contacts nobody answered too', () => {
    const { state } = play([advance(5), answer('INC2'), advance(8), answer('INC3'), { type: 'shift/end' }]);
    expect(ticket(state, 'INC1').status).toBe('abandoned');
    expect(state.observations.filter((o) => o.missed).map((o) => [o.kind, o.ticketId, o.note])).toEqual([
      ['logged', 'INC1', `INC1 was never answered, so it was never logged during the shift.${queue(100)}`],
      [
        'classified',
        'INC1',
        `INC1 was never answered, so it was never logged and classified during the shift.${queue(100)}`,
      ],
      [
        'prioritised',
        'INC1',
        `INC1 was never answered, so it was never prioritised; the right priority was P4.${queue(100)}`,
      ],
      [
        'questioned',
        'INC1',
        `INC1 was never answered, so no question that helps was asked before the shift ended.${queue(100)}`,
      ],
      [
        'kb-applied',
        'INC1',
        `INC1 was never answered, so the knowledge article that applies (KB1) was not used.${queue(100)}`,
      ],
      [
        'resolved',
        'INC1',
        `INC1 was never answered, so it was not resolved when the shift ended; the right fix was "Reset the password after verifying identity".${queue(100)}`,
      ],
      ['logged', 'INC2', `INC2 was answered but never logged during the shift.${neglect(100)}`],
      [
        'classified',
        'INC2',
        `INC2 was answered but never logged and classified during the shift.${neglect(100)}`,
      ],
      [
        'prioritised',
        'INC2',
        `INC2 was answered but never prioritised; the right priority was P1.${neglect(100)}`,
      ],
      ['routed', 'INC2', `INC2 was never routed to Network team, the group that owns it.${neglect(100)}`],
      [
        'escalated',
        'INC2',
        `INC2 was not escalated in time: a functional escalation to Network team or Lou Park was needed before the shift ended at 08:08.${neglect(100)}`,
      ],
      // Still at the desk when the shift ended: its desk work is owed.
      [
        'diagnostic-run',
        'INC2',
        `No relevant diagnostic was run on INC2 before the shift ended.${neglect(100)}`,
      ],
      ['diagnosed', 'INC2', `No diagnosis was recorded on INC2 before the shift ended.${neglect(100)}`],
      [
        'logged',
        'INC3',
        `INC3 was answered but never logged during the shift. It had not waited at all, so this counts less.`,
      ],
      [
        'classified',
        'INC3',
        `INC3 was answered but never logged and classified during the shift. It had not waited at all, so this counts less.`,
      ],
      [
        'prioritised',
        'INC3',
        `INC3 was answered but never prioritised; the right priority was P2. It had not waited at all, so this counts less.`,
      ],
      [
        'linked',
        'INC3',
        `INC3 was never linked to its parent INC2. It had not waited at all, so this counts less.`,
      ],
      [
        'problem-raised',
        'INC2',
        'INC2, INC3 share one underlying problem (vpn-cert), but no problem was raised for them.',
      ],
    ]);
  });
});
