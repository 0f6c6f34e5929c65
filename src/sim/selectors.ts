/**
 * Read-only views of the state for the UI, the CLI and tests: SLA time left and raw counts for a
 * summary.
 */
import type { ObservationKind } from '../scenario/schema.ts';
import { type SlaView, viewClock } from './sla.ts';
import type { Minute, ShiftState, Ticket, TicketId, TicketStatus } from './types.ts';

export interface TicketSla {
  response: SlaView;
  resolution: SlaView;
}

/**
 * Both SLA clocks of a ticket at `now` (default: the state's minute). Remaining time is never
 * negative: it stops at 0 and the clock shows as breached. Null for an unknown ticket.
 */
export function selectSlaRemaining(
  state: ShiftState,
  ticket: Ticket | TicketId,
  now: Minute = state.now,
  highestWarningPercent = 75,
): TicketSla | null {
  const t =
    typeof ticket === 'string'
      ? Object.hasOwn(state.tickets, ticket)
        ? state.tickets[ticket]
        : undefined
      : ticket;
  if (t === undefined) return null;
  const at = Number.isFinite(now) ? now : state.now;
  return {
    response: viewClock(t, 'response', at, highestWarningPercent),
    resolution: viewClock(t, 'resolution', at, highestWarningPercent),
  };
}

export interface ClockCounts {
  met: number;
  breached: number;
  /** Still running, not breached. */
  open: number;
}

export interface ShiftSummary {
  now: Minute;
  ended: boolean;
  tickets: number;
  byStatus: Record<TicketStatus, number>;
  response: ClockCounts;
  resolution: ClockCounts;
  observations: Partial<Record<ObservationKind, { ok: number; notOk: number }>>;
  problems: number;
  reopened: number;
  firstContact: number;
  /** Mean satisfaction of resolved tickets (null when none), rounded to 2 decimals. */
  satisfaction: number | null;
}

function countClock(counts: ClockCounts, stopped: boolean, breached: boolean): void {
  if (breached) counts.breached += 1;
  else if (stopped) counts.met += 1;
  else counts.open += 1;
}

/** Raw counts for a summary of the shift (the CLI and the KPIs start from these). */
export function selectSummary(state: ShiftState): ShiftSummary {
  const byStatus: Record<TicketStatus, number> = {
    waiting: 0,
    abandoned: 0,
    new: 0,
    'in-progress': 0,
    'on-hold': 0,
    resolved: 0,
    closed: 0,
    cancelled: 0,
  };
  const response: ClockCounts = { met: 0, breached: 0, open: 0 };
  const resolution: ClockCounts = { met: 0, breached: 0, open: 0 };
  let reopened = 0;
  let firstContact = 0;
  let satisfactionSum = 0;
  let satisfactionCount = 0;
  for (const id of state.order) {
    const t = state.tickets[id];
    if (t === undefined) continue;
    byStatus[t.status] += 1;
    // Gone without the desk: a clock that never ran out is not counted.
    const gone = t.status === 'abandoned' || t.status === 'cancelled';
    if (!(gone && !t.response.breached && t.respondedAt === null)) {
      countClock(response, t.respondedAt !== null, t.response.breached);
    }
    if (!(gone && !t.resolution.breached)) {
      countClock(resolution, t.resolvedAt !== null || t.status === 'closed', t.resolution.breached);
    }
    if (t.reopenCount > 0) reopened += 1;
    if (t.firstContact) firstContact += 1;
    if (t.satisfaction !== null) {
      satisfactionSum += t.satisfaction;
      satisfactionCount += 1;
    }
  }
  const observations: ShiftSummary['observations'] = {};
  for (const o of state.observations) {
    const c = observations[o.kind] ?? { ok: 0, notOk: 0 };
    if (o.ok) c.ok += 1;
    else c.notOk += 1;
    observations[o.kind] = c;
  }
  return {
    now: state.now,
    ended: state.ended,
    tickets: state.order.length,
    byStatus,
    response,
    resolution,
    observations,
    problems: Object.keys(state.problems).length,
    reopened,
    firstContact,
    satisfaction:
      satisfactionCount === 0 ? null : Math.round((satisfactionSum / satisfactionCount) * 100) / 100,
  };
}
