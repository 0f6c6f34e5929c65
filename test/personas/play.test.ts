/**
 * Personas: deterministic logs, replayable through the engine, and behaviour that follows their
 * level (on the small fixture scenario, whose commands can be read in full).
 */
import { describe, expect, it } from 'vitest';
import { playPersona } from '../../src/personas/index.ts';
import { createPrng } from '../../src/personas/prng.ts';
import { hashScenario } from '../../src/scenario/index.ts';
import { type Command, type LoggedCommand, replay } from '../../src/sim/index.ts';
import { fixtureScenario } from '../eval/fixture.ts';

const scenario = fixtureScenario();
const hash = hashScenario(scenario);
/** The commands of a log without their minute stamps. */
const commands = (entries: readonly LoggedCommand[]): Command[] =>
  entries.map(({ at: _at, ...c }) => c as Command);
const types = (entries: readonly LoggedCommand[]): string[] =>
  commands(entries).map((c) => `${c.type}${'ticketId' in c ? ` ${c.ticketId}` : ''}`);

describe('persona prng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const xs = [a.next(), a.next(), a.below(10), a.pick(['x', 'y', 'z'])];
    expect([b.next(), b.next(), b.below(10), b.pick(['x', 'y', 'z'])]).toEqual(xs);
    expect(createPrng(1).next()).toBe(0.6270739405881613);
  });
});

describe('playPersona', () => {
  it('gives a byte-identical log for the same persona, scenario, seed and noise', () => {
    for (const level of [0, 1, 2, 3, 4, 5] as const) {
      const a = JSON.stringify(playPersona(scenario, hash, { level, seed: 7, noise: 0.3 }).log);
      const b = JSON.stringify(playPersona(scenario, hash, { level, seed: 7, noise: 0.3 }).log);
      expect(b).toBe(a);
    }
  });

  it('writes a log the engine replays to the same state', () => {
    const run = playPersona(scenario, hash, { level: 3, seed: 5, noise: 0.2 });
    const replayed = replay(scenario, hash, run.log);
    expect(replayed.ok).toBe(true);
    if (replayed.ok) expect(replayed.state).toEqual(run.state);
    expect(run.state.ended).toBe(true);
    expect(run.log).toMatchObject({ scenarioId: 'fixture', scenarioHash: hash, seed: 5 });
  });

  it('Level 2 triages, asks, uses the knowledge base, escalates and links, in priority order', () => {
    // T3, linked to its parent T2, is not routed: it waits and is resolved with T2.
    const run = playPersona(scenario, hash, { level: 2, seed: 1 });
    expect(types(run.log.entries)).toEqual([
      'contact/answer T1',
      'ticket/log T1',
      'ticket/prioritise T1',
      'ticket/ask T1',
      'kb/search T1',
      'ticket/apply-article T1',
      'ticket/resolve T1',
      'ticket/close T1',
      'contact/answer T2',
      'ticket/log T2',
      'ticket/escalate T2',
      'ticket/prioritise T2',
      'contact/answer T3',
      'ticket/log T3',
      'ticket/prioritise T3',
      'ticket/link T3',
      'ticket/close T2',
      'ticket/close T3',
    ]);
    expect(commands(run.log.entries).find((c) => c.type === 'ticket/escalate')).toEqual({
      type: 'ticket/escalate',
      ticketId: 'T2',
      mode: 'functional',
      to: 'network',
    });
  });

  it('Level 3 adds diagnostics and diagnosis; Level 4 escalates to the named expert', () => {
    const l3 = types(playPersona(scenario, hash, { level: 3, seed: 1 }).log.entries);
    expect(l3.slice(3, 6)).toEqual(['ticket/ask T1', 'ticket/run-diagnostic T1', 'ticket/diagnose T1']);
    const l4 = commands(playPersona(scenario, hash, { level: 4, seed: 1 }).log.entries);
    expect(l4.find((c) => c.type === 'ticket/escalate')).toMatchObject({ to: 'raj' });
  });

  it('Level 1 logs right but never asks, escalates or links; Level 0 answers late and misclassifies', () => {
    const l1 = commands(playPersona(scenario, hash, { level: 1, seed: 1 }).log.entries);
    expect(l1.filter((c) => ['ticket/ask', 'ticket/escalate', 'ticket/link'].includes(c.type))).toEqual([]);
    expect(l1.find((c) => c.type === 'ticket/log')).toEqual({
      type: 'ticket/log',
      ticketId: 'T1',
      kind: 'service-request',
      category: 'access',
      caller: 'u1',
    });
    const l0 = playPersona(scenario, hash, { level: 0, seed: 1 });
    const log0 = commands(l0.log.entries).find((c) => c.type === 'ticket/log');
    expect(log0?.type === 'ticket/log' && log0.kind !== 'incident').toBe(true);
    expect(l0.state.observations.filter((o) => o.kind === 'abandoned').map((o) => o.ticketId)).toEqual([
      'T1',
      'T3',
    ]);
  });
});
