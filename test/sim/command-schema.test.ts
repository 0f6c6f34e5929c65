import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES, checkInput } from '../../src/sim/command-schema.ts';
import { advance, play } from './helpers.ts';

describe('checkInput', () => {
  it('accepts well-formed inputs, with or without the minute they were given at', () => {
    expect(checkInput({ type: 'ticket/close', ticketId: 'INC1' })).toEqual({
      ok: true,
      input: { type: 'ticket/close', ticketId: 'INC1' },
    });
    expect(checkInput({ type: 'kb/search', query: 'vpn', at: 12 })).toEqual({
      ok: true,
      input: { type: 'kb/search', query: 'vpn', at: 12 },
    });
  });
  it('knows every command type once', () => {
    expect(COMMAND_TYPES).toEqual([
      'contact/answer',
      'ticket/log',
      'ticket/ask',
      'ticket/prioritise',
      'kb/search',
      'ticket/apply-article',
      'ticket/run-diagnostic',
      'ticket/diagnose',
      'ticket/resolve',
      'ticket/assign',
      'ticket/escalate',
      'ticket/hold',
      'ticket/resume',
      'ticket/link',
      'problem/raise',
      'ticket/close',
      'ticket/note',
      'sla/report-deviation',
      'shift/end',
    ]);
  });
  it.each([
    [null, 'unknown', 'the input is not an object with a "type"'],
    [[], 'unknown', 'the input is not an object with a "type"'],
    [{ type: 'ticket/explode' }, 'unknown', 'unknown input type "ticket/explode"'],
    [{}, 'unknown', 'unknown input type missing'],
    [
      { type: 'clock/advance', toMinute: 1.5 },
      'clock/advance',
      'malformed clock/advance: "toMinute" must be a whole minute',
    ],
    [
      { type: 'clock/advance', toMinute: 'x' },
      'clock/advance',
      'malformed clock/advance: "toMinute" must be a whole minute',
    ],
    [
      { type: 'contact/answer' },
      'contact/answer',
      'malformed contact/answer: "ticketId" must be a non-empty text of at most 2000 characters',
    ],
    [
      { type: 'ticket/prioritise', ticketId: 'INC1', impact: 0, urgency: 1 },
      'ticket/prioritise',
      'malformed ticket/prioritise: "impact" must be 1, 2 or 3',
    ],
    [
      { type: 'ticket/log', ticketId: 'INC1', kind: 'rumour', category: 'x' },
      'ticket/log',
      'malformed ticket/log: "kind" must be one of incident, service-request, problem, change, question',
    ],
    [
      { type: 'ticket/escalate', ticketId: 'INC1', mode: 'sideways', to: 'x' },
      'ticket/escalate',
      'malformed ticket/escalate: "mode" must be "functional" or "hierarchical"',
    ],
    [
      { type: 'problem/raise', ticketIds: [], title: 'x' },
      'problem/raise',
      'malformed problem/raise: "ticketIds" must be a non-empty list of at most 500 ticket ids',
    ],
    [
      { type: 'ticket/close', ticketId: 'INC1', extra: 1 },
      'ticket/close',
      'malformed ticket/close: unknown field "extra"',
    ],
    [
      { type: 'ticket/close', ticketId: 'INC1', at: -1 },
      'ticket/close',
      'malformed ticket/close: "at" must be a whole minute',
    ],
    [
      { type: 'clock/advance', toMinute: 3, at: 2 },
      'clock/advance',
      'malformed clock/advance: "toMinute" must be a whole minute',
    ],
    [
      { type: 'ticket/note', ticketId: 'INC1', text: 'x'.repeat(2001) },
      'ticket/note',
      'malformed ticket/note: "text" must be a non-empty text of at most 2000 characters',
    ],
  ])('rejects %j', (value, type, reason) => {
    expect(checkInput(value)).toEqual({ ok: false, type, reason });
  });
  it('a rejected command leaves the state unchanged apart from the command count', () => {
    const before = play([]).state;
    const after = play([{ type: 'ticket/explode' } as never], before).state;
    expect({ ...after, commandCount: 0 }).toEqual(before);
    expect(after.commandCount).toBe(1);
  });
  it('a command stamped earlier than the clock is refused and does not move time', () => {
    const played = play([advance(5), { type: 'contact/answer', ticketId: 'INC1', at: 3 }]);
    expect(played.last).toEqual([
      {
        type: 'command/rejected',
        command: 'contact/answer',
        reason: 'time cannot go backwards (it is minute 5, not 3)',
      },
    ]);
    expect(played.state.now).toBe(5);
    expect(played.state.commandCount).toBe(1);
  });
});
