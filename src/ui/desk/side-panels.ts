/**
 * The desk's side column: notifications (newest first, each opens its ticket) and the SLA board
 * (breached, then at risk, then the rest of the open tickets by time left) with the deviation report.
 */
import { isOpen, type ShiftStore, selectActiveSla } from '../../store/index.ts';
import { button, clockText, durationText, h, replace } from '../dom.ts';
import { checkbox, checked, field, focusFirst, formShell, textArea } from './form-kit.ts';

export interface SidePanels {
  el: HTMLElement;
  openDeviationReport(): void;
  hasForm(): boolean;
  closeForm(): void;
  destroy(): void;
}

export function createSidePanels(shift: ShiftStore): SidePanels {
  const notifList = h('ul', { 'aria-live': 'polite' });
  const board = h('ul');
  const formSlot = h('div');
  const reportBtn = button('Report SLA deviations', () => openDeviationReport(), { key: 'V' });
  const el = h(
    'aside',
    { class: 'side' },
    h(
      'section',
      { class: 'notif', 'aria-label': 'Notifications', 'data-panel': 'notifications' },
      h('h4', {}, 'Notifications'),
      notifList,
    ),
    h(
      'section',
      { class: 'sla-board', 'aria-label': 'SLA board', 'data-panel': 'sla-board' },
      h('div', { class: 'row' }, h('h4', { class: 'grow' }, 'SLA board'), reportBtn),
      formSlot,
      board,
    ),
  );

  const renderNotifications = () => {
    const s = shift.getState();
    const items = [...s.notifications].reverse().map((n) => {
      const li = h(
        'li',
        { class: n.tone },
        h('time', {}, clockText(s.scenario.meta.shiftStart, n.atMinute)),
        n.text,
      );
      if (n.ticketId) {
        li.style.cursor = 'pointer';
        const id = n.ticketId;
        li.addEventListener('click', () => shift.select(id));
      }
      return li;
    });
    replace(
      notifList,
      ...(items.length ? items : [h('li', {}, 'Quiet for now. The clock starts when you unpause (Space).')]),
    );
  };

  const renderBoard = () => {
    const { scenario, state } = shift.getState();
    const rows = state.order
      .flatMap((id) => {
        const t = state.tickets[id];
        return t && isOpen(t) ? [{ t, v: selectActiveSla(scenario, state, t) }] : [];
      })
      .sort(
        (a, b) =>
          Number(b.v.breached) - Number(a.v.breached) ||
          Number(b.v.atRisk) - Number(a.v.atRisk) ||
          a.v.remainingMinutes - b.v.remainingMinutes,
      );
    replace(
      board,
      ...rows.map(({ t, v }) => {
        const li = h(
          'li',
          { 'data-ticket': t.id },
          h('time', {}, t.id),
          h('span', {}, t.subject),
          h(
            'span',
            { class: v.breached ? 'breached' : v.atRisk ? 'risk' : '' },
            v.breached ? 'breached' : v.paused ? 'paused' : durationText(v.remainingMinutes),
          ),
        );
        li.style.cursor = 'pointer';
        li.addEventListener('click', () => shift.select(t.id));
        return li;
      }),
    );
    if (rows.length === 0) board.append(h('li', { class: 'muted' }, 'No open tickets.'));
  };

  const closeForm = () => replace(formSlot);
  function openDeviationReport(): void {
    const { scenario, state } = shift.getState();
    const boxes = state.order.flatMap((id) => {
      const t = state.tickets[id];
      if (!t) return [];
      const v = selectActiveSla(scenario, state, t);
      const flagged = t.response.breached || t.resolution.breached || v.atRisk;
      return [
        checkbox(
          'tickets',
          t.id,
          `${t.id} · ${t.subject}${flagged ? (v.atRisk ? ' (at risk)' : ' (breached)') : ''}`,
          flagged,
        ),
      ];
    });
    const form = formShell(
      'SLA deviation report',
      [h('div', { class: 'choice-list' }, ...boxes), textArea('What happened and why', 'note')],
      'Send report',
      (f) => {
        shift.dispatch({
          type: 'sla/report-deviation',
          ticketIds: checked(f, 'tickets'),
          note: field(f, 'note').trim() || 'Deviation report',
        });
        closeForm();
      },
      closeForm,
    );
    replace(formSlot, form);
    focusFirst(form);
  }

  const u1 = shift.store.subscribe((s) => s.notifications, renderNotifications, { fireImmediately: true });
  const u2 = shift.store.subscribe((s) => s.state, renderBoard, { fireImmediately: true });
  return {
    el,
    openDeviationReport,
    hasForm: () => formSlot.childElementCount > 0,
    closeForm,
    destroy: () => {
      u1();
      u2();
    },
  };
}
