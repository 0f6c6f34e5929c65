/**
 * Opening a shift from the browser's storage: resume the saved log when it belongs to this
 * scenario file, refuse it with the engine's reason (the trainee then keeps or discards it) when it
 * does not, and rebuild what the trainee saw (conversations, notifications) by replaying it.
 */
import type { Scenario } from '../scenario/schema.ts';
import { logMismatch, readLog, replay, type ShiftLog, type ShiftState } from '../sim/index.ts';
import { addTicketNotes, type Notification, notificationsFor, type TicketNote } from './notifications.ts';
import { type KeyValueStorage, loadSavedLog, movesOf, removeSavedLog } from './persistence.ts';

/** A saved shift that cannot be resumed against this scenario: the trainee chooses what to do. */
export interface SavedConflict {
  /** The saved JSON as it was, so it can still be downloaded. */
  log: unknown;
  /** How many moves it holds, when that can be read. */
  moves: number | null;
  message: string;
}

export interface Opening {
  log: ShiftLog;
  conflict: SavedConflict | null;
  resumed: boolean;
  notice: string | null;
}

/** What to start from: the saved shift for this scenario, or `fresh`. */
export function openSavedShift(
  scenario: Scenario,
  hash: string,
  storage: KeyValueStorage,
  fresh: ShiftLog,
): Opening {
  const start: Opening = { log: fresh, conflict: null, resumed: false, notice: null };
  const saved = loadSavedLog(storage, scenario.meta.id);
  if (saved.kind === 'none') return start;
  if (saved.kind === 'corrupt') {
    removeSavedLog(storage, scenario.meta.id);
    return { ...start, notice: `${saved.message} It was discarded and a new shift starts.` };
  }
  const read = readLog(saved.value);
  if (!read.ok) {
    const message = `The saved shift cannot be read. ${read.message}`;
    return { ...start, conflict: { log: saved.value, moves: movesOf(saved.value), message } };
  }
  const mismatch = logMismatch(scenario, hash, read.log);
  if (mismatch !== null) {
    return { ...start, conflict: { log: saved.value, moves: read.log.entries.length, message: mismatch } };
  }
  return { log: read.log, conflict: null, resumed: true, notice: null };
}

interface Rebuilt {
  state: ShiftState;
  ticketNotes: Readonly<Record<string, readonly TicketNote[]>>;
  notifications: Notification[];
}

/** Replays a log that belongs to this scenario, with the notes and notifications it led to. */
export function rebuildShift(scenario: Scenario, hash: string, log: ShiftLog): Rebuilt {
  let ticketNotes: Readonly<Record<string, readonly TicketNote[]>> = {};
  let notifications: Notification[] = [];
  const result = replay(scenario, hash, log, (s) => {
    ticketNotes = addTicketNotes(ticketNotes, s.events);
    const fresh = notificationsFor(scenario, s.state, s.events, notifications.length + 1);
    if (fresh.length > 0) notifications = [...notifications, ...fresh];
  });
  if (!result.ok) throw new Error(`a checked log did not replay: ${result.message}`);
  return { state: result.state, ticketNotes, notifications };
}
