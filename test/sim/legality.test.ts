import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionRefusal,
  availableActions,
  type Command,
  createShift,
  type EngineEvent,
  type ShiftState,
  step,
  TICKET_COMMAND_TYPES,
  type TicketCommandType,
  type TicketStatus,
} from '../../src/sim/index.ts';
import { APPLIES_IN, statusList, statusRefusal } from '../../src/sim/legality.ts';
import { intents, toInput } from './driver.ts';
import { FIXTURE } from './fixture.ts';
import { advance, answer, INC2_OPEN, obs, play, ticket } from './helpers.ts';

/** A command of `type` on ticket `id` with a plausible choice (the choice may still be wrong). */
function sample(type: TicketCommandType, id: string): Command {
  switch (type) {
    case 'contact/answer':
    case 'ticket/resume':
    case 'ticket/close':
      return { type, ticketId: id };
    case 'ticket/log':
      return { type, ticketId: id, kind: 'incident', category: 'network', service: 'vpn' };
    case 'ticket/ask':
      return { type, ticketId: id, questionId: 'q-user' };
    case 'ticket/prioritise':
      return { type, ticketId: id, impact: 1, urgency: 2 };
    case 'ticket/apply-article':
      return { type, ticketId: id, articleId: 'KB2' };
    case 'ticket/run-diagnostic':
      return { type, ticketId: id, diagnosticId: 'ping-gw' };
    case 'ticket/diagnose':
      return { type, ticketId: id, causeId: 'cert' };
    case 'ticket/resolve':
      return { type, ticketId: id, fixId: 'reset' };
    case 'ticket/assign':
      return { type, ticketId: id, groupId: 'network' };
    case 'ticket/escalate':
      return { type, ticketId: id, mode: 'functional', to: 'network' };
    case 'ticket/hold':
      return { type, ticketId: id, reason: 'awaiting-vendor' };
    case 'ticket/link':
      return { type, ticketId: id, parentId: id === 'INC2' ? 'INC1' : 'INC2' };
    case 'problem/raise':
      return { type, ticketIds: [id], title: 'P' };
    case 'ticket/note':
      return { type, ticketId: id, text: 'n' };
  }
}

const rejection = (events: readonly EngineEvent[]): string | null => {
  const e = events.find((x) => x.type === 'command/rejected');
  return e !== undefined && 'reason' in e ? e.reason : null;
};

const STATUSES: readonly TicketStatus[] = [
  'waiting',
  'abandoned',
  'new',
  'in-progress',
  'on-hold',
  'resolved',
  'closed',
  'cancelled',
];

/** INC2 opened, logged and put on hold awaiting the vendor at 08:06. */
const HELD = play([...INC2_OPEN, { type: 'ticket/hold', ticketId: 'INC2', reason: 'awaiting-vendor' }]).state;

describe('on hold: resume before working the ticket', () => {
  it('refuses log, ask, knowledge, diagnostics, diagnosis, resolve, assign and hold with the exact reason', () => {
    const refused: [TicketCommandType, string][] = [
      ['ticket/log', 'INC2 is on hold; resume it first'],
      ['ticket/ask', 'INC2 is on hold; resume it first'],
      ['ticket/apply-article', 'INC2 is on hold; resume it first'],
      ['ticket/run-diagnostic', 'INC2 is on hold; resume it first'],
      ['ticket/diagnose', 'INC2 is on hold; resume it first'],
      ['ticket/resolve', 'INC2 is on hold; resume it first'],
      ['ticket/assign', 'INC2 is on hold; resume it first'],
      ['ticket/hold', 'INC2 is already on hold'],
    ];
    for (const [type, reason] of refused) {
      const r = step(FIXTURE, HELD, sample(type, 'INC2'));
      expect(r.events).toEqual([{ type: 'command/rejected', command: type, reason }]);
      expect({ ...r.state, commandCount: HELD.commandCount }).toEqual(HELD);
      expect(actionRefusal(FIXTURE, HELD, 'INC2', type)).toBe(reason);
    }
  });
  it('a resolve refused on hold is not a lifecycle mistake: nothing is observed', () => {
    const { state } = play([
      ...INC2_OPEN,
      { type: 'ticket/hold', ticketId: 'INC2', reason: 'x' },
      sample('ticket/resolve', 'INC2'),
    ]);
    expect(obs(state, 'lifecycle')).toEqual([]);
    expect(ticket(state, 'INC2').status).toBe('on-hold');
  });
  it('allows priority, escalation, link, problem and note while on hold', () => {
    for (const type of [
      'ticket/prioritise',
      'ticket/escalate',
      'ticket/link',
      'problem/raise',
      'ticket/note',
    ] as const) {
      const r = step(FIXTURE, HELD, sample(type, 'INC2'));
      expect(rejection(r.events)).toBe(null);
      expect(r.state.tickets.INC2?.status).toBe('on-hold');
    }
  });
  it('works again once resumed', () => {
    const { state, last } = play([
      ...INC2_OPEN,
      { type: 'ticket/hold', ticketId: 'INC2', reason: 'awaiting-vendor' },
      advance(20),
      { type: 'ticket/resume', ticketId: 'INC2' },
      sample('ticket/diagnose', 'INC2'),
    ]);
    expect(rejection(last)).toBe(null);
    expect(ticket(state, 'INC2')).toMatchObject({
      status: 'in-progress',
      diagnosis: 'cert',
      pausedMinutes: 14,
    });
  });
});

describe('availableActions', () => {
  it('lists what each status allows, in the table order', () => {
    const waiting = play([advance(5)]).state;
    expect(availableActions(FIXTURE, waiting, 'INC2')).toEqual(['contact/answer']);
    const open = play([advance(5), answer('INC2')]).state;
    expect(availableActions(FIXTURE, open, 'INC2')).toEqual([
      'ticket/log',
      'ticket/ask',
      'ticket/prioritise',
      'ticket/apply-article',
      'ticket/run-diagnostic',
      'ticket/diagnose',
      'ticket/resolve',
      'ticket/assign',
      'ticket/escalate',
      'ticket/hold',
      'ticket/link',
      'problem/raise',
      'ticket/note',
    ]);
    expect(availableActions(FIXTURE, HELD, 'INC2')).toEqual([
      'ticket/prioritise',
      'ticket/escalate',
      'ticket/resume',
      'ticket/link',
      'problem/raise',
      'ticket/note',
    ]);
    const resolved = play([...INC2_OPEN, sample('ticket/resolve', 'INC2')]).state;
    expect(ticket(resolved, 'INC2').status).toBe('resolved');
    expect(availableActions(FIXTURE, resolved, 'INC2')).toEqual([
      'problem/raise',
      'ticket/close',
      'ticket/note',
    ]);
    const abandoned = play([advance(20)]).state;
    expect(ticket(abandoned, 'INC3').status).toBe('abandoned');
    expect(availableActions(FIXTURE, abandoned, 'INC3')).toEqual(['ticket/note']);
  });
  it('offers nothing for an unknown ticket or once the shift has ended', () => {
    const open = play([advance(5), answer('INC2')]).state;
    expect(availableActions(FIXTURE, open, 'NOPE')).toEqual([]);
    expect(actionRefusal(FIXTURE, open, 'NOPE', 'ticket/note')).toBe('there is no ticket NOPE');
    const ended = play([advance(5), answer('INC2'), { type: 'shift/end' }]).state;
    expect(availableActions(FIXTURE, ended, 'INC2')).toEqual([]);
    expect(actionRefusal(FIXTURE, ended, 'INC2', 'ticket/note')).toBe('the shift has ended');
  });
  it('words the table for messages', () => {
    expect(statusList('ticket/resolve')).toBe('new or in-progress');
    expect(statusList('ticket/close')).toBe('resolved');
    expect(statusList('problem/raise')).toBe('new, in-progress, on-hold, resolved or closed');
    expect(statusRefusal('ticket/close', 'INC1', 'on-hold')).toBe(
      'INC1 is on-hold; resolve it before closing it',
    );
    expect(statusRefusal('contact/answer', 'INC1', 'new')).toBe('INC1 has already been answered');
    expect(statusRefusal('ticket/resume', 'INC1', 'waiting')).toBe(
      'INC1 is waiting to be answered; answer it first',
    );
  });
});

describe('the engine is the judge', () => {
  /** Every reason a command of `type` on `id` can be refused for a status, or no ticket. */
  const statusReasons = (type: TicketCommandType, id: string): Set<string | null> =>
    new Set([
      ...STATUSES.flatMap((s) => statusRefusal(type, id, s) ?? []),
      `there is no ticket ${id}`,
      'the shift has ended',
    ]);

  /** Checks every ticket and command type against the engine in `state`. */
  function agree(state: ShiftState): void {
    for (const id of [...state.order, 'NOPE']) {
      const offered = availableActions(FIXTURE, state, id);
      for (const type of TICKET_COMMAND_TYPES) {
        const refusal = actionRefusal(FIXTURE, state, id, type);
        expect(offered.includes(type)).toBe(refusal === null);
        const reason = rejection(step(FIXTURE, state, sample(type, id)).events);
        if (refusal !== null) expect([type, id, reason]).toEqual([type, id, refusal]);
        else expect([type, id, statusReasons(type, id).has(reason)]).toEqual([type, id, false]);
      }
    }
  }

  it('availableActions offers a command iff the engine does not refuse it for its status', () => {
    fc.assert(
      fc.property(intents, fc.integer(), (list, seed) => {
        let state = createShift(FIXTURE, seed);
        list.forEach((intent, i) => {
          state = step(FIXTURE, state, toInput(state, intent)).state;
          if (i % 8 === 7) agree(state);
        });
        agree(state);
      }),
      { numRuns: 60 },
    );
  });
  it('the table names a status list for every ticket command', () => {
    expect(Object.keys(APPLIES_IN)).toEqual([...TICKET_COMMAND_TYPES]);
    expect(TICKET_COMMAND_TYPES.length).toBe(16);
  });
});
