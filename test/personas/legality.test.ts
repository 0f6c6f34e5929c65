/**
 * Bots ask the engine what is legal: on every built-in scenario, the small fixture and the
 * third-party approval fixture (a ticket on hold awaiting an answer), clean and
 * with slips, a persona is never refused a command for the ticket's status, apart from the Level 0
 * persona's deliberate close before resolving (it does not know the lifecycle). With think time,
 * a command the engine no longer allows after the thinking (a caller hung up) is dropped, not given.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { playPersona } from '../../src/personas/index.ts';
import { hashScenario, parseScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { replay } from '../../src/sim/index.ts';
import { fixtureScenario } from '../eval/fixture.ts';
import { APPROVAL } from '../sim/third-party.fixture.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../scenarios');
const builtIn = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .sort()
  .map((file): [string, Scenario, string] => {
    const parsed = parseScenario(readFileSync(join(dir, file), 'utf8'), file);
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    return [file, parsed.scenario, parsed.hash];
  });
const fixture = fixtureScenario();
const scenarios: [string, Scenario, string][] = [
  ['fixture', fixture, hashScenario(fixture)],
  ['approval', APPROVAL, hashScenario(APPROVAL)],
  ...builtIn,
];

/** Every refusal in a persona's shift, as "level command: reason". */
function refusals(
  scenario: Scenario,
  hash: string,
  level: 0 | 1 | 2 | 3 | 4 | 5,
  seed: number,
  noise: number,
  think = 0,
) {
  const { log } = playPersona(scenario, hash, { level, seed, noise, think });
  const out: string[] = [];
  const result = replay(scenario, hash, log, (s) => {
    for (const e of s.events)
      if (e.type === 'command/rejected') out.push(`L${level} ${e.command}: ${e.reason}`);
  });
  expect(result.ok).toBe(true);
  return out;
}

describe('personas and legality', () => {
  it('the fixture: only the Level 0 persona is refused, for closing before resolving', () => {
    const [, scenario, hash] = scenarios[0] as [string, Scenario, string];
    expect(refusals(scenario, hash, 0, 1, 0)).toEqual([
      'L0 ticket/close: T2 is in-progress; resolve it before closing it',
    ]);
    expect(refusals(scenario, hash, 2, 1, 0)).toEqual([]);
  });
  for (const [name, scenario, hash] of scenarios) {
    it(`${name}: no persona is refused for a ticket's status`, () => {
      const all = new Set<string>();
      for (const level of [0, 1, 2, 3, 4, 5] as const) {
        for (const [seed, noise, think] of [
          [1, 0, 0],
          [2, 0.1, 0],
          [3, 0.3, 0],
          [4, 0.3, 0],
          [5, 0.1, 2],
        ] as const) {
          for (const r of refusals(scenario, hash, level, seed, noise, think)) all.add(r);
        }
      }
      const deliberate = /^L0 ticket\/close: \S+ is (new|in-progress|on-hold); resolve it before closing it$/;
      expect([...all].filter((r) => !deliberate.test(r))).toEqual([]);
    });
  }
});
