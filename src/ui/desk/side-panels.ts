/**
 * The desk's side column: notifications (newest first, each opens its ticket) and the SLA board
 * (breached, then at risk, then the rest of the open tickets by time left) with the deviation report.
 */
import { shiftClock } from '../../scenario/time.ts';
import { isOpen, type ShiftStore, selectActiveSla } from '../../store/index.ts';
import { button, durationText, h, replace } from '../dom.ts';
import { checkbox, checked, field, focusFirst, formShell, textArea } from './form-kit.ts';

const BOARD_LIMIT = 40;

interface SidePanels {
  el: HTMLElement;
  openDeviationReport(): void;
  hasForm(): boolean;
  closeForm(): void;
  destroy(): void;
}

/** Creates the notifications and SLA board column. */
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

  // Rows are kept per notification and per ticket and only their text is updated, so a busy
  // desk (200 tickets, a flood of SLA warnings) does not rebuild the column every game minute.
  const notifRows = new Map<number, HTMLLIElement>();
  const quiet = h('li', {}, 'Quiet for now. The clock starts when you unpause (Space).');
  const renderNotifications = () => {
    const s = shift.getState();
    const live = new Set(s.notifications.map((n) => n.id));
    for (const id of notifRows.keys()) if (!live.has(id)) notifRows.delete(id);
    const items = [...s.notifications].reverse().map((n) => {
      let li = notifRows.get(n.id);
      if (!li) {
        li = h(
          'li',
          { class: n.tone },
          h('time', {}, shiftClock(s.scenario.meta.shiftStart, n.atMinute)),
          n.text,
        );
        if (n.ticketId) {
          li.style.cursor = 'pointer';
          const id = n.ticketId;
          li.addEventListener('click', () => shift.select(id));
        }
        notifRows.set(n.id, li);
      }
      return li;
    });
    notifList.replaceChildren(...(items.length ? items : [quiet]));
  };

  const boardRows = new Map<string, { li: HTMLLIElement; left: HTMLSpanElement }>();
  const noneOpen = h('li', { class: 'muted' }, 'No open tickets.');
  const more = h('li', { class: 'muted' });
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
    // The board shows the 40 most pressing; the rest are counted.
    const shown = rows.slice(0, BOARD_LIMIT).map(({ t, v }) => {
      let row = boardRows.get(t.id);
      if (!row) {
        const left = h('span');
        const li = h('li', { 'data-ticket': t.id }, h('time', {}, t.id), h('span', {}, t.subject), left);
        li.style.cursor = 'pointer';
        li.addEventListener('click', () => shift.select(t.id));
        row = { li, left };
        boardRows.set(t.id, row);
      }
      const text = v.breached ? 'breached' : v.paused ? 'paused' : durationText(v.remainingMinutes);
      const cls = v.breached ? 'breached' : v.atRisk ? 'risk' : '';
      if (row.left.textContent !== text) row.left.textContent = text;
      if (row.left.className !== cls) row.left.className = cls;
      return row.li;
    });
    more.textContent = `and ${rows.length - BOARD_LIMIT} more open tickets`;
    board.replaceChildren(
      ...shown,
      ...(rows.length === 0 ? [noneOpen] : []),
      ...(rows.length > BOARD_LIMIT ? [more] : []),
    );
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
