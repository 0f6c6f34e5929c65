/**
 * The queue as the desk shows it: lanes (incoming, open, waiting on others, done), each sorted so
 * the most pressing ticket comes first, with an optional filter. Shared by the Phaser queue scene,
 * the keyboard (J/K walk this order) and the DOM fallback list. Pure over the session.
 */
import type { Scenario } from '../scenario/schema.ts';
import { pendingRequests } from '../sim/third-party.ts';
import type { ShiftState, Ticket } from '../sim/types.ts';
import { callerName, type SlaView, selectActiveSla } from '../store/index.ts';

type LaneId = 'incoming' | 'open' | 'others' | 'done';
export type QueueFilter = 'all' | 'active' | 'at-risk';
export const FILTERS: readonly QueueFilter[] = ['all', 'active', 'at-risk'];
export const FILTER_LABELS: Record<QueueFilter, string> = {
  all: 'All',
  active: 'Needs me',
  'at-risk': 'At risk',
};

const LANES: readonly { id: LaneId; title: string }[] = [
  { id: 'incoming', title: 'Incoming' },
  { id: 'open', title: 'Working' },
  { id: 'others', title: 'On hold / with groups' },
  { id: 'done', title: 'Resolved and gone' },
];

export interface QueueItem {
  ticket: Ticket;
  lane: LaneId;
  caller: string;
  /** The priority the trainee set, or null (the desk never shows a priority nobody set). */
  priority: number | null;
  sla: SlaView;
  clock: 'response' | 'resolution';
  /** "Awaiting Ana Sousa" (and "+1" per other party) while a third party's answer is pending, else null. */
  awaiting: string | null;
}

export interface QueueModel {
  lanes: { id: LaneId; title: string; items: QueueItem[] }[];
  /** Ticket ids in display order. */
  order: string[];
}

function laneOf(t: Ticket): LaneId {
  switch (t.status) {
    case 'waiting':
      return 'incoming';
    case 'new':
    case 'in-progress':
      return t.assignedGroup !== null && t.groupDueAt !== null ? 'others' : 'open';
    case 'on-hold':
      return 'others';
    case 'resolved':
    case 'closed':
    case 'cancelled':
    case 'abandoned':
      return 'done';
    default:
      return 'done';
  }
}

/** The queue's short marker for the ticket's pending third-party requests: the first party's name. */
export function awaitingMarker(scenario: Scenario, t: Ticket): string | null {
  const pending = pendingRequests(t);
  const first = pending[0];
  if (first === undefined) return null;
  const org = scenario.organisation;
  const name =
    org.experts.find((e) => e.id === first.from)?.name ??
    org.groups.find((g) => g.id === first.from)?.name ??
    first.from;
  return pending.length > 1 ? `Awaiting ${name} +${pending.length - 1}` : `Awaiting ${name}`;
}

function pressing(a: QueueItem, b: QueueItem): number {
  if (a.sla.breached !== b.sla.breached) return a.sla.breached ? -1 : 1;
  return a.sla.remainingMinutes - b.sla.remainingMinutes || a.ticket.arrivedAt - b.ticket.arrivedAt;
}

/** Builds the queue at `now` (which may be fractional for smooth bars; the engine's minute otherwise). */
export function buildQueue(
  scenario: Scenario,
  state: ShiftState,
  filter: QueueFilter,
  doneLimit = 8,
): QueueModel {
  const items: QueueItem[] = [];
  for (const id of state.order) {
    const ticket = state.tickets[id];
    if (!ticket) continue;
    const sla = selectActiveSla(scenario, state, ticket);
    const item: QueueItem = {
      ticket,
      lane: laneOf(ticket),
      caller: callerName(scenario, ticket),
      priority: ticket.prioritySet ? ticket.priority : null,
      sla,
      clock: ticket.respondedAt === null ? 'response' : 'resolution',
      awaiting: awaitingMarker(scenario, ticket),
    };
    if (filter === 'active' && item.lane === 'done') continue;
    if (filter === 'at-risk' && !(item.lane !== 'done' && (sla.breached || sla.atRisk))) continue;
    items.push(item);
  }
  const lanes = LANES.map((lane) => {
    const inLane = items.filter((i) => i.lane === lane.id);
    if (lane.id === 'incoming') inLane.sort((a, b) => a.ticket.arrivedAt - b.ticket.arrivedAt);
    else if (lane.id === 'done')
      inLane.sort((a, b) => b.ticket.arrivedAt - a.ticket.arrivedAt).splice(doneLimit);
    else inLane.sort(pressing);
    return { ...lane, items: inLane };
  });
  return { lanes, order: lanes.flatMap((l) => l.items.map((i) => i.ticket.id)) };
}

/** The ticket `delta` steps from `current` in the queue order (wrapping at neither end). */
export function moveSelection(model: QueueModel, current: string | null, delta: number): string | null {
  if (model.order.length === 0) return null;
  const index = current === null ? -1 : model.order.indexOf(current);
  if (index < 0) return model.order[delta > 0 ? 0 : model.order.length - 1] ?? null;
  const next = Math.max(0, Math.min(model.order.length - 1, index + delta));
  return model.order[next] ?? null;
}
