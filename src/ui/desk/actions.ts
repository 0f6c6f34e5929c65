/**
 * The actions of the ticket workspace with their keys, labels and forms. Which of them apply to a
 * ticket now is the engine's answer (`availableActions`): each action names the command it gives,
 * so the buttons, the keys and the help overlay offer exactly what the engine would accept.
 */
import type { Scenario } from '../../scenario/schema.ts';
import { availableActions, type ShiftState, type TicketCommandType } from '../../sim/index.ts';
import {
  assignForm,
  escalateForm,
  holdForm,
  linkForm,
  noteForm,
  problemForm,
  resolveForm,
} from './forms-route.ts';
import {
  askForm,
  diagnosisForm,
  diagnosticsForm,
  type FormEnv,
  kbForm,
  logForm,
  priorityForm,
} from './forms-work.ts';

export interface TicketAction {
  id: string;
  key: string;
  label: string;
  /** The engine command the action gives: the action is offered when the engine allows it. */
  command: TicketCommandType;
  /** A form to open, or null when the action is immediate (`command`). */
  form: ((env: FormEnv) => HTMLFormElement) | null;
}

export const TICKET_ACTIONS: readonly TicketAction[] = [
  { id: 'answer', key: 'A', label: 'Answer / open', command: 'contact/answer', form: null },
  { id: 'log', key: 'L', label: 'Log', command: 'ticket/log', form: logForm },
  { id: 'ask', key: 'Q', label: 'Ask', command: 'ticket/ask', form: askForm },
  { id: 'priority', key: 'P', label: 'Priority', command: 'ticket/prioritise', form: priorityForm },
  // Searching alone needs no status; the form exists to apply what it finds.
  { id: 'kb', key: 'S', label: 'Search KB', command: 'ticket/apply-article', form: kbForm },
  {
    id: 'diagnostics',
    key: 'D',
    label: 'Diagnostics',
    command: 'ticket/run-diagnostic',
    form: diagnosticsForm,
  },
  { id: 'diagnosis', key: 'G', label: 'Diagnosis', command: 'ticket/diagnose', form: diagnosisForm },
  { id: 'resolve', key: 'R', label: 'Resolve', command: 'ticket/resolve', form: resolveForm },
  { id: 'assign', key: 'T', label: 'Assign', command: 'ticket/assign', form: assignForm },
  { id: 'escalate', key: 'E', label: 'Escalate', command: 'ticket/escalate', form: escalateForm },
  { id: 'hold', key: 'H', label: 'Hold', command: 'ticket/hold', form: holdForm },
  { id: 'resume', key: 'U', label: 'Resume', command: 'ticket/resume', form: null },
  { id: 'link', key: 'I', label: 'Link to parent', command: 'ticket/link', form: linkForm },
  { id: 'problem', key: 'B', label: 'Raise problem', command: 'problem/raise', form: problemForm },
  { id: 'close', key: 'C', label: 'Close', command: 'ticket/close', form: null },
  { id: 'note', key: 'N', label: 'Note', command: 'ticket/note', form: noteForm },
];

/** The actions the engine allows on ticket `ticketId` now, in the workspace's order. */
export function availableTicketActions(
  scenario: Scenario,
  state: ShiftState,
  ticketId: string,
): TicketAction[] {
  const allowed = new Set(availableActions(scenario, state, ticketId));
  return TICKET_ACTIONS.filter((a) => allowed.has(a.command));
}

/** The action bound to a key (case-insensitive), if any. */
export function actionForKey(key: string): TicketAction | undefined {
  const k = key.toUpperCase();
  return TICKET_ACTIONS.find((a) => a.key === k);
}
