import { describe, expect, it } from 'vitest';
import { advance, answer, obs, play, ticket } from './helpers.ts';

describe('problem/raise', () => {
  it('numbers problems and judges whether the tickets share one underlying problem', () => {
    const { state, steps } = play([
      advance(8),
      answer('INC3'),
      advance(20),
      answer('INC2'),
      answer('INC4'),
      { type: 'problem/raise', ticketIds: ['INC2', 'INC3', 'INC3'], title: 'VPN cert' },
      { type: 'problem/raise', ticketIds: ['INC2', 'INC4'], title: 'x' },
      { type: 'problem/raise', ticketIds: ['INC4'], title: 'x' },
      { type: 'problem/raise', ticketIds: ['INC4', 'INC9'], title: 'x' },
    ]);
    expect(steps[5]?.[0]).toEqual({ type: 'problem/raised', problemId: 'PRB0001' });
    expect(state.problems.PRB0001).toEqual({
      id: 'PRB0001',
      title: 'VPN cert',
      raisedAt: 20,
      ticketIds: ['INC2', 'INC3'],
    });
    expect(ticket(state, 'INC2').problemId).toBe('PRB0002');
    expect(obs(state, 'problem-raised')).toEqual([
      [true, false, 'Raised PRB0001 at 08:20 for INC2, INC3, which share one underlying problem.'],
      [false, false, 'Raised PRB0002 at 08:22 for INC2, INC4, which do not share one underlying problem.'],
      [
        false,
        false,
        'Raised PRB0003 at 08:24 for INC4 alone; a problem links two or more incidents with one cause.',
      ],
    ]);
    expect(steps[8]).toEqual([
      { type: 'command/rejected', command: 'problem/raise', reason: 'there is no ticket INC9' },
    ]);
  });
  it('names only answered tickets: a contact still waiting is answered first', () => {
    const { state, steps } = play([
      advance(20),
      answer('INC2'),
      { type: 'problem/raise', ticketIds: ['INC2', 'INC4'], title: 'VPN cert' },
      { type: 'problem/raise', ticketIds: ['INC2', 'INC3'], title: 'VPN cert' },
    ]);
    const reasons = steps.slice(2).map((events) => events.map((e) => 'reason' in e && e.reason));
    expect(reasons).toEqual([
      ['INC4 is waiting to be answered; answer it first'],
      ['the caller on INC3 hung up; wait for them to call back'],
    ]);
    expect(state.problems).toEqual({});
    expect(ticket(state, 'INC2').problemId).toBe(null);
  });
  it('a shared problem never raised is a missed window at the shift end', () => {
    const { state } = play([advance(120)]);
    expect(obs(state, 'problem-raised')).toEqual([
      [
        false,
        true,
        'INC2, INC3, INC6 share one underlying problem (vpn-cert), but no problem was raised for them.',
      ],
    ]);
  });
});

describe('sla/report-deviation', () => {
  it('must name every breached ticket and only breached or at-risk ones; costs 3 minutes', () => {
    const { state } = play([
      advance(20),
      { type: 'sla/report-deviation', ticketIds: ['INC2'], note: 'INC2 alert not picked up' },
      { type: 'sla/report-deviation', ticketIds: ['INC2', 'INC3', 'INC4'], note: 'x' },
      { type: 'sla/report-deviation', ticketIds: ['INC4'], note: 'x' },
    ]);
    expect(state.now).toBe(29);
    expect(obs(state, 'deviation-reported')).toEqual([
      [
        true,
        false,
        'Deviation report at 08:20 named INC2: every breached ticket and only breached or at-risk ones.',
      ],
      [
        false,
        false,
        'Deviation report at 08:23 named INC2, INC3, INC4, but it named INC3, INC4, neither breached nor at risk.',
      ],
      [
        false,
        false,
        'Deviation report at 08:26 named INC4, but it left out breached INC2 and it named INC4, neither breached nor at risk.',
      ],
    ]);
  });
});
