import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playPersona } from '../../src/personas/index.ts';
import { replay } from '../../src/sim/index.ts';
import { parseScript, playScript, scriptOf } from '../../src/sim/script.ts';
import { FIXTURE } from './fixture.ts';

const HASH = 'sha256-fixture';

describe('parseScript', () => {
  it('reads steps, with or without a time, and skips blank and comment lines', () => {
    const text = [
      '# the golden path',
      '{"at":"08:03","do":"answer","ticket":"INC1"}',
      '',
      '{"do":"resolve","ticket":"INC1","fix":"reset"}',
      '{"at":40,"do":"raise-problem","tickets":["INC2","INC3"],"title":"VPN"}',
      '{"do":"end"}',
    ].join('\n');
    expect(parseScript(FIXTURE, text)).toEqual({
      ok: true,
      steps: [
        { line: 2, atMinute: 3, command: { type: 'contact/answer', ticketId: 'INC1' } },
        { line: 4, atMinute: null, command: { type: 'ticket/resolve', ticketId: 'INC1', fixId: 'reset' } },
        {
          line: 5,
          atMinute: 40,
          command: { type: 'problem/raise', ticketIds: ['INC2', 'INC3'], title: 'VPN' },
        },
        { line: 6, atMinute: null, command: { type: 'shift/end' } },
      ],
    });
  });

  it('reports every wrong line with its number and reason, in the script’s own words', () => {
    const text = [
      '{"do":"resolv","ticket":"INC1","fix":"reset"}',
      '{"do":"resolve","ticket":"INC1","fixx":"reset"}',
      '{"do":"resolve","ticket":"INC1"}',
      '{"do":"answer","ticket":"INC99"}',
      '{"at":"7:00","do":"answer","ticket":"INC1"}',
      '{"at":"11:00","do":"answer","ticket":"INC1"}',
      '{"do":"prioritise","ticket":"INC1","impact":4,"urgency":1}',
      "{'do':'answer'}",
      '["answer"]',
      '{"ticket":"INC1"}',
      '{"do":"end","ticket":"INC1"}',
    ].join('\n');
    expect(parseScript(FIXTURE, text)).toEqual({
      ok: false,
      errors: [
        { line: 1, message: 'unknown step "do": "resolv" (did you mean "resolve"?)' },
        {
          line: 2,
          message: '"resolve" has no key "fixx" (did you mean "fix"?); it takes ticket, fix',
        },
        {
          line: 3,
          message: 'resolve: "fix" must be a non-empty text of at most 2000 characters',
        },
        { line: 4, message: 'there is no ticket "INC99" in the scenario (did you mean "INC1"?)' },
        {
          line: 5,
          message: '"at" must be a time of day "HH:MM" or whole minutes from the shift start',
        },
        { line: 6, message: '"at" "11:00" is outside the shift (08:00 to 10:00)' },
        { line: 7, message: 'prioritise: "impact" must be 1, 2 or 3' },
        {
          line: 8,
          message: expect.stringMatching(/^not a JSON object \(/),
        },
        {
          line: 9,
          message: 'a step must be a JSON object such as {"do":"answer","ticket":"INC-1"}',
        },
        {
          line: 10,
          message: expect.stringMatching(/^a step needs "do": one of answer, log, ask, /),
        },
        { line: 11, message: '"end" has no key "ticket"; it takes none' },
      ],
    });
  });

  it('refuses times that go backwards, and an empty script', () => {
    const text = '{"at":"08:30","do":"answer","ticket":"INC1"}\n{"at":"08:10","do":"close","ticket":"INC1"}';
    expect(parseScript(FIXTURE, text)).toEqual({
      ok: false,
      errors: [{ line: 2, message: '"at" 08:10 is earlier than a step before it (08:30)' }],
    });
    expect(parseScript(FIXTURE, '# nothing yet\n')).toEqual({
      ok: false,
      errors: [{ line: 1, message: 'the script has no steps' }],
    });
  });
});

describe('playScript', () => {
  it('plays through the engine, notes refusals and late steps, and runs the clock to the end', () => {
    const text = [
      '{"at":"08:03","do":"answer","ticket":"INC1"}',
      '{"do":"log","ticket":"INC1","kind":"service-request","category":"access"}',
      '{"do":"close","ticket":"INC1"}',
      '{"at":"08:03","do":"note","ticket":"INC1","text":"done"}',
    ].join('\n');
    const parsed = parseScript(FIXTURE, text);
    if (!parsed.ok) throw new Error('does not parse');
    const run = playScript(FIXTURE, HASH, parsed.steps, 7);
    expect(run.notes).toEqual([
      { line: 3, message: 'the engine refused it: INC1 is in-progress; resolve it before closing it' },
      { line: 4, message: 'given at 08:03, but earlier steps took the clock to 08:04; played at 08:04' },
    ]);
    expect(run.log.entries.map((e) => [e.type, e.at])).toEqual([
      ['contact/answer', 3],
      ['ticket/log', 3],
      ['ticket/close', 4],
      ['ticket/note', 4],
    ]);
    expect([run.state.ended, run.log.reachedMinute]).toEqual([true, 120]);
    const replayed = replay(FIXTURE, HASH, run.log);
    expect(replayed.ok && replayed.state).toEqual(run.state);
  });

  it('a log written back as a script plays to the same log', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 1000 }), (level, seed) => {
        const persona = playPersona(FIXTURE, HASH, { level: level as 0, seed, noise: 0.2 });
        const parsed = parseScript(FIXTURE, scriptOf(FIXTURE, persona.log.entries));
        if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
        const run = playScript(FIXTURE, HASH, parsed.steps, seed);
        expect(run.log.entries).toEqual(persona.log.entries);
        expect(run.state).toEqual(persona.state);
      }),
      { numRuns: 30 },
    );
  });
});
