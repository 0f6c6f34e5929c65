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

/** A ratio 0..1 as a whole-or-one-decimal percentage for text, e.g. "87.5 %". */
export function percent(ratio: number | null): string {
  return ratio === null ? 'n/a' : `${round(ratio * 100, 1).toFixed(1)} %`;
}

/** Compares strings by UTF-16 code units, independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
