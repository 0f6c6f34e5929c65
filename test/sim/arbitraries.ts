/**
 * fast-check generators of shift inputs for the fixture: mostly plausible commands (real ids,
 * real options) mixed with garbage ids, odd times and malformed objects.
 */
import fc from 'fast-check';
import type { Input } from '../../src/sim/index.ts';

const ticketId = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('INC1', 'INC2', 'INC3', 'INC4', 'INC5', 'INC6', 'INC7') },
  { weight: 1, arbitrary: fc.constantFrom('NOPE', '__proto__', 'constructor') },
);
const pick = (...values: string[]) => fc.constantFrom(...values, 'garbage');
const level = fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>;
const text = fc.string({ minLength: 1, maxLength: 12 });

/** A minute to advance to: mostly forward, sometimes backwards, fractional or not a number. */
export const minute = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 130 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e12) },
);

/** A well-typed input whose ids and options may or may not make sense. */
export const command: fc.Arbitrary<Input> = fc.oneof(
  { weight: 1, arbitrary: minute.map((toMinute): Input => ({ type: 'clock/advance', toMinute })) },
  { weight: 4, arbitrary: ticketId.map((id): Input => ({ type: 'contact/answer', ticketId: id })) },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('ticket/log' as const),
      ticketId,
      kind: fc.constantFrom(
        'incident',
        'service-request',
        'question',
        'problem',
        'change',
      ) as fc.Arbitrary<'incident'>,
      category: pick('access', 'network', 'hardware', 'software', 'general'),
      caller: fc.option(pick('ann', 'bob', 'cara', 'dan', 'eve'), { nil: undefined }),
      service: fc.option(pick('email', 'vpn', 'printing', 'erp'), { nil: undefined }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('ticket/ask' as const),
      ticketId,
      questionId: pick('q-user', 'q-weather'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('ticket/prioritise' as const),
      ticketId,
      impact: level,
      urgency: level,
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('kb/search' as const), query: text }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('ticket/apply-article' as const),
      ticketId,
      articleId: pick('KB1', 'KB2', 'KB3'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('ticket/run-diagnostic' as const),
      ticketId,
      diagnosticId: pick('ping-gw', 'check-printer'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('ticket/diagnose' as const),
      ticketId,
      causeId: pick('cert', 'user'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('ticket/resolve' as const),
      ticketId,
      fixId: pick('reset', 'reinstall', 'restart', 'clear-jam', 'explain'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('ticket/assign' as const),
      ticketId,
      groupId: pick('desk', 'network', 'apps'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('ticket/escalate' as const),
      ticketId,
      mode: fc.constantFrom('functional', 'hierarchical') as fc.Arbitrary<'functional'>,
      to: pick('network', 'apps', 'mgr', 'netguru'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('ticket/hold' as const),
      ticketId,
      reason: pick('awaiting-caller', 'awaiting-vendor'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('ticket/resume' as const), ticketId }) },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('ticket/link' as const), ticketId, parentId: ticketId }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('problem/raise' as const),
      ticketIds: fc.array(ticketId, { minLength: 1, maxLength: 3 }),
      title: text,
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('ticket/close' as const), ticketId }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('ticket/note' as const), ticketId, text }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('sla/report-deviation' as const),
      ticketIds: fc.array(ticketId, { minLength: 1, maxLength: 3 }),
      note: text,
    }),
  },
);

/** Anything at all, typed as an input: what a tampered log could contain. */
export const garbage: fc.Arbitrary<Input> = fc
  .oneof(fc.anything(), fc.record({ type: fc.string(), ticketId: fc.anything(), toMinute: fc.anything() }))
  .map((x) => x as Input);

type Step = { delta: number } | { input: Input };

/**
 * A session: mostly commands with the clock moving a few minutes at a time (so contacts are
 * answered before callers hang up), now and then garbage, rarely an early end of the shift.
 */
export const session: fc.Arbitrary<Input[]> = fc
  .array(
    fc.oneof(
      { weight: 60, arbitrary: command.map((input): Step => ({ input })) },
      { weight: 25, arbitrary: fc.integer({ min: 0, max: 6 }).map((delta): Step => ({ delta })) },
      { weight: 5, arbitrary: garbage.map((input): Step => ({ input })) },
      { weight: 1, arbitrary: fc.constant<Step>({ input: { type: 'shift/end' } }) },
    ),
    { maxLength: 80 },
  )
  .chain((steps) => fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constant(steps)))
  .map(([start, steps]) => {
    let clock = start;
    const inputs = steps.map((s): Input => {
      if ('input' in s) return s.input;
      clock += s.delta;
      return { type: 'clock/advance', toMinute: clock };
    });
    return [{ type: 'clock/advance', toMinute: start } as Input, ...inputs];
  });
