/**
 * The shift's key performance indicators, read from the final state's tickets: what a desk
 * manager would look at, reported beside the level (they are not evidence themselves).
 */
import { isOpenStatus, isSettledStatus } from '../sim/status.ts';
import type { ShiftState, Ticket } from '../sim/types.ts';
import { round } from './format.ts';
import type { Kpis } from './types.ts';

function mean(values: number[]): number | null {
  return values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length, 1);
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : round(part / whole, 4);
}

/** KPIs of a shift; every ratio is 0-1 with four decimals, every mean in minutes with one. */
export function computeKpis(state: ShiftState): Kpis {
  const tickets = state.order.map((id) => state.tickets[id]).filter((t): t is Ticket => t !== undefined);
  const done = tickets.filter((t) => isSettledStatus(t.status));
  const firstContact = new Set(
    state.observations.filter((o) => o.kind === 'first-contact' && o.ok).map((o) => o.ticketId),
  );
  const answers = tickets.map((t) => t.satisfaction).filter((s): s is number => s !== null);
  return {
    tickets: tickets.length,
    // A call the caller gave up on stopped its clocks unbreached, but the desk did not meet it.
    slaCompliance: ratio(
      tickets.filter((t) => t.status !== 'abandoned' && !t.response.breached && !t.resolution.breached)
        .length,
      tickets.length,
    ),
    firstContactResolution: ratio(done.filter((t) => firstContact.has(t.id)).length, done.length),
    meanMinutesToRespond: mean(
      tickets.filter((t) => t.respondedAt !== null).map((t) => (t.respondedAt ?? 0) - t.arrivedAt),
    ),
    meanMinutesToResolve: mean(
      done.filter((t) => t.resolvedAt !== null).map((t) => (t.resolvedAt ?? 0) - t.arrivedAt),
    ),
    breaches: tickets.reduce(
      (n, t) => n + (t.response.breached ? 1 : 0) + (t.resolution.breached ? 1 : 0),
      0,
    ),
    reopens: tickets.reduce((n, t) => n + t.reopenCount, 0),
    abandoned: tickets.filter((t) => t.status === 'abandoned').length,
    backlogAtEnd: tickets.filter((t) => isOpenStatus(t.status)).length,
    csat: ratio(answers.filter((s) => s >= 4).length, answers.length),
    satisfactionAnswers: answers.length,
  };
}
