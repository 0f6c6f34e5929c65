import { describe, expect, it } from 'vitest';
import { checkInput } from '../../src/sim/validate.ts';
import { play } from './helpers.ts';

describe('checkInput', () => {
  it('accepts well-formed inputs and drops unknown extra fields', () => {
    expect(checkInput({ type: 'ticket/close', ticketId: 'INC1', extra: 1 })).toEqual({
      ok: true,
      input: { type: 'ticket/close', ticketId: 'INC1' },
    });
    expect(checkInput({ type: 'kb/search', query: 'vpn' })).toEqual({
      ok: true,
      input: { type: 'kb/search', query: 'vpn' },
    });
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
      'malformed problem/raise: "ticketIds" must be a non-empty list of ticket ids',
    ],
  ])('rejects %j', (value, type, reason) => {
    expect(checkInput(value)).toEqual({ ok: false, type, reason });
  });
  it('a rejected input leaves the state unchanged apart from the input count', () => {
    const before = play([]).state;
    const after = play([{ type: 'ticket/explode' } as never], before).state;
    expect({ ...after, inputCount: 0, trailingAdvances: [] }).toEqual(before);
    expect(after.inputCount).toBe(1);
  });
});
