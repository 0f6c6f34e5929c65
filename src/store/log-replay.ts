/**
 * The log side of the session: a new empty log, why a saved log cannot be replayed against this
 * scenario, and the replay through the engine's `step` that rebuilds the state on a reload.
 */
import type { Scenario } from '../scenario/schema.ts';
import {
  createShift,
  ENGINE_VERSION,
  type EngineEvent,
  type ShiftLog,
  type ShiftState,
  step,
} from '../sim/index.ts';

/** An empty log for a new shift. */
export function newLog(scenario: Scenario, hash: string, seed: number): ShiftLog {
  return {
    scenarioId: scenario.meta.id,
    scenarioHash: hash,
    seed,
    engineVersion: ENGINE_VERSION,
    entries: [],
  };
}

/** Why a saved log cannot be replayed against this scenario, or null when it can. */
export function logMismatch(scenario: Scenario, hash: string, log: ShiftLog): string | null {
  if (log.scenarioId !== scenario.meta.id) {
    return `The saved shift belongs to scenario "${log.scenarioId}", not "${scenario.meta.id}".`;
  }
  if (log.scenarioHash !== hash) {
    return `The scenario "${scenario.meta.title}" has changed since this shift was saved, so the saved moves would not replay the same shift.`;
  }
  if (log.engineVersion !== ENGINE_VERSION) {
    return `The saved shift was played with engine version ${log.engineVersion}; this game runs version ${ENGINE_VERSION}.`;
  }
  return null;
}

/** Replays a log; `onEvents` sees each step's events with the state they led to. */
export function replayEntries(
  scenario: Scenario,
  log: ShiftLog,
  onEvents: (events: EngineEvent[], state: ShiftState) => void = () => undefined,
): ShiftState {
  let state = createShift(scenario, log.seed);
  for (const input of log.entries) {
    const result = step(scenario, state, input);
    state = result.state;
    onEvents(result.events, state);
  }
  return state;
}
