/**
 * Times of day inside a shift. A scenario may give an arrival as minutes from the shift start or as
 * "HH:MM"; a time of day belongs to the shift that starts at `shiftStart`, which may cross midnight.
 */

const DAY_MINUTES = 24 * 60;

/** Minutes since midnight of a valid "HH:MM". */
export function clockToMinutes(clock: string): number {
  const [h, m] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

/** "HH:MM" of minutes since midnight (wrapping past midnight). */
export function minutesToClock(minutes: number): string {
  const m = ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * The time of day "HH:MM" of a minute of the shift that starts at `shiftStart`: the one clock
 * formatter of the game (engine messages, scripts, reports, the desk). A non-finite minute shows
 * the shift start; fractions of a minute are cut.
 */
export function shiftClock(shiftStart: string, minute: number): string {
  return minutesToClock(clockToMinutes(shiftStart) + (Number.isFinite(minute) ? Math.floor(minute) : 0));
}

/** Minutes from the shift start of a time point; a time of day before the start counts as the next day. */
export function minutesFromStart(at: number | string, shiftStart: string): number {
  if (typeof at === 'number') return at;
  return (clockToMinutes(at) - clockToMinutes(shiftStart) + DAY_MINUTES) % DAY_MINUTES;
}
