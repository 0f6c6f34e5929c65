/** Durations as people read them in engine messages. */

/** "1 minute" / "5 minutes". */
export function minutesText(n: number): string {
  return n === 1 ? '1 minute' : `${n} minutes`;
}
