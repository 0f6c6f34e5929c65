import { describe, expect, it } from 'vitest';
import { shiftClock } from '../../src/scenario/time.ts';
import { keyedRandom, mulberry32, seedState } from '../../src/sim/rng.ts';

const PINNED = [0.8558015895541757, 0.8420722023583949, 0.29993563471361995];

import { FIXTURE } from './fixture.ts';

describe('shiftClock', () => {
  it('shows minutes from the shift start as a time of day', () => {
    expect(shiftClock(FIXTURE.meta.shiftStart, 0)).toBe('08:00');
    expect(shiftClock(FIXTURE.meta.shiftStart, 14)).toBe('08:14');
    expect(shiftClock(FIXTURE.meta.shiftStart, 125)).toBe('10:05');
    expect(shiftClock(FIXTURE.meta.shiftStart, 16 * 60)).toBe('00:00');
  });
  it('never shows NaN', () => {
    expect(shiftClock(FIXTURE.meta.shiftStart, Number.NaN)).toBe('08:00');
    expect(shiftClock(FIXTURE.meta.shiftStart, -30)).toBe('07:30');
  });
});

describe('random streams', () => {
  it('mulberry32 gives the reference sequence for seed 42', () => {
    let state = seedState(42);
    const values: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = mulberry32(state);
      values.push(r.value);
      state = r.state;
    }
    expect(values).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
    expect(state).toBe(1199730185);
  });
  it('a keyed draw depends only on its seed, purpose, subject and number', () => {
    const draws = [0, 1, 2].map((n) => keyedRandom(42, 'group-turnaround', 'INC1', n));
    expect(draws).toEqual(PINNED);
    expect(keyedRandom(42, 'group-turnaround', 'INC1', 1)).toBe(draws[1]);
    const others = [
      keyedRandom(43, 'group-turnaround', 'INC1', 0),
      keyedRandom(42, 'caller-patience', 'INC1', 0),
      keyedRandom(42, 'group-turnaround', 'INC2', 0),
    ];
    for (const other of others) expect(other).not.toBe(draws[0]);
    for (const v of [...draws, ...others]) expect(v >= 0 && v < 1).toBe(true);
  });
  it('normalises any seed to a 32-bit state', () => {
    expect(seedState(-1)).toBe(4294967295);
    expect(seedState(Number.NaN)).toBe(0);
    expect(seedState(2 ** 32 + 5)).toBe(5);
  });
});
