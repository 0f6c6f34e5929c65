/**
 * SLA clocks computed from timestamps, never counted down: a clock is (start, target, paused
 * minutes, stop), its due time is start + target + paused, and everything else (remaining time,
 * warnings, breach) is derived from those and the current minute.
 */
import type { Minute, SlaClock, Ticket } from './types.ts';

export type ClockName = 'response' | 'resolution';

/** A clock started at `startedAt` with a target in minutes. */
export function createClock(startedAt: Minute, targetMinutes: number): SlaClock {
  return {
    startedAt,
    targetMinutes,
    pausedMinutes: 0,
    dueAt: startedAt + targetMinutes,
    stoppedAt: null,
    breached: false,
    warned: [],
  };
}

function due(clock: SlaClock): Minute {
  return clock.startedAt + clock.targetMinutes + clock.pausedMinutes;
}

/** The same clock with another target (the priority in force changed). */
export function retarget(clock: SlaClock, targetMinutes: number): SlaClock {
  const next = { ...clock, targetMinutes };
  return { ...next, dueAt: due(next) };
}

/** The clock moved later by `minutes` of pause. */
export function addPause(clock: SlaClock, minutes: number): SlaClock {
  const next = { ...clock, pausedMinutes: clock.pausedMinutes + Math.max(0, minutes) };
  return { ...next, dueAt: due(next) };
}

/** Stops the clock (answered, resolved, abandoned). */
export function stopClock(clock: SlaClock, now: Minute): SlaClock {
  return clock.stoppedAt === null ? { ...clock, stoppedAt: now } : clock;
}

/**
 * Restarts a stopped clock. With `pauseGap` the stopped time does not count (a reopen after a
 * wrong fix); without it the caller's wait counts (a caller who hung up calls back).
 */
export function restartClock(clock: SlaClock, now: Minute, pauseGap: boolean): SlaClock {
  if (clock.stoppedAt === null) return clock;
  const gap = now - clock.stoppedAt;
  const restarted = { ...clock, stoppedAt: null };
  return pauseGap ? addPause(restarted, gap) : restarted;
}

/** Whether the clock is running now: not stopped and, for resolution, not paused by a valid hold. */
export function isRunning(ticket: Ticket, name: ClockName): boolean {
  const clock = ticket[name];
  if (clock.stoppedAt !== null) return false;
  return name === 'response' || ticket.holdSince === null;
}

/** The minute a warning at `percent` of the target falls due (before any pause still running). */
export function warningMinute(clock: SlaClock, percent: number): Minute {
  return clock.dueAt - clock.targetMinutes + Math.ceil((percent * clock.targetMinutes) / 100);
}

export interface SlaView {
  dueAt: Minute;
  targetMinutes: number;
  /** Minutes left before the breach: never negative, 0 once breached. */
  remainingMinutes: number;
  /** Share of the target used, 0-100 (capped). */
  elapsedPercent: number;
  breached: boolean;
  paused: boolean;
  stopped: boolean;
  /** Running, not breached, and past the highest warning threshold. */
  atRisk: boolean;
}

/** What a clock looks like at `now`. `highestWarning` is the highest warning percent (0 if none). */
export function viewClock(ticket: Ticket, name: ClockName, now: Minute, highestWarning: number): SlaView {
  const clock = ticket[name];
  const paused = name === 'resolution' && clock.stoppedAt === null && ticket.holdSince !== null;
  let effectiveDue = clock.dueAt;
  if (paused && ticket.holdSince !== null) effectiveDue += Math.max(0, now - ticket.holdSince);
  const stopped = clock.stoppedAt !== null;
  const reference = clock.stoppedAt ?? now;
  const raw = clock.breached ? 0 : effectiveDue - reference;
  const remainingMinutes = Number.isFinite(raw) ? Math.max(0, raw) : 0;
  const target = clock.targetMinutes > 0 ? clock.targetMinutes : 1;
  const used = ((target - Math.min(target, remainingMinutes)) / target) * 100;
  const elapsedPercent = Number.isFinite(used) ? Math.max(0, Math.min(100, used)) : 0;
  return {
    dueAt: effectiveDue,
    targetMinutes: clock.targetMinutes,
    remainingMinutes,
    elapsedPercent,
    breached: clock.breached || (!stopped && raw <= 0),
    paused,
    stopped,
    atRisk: !stopped && !clock.breached && raw > 0 && highestWarning > 0 && elapsedPercent >= highestWarning,
  };
}
