/**
 * Public surface of the pure shift engine: create a shift, step it, keep and replay its log,
 * and read views of its state. No DOM, no file system, no clock, no global randomness.
 */
export { attentionTicket, QUEUE_SHARE } from './attention.ts';
export { COMMAND_MINUTES, COMMAND_TYPES, CommandSchema, checkInput, TEXT_LIMIT } from './command-schema.ts';
export {
  APPLIES_IN,
  actionRefusal,
  availableActions,
  TICKET_COMMAND_TYPES,
  type TicketCommandType,
} from './legality.ts';
export {
  appendCommand,
  createLog,
  type LogCheck,
  type LogEnvelope,
  logMismatch,
  type Played,
  playInput,
  type ReplayedStep,
  type ReplayResult,
  reachMinute,
  readLog,
  replay,
} from './log.ts';
export {
  arrivalWindows,
  type ClosingMoment,
  shiftWindows,
  TIME_MOMENTS,
  WINDOW_LIST,
  WINDOWS,
  type WindowDeclaration,
} from './opportunities.ts';
export { deskOwns, isDeskGroup } from './scenario-index.ts';
export {
  type ClockCounts,
  type ShiftSummary,
  selectSlaRemaining,
  selectSummary,
  type TicketSla,
} from './selectors.ts';
export type { SlaView } from './sla.ts';
export {
  ACTIVE_STATUSES,
  isActiveStatus,
  isOpenStatus,
  isSettledStatus,
  isWorkableStatus,
  OPEN_STATUSES,
  SETTLED_STATUSES,
  WORKABLE_STATUSES,
} from './status.ts';
export { createShift, step } from './step.ts';
export { DEFAULT_VIA, delayedAnswer, partyLabel, pendingRequests } from './third-party.ts';
export * from './types.ts';
