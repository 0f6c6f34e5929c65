/**
 * Screen 3, the desk: top bar, the living queue (Phaser, loaded lazily; a DOM list stands in until
 * it is ready or if it fails), the ticket workspace and the side column. Wires the clock driver,
 * the keyboard and the sound cues to the store, and tears everything down when the screen changes.
 */
import type { ShiftStore } from '../../store/index.ts';
import type { AppContext } from '../app.ts';
import { durationText, h, replace } from '../dom.ts';
import '../desk.css';
import { loadGame } from '../loaders.ts';
import {
  buildQueue,
  FILTER_LABELS,
  FILTERS,
  moveSelection,
  type QueueFilter,
  type QueueItem,
  type QueueModel,
} from '../queue-model.ts';
import { playCue } from '../sound.ts';
import { availableTicketActions } from './actions.ts';
import { type ClockDriver, msPerGameMinute, startClock } from './clock-driver.ts';
import { mountDomQueue } from './dom-queue.ts';
import { confirmOverlay, helpOverlay, installKeys } from './keyboard.ts';
import { createSidePanels } from './side-panels.ts';
import { STATUS_LABELS } from './ticket-view.ts';
import { createTopBar } from './top-bar.ts';
import { createWorkspace } from './workspace.ts';

interface DeskView {
  filter: QueueFilter;
}

let teardown: (() => void) | null = null;

/** Stops the running desk (clock, keys, subscriptions, Phaser), if any. */
/** What a screen reader hears for the selected ticket, since the queue itself is a canvas. */
function describeQueueItem(item: QueueItem): string {
  const { ticket, sla } = item;
  const priority = item.priority === null ? 'priority not set' : `priority ${item.priority}`;
  const due = item.clock === 'response' ? 'to answer' : 'to resolve';
  const time = sla.breached
    ? `${item.clock} target breached`
    : `${durationText(sla.remainingMinutes)} ${due}`;
  return `${ticket.id}, ${ticket.subject}. ${item.caller}. ${priority}, ${STATUS_LABELS[ticket.status]}, ${time}.`;
}

export function leaveDesk(): void {
  teardown?.();
  teardown = null;
}

/** Starts the animated desk (Phaser, loaded lazily) over the DOM queue, which stays if it fails. */
function mountGame(
  pane: HTMLElement,
  shift: ShiftStore,
  clock: ClockDriver,
  view: DeskView,
  domQueue: ReturnType<typeof mountDomQueue>,
): { destroy(): void } {
  let game: { destroy(): void } | null = null;
  let alive = true;
  loadGame()
    .then((m) => {
      if (!alive) return;
      game = m.startGame(pane, shift, { fraction: clock.fraction, filter: () => view.filter }, () => {
        domQueue.hide();
        performance.mark('deskshift:desk-ready');
      });
    })
    .catch((e: unknown) =>
      domQueue.showFailure(`The animated desk could not load (${String(e)}). The list below works the same.`),
    );
  return {
    destroy() {
      alive = false;
      game?.destroy();
    },
  };
}

/**
 * What the desk does as the session changes: sound cues for new notifications, the save-error
 * banner, the debrief when the shift ends, the selected ticket read out, and a first selection.
 * Returns the unsubscribers.
 */
function watchSession(
  ctx: AppContext,
  queue: () => QueueModel,
  saveBanner: HTMLElement,
  announcer: HTMLElement,
): (() => void)[] {
  const { shift } = ctx;
  let lastHeard = shift.getState().nextNotificationId;
  return [
    shift.store.subscribe(
      (s) => s.notifications,
      (list) => {
        const fresh = list.filter((n) => n.id >= lastHeard);
        lastHeard = shift.getState().nextNotificationId;
        if (shift.getState().prefs.muted) return;
        const cue = fresh.find((n) => n.cue !== null)?.cue;
        if (cue) playCue(cue);
      },
    ),
    shift.store.subscribe(
      (s) => s.saveError,
      (err) => {
        saveBanner.hidden = err === null;
        saveBanner.textContent = err ?? '';
      },
      { fireImmediately: true },
    ),
    shift.store.subscribe(
      (s) => s.state.ended,
      (ended) => {
        if (ended) setTimeout(() => ctx.debrief(), 600);
      },
    ),
    shift.store.subscribe(
      (s) => s.selectedTicketId,
      (id) => {
        const item = queue()
          .lanes.flatMap((lane) => lane.items)
          .find((i) => i.ticket.id === id);
        announcer.textContent = item === undefined ? '' : describeQueueItem(item);
      },
    ),
    // Nothing selected yet: the first contact to arrive is selected, so the workspace is never idle.
    shift.store.subscribe(
      (s) => s.state.order.length,
      () => {
        if (shift.getState().selectedTicketId === null) shift.select(queue().order[0] ?? null);
      },
      { fireImmediately: true },
    ),
  ];
}

/** Shows the desk and starts its clock, keys, sounds and Phaser. */
export function showDesk(ctx: AppContext): void {
  leaveDesk();
  const { shift } = ctx;
  const view: DeskView = { filter: 'all' };
  let overlay: HTMLElement | null = null;
  const closeOverlay = () => {
    overlay?.remove();
    overlay = null;
  };
  const queue = () => {
    const s = shift.getState();
    return buildQueue(s.scenario, s.state, view.filter);
  };
  const workspace = createWorkspace(shift);
  const side = createSidePanels(shift);
  const showHelp = () => {
    closeOverlay();
    const s = shift.getState();
    const id = s.selectedTicketId;
    const offered =
      id === null ? null : new Set(availableTicketActions(s.scenario, s.state, id).map((a) => a.id));
    overlay = helpOverlay(closeOverlay, offered);
    document.body.append(overlay);
  };
  const endShift = () => {
    closeOverlay();
    overlay = confirmOverlay(
      'End the shift now? Anything still open counts as not done.',
      'End shift',
      () => shift.dispatch({ type: 'shift/end' }),
      closeOverlay,
    );
    document.body.append(overlay);
  };
  const top = createTopBar(shift, {
    help: showHelp,
    endShift,
    cycleFilter: () => {
      view.filter = FILTERS[(FILTERS.indexOf(view.filter) + 1) % FILTERS.length] ?? 'all';
      top.refreshFilter();
      domQueue.refresh();
    },
    filterLabel: () => FILTER_LABELS[view.filter],
  });
  const pane = h('section', {
    class: 'queue-pane',
    'aria-label': 'Queue: move with J and K; the selected ticket is read out',
    'data-panel': 'queue',
  });
  // The animated queue is a canvas: a polite live region reads the selected ticket out instead.
  const announcer = h('p', { class: 'sr-only', 'aria-live': 'polite', 'data-panel': 'announcer' });
  const saveBanner = h('div', { class: 'save-error notice', role: 'alert', hidden: true });
  const desk = h(
    'main',
    { class: 'desk', 'data-screen': 'desk' },
    top.el,
    pane,
    workspace.el,
    side.el,
    saveBanner,
    announcer,
  );
  replace(ctx.root, desk);

  const domQueue = mountDomQueue(pane, shift, view);
  const clock = startClock(shift, msPerGameMinute(location.search));
  const game = mountGame(pane, shift, clock, view, domQueue);

  const removeKeys = installKeys({
    move: (d) => shift.select(moveSelection(queue(), shift.getState().selectedTicketId, d)),
    focusWorkspace: () => workspace.el.querySelector<HTMLButtonElement>('[data-action]')?.focus(),
    runAction: (id) => workspace.run(id),
    togglePause: () => shift.togglePause(),
    pause: () => shift.setSpeed(0),
    speed: (i) => shift.setSpeed(([1, 2, 4, 8] as const)[i] ?? 1),
    mute: () => shift.setPrefs({ muted: !shift.getState().prefs.muted }),
    cycleFilter: () => top.el.querySelector<HTMLButtonElement>('[aria-keyshortcuts=F]')?.click(),
    deviationReport: () => side.openDeviationReport(),
    endShift,
    help: showHelp,
    escape: () => {
      if (overlay) closeOverlay();
      else if (workspace.hasForm()) workspace.closeForm();
      else if (side.hasForm()) side.closeForm();
      else return false;
      return true;
    },
  });

  const unsubs = watchSession(ctx, queue, saveBanner, announcer);

  teardown = () => {
    clock.stop();
    removeKeys();
    closeOverlay();
    workspace.destroy();
    side.destroy();
    top.destroy();
    domQueue.destroy();
    game.destroy();
    for (const u of unsubs) u();
  };
  if (shift.getState().state.ended) ctx.debrief();
}
