/**
 * The shift log is the truth: scenario id and hash, seed, engine version, the commands in order
 * (each stamped with its game minute) and the last minute the clock reached. This module is the
 * one place that checks a log, says why it does not belong to a scenario or to this engine, and
 * replays a log to the exact state.
 */
import { z } from 'zod';
import type { Scenario } from '../scenario/schema.ts';
import type { ClockAdvance, Command, LoggedCommand } from './command-schema.ts';
import { createShift, step, stepOwned } from './step.ts';
import {
  ENGINE_VERSION,
  type EngineEvent,
  LOG_FORMAT,
  type Minute,
  type ShiftLog,
  type ShiftState,
} from './types.ts';

/** Who played and when: kept with the log, outside the content hash and outside the replay. */
export interface LogEnvelope {
  learnerId?: string;
  registration?: string;
  startedAt?: string;
}

/** An empty log for a new shift. */
export function createLog(
  scenario: Scenario,
  scenarioHash: string,
  seed: number,
  envelope: LogEnvelope = {},
): ShiftLog {
  return {
    logFormat: LOG_FORMAT,
    scenarioId: scenario.meta.id,
    scenarioHash,
    seed,
    engineVersion: ENGINE_VERSION,
    entries: [],
    reachedMinute: 0,
    ...envelope,
  };
}

export interface Played {
  state: ShiftState;
  log: ShiftLog;
  events: EngineEvent[];
}

/**
 * Plays one input live, as the desk and the bots do: the clock moving, or a command given now.
 * The command is stamped with the current minute and logged even when the engine refuses it, and
 * the log remembers the minute the clock reached, so a replay of the log gives the same state.
 */
export function playInput(
  scenario: Scenario,
  state: ShiftState,
  log: ShiftLog,
  input: Command | ClockAdvance,
): Played {
  // Typed callers never pass garbage, but `step` is total and so is this.
  if ((input as { type?: unknown } | null)?.type === 'clock/advance') {
    const result = step(scenario, state, input);
    return { ...result, log: reachMinute(log, result.state.now) };
  }
  const command = input as Command;
  const at = state.now;
  const result = step(scenario, state, { ...command, at });
  return { ...result, log: reachMinute(appendCommand(log, command, at), result.state.now) };
}

/** The log with one more command, given at minute `at` (a new object; the log is not changed). */
export function appendCommand(log: ShiftLog, command: Command, at: Minute): ShiftLog {
  const entry = { ...command, at } as LoggedCommand;
  return { ...log, entries: [...log.entries, entry], reachedMinute: Math.max(log.reachedMinute, at) };
}

/** The log with the clock having reached `minute` (never earlier than it was). */
export function reachMinute(log: ShiftLog, minute: Minute): ShiftLog {
  return minute > log.reachedMinute ? { ...log, reachedMinute: minute } : log;
}

const minute = z.number().int().min(0);
const shortText = z.string().min(1).max(200);
/** The log's envelope; entries are checked one by one by `step`, so one bad entry is one refusal. */
const LogSchema = z.object({
  logFormat: z.literal(LOG_FORMAT),
  scenarioId: shortText,
  scenarioHash: shortText,
  seed: z.number().int(),
  engineVersion: z.number().int(),
  entries: z.array(z.looseObject({ at: minute })),
  reachedMinute: minute,
  learnerId: shortText.optional(),
  registration: shortText.optional(),
  startedAt: shortText.optional(),
});
export type LogCheck = { ok: true; log: ShiftLog } | { ok: false; message: string };

function describeIssue(value: unknown, issue: z.core.$ZodIssue): string {
  if (issue.path[0] === 'entries' && issue.path[2] === 'at')
    return `entry ${String(issue.path[1])} has no whole-minute "at"`;
  const where = issue.path.length === 0 ? 'the log' : `"${issue.path.map(String).join('.')}"`;
  let found: unknown = value;
  for (const key of issue.path) found = (found as Record<PropertyKey, unknown> | undefined)?.[key];
  return found === undefined ? `${where} is missing` : `${where}: ${issue.message}`;
}

/** Why a log made by engine `version` is not replayed by this one. */
function engineMismatch(version: number): string {
  return `This shift was played with engine version ${version}; this is engine version ${ENGINE_VERSION}, which would not replay it the same way.`;
}

/**
 * Reads a parsed JSON value as a shift log. A log of the first format (no "logFormat", engine
 * version 1) is refused like a log of any other engine version: replaying it with today's rules
 * would not give the shift that was played. (The game keeps it for export: see the store.)
 */
export function readLog(value: unknown): LogCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'This is not a shift log: it is not a JSON object.' };
  }
  const version = (value as { engineVersion?: unknown }).engineVersion;
  if (!('logFormat' in value) && typeof version === 'number' && version !== ENGINE_VERSION) {
    return { ok: false, message: engineMismatch(version) };
  }
  const parsed = LogSchema.safeParse(value);
  if (!parsed.success) {
    const format = (value as { logFormat?: unknown }).logFormat;
    if (format !== undefined && format !== LOG_FORMAT) {
      return {
        ok: false,
        message: `This shift log has format ${JSON.stringify(format).slice(0, 20)}; this version of deskshift reads format ${LOG_FORMAT}.`,
      };
    }
    const issue = parsed.error.issues[0];
    const why = issue === undefined ? 'it is not well formed' : describeIssue(value, issue);
    return { ok: false, message: `This is not a shift log: ${why}.` };
  }
  const { entries, ...rest } = parsed.data;
  return { ok: true, log: { ...rest, entries: entries as LoggedCommand[] } };
}

/** Why a log cannot be replayed against this scenario file, or null when it can. */
export function logMismatch(scenario: Scenario, scenarioHash: string, log: ShiftLog): string | null {
  if (log.scenarioId !== scenario.meta.id) {
    return `This shift was played on scenario "${log.scenarioId}", not "${scenario.meta.id}".`;
  }
  if (log.scenarioHash !== scenarioHash) {
    return `This shift was played on another version of the scenario "${scenario.meta.title}" (log ${log.scenarioHash.slice(0, 12)}, file ${scenarioHash.slice(0, 12)}), so its moves would not replay the same shift; replay it against the scenario file it was played on.`;
  }
  if (log.engineVersion !== ENGINE_VERSION) {
    return engineMismatch(log.engineVersion);
  }
  return null;
}

/** One replayed command, for views that show the shift as it went (the debrief's timeline). */
export interface ReplayedStep {
  /** The command's index in the log; null for the clock's final run to `reachedMinute`. */
  index: number | null;
  entry: LoggedCommand | null;
  /** The minute the command applied at, and the minute its cost brought the clock to. */
  fromMinute: Minute;
  toMinute: Minute;
  events: EngineEvent[];
  /** The state right after it (owned by the replay: read it now, do not keep it). */
  state: ShiftState;
}

export type ReplayResult =
  | { ok: true; state: ShiftState; events: EngineEvent[] }
  | { ok: false; message: string };

/**
 * Rebuilds a shift's state from its log, or says why the log does not belong to this scenario.
 * `onStep` sees each command as it applies (the clock's own events come with the next command,
 * or with the final run of the clock to `reachedMinute`, which has no entry).
 */
export function replay(
  scenario: Scenario,
  scenarioHash: string,
  log: ShiftLog,
  onStep?: (step: ReplayedStep) => void,
): ReplayResult {
  const mismatch = logMismatch(scenario, scenarioHash, log);
  if (mismatch !== null) return { ok: false, message: mismatch };
  const state = createShift(scenario, log.seed);
  const events: EngineEvent[] = [];
  log.entries.forEach((entry, index) => {
    const result = stepOwned(scenario, state, entry);
    for (const e of result.events) events.push(e);
    onStep?.({ index, entry, fromMinute: entry.at, toMinute: state.now, events: result.events, state });
  });
  if (log.reachedMinute > state.now && !state.ended) {
    const result = stepOwned(scenario, state, { type: 'clock/advance', toMinute: log.reachedMinute });
    for (const e of result.events) events.push(e);
    onStep?.({
      index: null,
      entry: null,
      fromMinute: log.reachedMinute,
      toMinute: state.now,
      events: result.events,
      state,
    });
  }
  return { ok: true, state, events };
}
