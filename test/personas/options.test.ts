/**
 * Persona options beyond level and noise: think time (game minutes before each command, from a
 * stream of its own), structured deficits (a behaviour never done), borderline accuracy at the
 * persona's own level, the escalation order (desk work before a functional escalation when
 * the deadline leaves time) and the decision phases (from Level 3 that desk work comes before
 * logging newer contacts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type PersonaOptions, playPersona } from '../../src/personas/index.ts';
import { hashScenario, parseScenario } from '../../src/scenario/index.ts';
import type { LoggedCommand } from '../../src/sim/index.ts';
import { fixtureScenario } from '../eval/fixture.ts';

const fixture = fixtureScenario();
const fixtureHash = hashScenario(fixture);
const file = join(dirname(fileURLToPath(import.meta.url)), '../../scenarios/monday-morning.json');
const parsed = parseScenario(readFileSync(file, 'utf8'), file);
if (!parsed.ok) throw new Error('monday-morning.json does not parse');
const { scenario: monday, hash: mondayHash } = parsed;

const play = (options: PersonaOptions) => playPersona(monday, mondayHash, options);
const entry = (e: LoggedCommand): string => `${e.type}${'ticketId' in e ? ` ${e.ticketId}` : ''}`;
const breaches = (options: PersonaOptions): (string | null)[] =>
  play(options)
    .state.observations.filter((o) => o.kind === 'breached')
    .map((o) => o.ticketId);

describe('think time', () => {
  it('gives the same first decisions at later minutes, and never runs the clock past the shift', () => {
    const quick = playPersona(fixture, fixtureHash, { level: 2, seed: 1 }).log;
    const slow = playPersona(fixture, fixtureHash, { level: 2, seed: 1, think: 1 }).log;
    expect(slow.entries.slice(0, 6).map(entry)).toEqual(quick.entries.slice(0, 6).map(entry));
    expect(quick.entries.slice(0, 6).map((e) => e.at)).toEqual([0, 0, 1, 1, 2, 3]);
    expect(slow.entries.slice(0, 6).map((e) => e.at)).toEqual([0, 1, 4, 5, 7, 10]);
    expect([quick.reachedMinute, slow.reachedMinute]).toEqual([120, 120]);
  });

  it('builds a queue: the Level 5 persona on monday-morning breaches seven targets at think 2, one at 0', () => {
    expect(breaches({ level: 5, seed: 1 })).toEqual(['INT-1011']);
    expect(breaches({ level: 5, seed: 1, think: 2 })).toEqual([
      'INT-1010',
      'INT-1011',
      'INT-1005',
      'INT-1006',
      'INT-1017',
      'INT-1007',
      'INT-1008',
    ]);
  });

  it('draws from a stream of its own: with the same decision order, the same decisions slip', () => {
    // Level 1, seed 1, 30 % slips: T1's category slips (network), with think time or without.
    const logged = (think: number) =>
      playPersona(fixture, fixtureHash, { level: 1, seed: 1, noise: 0.3, think })
        .log.entries.filter((e) => e.type === 'ticket/log')
        .map((e) => (e.type === 'ticket/log' ? `${e.ticketId} ${e.kind} ${e.category}` : ''));
    const expected = ['T1 service-request network', 'T3 incident network', 'T2 incident network'];
    expect(logged(0)).toEqual(expected);
    expect(logged(2)).toEqual(expected);
  });

  it('is deterministic', () => {
    const options: PersonaOptions = { level: 3, seed: 9, noise: 0.2, think: 1.5 };
    expect(JSON.stringify(play(options).log)).toBe(JSON.stringify(play(options).log));
  });
});

describe('deficits', () => {
  it('report-deviations: a Level 5 persona that breaches never reports a deviation', () => {
    const types = (options: PersonaOptions) => play(options).log.entries.map((e) => e.type);
    expect(types({ level: 5, seed: 1, think: 2 }).filter((t) => t === 'sla/report-deviation')).toHaveLength(
      6,
    );
    const lacking = types({ level: 5, seed: 1, think: 2, deficits: ['report-deviations'] });
    expect(lacking.filter((t) => t === 'sla/report-deviation')).toEqual([]);
  });

  it('escalate: a Level 3 persona never escalates, and the escalations it owed are missed', () => {
    const run = play({ level: 3, seed: 1, deficits: ['escalate'] });
    expect(run.log.entries.filter((e) => e.type === 'ticket/escalate')).toEqual([]);
    expect(
      run.state.observations.filter((o) => o.kind === 'escalated').map((o) => [o.ticketId, o.ok]),
    ).toEqual([
      ['INT-1007', false],
      ['INT-1011', false],
      ['INT-1006', false],
    ]);
  });

  it('every other deficit removes its commands; the persona still logs, resolves and closes', () => {
    const types = (deficits: PersonaOptions['deficits']): Set<string> =>
      new Set<string>(
        play({ level: 3, seed: 1, ...(deficits ? { deficits } : {}) }).log.entries.map((e) => e.type),
      );
    const all = types(undefined);
    expect([...all].sort()).toEqual([
      'contact/answer',
      'kb/search',
      'problem/raise',
      'sla/report-deviation',
      'ticket/apply-article',
      'ticket/ask',
      'ticket/assign',
      'ticket/close',
      'ticket/diagnose',
      'ticket/escalate',
      'ticket/hold',
      'ticket/link',
      'ticket/log',
      'ticket/prioritise',
      'ticket/resolve',
      'ticket/run-diagnostic',
    ]);
    const lacking = {
      ask: ['ticket/ask'],
      diagnose: ['ticket/diagnose', 'ticket/run-diagnostic'],
      link: ['ticket/link'],
      knowledge: ['kb/search', 'ticket/apply-article'],
      prioritise: ['ticket/prioritise'],
    } as const;
    for (const [deficit, gone] of Object.entries(lacking) as [keyof typeof lacking, readonly string[]][]) {
      const left = types([deficit]);
      expect(
        gone.filter((t) => left.has(t)),
        deficit,
      ).toEqual([]);
      expect(
        ['ticket/log', 'ticket/resolve', 'ticket/close'].every((t) => left.has(t)),
        deficit,
      ).toBe(true);
    }
  });
});

describe('atLevelAccuracy', () => {
  it('makes a Level 3 persona diagnose right about 65 % of the time (128 of 198 over 20 seeds)', () => {
    let right = 0;
    let total = 0;
    for (let seed = 1; seed <= 20; seed += 1) {
      for (const o of play({ level: 3, seed, atLevelAccuracy: 0.65 }).state.observations) {
        if (o.kind !== 'diagnosed' || o.missed === true) continue;
        total += 1;
        if (o.ok) right += 1;
      }
    }
    expect([right, total]).toEqual([128, 198]);
  });

  it('leaves decisions of lower levels alone: without noise, classification and priority stay right', () => {
    const run = play({ level: 3, seed: 2, atLevelAccuracy: 0.5 });
    const wrong = run.state.observations.filter(
      (o) => ['classified', 'prioritised', 'acknowledged'].includes(o.kind) && !o.ok,
    );
    expect(wrong).toEqual([]);
  });
});

describe('escalation order', () => {
  it('the Level 5 persona asks and diagnoses INT-1006 and INT-1007 before escalating them, in time', () => {
    const run = play({ level: 5, seed: 1 });
    const verdicts = run.state.observations
      .filter((o) => (o.ticketId === 'INT-1006' || o.ticketId === 'INT-1007') && o.missed === true)
      .map((o) => `${o.ticketId} ${o.kind}`);
    // INT-1006's desk work is done before INT-1007 is logged (from Level 3), so it goes first.
    expect(verdicts).toEqual(['INT-1006 kb-applied', 'INT-1007 kb-applied']);
    const escalations = run.log.entries
      .filter((e) => e.type === 'ticket/escalate')
      .map((e) => [e.ticketId, e.at]);
    // Deadlines: INT-1006 08:45, INT-1007 08:35, INT-1011 08:43.
    expect(escalations).toEqual([
      ['INT-1006', 20],
      ['INT-1007', 29],
      ['INT-1011', 31],
    ]);
    const escalated = run.state.observations.filter((o) => o.kind === 'escalated').map((o) => o.ok);
    expect(escalated).toEqual([true, true, true]);
  });
});

describe('decision phases', () => {
  const early = (level: 2 | 3 | 4 | 5): string[] =>
    play({ level, seed: 1 })
      .log.entries.filter(
        (e) => 'ticketId' in e && (e.ticketId === 'INT-1006' || e.ticketId === 'INT-1007') && e.at <= 21,
      )
      .map((e) => `${e.at} ${entry(e)}`);

  it("from Level 3, finishes an escalation-deferred ticket's desk work before logging a newer contact", () => {
    // INT-1006 (08:12) waits for its desk work before its escalation; INT-1007 rings at 08:15.
    const senior = [
      '12 contact/answer INT-1006',
      '12 ticket/log INT-1006',
      '13 ticket/prioritise INT-1006',
      '13 ticket/ask INT-1006',
      '14 ticket/ask INT-1006',
      '15 contact/answer INT-1007', // answered at once, logged only once INT-1006 is escalated
      '15 ticket/ask INT-1006',
      '16 ticket/run-diagnostic INT-1006',
      '20 ticket/diagnose INT-1006',
      '20 ticket/escalate INT-1006',
      '21 ticket/log INT-1007',
    ];
    expect(early(3)).toEqual(senior);
    expect(early(4)).toEqual(senior);
    expect(early(5)).toEqual(senior);
  });

  it("at Level 2, logs the newer contact before going on with the deferred ticket's desk work", () => {
    expect(early(2)).toEqual([
      '12 contact/answer INT-1006',
      '12 ticket/log INT-1006',
      '13 ticket/prioritise INT-1006',
      '13 ticket/ask INT-1006',
      '14 ticket/ask INT-1006',
      '15 contact/answer INT-1007',
      '15 ticket/log INT-1007',
      '16 ticket/prioritise INT-1007',
      '16 ticket/ask INT-1007',
      '19 ticket/ask INT-1007',
      '21 ticket/ask INT-1007',
    ]);
  });
});
