import { describe, expect, it } from 'vitest';
import { createShift, type Input } from '../../src/sim/index.ts';
import { FIXTURE } from './fixture.ts';
import { advance, answer, INC1_OPEN, INC2_OPEN, neglect, obs, play, ticket } from './helpers.ts';

const LOG_INC4: Input = {
  type: 'ticket/log',
  ticketId: 'INC4',
  kind: 'incident',
  category: 'hardware',
  caller: 'cara',
  service: 'printing',
  ci: 'printer-3f',
};
const INC4_OPEN: Input[] = [advance(10), answer('INC4'), LOG_INC4];
const resolve = (ticketId: string, fixId: string): Input => ({ type: 'ticket/resolve', ticketId, fixId });
const close = (ticketId: string): Input => ({ type: 'ticket/close', ticketId });

describe('ticket/resolve and ticket/close', () => {
  it('the right fix resolves with satisfaction, first contact, and costs 2 minutes', () => {
    const { state, last } = play([...INC1_OPEN, resolve('INC1', 'reset')]);
    const t = ticket(state, 'INC1');
    expect([t.status, t.resolvedAt, t.satisfaction, t.firstContact, t.fixId]).toEqual([
      'resolved',
      4,
      4,
      true,
      'reset',
    ]);
    expect(t.resolution.stoppedAt).toBe(4);
    expect(state.now).toBe(6);
    expect(last).toEqual([{ type: 'contact/arrived', ticketId: 'INC2', channel: 'monitoring' }]);
    expect(obs(state, 'resolved')).toEqual([
      [
        true,
        false,
        'INC1 resolved at 08:04 with the right fix: "Reset the password after verifying identity".',
      ],
    ]);
    expect(obs(state, 'first-contact')).toEqual([
      [true, false, 'INC1 was resolved by the desk at the first contact.'],
    ]);
  });

  it('a wrong fix resolves, then reopens after the follow-up delay with the clock paused meanwhile', () => {
    const { state, steps } = play([
      ...INC4_OPEN,
      resolve('INC4', 'restart'),
      advance(21),
      resolve('INC4', 'clear-jam'),
      close('INC4'),
      close('INC4'),
    ]);
    expect(steps[4]?.at(-1)).toEqual({ type: 'ticket/reopened', ticketId: 'INC4', message: 'Still jammed!' });
    const t = ticket(state, 'INC4');
    expect([t.status, t.reopenCount, t.mood, t.satisfaction, t.closedAt]).toEqual(['closed', 1, 45, 3, 23]);
    expect(t.resolution).toEqual({
      startedAt: 10,
      targetMinutes: 960,
      pausedMinutes: 10,
      dueAt: 980,
      stoppedAt: 21,
      breached: false,
      warned: [],
    });
    expect(t.firedFollowUps).toEqual(['still-jammed']);
    expect(obs(state, 'resolved').map((o) => o[2])).toEqual([
      'INC4 resolved at 08:11 with "Restart the printer", which does not fix it; the right fix was "Clear the jam in tray 2".',
      'INC4 resolved at 08:21 with the right fix: "Clear the jam in tray 2".',
    ]);
    expect(obs(state, 'first-contact')).toEqual([
      [false, false, 'INC4 was not resolved at the first contact: it was reopened after a wrong fix.'],
    ]);
    expect(obs(state, 'lifecycle')).toEqual([
      [true, false, 'INC4 closed at 08:23 after it was resolved.'],
      [
        false,
        false,
        'Tried to close INC4 at 08:23 while it was closed; only a resolved ticket can be closed.',
      ],
    ]);
    expect(steps[7]).toEqual([
      { type: 'command/rejected', command: 'ticket/close', reason: 'INC4 is closed' },
    ]);
  });

  it('the desk resolving a ticket another group owns, without a scripted fix, is wrong and reopens', () => {
    const { state } = play([...INC2_OPEN, resolve('INC2', 'rebooted'), advance(30)]);
    expect(obs(state, 'resolved')).toEqual([
      [
        false,
        false,
        'INC2 resolved by the desk at 08:06, but Network team owns it; it needed routing there.',
      ],
    ]);
    expect(ticket(state, 'INC2').reopenCount).toBe(1);
  });

  it('the desk applying the fix another group owns is a wrong attempt: no first contact, reopens, routing owed', () => {
    // INC5 belongs to the Applications team; here the scenario names the fix that team would apply.
    const scenario = structuredClone(FIXTURE);
    const inc5 = scenario.timeline.find((a) => a.id === 'INC5');
    if (inc5 === undefined) throw new Error('no INC5');
    inc5.truth.fix = 'rollback';
    inc5.fixes = [{ id: 'rollback', text: 'Roll back the faulty ERP update' }];
    const open: Input[] = [
      advance(12),
      answer('INC5'),
      {
        type: 'ticket/log',
        ticketId: 'INC5',
        kind: 'incident',
        category: 'software',
        caller: 'eve',
        service: 'erp',
      },
      resolve('INC5', 'rollback'),
    ];
    const { state } = play([...open, advance(120)], undefined, scenario);
    expect(
      state.observations
        .filter((o) => o.kind === 'resolved' && o.ticketId === 'INC5')
        .map((o) => [o.ok, o.expected, o.note]),
    ).toEqual([
      [
        false,
        'routed to apps',
        'INC5 resolved by the desk at 08:13 with "Roll back the faulty ERP update", but Applications team owns it: only they can apply that fix; it needed routing there.',
      ],
    ]);
    expect(obs(state, 'first-contact')).toEqual([]);
    const t = ticket(state, 'INC5');
    expect([t.status, t.reopenCount, t.firstContact]).toEqual(['in-progress', 1, false]);
    // INC2 waited 08:05-10:00 while the desk took in INC5 for 6 minutes (triage: the right work).
    expect(obs(state, 'routed')).toEqual([
      [
        false,
        true,
        `INC2 was never answered, so it was never routed to Network team, the group that owns it.${neglect(95)}`,
      ],
      [false, true, `INC5 was never routed to Applications team, the group that owns it.${neglect(100)}`],
      [
        false,
        true,
        `INC6 was never answered, so it was never routed to Network team, the group that owns it.${neglect(100)}`,
      ],
    ]);
  });

  it('a shift that ends while a wrong desk fix waits to come back still owes the routing', () => {
    const { state } = play([...INC2_OPEN, advance(110), resolve('INC2', 'rebooted'), advance(120)]);
    expect(ticket(state, 'INC2').status).toBe('resolved');
    expect(obs(state, 'routed')).toEqual([
      [false, true, `INC2 was never routed to Network team, the group that owns it.${neglect(93)}`],
      // The contacts nobody answered owe their routing too.
      [
        false,
        true,
        `INC5 was never answered, so it was never routed to Applications team, the group that owns it.${neglect(94)}`,
      ],
      [
        false,
        true,
        `INC6 was never answered, so it was never routed to Network team, the group that owns it.${neglect(92)}`,
      ],
    ]);
  });
  it('closing an unresolved ticket and resolving a waiting one are rejected with a lifecycle observation', () => {
    const { state, steps } = play([
      ...INC1_OPEN,
      close('INC1'),
      resolve('INC2', 'x'),
      resolve('INC1', 'nope'),
    ]);
    expect(steps[3]).toEqual([
      {
        type: 'command/rejected',
        command: 'ticket/close',
        reason: 'INC1 is in-progress; resolve it before closing it',
      },
    ]);
    expect(steps[4]).toEqual([
      { type: 'command/rejected', command: 'ticket/resolve', reason: 'there is no ticket INC2' },
    ]);
    expect(steps[5]).toEqual([
      { type: 'command/rejected', command: 'ticket/resolve', reason: 'there is no fix "nope" for INC1' },
    ]);
    expect(obs(state, 'lifecycle')).toEqual([
      [
        false,
        false,
        'Tried to close INC1 at 08:04 while it was in-progress; only a resolved ticket can be closed.',
      ],
    ]);
    const waiting = play([advance(5), resolve('INC2', 'x')]);
    expect(waiting.last).toEqual([
      {
        type: 'command/rejected',
        command: 'ticket/resolve',
        reason: 'INC2 is waiting to be answered; answer it first',
      },
    ]);
    expect(obs(waiting.state, 'lifecycle')).toEqual([
      [
        false,
        false,
        'Tried to resolve INC2 at 08:05 while it was waiting; only an open, answered ticket can be resolved.',
      ],
    ]);
  });
});

describe('ticket/assign', () => {
  it('the right group resolves it after its turnaround plus seeded jitter, and linked children with it', () => {
    const { state, steps } = play([
      ...INC2_OPEN,
      advance(8),
      answer('INC3'),
      { type: 'ticket/link', ticketId: 'INC3', parentId: 'INC2' },
      { type: 'ticket/assign', ticketId: 'INC2', groupId: 'network' },
      advance(60),
    ]);
    expect(obs(state, 'routed')).toEqual([
      [true, false, 'INC2 routed to Network team at 08:09, the right group.'],
    ]);
    expect(obs(state, 'linked')).toEqual([[true, false, 'INC3 linked to its parent INC2 at 08:08.']]);
    const parent = ticket(state, 'INC2');
    const child = ticket(state, 'INC3');
    expect([parent.status, parent.resolvedAt, child.status, child.resolvedAt]).toEqual([
      'resolved',
      50,
      'resolved',
      50,
    ]);
    expect(steps[7]).toContainEqual({
      type: 'ticket/resolved-by-group',
      ticketId: 'INC2',
      groupId: 'network',
    });
  });
  it('jitter stays within +20 % and depends on the seed only', () => {
    const dues = new Set<number>();
    for (let seed = 0; seed < 40; seed++) {
      const s = play(
        [...INC2_OPEN, { type: 'ticket/assign', ticketId: 'INC2', groupId: 'network' }],
        createShift(FIXTURE, seed),
      ).state;
      const due = ticket(s, 'INC2').groupDueAt ?? -1;
      expect(due).toBeGreaterThanOrEqual(6 + 40);
      expect(due).toBeLessThanOrEqual(6 + 48);
      dues.add(due);
    }
    expect(dues.size).toBeGreaterThan(3);
  });
  it('a wrong group bounces it back after half its turnaround (mood: -15 chaser at 08:25, -10 bounce)', () => {
    const { state, last } = play([
      ...INC2_OPEN,
      { type: 'ticket/assign', ticketId: 'INC2', groupId: 'apps' },
      advance(36),
    ]);
    expect(last.at(-1)).toEqual({
      type: 'ticket/bounced',
      ticketId: 'INC2',
      groupId: 'apps',
      message: 'Applications team sent INC2 back: it is not theirs to fix.',
    });
    const t = ticket(state, 'INC2');
    expect([t.assignedGroup, t.groupDueAt, t.mood, t.groupHistory]).toEqual([null, null, 45, ['apps']]);
    expect(obs(state, 'routed')).toEqual([
      [false, false, 'INC2 routed to Applications team at 08:06; the right group was Network team.'],
    ]);
  });
});

describe('ticket/escalate', () => {
  const esc = (mode: 'functional' | 'hierarchical', to: string, ticketId = 'INC2'): Input => ({
    type: 'ticket/escalate',
    ticketId,
    mode,
    to,
  });
  it('judges mode, party and timing', () => {
    const right = play([...INC2_OPEN, esc('functional', 'netguru')]).state;
    expect(obs(right, 'escalated')).toEqual([
      [true, false, 'INC2 escalated (functional) to Lou Park at 08:06, in time.'],
    ]);
    expect(ticket(right, 'INC2').groupHistory).toEqual([]);
    const wrong = play([...INC2_OPEN, esc('hierarchical', 'mgr')]).state;
    expect(obs(wrong, 'escalated')).toEqual([
      [
        false,
        false,
        'INC2 escalated (hierarchical) to Pat Moss at 08:06; it needed a functional escalation to Network team or Lou Park.',
      ],
    ]);
    // One event, one verdict: the window closed missed at its deadline; the late escalation adds none.
    const late = play([...INC2_OPEN, advance(30), esc('functional', 'network')]).state;
    expect(obs(late, 'escalated')).toEqual([
      [
        false,
        true,
        `INC2 was not escalated in time: a functional escalation to Network team or Lou Park was needed by 08:25.${neglect(95)}`,
      ],
    ]);
    expect(ticket(late, 'INC2').escalations.map((e) => e.to)).toEqual(['network']);
    expect(ticket(late, 'INC2').assignedGroup).toBe('network');
    const needless = play([...INC1_OPEN, esc('hierarchical', 'mgr', 'INC1')]).state;
    expect(obs(needless, 'escalated')).toEqual([
      [
        false,
        false,
        'INC1 escalated (hierarchical) to Pat Moss at 08:04, but it did not need an escalation.',
      ],
    ]);
  });
  it('counts assigning to the needed second-line group as the functional escalation', () => {
    const assign: Input = { type: 'ticket/assign', ticketId: 'INC2', groupId: 'network' };
    const { state } = play([...INC2_OPEN, assign]);
    expect(obs(state, 'escalated')).toEqual([
      [true, false, 'INC2 escalated (functional) to Network team at 08:06, in time.'],
    ]);
    expect(ticket(state, 'INC2').assignedGroup).toBe('network');
  });
  it('rejects an unknown party', () => {
    expect(play([...INC2_OPEN, esc('functional', 'nobody')]).last).toEqual([
      {
        type: 'command/rejected',
        command: 'ticket/escalate',
        reason: 'there is no group or expert "nobody"',
      },
    ]);
  });
});

describe('ticket/link', () => {
  it('rejects self links, loops and unknown parents; judges the parent', () => {
    const base = [...INC2_OPEN, advance(8), answer('INC3')];
    const link = (ticketId: string, parentId: string): Input => ({ type: 'ticket/link', ticketId, parentId });
    const { state, steps } = play([
      ...base,
      link('INC3', 'INC3'),
      link('INC3', 'NOPE'),
      link('INC2', 'INC3'),
      link('INC3', 'INC2'),
    ]);
    // A link that applies emits nothing (null here): its observation says what happened.
    expect(steps.slice(5).map((s) => s[0] ?? null)).toEqual([
      { type: 'command/rejected', command: 'ticket/link', reason: 'INC3 cannot be linked to itself' },
      { type: 'command/rejected', command: 'ticket/link', reason: 'there is no ticket NOPE' },
      null,
      {
        type: 'command/rejected',
        command: 'ticket/link',
        reason: 'INC2 is already linked under INC3; linking would make a loop',
      },
    ]);
    expect(obs(state, 'linked')).toEqual([
      [false, false, 'INC2 linked to INC3 at 08:08; it has no parent ticket.'],
    ]);
  });
});
