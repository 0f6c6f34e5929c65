import { describe, expect, it } from 'vitest';
import {
  type ClockAdvance,
  type Command,
  createLog,
  ENGINE_VERSION,
  LOG_FORMAT,
  readLog,
  replay,
} from '../../src/sim/index.ts';
import { FIXTURE } from './fixture.ts';
import { playLogged } from './helpers.ts';

const HASH = 'sha256-fixture';
const tick = (toMinute: number): ClockAdvance => ({ type: 'clock/advance', toMinute });
const answer = (ticketId: string): Command => ({ type: 'contact/answer', ticketId });

const playAll = (inputs: readonly (Command | ClockAdvance)[]) => playLogged(inputs, 7, HASH);

describe('the log', () => {
  it('starts empty, with its format, engine and envelope', () => {
    const envelope = { learnerId: 'ana', registration: 'r-1', startedAt: '2026-12-02T08:00:00.000Z' };
    expect(createLog(FIXTURE, HASH, 7, envelope)).toEqual({
      logFormat: LOG_FORMAT,
      scenarioId: 'fixture-shift',
      scenarioHash: HASH,
      seed: 7,
      engineVersion: ENGINE_VERSION,
      entries: [],
      reachedMinute: 0,
      learnerId: 'ana',
      registration: 'r-1',
      startedAt: '2026-12-02T08:00:00.000Z',
    });
  });
  it('keeps only commands, each stamped with its minute, and the minute the clock reached', () => {
    const { log } = playAll([tick(1), tick(3), answer('INC1'), tick(4), tick(9), tick(9)]);
    expect(log.entries).toEqual([{ type: 'contact/answer', ticketId: 'INC1', at: 3 }]);
    expect(log.reachedMinute).toBe(9);
  });
  it('logs a refused command too, so log indexes stay aligned', () => {
    const { log, state } = playAll([answer('NOPE'), answer('INC1')]);
    expect(log.entries).toEqual([
      { type: 'contact/answer', ticketId: 'NOPE', at: 0 },
      { type: 'contact/answer', ticketId: 'INC1', at: 0 },
    ]);
    expect(state.commandCount).toBe(2);
  });
});

describe('replay', () => {
  const inputs = [tick(2), tick(3), answer('INC1'), tick(5), tick(40)];
  it('rebuilds the live state; observations point at their command, or at the clock', () => {
    const live = playAll(inputs);
    const r = replay(FIXTURE, HASH, live.log);
    expect(r.ok && r.state).toEqual(live.state);
    expect(live.state.commandCount).toBe(1);
    expect(live.state.observations.map((o) => [o.kind, o.logIndex])).toEqual(
      live.state.observations.map((o) => [o.kind, o.kind === 'acknowledged' && o.atMinute === 3 ? 0 : null]),
    );
  });
  it('round-trips through JSON', () => {
    const { log } = playAll(inputs);
    expect(replay(FIXTURE, HASH, JSON.parse(JSON.stringify(log)))).toEqual(replay(FIXTURE, HASH, log));
  });
  it('reports each command with the minutes it applied at and ran to', () => {
    const { log } = playAll(inputs);
    const seen: [number | null, number, number][] = [];
    replay(FIXTURE, HASH, log, (s) => seen.push([s.index, s.fromMinute, s.toMinute]));
    expect(seen).toEqual([
      [0, 3, 3],
      [null, 40, 40],
    ]);
  });
  it('refuses a log made for another scenario, version or engine', () => {
    const log = createLog(FIXTURE, HASH, 7);
    expect(replay(FIXTURE, HASH, { ...log, scenarioId: 'other' })).toEqual({
      ok: false,
      message: 'This shift was played on scenario "other", not "fixture-shift".',
    });
    expect(replay(FIXTURE, 'sha256-newer', log)).toEqual({
      ok: false,
      message:
        'This shift was played on another version of the scenario "Fixture shift" (log sha256-fixtu, file sha256-newer), so its moves would not replay the same shift; replay it against the scenario file it was played on.',
    });
    expect(replay(FIXTURE, HASH, { ...log, engineVersion: 99 })).toEqual({
      ok: false,
      message: `This shift was played with engine version 99; this is engine version ${ENGINE_VERSION}, which would not replay it the same way.`,
    });
  });
});

describe('readLog', () => {
  const good = playAll([tick(3), answer('INC1'), tick(6)]).log;
  it('reads a log as saved', () => {
    expect(readLog(JSON.parse(JSON.stringify(good)))).toEqual({
      ok: true,
      log: good,
    });
  });
  it.each([
    [null, 'This is not a shift log: it is not a JSON object.'],
    [
      { ...good, entries: 'x' },
      'This is not a shift log: "entries": Invalid input: expected array, received string.',
    ],
    [
      { ...good, entries: [{ type: 'contact/answer', ticketId: 'INC1' }] },
      'This is not a shift log: entry 0 has no whole-minute "at".',
    ],
    [{ ...good, reachedMinute: undefined }, 'This is not a shift log: "reachedMinute" is missing.'],
    [
      { ...good, logFormat: 3 },
      `This shift log has format 3; this version of deskshift reads format ${LOG_FORMAT}.`,
    ],
  ])('refuses %j', (value, message) => {
    expect(readLog(value)).toEqual({ ok: false, message });
  });
  it('refuses a log of the first format (engine 1) like any log of another engine version', () => {
    const v1 = {
      scenarioId: 'fixture-shift',
      scenarioHash: HASH,
      seed: 7,
      engineVersion: 1,
      entries: [tick(3), answer('INC1'), tick(6)],
    };
    expect(readLog(v1)).toEqual({
      ok: false,
      message: `This shift was played with engine version 1; this is engine version ${ENGINE_VERSION}, which would not replay it the same way.`,
    });
  });
});
