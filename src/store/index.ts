/** The store's public surface: the session store factory, persistence helpers and notification types. */

export type { Cue, Notification, TicketNote, Tone } from './notifications.ts';
export * from './persistence.ts';
export * from './selectors.ts';
export {
  createShiftStore,
  type KbResults,
  type SavedConflict,
  type SessionStoreApi,
  type ShiftSession,
  type ShiftStore,
  type ShiftStoreOptions,
  SPEEDS,
  type Speed,
} from './shift-store.ts';
