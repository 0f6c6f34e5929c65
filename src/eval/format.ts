/**
 * Fixed number and time formatting for reports: the same inputs must give byte-identical output,
 * so every number leaves the evaluator rounded to a fixed number of decimals.
 */

/** Rounds to `decimals` places, never yielding -0. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Minutes since midnight of a "HH:MM" clock time. */
export function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/** Game time of day "HH:MM" for a minute of the shift, given the shift's start. */
export function gameTime(shiftStart: string, atMinute: number): string {
  const total = (((clockMinutes(shiftStart) + atMinute) % 1440) + 1440) % 1440;
  const h = Math.floor(total / 60);
  const m = total % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** A ratio 0..1 as a whole-or-one-decimal percentage for text, e.g. "87.5 %". */
export function percent(ratio: number | null): string {
  return ratio === null ? 'n/a' : `${round(ratio * 100, 1).toFixed(1)} %`;
}

/** Compares strings by UTF-16 code units, independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Makes a switch exhaustive: reaching it is a type error. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}
