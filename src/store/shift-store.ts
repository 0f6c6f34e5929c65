/**
 * The session of one shift: the scenario, the log (the truth), the state replayed from it through
 * the engine, the clock speed, the selected ticket, notifications and UI preferences. It is the only
 * mutable holder of game state: views subscribe to slices and call `dispatch`. Every input is
 * appended to the log and the log is saved after each one, so a reload replays to the same state.
 */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../scenario/schema.ts';
import { createLog, type LogEnvelope, playInput } from '../sim/index.ts';
import type { ClockAdvance, Command, EngineEvent, ShiftLog, ShiftState } from '../sim/types.ts';
import { autoPauseReason } from './auto-pause.ts';
import {
  addTicketNotes,
  NOTIFICATION_LIMIT,
  type Notification,
  notificationsFor,
  type TicketNote,
} from './notifications.ts';
import {
  archiveLog,
  type KeyValueStorage,
  loadPrefs,
  type Prefs,
  saveLog,
  savePrefs,
} from './persistence.ts';
import { openSavedShift, rebuildShift, type SavedConflict } from './saved-shift.ts';

export type Speed = 0 | 1 | 2 | 4 | 8;
export const SPEEDS: readonly Speed[] = [1, 2, 4, 8];

export type { SavedConflict } from './saved-shift.ts';

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
  /** Events of the latest input (for sounds and animations), with a counter that changes per input. */
  lastEvents: EngineEvent[];
  eventBatch: number;
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

export interface ShiftStoreOptions {
  scenario: Scenario;
  hash: string;
  seed: number;
  storage: KeyValueStorage;
  /** Who plays and the attempt's id and wall-clock start, kept in the log's envelope. */
  envelope?: () => LogEnvelope;
}

export interface ShiftStore {
  /** The zustand store: `store.subscribe(selector, listener, { fireImmediately })` for views. */
  readonly store: SessionStoreApi;
  getState(): ShiftSession;
  /** Applies a trainee command (it is logged and saved even if the engine rejects it). */
  dispatch(command: Command): EngineEvent[];
  /** Moves the clock forward to `minute` (clamped to the shift's end); consecutive advances merge in the log. */
  advanceTo(minute: number): EngineEvent[];
  setSpeed(speed: Speed): void;
  togglePause(): void;
  select(ticketId: string | null): void;
  setPrefs(prefs: Partial<Prefs>): void;
  dismissNotification(id: number): void;
  /** Resolves a saved-shift conflict: the old log is dropped, or archived for export; a new shift starts. */
  resolveConflict(choice: 'discard' | 'keep'): unknown;
  /** Forgets the saved shift and starts the scenario again with a new seed. */
  restart(seed: number): void;
}

export type SessionStoreApi = Mutate<StoreApi<ShiftSession>, [['zustand/subscribeWithSelector', never]]>;

/** Creates the session store for a scenario, resuming the shift saved in `storage` when it matches. */
export function createShiftStore(options: ShiftStoreOptions): ShiftStore {
  const { scenario, hash, storage } = options;
  const prefs = loadPrefs(storage);
  const newLog = (seed: number) => createLog(scenario, hash, seed, options.envelope?.() ?? {});
  const { log, conflict, resumed, notice } = openSavedShift(scenario, hash, storage, newLog(options.seed));
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

  const store = createStore<ShiftSession>()(
    subscribeWithSelector(
      (): ShiftSession => ({
        scenario,
        hash,
        log,
        state: rebuilt.state,
        speed: 0 as Speed,
        lastSpeed: 1 as Exclude<Speed, 0>,
        selectedTicketId: null,
        notifications: resumed
          ? [...rebuilt.notifications.slice(-(NOTIFICATION_LIMIT - 1)), resumeNotice]
          : [],
        nextNotificationId: resumed ? resumeNotice.id + 1 : 1,
        lastEvents: [],
        eventBatch: 0,
        kbResults: null,
        ticketNotes: rebuilt.ticketNotes,
        prefs,
        saveError: null,
        conflict,
        resumed,
        notice,
      }),
    ),
  );

  function commit(
    input: Command | ClockAdvance,
    nextLog: ShiftLog,
    nextState: ShiftState,
    events: EngineEvent[],
  ): EngineEvent[] {
    const s = store.getState();
    const fresh = notificationsFor(scenario, nextState, events, s.nextNotificationId);
    const kb = events.findLast((e) => e.type === 'kb/results');
    // Only what the trainee can see pauses the desk: a ticket's true priority stays hidden.
    const pauseReason = s.prefs.autoPauseP1 ? autoPauseReason(scenario, nextState, events) : null;
    const autoPaused = pauseReason !== null && s.speed > 0 && !nextState.ended;
    if (autoPaused) {
      fresh.push({
        id: s.nextNotificationId + fresh.length,
        atMinute: nextState.now,
        tone: 'warn',
        cue: null,
        ticketId: null,
        text: `Paused by itself: ${pauseReason}. Press Space to run on.`,
      });
    }
    const saveError = saveLog(storage, nextLog);
    store.setState({
      log: nextLog,
      state: nextState,
      notifications: [...s.notifications, ...fresh].slice(-NOTIFICATION_LIMIT),
      nextNotificationId: s.nextNotificationId + fresh.length,
      lastEvents: events,
      eventBatch: s.eventBatch + 1,
      ticketNotes: addTicketNotes(s.ticketNotes, events),
      kbResults:
        kb && kb.type === 'kb/results'
          ? {
              query: kb.query,
              ticketId: input.type === 'kb/search' ? (input.ticketId ?? null) : null,
              articleIds: kb.articleIds,
            }
          : s.kbResults,
      saveError,
      speed: nextState.ended || autoPaused ? 0 : s.speed,
    });
    return events;
  }

  function apply(input: Command | ClockAdvance): EngineEvent[] {
    const s = store.getState();
    if (s.conflict) return [];
    const played = playInput(scenario, s.state, s.log, input);
    return commit(input, played.log, played.state, played.events);
  }

  function start(nextLog: ShiftLog): void {
    const { state } = rebuildShift(scenario, hash, nextLog);
    const saveError = saveLog(storage, nextLog);
    store.setState({
      log: nextLog,
      state,
      speed: 0,
      selectedTicketId: null,
      notifications: [],
      lastEvents: [],
      kbResults: null,
      ticketNotes: {},
      conflict: null,
      resumed: false,
      saveError,
    });
  }

  return {
    store,
    getState: store.getState,
    dispatch: (command) => apply(command),
    advanceTo(minute) {
      const s = store.getState();
      const to = Math.min(Math.floor(minute), s.state.endMinute);
      if (s.state.ended || to <= s.state.now) return [];
      return apply({ type: 'clock/advance', toMinute: to });
    },
    setSpeed(speed) {
      const s = store.getState();
      if (s.state.ended && speed !== 0) return;
      store.setState(speed === 0 ? { speed } : { speed, lastSpeed: speed });
    },
    togglePause() {
      const s = store.getState();
      if (s.speed === 0) {
        if (!s.state.ended) store.setState({ speed: s.lastSpeed });
      } else store.setState({ speed: 0 });
    },
    select(ticketId) {
      store.setState({ selectedTicketId: ticketId });
    },
    setPrefs(partial) {
      const next = { ...store.getState().prefs, ...partial };
      const saveError = savePrefs(storage, next);
      store.setState({ prefs: next, ...(saveError ? { saveError } : {}) });
    },
    dismissNotification(id) {
      store.setState({ notifications: store.getState().notifications.filter((n) => n.id !== id) });
    },
    resolveConflict(choice) {
      const c = store.getState().conflict;
      if (!c) return null;
      if (choice === 'keep') archiveLog(storage, scenario.meta.id, c.log);
      start(newLog(options.seed));
      return choice === 'keep' ? c.log : null;
    },
    restart(seed) {
      start(newLog(seed));
    },
  };
}
