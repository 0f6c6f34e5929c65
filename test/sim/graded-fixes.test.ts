/**
 * Grading a trainer needs (issue 9): fixes with an outcome (right, needless, risky, no-fix, harmful)
 * and its consequence (a reopen, the caller's mood, a finding later in the shift), and other
 * acceptable categories and groups. Each feature on a fragment of the engine fixture, with the exact
 * observations a right path and a wrong path get.
 */
import { describe, expect, it } from 'vitest';
import {
  chooseCategory,
  chooseFix,
  chooseGroup,
  type Decider,
  type PersonaLevel,
} from '../../src/personas/choices.ts';
import { createPrng } from '../../src/personas/prng.ts';
import { fixEffect } from '../../src/scenario/index.ts';
import type { Scenario, ScenarioArrival } from '../../src/scenario/schema.ts';
import type { EngineEvent, Input, ShiftState } from '../../src/sim/index.ts';
import { arrivalWindows } from '../../src/sim/opportunities.ts';
import { deskOwns } from '../../src/sim/scenario-index.ts';
import { notificationsFor } from '../../src/store/notifications.ts';
import { FIXTURE } from './fixture.ts';
import { advance, answer, INC1_OPEN, obs, play, ticket } from './helpers.ts';

/** The fixture with graded fixes on INC1, INC4 and INC7, and other acceptable categories and groups. */
function graded(): Scenario {
  const s = structuredClone(FIXTURE);
  const at = (id: string): ScenarioArrival => {
    const a = s.timeline.find((x) => x.id === id);
    if (a === undefined) throw new Error(`no ${id}`);
    return a;
  };
  const inc1 = at('INC1');
  inc1.truth.fix = 'unlock';
  inc1.truth.alsoCategories = ['general'];
  inc1.fixes = [
    { id: 'unlock', text: 'Unlock the account', outcome: 'right' },
    { id: 'reset', text: 'Reset the password', outcome: 'needless' },
    { id: 'reinstall', text: 'Reinstall the mail client' },
    { id: 'wipe', text: 'Wipe and rebuild her laptop', outcome: 'harmful' },
  ];
  at('INC4').fixes = [
    {
      id: 'restart',
      text: 'Restart the printer',
      outcome: 'needless',
      consequence: { reopens: true, moodDelta: -10 },
    },
    { id: 'clear-jam', text: 'Clear the jam in tray 2' },
  ];
  at('INC5').truth.alsoGroups = ['network'];
  at('INC7').fixes = [
    { id: 'explain', text: 'Explain the booking page' },
    {
      id: 'room-admin',
      text: 'Give her the room-booking admin role',
      outcome: 'risky',
      consequence: {
        finding: {
          afterMinutes: 20,
          text: 'Security review: Ann Lee now holds the room-booking admin role and can cancel any booking.',
        },
      },
    },
  ];
  return s;
}

const GRADED = graded();
const resolve = (ticketId: string, fixId: string): Input => ({ type: 'ticket/resolve', ticketId, fixId });
const run = (inputs: readonly Input[]) => play(inputs, undefined, GRADED);
const ofType = (steps: EngineEvent[][], type: EngineEvent['type']) =>
  steps.flat().filter((e) => e.type === type);
const arrivalOf = (id: string): ScenarioArrival => {
  const a = GRADED.timeline.find((x) => x.id === id);
  if (a === undefined) throw new Error(`no ${id}`);
  return a;
};
/** [kind, ok, note] of every observation of these kinds, in order. */
const verdicts = (state: ShiftState, kinds: readonly string[]) =>
  state.observations.filter((o) => kinds.includes(o.kind)).map((o) => [o.kind, o.ok, o.note]);

const INC7_OPEN: Input[] = [
  advance(40),
  answer('INC7'),
  { type: 'ticket/log', ticketId: 'INC7', kind: 'question', category: 'general', caller: 'ann' },
];

describe('graded fix outcomes', () => {
  it('fills in the defaults: right for truth.fix, no-fix for an unmarked other, each outcome its consequence', () => {
    const inc1 = arrivalOf('INC1');
    expect(['unlock', 'reset', 'reinstall', 'wipe'].map((f) => fixEffect(inc1, f))).toEqual([
      { outcome: 'right', works: true, reopens: false, moodDelta: 0, finding: null },
      { outcome: 'needless', works: true, reopens: false, moodDelta: 0, finding: null },
      { outcome: 'no-fix', works: false, reopens: true, moodDelta: 0, finding: null },
      { outcome: 'harmful', works: false, reopens: true, moodDelta: -30, finding: null },
    ]);
    // A scenario without outcomes behaves as before: the truth's fix is right, the others do not fix.
    const plain = FIXTURE.timeline.find((a) => a.id === 'INC4');
    if (plain === undefined) throw new Error('no INC4');
    expect([fixEffect(plain, 'clear-jam').outcome, fixEffect(plain, 'restart').outcome]).toEqual([
      'right',
      'no-fix',
    ]);
  });

  it('the right fix: resolved ok, with first-contact credit', () => {
    const { state } = run([...INC1_OPEN, resolve('INC1', 'unlock')]);
    expect(verdicts(state, ['resolved', 'first-contact'])).toEqual([
      ['resolved', true, 'INC1 resolved at 08:04 with the right fix: "Unlock the account".'],
      ['first-contact', true, 'INC1 was resolved by the desk at the first contact.'],
    ]);
  });

  it('a needless fix solves the problem (no reopen) but is not ok, and earns no first-contact credit', () => {
    const { state, steps } = run([...INC1_OPEN, resolve('INC1', 'reset'), advance(90)]);
    expect(verdicts(state, ['resolved', 'first-contact'])).toEqual([
      [
        'resolved',
        false,
        'INC1 resolved at 08:04 with "Reset the password": it works, but it was needless; "Unlock the account" was enough.',
      ],
    ]);
    const t = ticket(state, 'INC1');
    expect([t.status, t.reopenCount, t.reopenDueAt, t.firstContact, t.mood, t.satisfaction, t.fixId]).toEqual(
      ['resolved', 0, null, false, 70, 4, 'reset'],
    );
    expect(ofType(steps, 'ticket/reopened')).toEqual([]);
    expect(state.observations.find((o) => o.kind === 'resolved')).toMatchObject({
      expected: 'unlock',
      actual: 'reset',
      missed: false,
    });
  });

  it('a fix with no outcome of its own does not fix: it reopens as before', () => {
    const { state, steps } = run([...INC1_OPEN, resolve('INC1', 'reinstall'), advance(19)]);
    expect(verdicts(state, ['resolved', 'first-contact'])).toEqual([
      [
        'resolved',
        false,
        'INC1 resolved at 08:04 with "Reinstall the mail client", which does not fix it; the right fix was "Unlock the account".',
      ],
    ]);
    expect(ofType(steps, 'ticket/reopened')).toEqual([
      {
        type: 'ticket/reopened',
        ticketId: 'INC1',
        message: 'The caller on INC1 is back: the fix did not work.',
      },
    ]);
    expect([ticket(state, 'INC1').status, ticket(state, 'INC1').mood]).toEqual(['in-progress', 45]);
  });

  it('a harmful fix does not fix, drops the caller mood by 30 and reopens', () => {
    const resolved = run([...INC1_OPEN, resolve('INC1', 'wipe')]).state;
    expect([ticket(resolved, 'INC1').mood, ticket(resolved, 'INC1').satisfaction]).toEqual([40, 3]);
    const { state, steps } = run([...INC1_OPEN, resolve('INC1', 'wipe'), advance(19)]);
    expect(verdicts(state, ['resolved'])).toEqual([
      [
        'resolved',
        false,
        'INC1 resolved at 08:04 with "Wipe and rebuild her laptop", which does not fix it and makes things worse; the right fix was "Unlock the account".',
      ],
    ]);
    expect(ofType(steps, 'ticket/reopened')).toHaveLength(1);
    expect([ticket(state, 'INC1').status, ticket(state, 'INC1').mood]).toEqual(['in-progress', 15]);
  });

  it('a risky fix works but is not ok, and raises its finding on the ticket later in the shift', () => {
    const { state, steps } = run([...INC7_OPEN, resolve('INC7', 'room-admin'), advance(60)]);
    expect(verdicts(state, ['resolved', 'first-contact'])).toEqual([
      [
        'resolved',
        false,
        'INC7 resolved at 08:41 with "Give her the room-booking admin role": it works, but it was risky; "Explain the booking page" was the safe fix.',
      ],
    ]);
    expect(ticket(state, 'INC7').pendingFinding).toEqual({
      dueAt: 61,
      text: 'Security review: Ann Lee now holds the room-booking admin role and can cancel any booking.',
    });
    expect(ofType(steps, 'ticket/finding')).toEqual([]);
    const later = run([...INC7_OPEN, resolve('INC7', 'room-admin'), advance(61)]);
    expect(later.last).toContainEqual({
      type: 'ticket/finding',
      ticketId: 'INC7',
      message: 'Security review: Ann Lee now holds the room-booking admin role and can cancel any booking.',
    });
    expect(ofType(later.steps, 'ticket/finding')).toHaveLength(1);
    const t = ticket(later.state, 'INC7');
    expect([t.status, t.pendingFinding, t.reopenCount]).toEqual(['resolved', null, 0]);
    // The finding is an event, not a second verdict.
    expect(later.state.observations.filter((o) => o.ticketId === 'INC7').map((o) => o.kind)).toEqual([
      'acknowledged',
      'classified',
      'logged',
      'resolved',
    ]);
  });

  it('the desk shows the finding as a notification on the ticket', () => {
    const later = run([...INC7_OPEN, resolve('INC7', 'room-admin'), advance(61)]);
    const shown = notificationsFor(GRADED, later.state, later.last, 1).filter((n) => n.cue === 'alert');
    expect(shown).toEqual([
      {
        id: shown[0]?.id,
        atMinute: 61,
        tone: 'bad',
        cue: 'alert',
        ticketId: 'INC7',
        text: 'Finding: Security review: Ann Lee now holds the room-booking admin role and can cancel any booking.',
      },
    ]);
  });

  it('the right fix on the same ticket raises no finding', () => {
    const { state, steps } = run([...INC7_OPEN, resolve('INC7', 'explain'), advance(119)]);
    expect(verdicts(state, ['resolved'])).toEqual([
      ['resolved', true, 'INC7 resolved at 08:41 with the right fix: "Explain the booking page".'],
    ]);
    expect(ofType(steps, 'ticket/finding')).toEqual([]);
  });

  it('a consequence overrides the defaults: a needless fix that reopens and costs mood', () => {
    const { state, steps } = run([
      advance(10),
      answer('INC4'),
      {
        type: 'ticket/log',
        ticketId: 'INC4',
        kind: 'incident',
        category: 'hardware',
        caller: 'cara',
        service: 'printing',
        ci: 'printer-3f',
      },
      resolve('INC4', 'restart'),
      advance(21),
    ]);
    expect(verdicts(state, ['resolved'])).toEqual([
      [
        'resolved',
        false,
        'INC4 resolved at 08:11 with "Restart the printer": it works, but it was needless; "Clear the jam in tray 2" was enough.',
      ],
    ]);
    expect(ofType(steps, 'ticket/reopened')).toEqual([
      { type: 'ticket/reopened', ticketId: 'INC4', message: 'Still jammed!' },
    ]);
    // 70, less 10 for the fix and 25 for the reopen.
    expect([ticket(state, 'INC4').status, ticket(state, 'INC4').mood]).toEqual(['in-progress', 35]);
  });
});

describe('other acceptable categories and groups', () => {
  const logInc1 = (category: string): Input => ({
    type: 'ticket/log',
    ticketId: 'INC1',
    kind: 'service-request',
    category,
    caller: 'ann',
    service: 'email',
  });

  it('classifying with the truth category or one of alsoCategories is right', () => {
    for (const category of ['access', 'general']) {
      const { state } = run([advance(3), answer('INC1'), logInc1(category)]);
      const name = category === 'access' ? 'Access' : 'General';
      expect(obs(state, 'classified')).toEqual([
        [true, false, `INC1 classified at 08:03 as service request / ${name}, which is right.`],
      ]);
    }
  });

  it('another category is wrong, and the note names every acceptable one', () => {
    const { state } = run([advance(3), answer('INC1'), logInc1('hardware')]);
    expect(obs(state, 'classified')).toEqual([
      [
        false,
        false,
        'INC1 classified at 08:03 as service request / Hardware; the right classification was service request / Access (or General).',
      ],
    ]);
    expect(state.observations.find((o) => o.kind === 'classified')?.expected).toBe(
      'service-request / access or general',
    );
  });

  const INC5_OPEN: Input[] = [
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
  ];
  const assign = (groupId: string): Input => ({ type: 'ticket/assign', ticketId: 'INC5', groupId });

  it('routing to one of alsoGroups is right; it resolves the ticket in the owner turnaround', () => {
    const { state } = run([...INC5_OPEN, assign('network')]);
    expect(obs(state, 'routed')).toEqual([
      [true, false, 'INC5 routed to Network team at 08:13, the right group.'],
    ]);
    const t = ticket(state, 'INC5');
    // The Applications team's 60 minutes (the Network team's are 40) plus the seeded jitter.
    expect([t.groupOutcome, t.groupDueAt]).toEqual(['resolve', 78]);
    const done = run([...INC5_OPEN, assign('network'), advance(78)]);
    expect(ofType(done.steps, 'ticket/resolved-by-group')).toEqual([
      { type: 'ticket/resolved-by-group', ticketId: 'INC5', groupId: 'network' },
    ]);
    expect(ticket(done.state, 'INC5').status).toBe('resolved');
  });

  it('routing to the owner is right as before; elsewhere is wrong, naming every acceptable group', () => {
    expect(obs(run([...INC5_OPEN, assign('apps')]).state, 'routed')).toEqual([
      [true, false, 'INC5 routed to Applications team at 08:13, the right group.'],
    ]);
    const { state } = run([...INC5_OPEN, assign('desk')]);
    expect(obs(state, 'routed')).toEqual([
      [
        false,
        false,
        'INC5 routed to Service Desk at 08:13; the right group was Applications team (or Network team).',
      ],
    ]);
    expect(state.observations.find((o) => o.kind === 'routed')?.expected).toBe('apps or network');
  });

  it('the opportunity windows still read truth.group: the same windows as without the alternatives', () => {
    for (const id of ['INC1', 'INC5']) {
      const before = FIXTURE.timeline.find((a) => a.id === id);
      if (before === undefined) throw new Error(`no ${id}`);
      expect(arrivalWindows(GRADED, arrivalOf(id))).toEqual(arrivalWindows(FIXTURE, before));
    }
    expect(deskOwns(GRADED, arrivalOf('INC5'))).toBe(false);
    expect(arrivalWindows(GRADED, arrivalOf('INC5'))).toContain('routed');
  });
});

describe('persona bots with graded fixes and acceptable alternatives', () => {
  const decider = (level: PersonaLevel, noise: number, seed = 1): Decider => ({
    level,
    scenario: GRADED,
    rng: createPrng(seed),
    noise,
  });

  it('pick the right fix at their level and a wrong one on a slip', () => {
    expect(chooseFix(decider(2, 0), arrivalOf('INC1'))).toBe('unlock');
    const slipped = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => chooseFix(decider(2, 1, seed), arrivalOf('INC1'))),
    );
    expect([...slipped].sort()).toEqual(['reinstall', 'reset', 'wipe']);
  });

  it('never slip onto a category or group the truth also accepts', () => {
    const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
    const categories = new Set(seeds.map((seed) => chooseCategory(decider(1, 1, seed), arrivalOf('INC1'))));
    expect(categories.has('access') || categories.has('general')).toBe(false);
    const groups = new Set(seeds.map((seed) => chooseGroup(decider(2, 1, seed), arrivalOf('INC5'))));
    expect([...groups].sort()).toEqual(['desk']);
  });
});
