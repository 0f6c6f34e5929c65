/**
 * The shift log is the truth: scenario id and hash, seed, engine version and the inputs in order.
 * `replay` rebuilds the exact state from it and refuses a log made for another scenario, another
 * version of the scenario or another engine.
 */
import type { Scenario } from '../scenario/schema.ts';
import { advanceMinute } from './log-compaction.ts';
import { applyOwned, createShift } from './step.ts';
import { ENGINE_VERSION, type EngineEvent, type Input, type ShiftLog, type ShiftState } from './types.ts';

/** An empty log for a new shift. */
export function createLog(scenario: Scenario, scenarioHash: string, seed: number): ShiftLog {
  return { scenarioId: scenario.meta.id, scenarioHash, seed, engineVersion: ENGINE_VERSION, entries: [] };
}

/**
 * The log with one more input (a new object; the given log is not changed). A clock advance
 * replaces the advances at the end of the log that are not later than it, so idle time does not
 * grow the log; `step` numbers its log indexes the same way, so live play and replay agree.
 * (Only the first of such a run can have had an effect: the others went backwards.)
 */
export function appendInput(log: ShiftLog, input: Input): ShiftLog {
  const minute = advanceMinute(input);
  if (minute === null) return { ...log, entries: [...log.entries, input] };
  let keep = log.entries.length;
  while (keep > 0) {
    const previous = advanceMinute(log.entries[keep - 1]);
    if (previous === null || previous > minute) break;
    keep -= 1;
  }
  return { ...log, entries: [...log.entries.slice(0, keep), input] };
}

export type LogCheck = { ok: true; log: ShiftLog } | { ok: false; message: string };

/** Checks that a parsed JSON value has the shape of a shift log (entries are checked by `step`). */
export function checkLog(value: unknown): LogCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'the log is not a JSON object' };
  }
  const o = value as Record<string, unknown>;
  if (typeof o.scenarioId !== 'string') return { ok: false, message: 'the log has no "scenarioId" text' };
  if (typeof o.scenarioHash !== 'string') return { ok: false, message: 'the log has no "scenarioHash" text' };
  if (typeof o.seed !== 'number' || !Number.isFinite(o.seed))
    return { ok: false, message: 'the log has no numeric "seed"' };
  if (typeof o.engineVersion !== 'number')
    return { ok: false, message: 'the log has no numeric "engineVersion"' };
  if (!Array.isArray(o.entries)) return { ok: false, message: 'the log has no "entries" list' };
  return {
    ok: true,
    log: {
      scenarioId: o.scenarioId,
      scenarioHash: o.scenarioHash,
      seed: o.seed,
      engineVersion: o.engineVersion,
      entries: o.entries as Input[],
    },
  };
}

export type ReplayResult =
  | { ok: true; state: ShiftState; events: EngineEvent[] }
  | { ok: false; message: string };

/** Rebuilds a shift's state from its log, or says why the log does not belong to this scenario. */
export function replay(scenario: Scenario, scenarioHash: string, log: ShiftLog): ReplayResult {
  const checked = checkLog(log);
  if (!checked.ok) return { ok: false, message: `This is not a shift log: ${checked.message}.` };
  const l = checked.log;
  if (l.scenarioId !== scenario.meta.id) {
    return {
      ok: false,
      message: `This log was made for scenario "${l.scenarioId}", not "${scenario.meta.id}".`,
    };
  }
  if (l.scenarioHash !== scenarioHash) {
    return {
      ok: false,
      message: `This log was made with another version of the scenario "${scenario.meta.id}" (log ${l.scenarioHash.slice(0, 12)}, file ${scenarioHash.slice(0, 12)}); replay it against the scenario file it was played on.`,
    };
  }
  if (l.engineVersion !== ENGINE_VERSION) {
    return {
      ok: false,
      message: `This log was made with engine version ${l.engineVersion}; this is engine version ${ENGINE_VERSION}.`,
    };
  }
  const { state, events } = applyOwned(scenario, createShift(scenario, l.seed), l.entries);
  return { ok: true, state, events };
}
