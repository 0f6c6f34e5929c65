/**
 * Which ticket commands are legal now, answered once for the engine, the desk and the bots. One
 * table says, for each command that acts on a ticket, the statuses in which it applies; the
 * handlers' `findTicket` reads it, `availableActions` reads it, and so the buttons, the keys and
 * the personas can never offer what the engine would refuse (or hide what it would accept).
 *
 * The on-hold rule: a real desk resumes a paused ticket before working it again, because the
 * hold stops the resolution clock and tells the caller nobody is on it. So logging, asking,
 * searching the knowledge base, diagnosing, resolving, assigning and holding again need a
 * resume first ("X is on hold; resume it first"). What does not work the ticket itself stays
 * allowed while it waits: re-prioritising it (impact can change while a supplier works), escalating
 * it (a supplier that is late is escalated exactly while the ticket is on hold), linking it to a
 * parent, raising a problem over it, and writing a note. A problem may also name resolved and
 * closed incidents: problem management looks back at tickets already done.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { CommandType } from './command-schema.ts';
import { indexScenario, type ScenarioIndex } from './scenario-index.ts';
import { ACTIVE_STATUSES, isActiveStatus, WORKABLE_STATUSES } from './status.ts';
import type { ShiftState, TicketId, TicketStatus } from './types.ts';
import { assertNever, shown } from './util.ts';

/** Commands that act on a ticket (`problem/raise` on each ticket it names). */
export type TicketCommandType = Exclude<CommandType, 'kb/search' | 'sla/report-deviation' | 'shift/end'>;

/** For each ticket command, the ticket statuses in which it applies. */
export const APPLIES_IN: { readonly [T in TicketCommandType]: readonly TicketStatus[] } = {
  'contact/answer': ['waiting'],
  'ticket/log': WORKABLE_STATUSES,
  'ticket/ask': WORKABLE_STATUSES,
  'ticket/prioritise': ACTIVE_STATUSES,
  'ticket/apply-article': WORKABLE_STATUSES,
  'ticket/run-diagnostic': WORKABLE_STATUSES,
  'ticket/diagnose': WORKABLE_STATUSES,
  'ticket/resolve': WORKABLE_STATUSES,
  'ticket/assign': WORKABLE_STATUSES,
  'ticket/escalate': ACTIVE_STATUSES,
  'ticket/hold': WORKABLE_STATUSES,
  'ticket/resume': ['on-hold'],
  'ticket/link': ACTIVE_STATUSES,
  'problem/raise': [...ACTIVE_STATUSES, 'resolved', 'closed'],
  'ticket/close': ['resolved'],
  'ticket/note': ['abandoned', ...ACTIVE_STATUSES, 'resolved', 'closed', 'cancelled'],
};

/** Every ticket command, in the table's order. */
export const TICKET_COMMAND_TYPES = Object.keys(APPLIES_IN) as readonly TicketCommandType[];

/** The statuses a command applies in, as words: "new or in-progress". */
export function statusList(type: TicketCommandType): string {
  const list = APPLIES_IN[type];
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

/** Why a ticket in `status` cannot be worked at all now, whatever the command. */
export function statusReason(id: string, status: TicketStatus): string {
  switch (status) {
    case 'waiting':
      return `${id} is waiting to be answered; answer it first`;
    case 'abandoned':
      return `the caller on ${id} hung up; wait for them to call back`;
    case 'resolved':
      return `${id} is resolved; it can only be closed, or noted`;
    case 'closed':
      return `${id} is closed`;
    case 'cancelled':
      return `${id} is cancelled`;
    case 'new':
    case 'in-progress':
      return `${id} is ${status}`;
    case 'on-hold':
      return `${id} is on hold; resume it first`;
    default:
      return assertNever(status);
  }
}

/** Why a ticket in `status` cannot take a command of `type`, or null when it can. */
export function statusRefusal(type: TicketCommandType, id: string, status: TicketStatus): string | null {
  if (APPLIES_IN[type].includes(status)) return null;
  if (type === 'contact/answer' && status !== 'abandoned') return `${id} has already been answered`;
  if (type === 'ticket/hold' && status === 'on-hold') return `${id} is already on hold`;
  if (type === 'ticket/resume' && status !== 'waiting') return `${id} is not on hold`;
  if (type === 'ticket/close' && isActiveStatus(status))
    return `${id} is ${status}; resolve it before closing it`;
  return statusReason(id, status);
}

/** Why ticket `id` cannot take a command of `type` now (no such ticket, or its status), or null. */
export function ticketRefusal(
  index: ScenarioIndex,
  state: ShiftState,
  id: TicketId,
  type: TicketCommandType,
): string | null {
  const t = Object.hasOwn(state.tickets, id) ? state.tickets[id] : undefined;
  if (t === undefined || !index.arrivalById.has(id)) return `there is no ticket ${shown(id)}`;
  return statusRefusal(type, id, t.status);
}

/**
 * Why the engine would refuse a command of `type` on ticket `ticketId` now whatever its choices
 * (fix, group, question...), or null when it applies: the reason the engine gives when it refuses
 * (the shift has ended, there is no such ticket, or its status does not allow it).
 */
export function actionRefusal(
  scenario: Scenario,
  state: ShiftState,
  ticketId: TicketId,
  type: TicketCommandType,
): string | null {
  if (state.ended) return 'the shift has ended';
  return ticketRefusal(indexScenario(scenario), state, ticketId, type);
}

/** The ticket commands that apply to ticket `ticketId` now, in the table's order. */
export function availableActions(
  scenario: Scenario,
  state: ShiftState,
  ticketId: TicketId,
): readonly TicketCommandType[] {
  if (state.ended) return [];
  const index = indexScenario(scenario);
  return TICKET_COMMAND_TYPES.filter((type) => ticketRefusal(index, state, ticketId, type) === null);
}
