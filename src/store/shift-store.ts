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
import type { ClockAdvance, Command, EngineEvent, ShiftLog } from '../sim/types.ts';
import {
  archiveLog,
  type KeyValueStorage,
  loadPrefs,
  type Prefs,
  saveLog,
  savePrefs,
} from './persistence.ts';
import { rebuildShift } from './saved-shift.ts';
import { afterInput, openSession, type ShiftSession, type Speed } from './session.ts';

export type { SavedConflict } from './saved-shift.ts';
export { type KbResults, type ShiftSession, SPEEDS, type Speed } from './session.ts';

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
  const newLog = (seed: number) => createLog(scenario, hash, seed, options.envelope?.() ?? {});
  const store = createStore<ShiftSession>()(
    subscribeWithSelector(() =>
      openSession(scenario, hash, storage, newLog(options.seed), loadPrefs(storage)),
    ),
  );

  function apply(input: Command | ClockAdvance): EngineEvent[] {
    const s = store.getState();
    if (s.conflict) return [];
    const played = playInput(scenario, s.state, s.log, input);
    store.setState({ ...afterInput(s, input, played), saveError: saveLog(storage, played.log) });
    return played.events;
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
