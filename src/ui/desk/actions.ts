/**
 * The actions of the ticket workspace with their keys: which apply to a ticket in its status, and
 * whether each opens a form or dispatches at once. The help overlay lists the same table.
 */
import type { Ticket } from '../../sim/types.ts';
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
  /** Whether it makes sense for the ticket now. */
  applies(t: Ticket): boolean;
  /** A form to open, or null when the action is immediate (`command`). */
  form: ((env: FormEnv) => HTMLFormElement) | null;
}

const working = (t: Ticket) => t.status === 'new' || t.status === 'in-progress';
const active = (t: Ticket) => working(t) || t.status === 'on-hold';

export const TICKET_ACTIONS: readonly TicketAction[] = [
  { id: 'answer', key: 'A', label: 'Answer / open', applies: (t) => t.status === 'waiting', form: null },
  { id: 'log', key: 'L', label: 'Log', applies: working, form: logForm },
  { id: 'ask', key: 'Q', label: 'Ask', applies: working, form: askForm },
  { id: 'priority', key: 'P', label: 'Priority', applies: active, form: priorityForm },
  { id: 'kb', key: 'S', label: 'Search KB', applies: working, form: kbForm },
  { id: 'diagnostics', key: 'D', label: 'Diagnostics', applies: working, form: diagnosticsForm },
  { id: 'diagnosis', key: 'G', label: 'Diagnosis', applies: working, form: diagnosisForm },
  { id: 'resolve', key: 'R', label: 'Resolve', applies: working, form: resolveForm },
  { id: 'assign', key: 'T', label: 'Assign', applies: working, form: assignForm },
  { id: 'escalate', key: 'E', label: 'Escalate', applies: active, form: escalateForm },
  { id: 'hold', key: 'H', label: 'Hold', applies: working, form: holdForm },
  { id: 'resume', key: 'U', label: 'Resume', applies: (t) => t.status === 'on-hold', form: null },
  { id: 'link', key: 'I', label: 'Link to parent', applies: active, form: linkForm },
  {
    id: 'problem',
    key: 'B',
    label: 'Raise problem',
    applies: (t) => active(t) || t.status === 'resolved',
    form: problemForm,
  },
  { id: 'close', key: 'C', label: 'Close', applies: (t) => t.status === 'resolved', form: null },
  { id: 'note', key: 'N', label: 'Note', applies: (t) => t.status !== 'waiting', form: noteForm },
];

/** The action bound to a key (case-insensitive), if any. */
export function actionForKey(key: string): TicketAction | undefined {
  const k = key.toUpperCase();
  return TICKET_ACTIONS.find((a) => a.key === k);
}
