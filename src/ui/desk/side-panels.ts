/**
 * The desk's side column: notifications (newest first, each opens its ticket) and the SLA board
 * (breached, then at risk, then the rest of the open tickets by time left) with the deviation report.
 */
import { shiftClock } from '../../scenario/time.ts';
import type { Ticket } from '../../sim/types.ts';
import { isOpen, type ShiftStore, type SlaView, selectActiveSla } from '../../store/index.ts';
import { button, durationText, h, replace } from '../dom.ts';
import { checkbox, checked, field, focusFirst, formShell, textArea } from './form-kit.ts';

const BOARD_LIMIT = 40;

/** What a ticket's SLA looks like on the board: breached, at risk, paused, time left or stopped. */
function slaState(t: Ticket, v: SlaView): { text: string; cls: string } {
  if (t.response.breached || t.resolution.breached) return { text: 'breached', cls: 'breached' };
  if (v.stopped) {
    const why =
      t.status === 'abandoned'
        ? 'hung up'
        : t.status === 'resolved' || t.status === 'closed'
          ? 'resolved'
          : 'stopped';
    return { text: why, cls: 'muted' };
  }
  if (v.paused) return { text: 'paused', cls: '' };
  return { text: `${durationText(v.remainingMinutes)} left`, cls: v.atRisk ? 'risk' : '' };
}

interface SidePanels {
  el: HTMLElement;
  openDeviationReport(): void;
  hasForm(): boolean;
  closeForm(): void;
  destroy(): void;
}

/**
 * The deviation report: every ticket of the shift with the state of its SLA clock as the board
 * shows it, none ticked. Which tickets deviate, and why, is the trainee's call (the engine judges
 * it); a form that ticked the right ones would answer for them.
 */
function deviationReportForm(shift: ShiftStore, close: () => void): HTMLFormElement {
  const { scenario, state } = shift.getState();
  const boxes = state.order.flatMap((id) => {
    const t = state.tickets[id];
    if (!t) return [];
    const clock = slaState(t, selectActiveSla(scenario, state, t));
    const box = checkbox('tickets', t.id, `${t.id} · ${t.subject}`, false);
    box.append(h('span', { class: `sla-state ${clock.cls}` }, clock.text));
    return [box];
  });
  const hint = h(
    'p',
    { class: 'muted', role: 'status', 'data-hint': '' },
    'Tick the tickets to report (Tab to move, Space to tick), say what happened and why, then Enter.',
  );
  const form = formShell(
    'SLA deviation report',
    [hint, h('div', { class: 'choice-list' }, ...boxes), textArea('What happened and why', 'note')],
    'Send report',
    (f) => {
      const ticketIds = checked(f, 'tickets');
      if (ticketIds.length === 0) {
        hint.textContent = 'Tick at least one ticket to report.';
        hint.className = 'breached';
        focusFirst(f);
        return;
      }
      shift.dispatch({
        type: 'sla/report-deviation',
        ticketIds,
        note: field(f, 'note').trim() || 'Deviation report',
      });
      close();
    },
    close,
  );
  // Enter on a ticked box sends the report (browsers submit implicitly only from text fields).
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'checkbox') {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  return form;
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
  const openDeviationReport = () => {
    const form = deviationReportForm(shift, closeForm);
    replace(formSlot, form);
    focusFirst(form);
  };

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
