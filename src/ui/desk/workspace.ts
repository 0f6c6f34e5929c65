/**
 * The ticket workspace (DOM over the desk): the selected ticket's header, its action buttons with
 * keys, the open form and the conversation. Re-renders from store slices; an open form survives
 * clock ticks and is rebuilt only when the trainee acts.
 */
import type { Ticket } from '../../sim/types.ts';
import { arrivalOf, type ShiftStore } from '../../store/index.ts';
import { h, replace } from '../dom.ts';
import { availableTicketActions, type TicketAction } from './actions.ts';
import { focusFirst } from './form-kit.ts';
import type { FormEnv } from './forms-work.ts';
import { conversation, ticketHeader } from './ticket-view.ts';

export interface Workspace {
  el: HTMLElement;
  /** Runs an action by id for the selected ticket; false when it does not apply. */
  run(actionId: string): boolean;
  hasForm(): boolean;
  closeForm(): void;
  destroy(): void;
}

/** Creates the workspace for the selected ticket. */
export function createWorkspace(shift: ShiftStore): Workspace {
  const head = h('div');
  const actionsRow = h('div', { class: 'actions-grid', role: 'toolbar', 'aria-label': 'Ticket actions' });
  const formSlot = h('div');
  const convo = h('div');
  const empty = h(
    'div',
    { class: 'empty-ws' },
    h('h2', {}, 'No ticket selected'),
    h('p', {}, 'Move through the queue with J and K (or click a ticket). Press ? for every shortcut.'),
  );
  const body = h('div', {}, head, actionsRow, formSlot, convo);
  const el = h(
    'section',
    { class: 'workspace', 'aria-label': 'Ticket workspace', 'data-panel': 'workspace' },
    empty,
  );
  let openAction: TicketAction | null = null;
  let shownFor: string | null = null;

  const selected = (): Ticket | null => {
    const s = shift.getState();
    return s.selectedTicketId ? (s.state.tickets[s.selectedTicketId] ?? null) : null;
  };

  /** The actions the engine allows on ticket `t` now. */
  const offered = (t: Ticket): TicketAction[] => {
    const s = shift.getState();
    return availableTicketActions(s.scenario, s.state, t.id);
  };

  const closeForm = () => {
    openAction = null;
    replace(formSlot);
    renderActions();
  };

  const openForm = (action: TicketAction) => {
    const t = selected();
    if (!t || !action.form) return;
    openAction = action;
    const s = shift.getState();
    const env: FormEnv = {
      shift,
      ticket: t,
      arrival: arrivalOf(s.scenario, t.id),
      done: () => {
        closeForm();
        actionsRow.querySelector<HTMLButtonElement>('button')?.focus();
      },
      refresh: () => openForm(action),
    };
    const focusedIndex = [...formSlot.querySelectorAll('button')].indexOf(
      document.activeElement as HTMLButtonElement,
    );
    const form = action.form(env);
    replace(formSlot, form);
    renderActions();
    const buttons = [...form.querySelectorAll<HTMLButtonElement>('.choice-list button:not(:disabled)')];
    if (focusedIndex >= 0 && buttons.length > 0)
      (buttons[Math.min(focusedIndex, buttons.length - 1)] ?? buttons[0])?.focus();
    else focusFirst(form);
  };

  const run = (actionId: string): boolean => {
    const t = selected();
    const action = t ? offered(t).find((a) => a.id === actionId) : undefined;
    if (!t || !action) return false;
    if (action.form) {
      openForm(action);
      return true;
    }
    if (action.id === 'answer') shift.dispatch({ type: 'contact/answer', ticketId: t.id });
    else if (action.id === 'resume') shift.dispatch({ type: 'ticket/resume', ticketId: t.id });
    else if (action.id === 'close') shift.dispatch({ type: 'ticket/close', ticketId: t.id });
    actionsRow.querySelector<HTMLButtonElement>('button')?.focus();
    return true;
  };

  // Buttons are rebuilt only when what they offer changes, so focus survives clock ticks.
  let actionsKey = '';
  let convoFor: [Ticket, unknown] | null = null;
  function renderActions(): void {
    const t = selected();
    // What the engine allows depends on the ticket's status only, so the key holds it.
    const key = t ? [t.id, t.status, t.channel, openAction?.id ?? ''].join('|') : '';
    if (key === actionsKey) return;
    actionsKey = key;
    if (!t) {
      replace(actionsRow);
      return;
    }
    const buttons = offered(t).map((a) => {
      const label =
        a.id === 'answer' ? (t.channel === 'phone' || t.channel === 'chat' ? 'Answer' : 'Open') : a.label;
      const b = h(
        'button',
        {
          type: 'button',
          class: `btn${openAction === a ? ' active' : ''}`,
          'data-action': a.id,
          'aria-keyshortcuts': a.key,
        },
        label,
        h('kbd', {}, a.key),
      );
      b.addEventListener('click', () => run(a.id));
      return b;
    });
    replace(actionsRow, ...buttons);
    if (buttons.length === 0)
      actionsRow.append(h('span', { class: 'muted' }, 'Nothing to do on this ticket now.'));
  }

  const render = () => {
    const s = shift.getState();
    const t = selected();
    if (!t) {
      shownFor = null;
      openAction = null;
      convoFor = null;
      replace(el, empty);
      return;
    }
    if (shownFor !== t.id) {
      shownFor = t.id;
      openAction = null;
      replace(formSlot);
      replace(el, body);
    }
    replace(head, ticketHeader(s.scenario, s.state, t));
    const notes = s.ticketNotes[t.id];
    if (convoFor?.[0] !== t || convoFor[1] !== notes) {
      convoFor = [t, notes];
      replace(convo, conversation(s.scenario, t, arrivalOf(s.scenario, t.id), notes));
    }
    renderActions();
    if (openAction && !offered(t).includes(openAction)) closeForm();
  };

  const unsubscribe = shift.store.subscribe(
    (s) =>
      [
        s.selectedTicketId,
        s.selectedTicketId ? s.state.tickets[s.selectedTicketId] : undefined,
        s.state.now,
        s.selectedTicketId ? s.ticketNotes[s.selectedTicketId] : undefined,
      ] as const,
    render,
    { equalityFn: (a, b) => a.every((v, i) => v === b[i]), fireImmediately: true },
  );

  return { el, run, hasForm: () => openAction !== null, closeForm, destroy: unsubscribe };
}
