/**
 * When the desk pauses by itself: on what the trainee can see, never on the hidden truth. A
 * contact from a VIP (the desk flags VIP callers) and a ticket the trainee set to P1 coming back
 * (a callback, a reopen, a group sending it back) and a finding on a ticket (a security review of
 * a risky fix, shown to the trainee) pause it; a contact whose true priority is 1 but
 * which nobody has prioritised yet does not, or the pause would give the answer away.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { EngineEvent, ShiftState } from '../sim/types.ts';

/** The VIP who raised ticket `ticketId`, or null when its caller is not one (or there is none). */
export function vipCaller(scenario: Scenario, ticketId: string): { id: string; name: string } | null {
  const callerId = scenario.timeline.find((a) => a.id === ticketId)?.caller;
  const user = scenario.organisation.users.find((u) => u.id === callerId);
  return user?.vip === true ? { id: user.id, name: user.name } : null;
}

/** Why the desk should pause after these events (a sentence), or null when nothing visible calls for it. */
export function autoPauseReason(
  scenario: Scenario,
  state: ShiftState,
  events: readonly EngineEvent[],
): string | null {
  for (const e of events) {
    if (e.type === 'contact/arrived') {
      const vip = vipCaller(scenario, e.ticketId);
      if (vip !== null) return `${vip.name}, a VIP, contacted the desk (${e.ticketId})`;
    } else if (e.type === 'ticket/callback' || e.type === 'ticket/reopened' || e.type === 'ticket/bounced') {
      const t = state.tickets[e.ticketId];
      if (t?.prioritySet === true && t.priority === 1) return `${e.ticketId}, which you set to P1, is back`;
    } else if (e.type === 'ticket/finding') {
      return `a finding came in on ${e.ticketId}`;
    }
  }
  return null;
}
