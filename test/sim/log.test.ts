import { describe, expect, it } from 'vitest';
import {
  appendInput,
  createLog,
  createShift,
  ENGINE_VERSION,
  type Input,
  replay,
  step,
} from '../../src/sim/index.ts';
import { FIXTURE } from './fixture.ts';
import { advance, answer } from './helpers.ts';

const HASH = 'sha256-fixture';

describe('createLog and appendInput', () => {
  it('starts empty and merges consecutive advances to a later minute', () => {
    let log = createLog(FIXTURE, HASH, 7);
    expect(log).toEqual({
      scenarioId: 'fixture-shift',
      scenarioHash: HASH,
      seed: 7,
      engineVersion: ENGINE_VERSION,
      entries: [],
    });
    const before = log;
    for (const i of [
      advance(1),
      advance(3),
      answer('INC1'),
      advance(4),
      advance(2),
      advance(9),
      advance(9),
    ]) {
      log = appendInput(log, i);
    }
    expect(before.entries).toEqual([]);
    expect(log.entries).toEqual([advance(3), answer('INC1'), advance(9)]);
  });
});

describe('replay', () => {
  const inputs: Input[] = [advance(2), advance(3), answer('INC1'), advance(5), advance(40)];
  it('rebuilds the live state, observation log indexes included', () => {
    let state = createShift(FIXTURE, 7);
    let log = createLog(FIXTURE, HASH, 7);
    for (const i of inputs) {
      state = step(FIXTURE, state, i).state;
      log = appendInput(log, i);
    }
    const r = replay(FIXTURE, HASH, log);
    expect(r.ok && r.state).toEqual(state);
    expect(state.inputCount).toBe(3);
    expect(state.observations.map((o) => o.logIndex)).toEqual(
      state.observations.map((o) => (o.atMinute <= 3 ? 1 : 2)),
    );
  });
  it('round-trips through JSON', () => {
    const log = inputs.reduce(appendInput, createLog(FIXTURE, HASH, 7));
    const a = replay(FIXTURE, HASH, log);
    const b = replay(FIXTURE, HASH, JSON.parse(JSON.stringify(log)));
    expect(b).toEqual(a);
  });
  it('refuses a log made for another scenario, version or engine', () => {
    const log = createLog(FIXTURE, HASH, 7);
    expect(replay(FIXTURE, HASH, { ...log, scenarioId: 'other' })).toEqual({
      ok: false,
      message: 'This log was made for scenario "other", not "fixture-shift".',
    });
    expect(replay(FIXTURE, 'sha256-newer', log)).toEqual({
      ok: false,
      message:
        'This log was made with another version of the scenario "fixture-shift" (log sha256-fixtu, file sha256-newer); replay it against the scenario file it was played on.',
    });
    expect(replay(FIXTURE, HASH, { ...log, engineVersion: 99 })).toEqual({
      ok: false,
      message: `This log was made with engine version 99; this is engine version ${ENGINE_VERSION}.`,
    });
    expect(replay(FIXTURE, HASH, { ...log, entries: 'x' } as never)).toEqual({
      ok: false,
      message: 'This is not a shift log: the log has no "entries" list.',
    });
  });
});
