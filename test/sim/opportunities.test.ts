/**
 * The one opportunity model: the declarations say which windows each arrival opens, and the engine
 * gives every verdict from them: the desk's work is judged only at the desk, a window that closed
 * missed gives no second verdict, a duplicate needs linking (not routing), and the missed windows
 * the evaluator used to derive (desk work, the deviation report) are engine observations.
 */
import { describe, expect, it } from 'vitest';
import { arrivalWindows, type Input, shiftWindows } from '../../src/sim/index.ts';
import { FIXTURE } from './fixture.ts';
import { advance, answer, INC1_OPEN, INC2_OPEN, neglect, obs, play, queue, ticket } from './helpers.ts';

const assign = (ticketId: string, groupId: string): Input => ({ type: 'ticket/assign', ticketId, groupId });
const ask = (ticketId: string, questionId: string): Input => ({ type: 'ticket/ask', ticketId, questionId });

describe('window declarations', () => {
  it('open from the hidden truth: a duplicate opens no routing and no desk work', () => {
    expect(FIXTURE.timeline.map((a) => [a.id, arrivalWindows(FIXTURE, a).join(' ')])).toEqual([
      [
        'INC1',
        'acknowledged logged classified lifecycle prioritised questioned kb-applied resolved first-contact',
      ],
      [
        'INC2',
        'acknowledged logged classified lifecycle prioritised routed escalated problem-raised diagnostic-run diagnosed',
      ],
      ['INC3', 'acknowledged logged classified lifecycle prioritised linked'],
      ['INC4', 'acknowledged logged classified lifecycle prioritised kb-applied resolved first-contact'],
      ['INC5', 'acknowledged logged classified lifecycle prioritised routed'],
      ['INC6', 'acknowledged logged classified lifecycle prioritised routed'],
      ['INC7', 'acknowledged logged classified lifecycle prioritised resolved first-contact'],
    ]);
    expect(shiftWindows(FIXTURE)).toEqual(['deviation-reported']);
  });

  it('counts the lifecycle only where the owner can hand the ticket back inside the shift', () => {
    const late = structuredClone(FIXTURE);
    const inc5 = late.timeline.find((a) => a.id === 'INC5');
    if (inc5 === undefined) throw new Error('no INC5');
    // Applications take 60 minutes and up to 12 more: from minute 50 that is past the end (120).
    inc5.at = 50;
    expect(arrivalWindows(late, inc5)).not.toContain('lifecycle');
    inc5.at = 47;
    expect(arrivalWindows(late, inc5)).toContain('lifecycle');
  });
});

describe('the desk work windows close when the ticket leaves the desk', () => {
  it('a question asked after the ticket was routed away is not credited', () => {
    const { state } = play([...INC1_OPEN, assign('INC1', 'network'), ask('INC1', 'q-user')]);
    expect(ticket(state, 'INC1').asked).toEqual(['q-user']);
    expect(obs(state, 'questioned')).toEqual([
      [false, true, 'No question that helps was asked before the ticket left the desk.'],
    ]);
    expect(ticket(state, 'INC1').missedWindows).toEqual(['questioned', 'kb-applied']);
  });

  it('a question asked at the desk keeps its verdict and closes nothing missed', () => {
    const { state } = play([...INC1_OPEN, ask('INC1', 'q-user'), assign('INC1', 'network')]);
    expect(obs(state, 'questioned')).toEqual([
      [true, false, 'Asked a question on INC1 at 08:04 that helps: "What is your user name?"'],
    ]);
    expect(ticket(state, 'INC1').missedWindows).toEqual(['kb-applied']);
  });

  it('a diagnostic run after a functional escalation to the group is not credited', () => {
    const { state } = play([
      ...INC2_OPEN,
      { type: 'ticket/escalate', ticketId: 'INC2', mode: 'functional', to: 'network' },
      { type: 'ticket/run-diagnostic', ticketId: 'INC2', diagnosticId: 'ping-gw' },
      { type: 'ticket/diagnose', ticketId: 'INC2', causeId: 'cert' },
    ]);
    expect(
      state.observations.filter((o) => o.ticketId === 'INC2').map((o) => [o.kind, o.ok, o.missed]),
    ).toEqual([
      ['acknowledged', true, false],
      ['classified', true, false],
      ['logged', true, false],
      ['escalated', true, false],
      ['routed', true, false],
      ['diagnostic-run', false, true],
      ['diagnosed', false, true],
    ]);
  });

  it('a wrong fix takes the ticket out of the desk hands: its article window closes then', () => {
    const { state } = play([
      advance(10),
      answer('INC4'),
      { type: 'ticket/resolve', ticketId: 'INC4', fixId: 'restart' },
    ]);
    expect(
      state.observations.filter((o) => o.missed).map((o) => [o.kind, o.atMinute, o.logIndex, o.note]),
    ).toEqual([['kb-applied', 10, 1, 'The knowledge article that applies (KB3) was not used.']]);
  });
});

describe('duplicates need linking', () => {
  const INC3_OPEN: Input[] = [advance(8), answer('INC3')];

  it('routing a duplicate to its parent group is not rewarded', () => {
    const { state } = play([...INC3_OPEN, assign('INC3', 'network')]);
    expect(obs(state, 'routed')).toEqual([
      [
        false,
        false,
        'INC3 routed to Network team at 08:08; it is a duplicate of INC2 and needed linking to it, not routing.',
      ],
    ]);
    expect(state.observations.find((o) => o.kind === 'routed')?.expected).toBe('linked to INC2');
  });

  it('a duplicate linked to its parent owes nothing else at the end of the shift', () => {
    const { state } = play([
      ...INC3_OPEN,
      { type: 'ticket/link', ticketId: 'INC3', parentId: 'INC2' },
      { type: 'ticket/log', ticketId: 'INC3', kind: 'incident', category: 'network', caller: 'bob' },
      { type: 'ticket/prioritise', ticketId: 'INC3', impact: 2, urgency: 1 },
      { type: 'shift/end' },
    ]);
    expect(state.observations.filter((o) => o.ticketId === 'INC3' && o.missed)).toEqual([]);
  });
});

describe('subjects and shift-wide windows', () => {
  it('names the problem and its first ticket in arrival order, whatever order they were listed in', () => {
    const { state } = play([
      advance(8),
      answer('INC2'),
      answer('INC3'),
      { type: 'problem/raise', ticketIds: ['INC3', 'INC2'], title: 'VPN' },
    ]);
    const raised = state.observations.find((o) => o.kind === 'problem-raised');
    expect([raised?.subject, raised?.ticketId, raised?.ok]).toEqual([
      { kind: 'problem', id: 'PRB0001' },
      'INC2',
      true,
    ]);
    expect(state.observations.find((o) => o.kind === 'acknowledged')?.subject).toEqual({
      kind: 'ticket',
      id: 'INC2',
    });
  });

  it('misses the deviation report at the end of the shift when a ticket breached and none was sent', () => {
    const { state } = play([advance(30), { type: 'shift/end' }]);
    const missed = state.observations.filter((o) => o.kind === 'deviation-reported');
    expect(
      missed.map((o) => [o.subject, o.ticketId, o.ok, o.missed, o.atMinute, o.logIndex, o.note]),
    ).toEqual([
      [
        { kind: 'activity', id: 'sla-deviation-report' },
        null,
        false,
        true,
        30,
        0,
        'Tickets breached their SLA and no deviation report was sent.',
      ],
    ]);
  });
});

describe('situations let pass are evidence against, answered or not', () => {
  const missed = (state: ReturnType<typeof play>['state'], id: string) =>
    state.observations
      .filter((o) => o.missed && o.ticketId === id)
      .map((o) => [o.kind, o.atMinute, o.logIndex, o.expected, o.note]);

  it('a contact nobody answered owes its logging, classification, priority and routing at the shift end', () => {
    const { state } = play([advance(12), { type: 'shift/end' }]);
    expect(ticket(state, 'INC5').status).toBe('waiting');
    expect(missed(state, 'INC5')).toEqual([
      [
        'acknowledged',
        12,
        0,
        'answered by 08:42',
        `INC5 was never answered during the shift; it was due to be answered by 08:42. It had not waited at all, so this counts less.`,
      ],
      [
        'logged',
        12,
        0,
        'caller eve, service erp',
        `INC5 was never answered, so it was never logged during the shift. It had not waited at all, so this counts less.`,
      ],
      [
        'classified',
        12,
        0,
        'incident / software',
        `INC5 was never answered, so it was never logged and classified during the shift. It had not waited at all, so this counts less.`,
      ],
      [
        'prioritised',
        12,
        0,
        'P3',
        `INC5 was never answered, so it was never prioritised; the right priority was P3. It had not waited at all, so this counts less.`,
      ],
      [
        'routed',
        12,
        0,
        'apps',
        `INC5 was never answered, so it was never routed to Applications team, the group that owns it. It had not waited at all, so this counts less.`,
      ],
    ]);
  });

  it('a duplicate nobody answered owes its link', () => {
    const { state } = play([advance(9), { type: 'shift/end' }]);
    expect(obs(state, 'linked')).toEqual([
      [false, true, `INC3 was never answered, so it was never linked to its parent INC2.${neglect(100)}`],
    ]);
  });

  it('a ticket the desk owns and never resolved is a missed resolution at the shift end', () => {
    const { state } = play([...INC1_OPEN, ask('INC1', 'q-user'), { type: 'shift/end' }]);
    expect(missed(state, 'INC1')).toEqual([
      [
        'prioritised',
        5,
        3,
        'P4',
        `INC1 was answered but never prioritised; the right priority was P4.${queue(100)}`,
      ],
      ['kb-applied', 5, 3, 'KB1', `The knowledge article that applies (KB1) was not used.${queue(100)}`],
      [
        'resolved',
        5,
        3,
        'reset',
        `INC1 was still not resolved when the shift ended; the right fix was "Reset the password after verifying identity".${queue(100)}`,
      ],
    ]);
  });

  it('a ticket resolved by the desk owes no resolution; a wrong fix that came back and was left does', () => {
    const right = play([
      ...INC1_OPEN,
      { type: 'ticket/resolve', ticketId: 'INC1', fixId: 'reset' },
      advance(120),
    ]);
    expect(
      right.state.observations
        .filter((o) => o.kind === 'resolved' && o.ticketId === 'INC1')
        .map((o) => [o.ok, o.missed]),
    ).toEqual([[true, false]]);
    const wrong = play([
      advance(10),
      answer('INC4'),
      { type: 'ticket/resolve', ticketId: 'INC4', fixId: 'restart' },
      advance(120),
    ]);
    expect(ticket(wrong.state, 'INC4').status).toBe('in-progress');
    expect(
      wrong.state.observations
        .filter((o) => o.kind === 'resolved' && o.ticketId === 'INC4')
        .map((o) => [o.ok, o.missed, o.atMinute]),
    ).toEqual([
      [false, false, 10],
      [false, true, 120],
    ]);
  });

  it('desk work still wanting at the shift end is missed while the ticket is at the desk, once', () => {
    const { state } = play([...INC2_OPEN, { type: 'shift/end' }]);
    expect(
      state.observations
        .filter((o) => o.missed && ['diagnostic-run', 'diagnosed'].includes(o.kind))
        .map((o) => [o.kind, o.ticketId, o.note]),
    ).toEqual([
      [
        'diagnostic-run',
        'INC2',
        `No relevant diagnostic was run on INC2 before the shift ended.${queue(100)}`,
      ],
      ['diagnosed', 'INC2', `No diagnosis was recorded on INC2 before the shift ended.${queue(100)}`],
    ]);
    // Routed away without them: missed when it left the desk, and not again at the shift end.
    const routed = play([...INC2_OPEN, assign('INC2', 'network'), { type: 'shift/end' }]);
    expect(
      routed.state.observations
        .filter((o) => o.missed && o.ticketId === 'INC2' && ['diagnostic-run', 'diagnosed'].includes(o.kind))
        .map((o) => [o.kind, o.atMinute, o.logIndex]),
    ).toEqual([
      ['diagnostic-run', 6, 2],
      ['diagnosed', 6, 2],
    ]);
  });

  it('a contact nobody answered owes the desk work its truth asks for', () => {
    const { state } = play([advance(6), { type: 'shift/end' }]);
    expect(
      state.observations
        .filter((o) => o.missed && o.ticketId === 'INC2' && ['diagnostic-run', 'diagnosed'].includes(o.kind))
        .map((o) => o.note),
    ).toEqual([
      `INC2 was never answered, so no relevant diagnostic was run before the shift ended.${neglect(100)}`,
      `INC2 was never answered, so no diagnosis was recorded before the shift ended.${neglect(100)}`,
    ]);
  });
});
