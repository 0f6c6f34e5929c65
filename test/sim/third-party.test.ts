/**
 * A delayed answer from a third party: asking sends the request, the answer comes back
 * `delayMinutes` later (a timer), and a fix that `requires` it is wrong until then.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/schema.ts';
import { type ClockAdvance, type Command, type Input, replay } from '../../src/sim/index.ts';
import { advance, play, playLogged, ticket } from './helpers.ts';
import { APPROVAL } from './third-party.fixture.ts';

const ask = (questionId: string): Command => ({ type: 'ticket/ask', ticketId: 'REQ1', questionId });
const resolve = (fixId = 'f-grant'): Command => ({ type: 'ticket/resolve', ticketId: 'REQ1', fixId });
const OPEN: Input[] = [
  advance(11),
  { type: 'contact/answer', ticketId: 'REQ1' },
  { type: 'ticket/log', ticketId: 'REQ1', kind: 'service-request', category: 'access', caller: 'bob' },
];
/** The trainer's path: ask the data owner, hold for her approval, resume once it is back, resolve. */
const RIGHT: (Command | ClockAdvance)[] = [
  advance(11),
  { type: 'contact/answer', ticketId: 'REQ1' },
  { type: 'ticket/log', ticketId: 'REQ1', kind: 'service-request', category: 'access', caller: 'bob' },
  ask('q-approve'),
  { type: 'ticket/hold', ticketId: 'REQ1', reason: 'awaiting-approval' },
  advance(22),
  { type: 'ticket/resume', ticketId: 'REQ1' },
  resolve(),
  { type: 'ticket/close', ticketId: 'REQ1' },
];
const playIt = (inputs: readonly Input[], scenario: Scenario = APPROVAL) => play(inputs, undefined, scenario);
/** Observations after answering and logging, as [minute, kind, ok, note]. */
const work = (inputs: readonly Input[], scenario: Scenario = APPROVAL) =>
  playIt(inputs, scenario)
    .state.observations.filter((o) => !['acknowledged', 'classified', 'logged'].includes(o.kind))
    .map((o) => [o.atMinute, o.kind, o.ok, o.note]);

describe('a question to a third party', () => {
  it('right path: asked, held for the reason that applies, answered at asked + delay, resumed, resolved', () => {
    const { state, steps } = playIt(RIGHT);
    expect(steps.slice(3)).toEqual([
      [
        {
          type: 'party/asked',
          ticketId: 'REQ1',
          questionId: 'q-approve',
          from: 'ana',
          via: 'email',
          dueAt: 22,
        },
      ],
      [],
      [
        {
          type: 'party/answered',
          ticketId: 'REQ1',
          questionId: 'q-approve',
          from: 'ana',
          via: 'email',
          answer: 'Approved: edit access for Bob, Ana.',
        },
      ],
      [],
      [],
      [],
    ]);
    expect(work(RIGHT)).toEqual([
      [
        12,
        'questioned',
        true,
        'Asked Ana Sousa (data owner) by email on REQ1 at 08:12 (answer due 08:22) a question that helps: "Do you approve edit access for Bob Roe?"',
      ],
      [
        13,
        'held',
        true,
        'REQ1 put on hold at 08:13 for "Awaiting approval", which pauses the resolution clock.',
      ],
      [
        22,
        'resolved',
        true,
        'REQ1 resolved at 08:22 with the right fix: "Add Bob to the Finance folder editors".',
      ],
      [22, 'first-contact', true, 'REQ1 was resolved by the desk at the first contact.'],
      [24, 'lifecycle', true, 'REQ1 closed at 08:24 after it was resolved.'],
    ]);
    const t = ticket(state, 'REQ1');
    expect(t.asked).toEqual(['q-approve']);
    expect(t.requests).toEqual([
      { questionId: 'q-approve', from: 'ana', askedAt: 12, dueAt: 22, answeredAt: 22 },
    ]);
    // The valid hold (08:13 to 08:22) moved the resolution target 9 minutes later.
    expect([t.pausedMinutes, t.resolution.dueAt, t.status]).toEqual([9, 10 + 480 + 9, 'closed']);
  });

  it('the answer comes back at its minute while the ticket is on hold, and is recorded then', () => {
    const { state, last } = playIt([...RIGHT.slice(0, 5), advance(21)]);
    expect(last).toEqual([]);
    expect(ticket(state, 'REQ1').requests[0]?.answeredAt).toBeNull();
    const later = play([advance(22)], state, APPROVAL);
    expect(later.last.map((e) => e.type)).toEqual(['party/answered']);
    expect(ticket(later.state, 'REQ1').requests[0]?.answeredAt).toBe(22);
    expect(ticket(later.state, 'REQ1').status).toBe('on-hold');
  });

  it('wrong path: resolving before the answer is back is a resolution not ok that says what was missing', () => {
    const wrong = [...OPEN, ask('q-approve'), advance(20), resolve(), advance(30)];
    const { state, steps } = playIt(wrong);
    expect(work(wrong)).toEqual([
      [
        12,
        'questioned',
        true,
        'Asked Ana Sousa (data owner) by email on REQ1 at 08:12 (answer due 08:22) a question that helps: "Do you approve edit access for Bob Roe?"',
      ],
      [
        20,
        'resolved',
        false,
        'REQ1 resolved at 08:20 with "Add Bob to the Finance folder editors" before the answer from Ana Sousa (data owner) came back (asked at 08:12, due 08:22).',
      ],
    ]);
    const resolved = state.observations.find((o) => o.kind === 'resolved');
    expect([resolved?.expected, resolved?.actual]).toEqual(['f-grant once q-approve answered', 'f-grant']);
    // The fix itself works: the ticket stays resolved (no reopen); the answer still comes back.
    const t = ticket(state, 'REQ1');
    expect([t.status, t.reopenDueAt, t.resolvedAt, t.requests[0]?.answeredAt]).toEqual([
      'resolved',
      null,
      20,
      22,
    ]);
    // It falls due during the resolution's own minutes (08:20-08:22).
    expect(steps.at(-2)?.map((e) => e.type)).toEqual(['party/answered']);
  });

  it('resolving without asking at all names the question and how long its answer takes', () => {
    expect(work([...OPEN, resolve()])).toEqual([
      [
        12,
        'resolved',
        false,
        'REQ1 resolved at 08:12 with "Add Bob to the Finance folder editors" without asking Ana Sousa (data owner) "Do you approve edit access for Bob Roe?" (the answer takes 10 minutes by email).',
      ],
      [12, 'questioned', false, 'No question that helps was asked before the ticket left the desk.'],
    ]);
  });

  it('a fix that requires a caller question is right once it was asked', () => {
    const [arrival] = APPROVAL.timeline;
    if (arrival === undefined) throw new Error('no arrival');
    const caller: Scenario = {
      ...APPROVAL,
      timeline: [
        {
          ...arrival,
          fixes: [{ id: 'f-grant', text: 'Add Bob to the Finance folder editors', requires: ['q-which'] }],
        },
      ],
    };
    expect(work([...OPEN, resolve()], caller)).toEqual([
      [
        12,
        'resolved',
        false,
        'REQ1 resolved at 08:12 with "Add Bob to the Finance folder editors" without asking "Which folder exactly?" first.',
      ],
      [12, 'questioned', false, 'No question that helps was asked before the ticket left the desk.'],
    ]);
    expect(work([...OPEN, ask('q-which'), resolve()], caller).map((o) => [o[1], o[2]])).toEqual([
      ['questioned', true],
      ['resolved', true],
      ['first-contact', true],
    ]);
  });

  it('a wrong fix stays a wrong fix, answers or not; a hold for a reason that does not apply leaves the clock running', () => {
    const wrongFix = [...OPEN, resolve('f-owner')];
    expect(work(wrongFix)).toEqual([
      [
        12,
        'resolved',
        false,
        'REQ1 resolved at 08:12 with "Make Bob an owner of the folder", which does not fix it; the right fix was "Add Bob to the Finance folder editors".',
      ],
      [12, 'questioned', false, 'No question that helps was asked before the ticket left the desk.'],
    ]);
    const held = playIt([
      ...OPEN,
      ask('q-approve'),
      { type: 'ticket/hold', ticketId: 'REQ1', reason: 'awaiting-vendor' },
      advance(22),
      { type: 'ticket/resume', ticketId: 'REQ1' },
    ]);
    const t = ticket(held.state, 'REQ1');
    expect([t.pausedMinutes, t.resolution.dueAt]).toEqual([0, 490]);
    expect(held.state.observations.filter((o) => o.kind === 'held').map((o) => o.note)).toEqual([
      'REQ1 put on hold at 08:13 for "Awaiting vendor", which does not apply to it; the resolution clock kept running.',
    ]);
  });

  it('is asked once; on hold it must be resumed first', () => {
    expect(playIt([...OPEN, ask('q-approve'), ask('q-approve')]).last).toEqual([
      {
        type: 'command/rejected',
        command: 'ticket/ask',
        reason: '"Do you approve edit access for Bob Roe?" was already asked on REQ1',
      },
    ]);
    expect(playIt([...RIGHT.slice(0, 5), ask('q-which')]).last).toEqual([
      { type: 'command/rejected', command: 'ticket/ask', reason: 'REQ1 is on hold; resume it first' },
    ]);
  });

  it('an answer due after the shift ends never comes back', () => {
    const late = playIt([
      advance(115),
      { type: 'contact/answer', ticketId: 'REQ1' },
      ask('q-approve'),
      advance(120),
    ]);
    expect(late.state.ended).toBe(true);
    expect(ticket(late.state, 'REQ1').requests).toEqual([
      { questionId: 'q-approve', from: 'ana', askedAt: 115, dueAt: 125, answeredAt: null },
    ]);
    expect(late.steps.flat().some((e) => e.type === 'party/answered')).toBe(false);
  });

  it('replays exactly: the answer falls due between logged commands at the same minute as live', () => {
    const HASH = 'sha256-approval';
    for (const inputs of [RIGHT, [...OPEN, ask('q-approve'), advance(20), resolve(), advance(60)]] as (
      | Command
      | ClockAdvance
    )[][]) {
      const live = playLogged(inputs, 3, HASH, APPROVAL);
      const r = replay(APPROVAL, HASH, JSON.parse(JSON.stringify(live.log)));
      expect(r.ok && r.state).toEqual(live.state);
    }
  });
});
