/**
 * Turns the engine's events into what the desk shows and plays: one short line per event that
 * matters to the trainee, with a tone (colour) and a cue (sound and animation). Pure: the store
 * calls it after each step with the state the events led to.
 */
import type { Scenario } from '../scenario/schema.ts';
import { shiftClock } from '../scenario/time.ts';
import { partyLabel } from '../sim/third-party.ts';
import type { EngineEvent, ShiftState, TicketId } from '../sim/types.ts';
import { assertNever } from '../sim/util.ts';

export type Tone = 'info' | 'good' | 'warn' | 'bad';
export type Cue = 'phone' | 'chat' | 'alert' | 'mail' | 'warning' | 'breach' | 'callback' | 'reopen' | 'good';

export interface Notification {
  /** Increasing within a session; the UI keys animations on it. */
  id: number;
  atMinute: number;
  tone: Tone;
  cue: Cue | null;
  ticketId: TicketId | null;
  text: string;
}

/** How many notifications the store keeps (the newest). */
export const NOTIFICATION_LIMIT = 60;

function callerName(scenario: Scenario, ticketId: TicketId): string {
  const callerId = scenario.timeline.find((a) => a.id === ticketId)?.caller ?? null;
  const user = scenario.organisation.users.find((u) => u.id === callerId);
  if (user === undefined) return 'Monitoring';
  return user.vip === true ? `${user.name} (VIP)` : user.name;
}

function subject(state: ShiftState, ticketId: TicketId): string {
  return state.tickets[ticketId]?.subject ?? ticketId;
}

function arrivalCue(channel: string): Cue {
  switch (channel) {
    case 'phone':
      return 'phone';
    case 'chat':
      return 'chat';
    case 'monitoring':
      return 'alert';
    default:
      return 'mail';
  }
}

type Draft = Omit<Notification, 'id' | 'atMinute'>;

function draft(scenario: Scenario, state: ShiftState, event: EngineEvent): Draft | null {
  switch (event.type) {
    case 'contact/arrived': {
      const who = callerName(scenario, event.ticketId);
      const verb =
        event.channel === 'phone'
          ? 'is calling'
          : event.channel === 'chat'
            ? 'opened a chat'
            : event.channel === 'monitoring'
              ? 'alert'
              : `sent an ${event.channel === 'email' ? 'email' : 'portal request'}`;
      const text = `${who} ${verb}: ${subject(state, event.ticketId)}`;
      return { tone: 'info', cue: arrivalCue(event.channel), ticketId: event.ticketId, text };
    }
    case 'contact/abandoned':
      return {
        tone: 'bad',
        cue: null,
        ticketId: event.ticketId,
        text: `${callerName(scenario, event.ticketId)} gave up waiting and hung up (${event.ticketId}).`,
      };
    case 'sla/warning':
      return {
        tone: 'warn',
        cue: 'warning',
        ticketId: event.ticketId,
        text: `${event.ticketId}: ${event.percent} % of the ${event.clock} target used.`,
      };
    case 'sla/breached':
      return {
        tone: 'bad',
        cue: 'breach',
        ticketId: event.ticketId,
        text: `${event.ticketId}: ${event.clock} target breached.`,
      };
    case 'ticket/callback':
      return { tone: 'warn', cue: 'callback', ticketId: event.ticketId, text: `Callback: ${event.message}` };
    case 'ticket/reopened':
      return { tone: 'bad', cue: 'reopen', ticketId: event.ticketId, text: `Reopened: ${event.message}` };
    case 'ticket/finding':
      return { tone: 'bad', cue: 'alert', ticketId: event.ticketId, text: `Finding: ${event.message}` };
    case 'ticket/resolved-by-group': {
      const group = scenario.organisation.groups.find((g) => g.id === event.groupId)?.name ?? event.groupId;
      return {
        tone: 'good',
        cue: 'good',
        ticketId: event.ticketId,
        text: `${group} resolved ${event.ticketId}.`,
      };
    }
    case 'ticket/bounced':
      return { tone: 'warn', cue: null, ticketId: event.ticketId, text: `Sent back: ${event.message}` };
    case 'problem/raised':
      return { tone: 'good', cue: null, ticketId: null, text: `Problem ${event.problemId} raised.` };
    case 'command/rejected':
      return { tone: 'bad', cue: null, ticketId: null, text: `Not done: ${event.reason}` };
    case 'shift/ended':
      return { tone: 'info', cue: null, ticketId: null, text: 'The shift has ended.' };
    case 'party/asked': {
      const due = shiftClock(scenario.meta.shiftStart, event.dueAt);
      return {
        tone: 'info',
        cue: null,
        ticketId: event.ticketId,
        text: `${event.ticketId}: asked ${partyLabel(scenario, event.from)} by ${event.via}; the answer is due at ${due}.`,
      };
    }
    case 'party/answered':
      return {
        tone: 'good',
        cue: null,
        ticketId: event.ticketId,
        text: `${event.ticketId}: ${partyLabel(scenario, event.from)} answered by ${event.via}: ${event.answer}`,
      };
    case 'caller/answered':
    case 'kb/results':
    case 'diagnostic/result':
      return null;
    default:
      return assertNever(event);
  }
}

/** The notifications for one step's events, numbered from `firstId`. */
export function notificationsFor(
  scenario: Scenario,
  state: ShiftState,
  events: readonly EngineEvent[],
  firstId: number,
): Notification[] {
  const out: Notification[] = [];
  for (const event of events) {
    const d = draft(scenario, state, event);
    if (d) out.push({ ...d, id: firstId + out.length, atMinute: state.now });
  }
  return out;
}

/**
 * What happened to a ticket that its conversation shows (the caller calling back, a reopen, a
 * finding a risky fix raised...).
 * No minute: a replay merges clock advances, so only the order is the same live and replayed.
 */
export interface TicketNote {
  kind: 'callback' | 'reopened' | 'bounced' | 'abandoned' | 'resolved-by-group' | 'finding';
  text: string;
}

/** Adds the ticket notes of one step's events to `notes` (a new object only when something was added). */
export function addTicketNotes(
  notes: Readonly<Record<string, readonly TicketNote[]>>,
  events: readonly EngineEvent[],
): Readonly<Record<string, readonly TicketNote[]>> {
  let out = notes;
  const add = (ticketId: string, note: TicketNote) => {
    if (out === notes) out = { ...notes };
    out = { ...out, [ticketId]: [...(out[ticketId] ?? []), note] };
  };
  for (const e of events) {
    if (e.type === 'ticket/callback') add(e.ticketId, { kind: 'callback', text: e.message });
    else if (e.type === 'ticket/reopened') add(e.ticketId, { kind: 'reopened', text: e.message });
    else if (e.type === 'ticket/bounced') add(e.ticketId, { kind: 'bounced', text: e.message });
    else if (e.type === 'ticket/finding') add(e.ticketId, { kind: 'finding', text: e.message });
    else if (e.type === 'contact/abandoned')
      add(e.ticketId, { kind: 'abandoned', text: 'The caller gave up waiting.' });
    else if (e.type === 'ticket/resolved-by-group')
      add(e.ticketId, { kind: 'resolved-by-group', text: `Resolved by ${e.groupId}.` });
  }
  return out;
}
