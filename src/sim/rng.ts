/**
 * Keyed random streams: every draw is a pure function of (seed, purpose, subject, n), so a new
 * random consumer never shifts the draws of another, and old logs replay to the same numbers
 * when a mechanic is added. The mixer is mulberry32's output function over an FNV-1a hash.
 */

/** Normalises any number to a valid seed (a 32-bit unsigned integer). */
export function seedState(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
}

function fnv1a(text: string, basis: number): number {
  let h = (basis ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** One step of mulberry32: the next 32-bit state and its float in [0, 1). */
export function mulberry32(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}

/**
 * The n-th draw in [0, 1) of the stream for `purpose` (e.g. "group-turnaround") and `subject`
 * (e.g. a ticket id) in the shift seeded with `seed`.
 */
export function keyedRandom(seed: number, purpose: string, subject: string, n: number): number {
  return mulberry32(fnv1a(`${purpose}\u0000${subject}\u0000${n}`, seedState(seed))).value;
}
