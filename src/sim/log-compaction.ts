/**
 * How clock advances compact in the log. At the end of a log the advances run strictly
 * downwards (any later one replaced those before it); a new advance to minute M replaces every
 * trailing advance not later than M. Only the first advance of such a run can have changed the
 * state (the rest went backwards), so the compacted log replays to the same state.
 */

/** The minute of an integer `clock/advance`, else null (other inputs never compact). */
export function advanceMinute(input: unknown): number | null {
  if (typeof input !== 'object' || input === null) return null;
  const o = input as { type?: unknown; toMinute?: unknown };
  return o.type === 'clock/advance' && typeof o.toMinute === 'number' && Number.isInteger(o.toMinute)
    ? o.toMinute
    : null;
}

/** The trailing advance minutes that stay in the log when an advance to `minute` is appended. */
export function keptAdvances(trailing: readonly number[], minute: number): number[] {
  let keep = trailing.length;
  while (keep > 0 && (trailing[keep - 1] ?? Number.POSITIVE_INFINITY) <= minute) keep -= 1;
  return trailing.slice(0, keep);
}
