/**
 * Game time as people read it: minutes from the shift start shown as a time of day.
 */
import type { Scenario } from '../scenario/schema.ts';

function startMinutes(scenario: Scenario): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(scenario.meta.shiftStart);
  if (match === null) return 0;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Formats a minute of the shift as the time of day "HH:MM" (wrapping past midnight). */
export function formatClock(scenario: Scenario, minute: number): string {
  const safe = Number.isFinite(minute) ? Math.floor(minute) : 0;
  const total = (((startMinutes(scenario) + safe) % 1440) + 1440) % 1440;
  const hh = String(Math.floor(total / 60)).padStart(2, '0');
  const mm = String(total % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}

/** "1 minute" / "5 minutes". */
export function minutesText(n: number): string {
  return n === 1 ? '1 minute' : `${n} minutes`;
}
