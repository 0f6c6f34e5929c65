/**
 * The queue as a plain DOM list: shown while Phaser loads and if it fails, so the desk is never a
 * blank canvas. The same order and labels as the animated queue.
 */
import type { ShiftStore } from '../../store/index.ts';
import { durationText, h, replace } from '../dom.ts';
import { channelIcon, icon } from '../icons.ts';
import { buildQueue, type QueueFilter } from '../queue-model.ts';

/** Mounts the DOM queue list in the pane (shown until Phaser draws, or if it fails). */
export function mountDomQueue(pane: HTMLElement, shift: ShiftStore, view: { filter: QueueFilter }) {
  const status = h('p', { class: 'muted' }, 'Loading the animated desk…');
  const list = h('div', { style: 'overflow:auto;height:100%;padding:10px' });
  const wrap = h(
    'div',
    { class: 'dom-queue', style: 'position:absolute;inset:0;display:flex;flex-direction:column' },
    status,
    list,
  );
  pane.append(wrap);
  const refresh = () => {
    if (wrap.style.display === 'none') return;
    const s = shift.getState();
    const model = buildQueue(s.scenario, s.state, view.filter);
    replace(
      list,
      ...model.lanes.flatMap((lane) => [
        h('h4', {}, `${lane.title} (${lane.items.length})`),
        ...lane.items.map((i) => {
          const row = h(
            'div',
            {
              class: 'row',
              'data-ticket': i.ticket.id,
              style: `padding:4px 6px;border-radius:6px;cursor:pointer;${s.selectedTicketId === i.ticket.id ? 'background:var(--panel-3)' : ''}`,
            },
            i.priority
              ? h('span', { class: `prio p${i.priority}` }, `P${i.priority}`)
              : h('span', { class: 'prio unset' }, 'P?'),
            icon(channelIcon(i.ticket.channel)),
            h('span', { class: 'grow' }, `${i.ticket.id} · ${i.ticket.subject}`),
            i.awaiting ? h('span', { class: 'risk', 'data-awaiting': '' }, i.awaiting) : null,
            h(
              'span',
              { class: i.sla.breached ? 'breached' : 'muted' },
              i.sla.breached ? 'breached' : durationText(i.sla.remainingMinutes),
            ),
          );
          row.addEventListener('click', () => shift.select(i.ticket.id));
          return row;
        }),
      ]),
    );
  };
  const unsubscribe = shift.store.subscribe((s) => [s.state, s.selectedTicketId] as const, refresh, {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1],
    fireImmediately: true,
  });
  return {
    refresh,
    hide: () => {
      wrap.style.display = 'none';
    },
    showFailure: (message: string) => {
      wrap.style.display = 'flex';
      refresh();
      status.textContent = message;
      status.setAttribute('role', 'alert');
    },
    destroy: unsubscribe,
  };
}
