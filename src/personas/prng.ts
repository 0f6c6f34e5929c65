/**
 * The persona's own seeded generator (mulberry32), separate from the engine's: a persona's slips
 * and guesses must not disturb the shift's random numbers, and must replay from the seed.
 */
import { mulberry32 } from '../sim/rng.ts';

export interface Prng {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [0, n). */
  below: (n: number) => number;
  /** An element of a non-empty list, or undefined for an empty one. */
  pick: <T>(list: readonly T[]) => T | undefined;
}

/** A generator whose sequence depends only on the seed. */
export function createPrng(seed: number): Prng {
  let state = Math.trunc(seed) >>> 0;
  const next = (): number => {
    const drawn = mulberry32(state);
    state = drawn.state;
    return drawn.value;
  };
  const below = (n: number): number => Math.min(n - 1, Math.floor(next() * n));
  return { next, below, pick: (list) => (list.length === 0 ? undefined : list[below(list.length)]) };
}

/**
 * The seed of a generator keyed by `key` (FNV-1a over the key, mixed with the seed): streams with
 * different keys are independent, so drawing from one never shifts the sequence of another.
 */
export function keyedSeed(seed: number, key: string): number {
  let h = 0x811c9dc5 ^ (Math.trunc(seed) >>> 0);
  for (let i = 0; i < key.length; i += 1) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
