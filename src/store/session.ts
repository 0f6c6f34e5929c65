/**
 * What one shift's session holds, and how it changes: the session a store opens with (a new shift,
 * or the saved one replayed), and what one played input changes in it (state, log, notifications,
 * the knowledge-base results, the desk pausing by itself). The store (`shift-store.ts`) applies it.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { Played } from '../sim/index.ts';
import type { ClockAdvance, Command, ShiftLog, ShiftState } from '../sim/types.ts';
import { autoPauseReason } from './auto-pause.ts';
import {
  addTicketNotes,
  NOTIFICATION_LIMIT,
  type Notification,
  notificationsFor,
  type TicketNote,
} from './notifications.ts';
import type { KeyValueStorage, Prefs } from './persistence.ts';
import { openSavedShift, rebuildShift, type SavedConflict } from './saved-shift.ts';

export type Speed = 0 | 1 | 2 | 4 | 8;
export const SPEEDS: readonly Speed[] = [1, 2, 4, 8];

export interface KbResults {
  query: string;
  ticketId: string | null;
  articleIds: string[];
}

export interface ShiftSession {
  scenario: Scenario;
  hash: string;
  log: ShiftLog;
  state: ShiftState;
  /** 0 = paused. */
  speed: Speed;
  /** The speed to return to when unpausing. */
  lastSpeed: Exclude<Speed, 0>;
  selectedTicketId: string | null;
  notifications: Notification[];
  nextNotificationId: number;
  kbResults: KbResults | null;
  /** Per ticket, what happened to it that its conversation shows (rebuilt from the log on reload). */
  ticketNotes: Readonly<Record<string, readonly TicketNote[]>>;
  prefs: Prefs;
  /** Set when the browser refused to save; shown until a save succeeds again. */
  saveError: string | null;
  conflict: SavedConflict | null;
  /** True when this session continued a saved shift. */
  resumed: boolean;
  /** A one-off message for the trainee (e.g. an unreadable save was discarded). */
  notice: string | null;
}

/** The session for `scenario`: the shift saved in `storage` replayed when it matches, else `fresh`. */
export function openSession(
  scenario: Scenario,
  hash: string,
  storage: KeyValueStorage,
  fresh: ShiftLog,
  prefs: Prefs,
): ShiftSession {
  const { log, conflict, resumed, notice } = openSavedShift(scenario, hash, storage, fresh);
  // A reload rebuilds what the trainee saw from the log: the conversation notes and the notifications.
  const rebuilt = rebuildShift(scenario, hash, log);
  const resumeNotice: Notification = {
    id: rebuilt.notifications.length + 1,
    atMinute: rebuilt.state.now,
    tone: 'info',
    cue: null,
    ticketId: null,
    text: `Shift resumed where you left it (${log.entries.length} moves replayed). Press Space to run the clock.`,
  };
  return {
    scenario,
    hash,
    log,
    state: rebuilt.state,
    speed: 0,
    lastSpeed: 1,
    selectedTicketId: null,
    notifications: resumed ? [...rebuilt.notifications.slice(-(NOTIFICATION_LIMIT - 1)), resumeNotice] : [],
    nextNotificationId: resumed ? resumeNotice.id + 1 : 1,
    kbResults: null,
    ticketNotes: rebuilt.ticketNotes,
    prefs,
    saveError: null,
    conflict,
    resumed,
    notice,
  };
}

/** What playing `input` changes in the session `s` (everything but saving). */
export function afterInput(
  s: ShiftSession,
  input: Command | ClockAdvance,
  played: Played,
): Pick<
  ShiftSession,
  'log' | 'state' | 'notifications' | 'nextNotificationId' | 'ticketNotes' | 'kbResults' | 'speed'
> {
  const { state, events } = played;
  const fresh = notificationsFor(s.scenario, state, events, s.nextNotificationId);
  const kb = events.findLast((e) => e.type === 'kb/results');
  // Only what the trainee can see pauses the desk: a ticket's true priority stays hidden.
  const pauseReason = s.prefs.autoPauseP1 ? autoPauseReason(s.scenario, state, events) : null;
  const autoPaused = pauseReason !== null && s.speed > 0 && !state.ended;
  if (autoPaused) {
    fresh.push({
      id: s.nextNotificationId + fresh.length,
      atMinute: state.now,
      tone: 'warn',
      cue: null,
      ticketId: null,
      text: `Paused by itself: ${pauseReason}. Press Space to run on.`,
    });
  }
  return {
    log: played.log,
    state,
    notifications: [...s.notifications, ...fresh].slice(-NOTIFICATION_LIMIT),
    nextNotificationId: s.nextNotificationId + fresh.length,
    ticketNotes: addTicketNotes(s.ticketNotes, events),
    kbResults:
      kb && kb.type === 'kb/results'
        ? {
            query: kb.query,
            ticketId: input.type === 'kb/search' ? (input.ticketId ?? null) : null,
            articleIds: kb.articleIds,
          }
        : s.kbResults,
    speed: state.ended || autoPaused ? 0 : s.speed,
  };
}
