/**
 * Maps wall time x speed to game minutes: at 1x one game minute takes about 13 wall seconds, so a
 * two-hour shift takes about 26 minutes. Runs on requestAnimationFrame in the DOM layer and only
 * dispatches `clock/advance` through the store; Phaser never drives business time.
 */
import type { ShiftStore } from '../../store/index.ts';

const DEFAULT_MS_PER_GAME_MINUTE = 13_000;

export interface ClockDriver {
  /** Progress towards the next game minute (0-1), for smooth bars; 0 when paused. */
  fraction(): number;
  stop(): void;
}

/** The wall milliseconds per game minute: 13 s, or `?msPerMinute=N` (tests, demos; at least 10). */
export function msPerGameMinute(search: string): number {
  const value = Number(new URLSearchParams(search).get('msPerMinute'));
  return Number.isFinite(value) && value >= 10 ? value : DEFAULT_MS_PER_GAME_MINUTE;
}

/** Starts the wall-clock driver on requestAnimationFrame. */
export function startClock(shift: ShiftStore, msPerMinute: number): ClockDriver {
  let last = performance.now();
  let accumulated = 0;
  let frame = 0;
  const tick = (now: number) => {
    // A hidden tab or a long frame must not make the clock jump: cap one frame at a quarter second.
    const dt = Math.min(250, Math.max(0, now - last));
    last = now;
    const s = shift.getState();
    if (s.speed > 0 && !s.state.ended && !s.conflict) {
      accumulated += dt * s.speed;
      if (accumulated >= msPerMinute) {
        const minutes = Math.floor(accumulated / msPerMinute);
        accumulated -= minutes * msPerMinute;
        shift.advanceTo(s.state.now + minutes);
      }
    } else accumulated = 0;
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return {
    fraction: () => Math.min(1, accumulated / msPerMinute),
    stop: () => cancelAnimationFrame(frame),
  };
}
