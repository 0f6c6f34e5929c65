/** The store's public surface: the session store factory, persistence helpers and notification types. */

export { autoPauseReason, vipCaller } from './auto-pause.ts';
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
