/**
 * mulberry32: a tiny seeded generator whose whole state is one 32-bit integer, kept inside
 * `ShiftState` so that steps stay pure and a shift replays to the same numbers.
 */

/** Normalises any number to a valid generator state (a 32-bit unsigned integer). */
export function seedState(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
}

/** Draws a float in [0, 1) and returns it with the next generator state. */
export function nextRandom(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return { value, state: next };
}
