import { describe, expect, it } from 'vitest';
import { formatClock } from '../../src/sim/index.ts';
import { nextRandom, seedState } from '../../src/sim/rng.ts';
import { FIXTURE } from './fixture.ts';

describe('formatClock', () => {
  it('shows minutes from the shift start as a time of day', () => {
    expect(formatClock(FIXTURE, 0)).toBe('08:00');
    expect(formatClock(FIXTURE, 14)).toBe('08:14');
    expect(formatClock(FIXTURE, 125)).toBe('10:05');
    expect(formatClock(FIXTURE, 16 * 60)).toBe('00:00');
  });
  it('never shows NaN', () => {
    expect(formatClock(FIXTURE, Number.NaN)).toBe('08:00');
    expect(formatClock(FIXTURE, -30)).toBe('07:30');
  });
});

describe('mulberry32', () => {
  it('gives the reference sequence for seed 42', () => {
    let state = seedState(42);
    const values: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = nextRandom(state);
      values.push(r.value);
      state = r.state;
    }
    expect(values).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
    expect(state).toBe(1199730185);
  });
  it('normalises any seed to a 32-bit state', () => {
    expect(seedState(-1)).toBe(4294967295);
    expect(seedState(Number.NaN)).toBe(0);
    expect(seedState(2 ** 32 + 5)).toBe(5);
  });
});
