/**
 * A small hand-made scenario and observation builder for evaluator unit tests: three arrivals
 * whose windows are easy to count by hand (see coverage.test.ts for the counts).
 */
import type { Scenario } from '../../src/scenario/schema.ts';
import type { Observation } from '../../src/sim/types.ts';

export function fixtureScenario(): Scenario {
  return {
    formatVersion: 1,
    meta: {
      id: 'fixture',
      title: 'Fixture',
      version: '1.0',
      summary: 'A tiny shift for tests.',
      targetLevels: [1, 2],
      shiftStart: '08:00',
      lengthMinutes: 120,
      briefing: 'Work the queue.',
    },
    organisation: {
      name: 'Acme',
      services: [{ id: 'mail', name: 'Mail' }],
      configurationItems: [{ id: 'vpn-gw', name: 'VPN gateway', type: 'network' }],
      users: [
        { id: 'u1', name: 'Ann Lee', department: 'Sales', patienceMinutes: 5 },
        { id: 'u2', name: 'Bo Chen', department: 'Finance', patienceMinutes: 5 },
      ],
      groups: [
        { id: 'desk', name: 'Service desk', tier: 'service-desk', members: ['You'], turnaroundMinutes: 10 },
        { id: 'network', name: 'Network', tier: 'second-line', members: ['Raj'], turnaroundMinutes: 30 },
      ],
      experts: [{ id: 'raj', name: 'Raj Patel', expertise: ['VPN'], availability: 'all day' }],
      categories: [
        { id: 'access', name: 'Access' },
        { id: 'network', name: 'Network' },
      ],
    },
    sla: {
      matrix: [1, 2, 3].flatMap((impact) =>
        [1, 2, 3].map((urgency) => ({
          impact: impact as 1 | 2 | 3,
          urgency: urgency as 1 | 2 | 3,
          priority: Math.min(4, impact + urgency - 1) as 1 | 2 | 3 | 4,
        })),
      ),
      targets: [
        { priority: 1, responseMinutes: 5, resolutionMinutes: 60 },
        { priority: 2, responseMinutes: 10, resolutionMinutes: 120 },
        { priority: 3, responseMinutes: 30, resolutionMinutes: 480 },
        { priority: 4, responseMinutes: 60, resolutionMinutes: 960 },
      ],
      warningPercents: [50, 75],
      holdReasons: [{ id: 'awaiting-caller', label: 'Awaiting caller' }],
    },
    knowledge: [{ id: 'KB1', title: 'Reset a password', body: 'Steps.', keywords: ['password'] }],
    timeline: [
      {
        id: 'T1',
        at: 0,
        channel: 'phone',
        caller: 'u1',
        subject: 'Locked out',
        message: 'I cannot log in.',
        truth: {
          kind: 'service-request',
          category: 'access',
          impact: 3,
          urgency: 2,
          group: 'desk',
          article: 'KB1',
          cause: 'c1',
          fix: 'f1',
          rootCause: 'Too many attempts.',
        },
        questions: [{ id: 'q1', text: 'Which account?', answer: 'Mail.', relevant: true }],
        diagnostics: [{ id: 'd1', name: 'Check lockout', result: 'Locked.', relevant: true }],
        causes: [{ id: 'c1', text: 'Lockout' }],
        fixes: [{ id: 'f1', text: 'Unlock' }],
      },
      {
        id: 'T2',
        at: 10,
        channel: 'email',
        subject: 'VPN down',
        message: 'VPN is down.',
        truth: {
          kind: 'incident',
          category: 'network',
          impact: 1,
          urgency: 1,
          group: 'network',
          rootCause: 'Gateway crashed.',
          escalation: { mode: 'functional', to: ['network', 'raj'], beforeMinute: 40 },
        },
        evidence: ['L4.who-to-call'],
      },
      {
        id: 'T3',
        at: 20,
        channel: 'chat',
        caller: 'u2',
        subject: 'No VPN',
        message: 'VPN again.',
        truth: {
          kind: 'incident',
          category: 'network',
          impact: 2,
          urgency: 2,
          group: 'network',
          rootCause: 'Gateway crashed.',
          parent: 'T2',
        },
      },
    ],
    rules: [
      {
        id: 'r1',
        description: 'Escalating the outage to the right expert shows who to call.',
        observation: 'escalated',
        ticket: 'T2',
        outcome: 'met',
        indicator: 'L4.who-to-call',
        weight: 2,
      },
    ],
  };
}

let seq = 0;

/** An observation with defaults; `seq` increases across calls unless given. */
export function obs(partial: Partial<Observation> & Pick<Observation, 'kind'>): Observation {
  seq += 1;
  const ticketId = partial.ticketId === undefined ? 'T1' : partial.ticketId;
  return {
    seq,
    atMinute: 0,
    subject: ticketId === null ? { kind: 'activity', id: partial.kind } : { kind: 'ticket', id: ticketId },
    ticketId,
    ok: true,
    missed: false,
    expected: null,
    actual: null,
    note: `${partial.kind} note`,
    logIndex: seq,
    cause: null,
    busyShare: null,
    ...partial,
  };
}
