/**
 * Read-only views the screens need, computed from the session: which SLA clock a ticket shows,
 * its state at a minute, and the caller's name. SLA arithmetic stays in the engine (`viewClock`).
 */
import type { Scenario } from '../scenario/schema.ts';
import {
  isOpenStatus,
  type ShiftState,
  type SlaView,
  selectSlaRemaining,
  type Ticket,
} from '../sim/index.ts';

export type { SlaView };

/** The highest warning threshold of the SLA policy (0 when none). */
export function highestWarning(scenario: Scenario): number {
  return Math.max(0, ...scenario.sla.warningPercents);
}

/** The clock that matters now: response until the contact is answered, then resolution. */
function activeClockName(ticket: Ticket): 'response' | 'resolution' {
  return ticket.respondedAt === null ? 'response' : 'resolution';
}

/** The SLA view of one named clock at the state's minute (the engine does the arithmetic). */
export function selectSla(
  scenario: Scenario,
  state: ShiftState,
  ticket: Ticket,
  clock: 'response' | 'resolution',
): SlaView {
  const views = selectSlaRemaining(state, ticket, state.now, highestWarning(scenario));
  if (views === null) throw new Error(`Unknown ticket ${ticket.id}`);
  return views[clock];
}

/** The SLA view of the ticket's active clock at the state's minute. */
export function selectActiveSla(scenario: Scenario, state: ShiftState, ticket: Ticket): SlaView {
  return selectSla(scenario, state, ticket, activeClockName(ticket));
}

/** Who contacted the desk (as they introduce themselves), or "Monitoring" for alerts. */
export function callerName(scenario: Scenario, ticket: Ticket): string {
  const callerId = arrivalOf(scenario, ticket.id)?.caller ?? null;
  if (callerId === null) return ticket.channel === 'monitoring' ? 'Monitoring' : 'Unknown caller';
  return scenario.organisation.users.find((u) => u.id === callerId)?.name ?? callerId;
}

/** Whether a ticket still needs the desk's work (not done, not gone). */
export function isOpen(ticket: Ticket): boolean {
  return isOpenStatus(ticket.status);
}

/** The arrival (scenario entry) behind a ticket. */
export function arrivalOf(scenario: Scenario, ticketId: string) {
  return scenario.timeline.find((a) => a.id === ticketId) ?? null;
}
