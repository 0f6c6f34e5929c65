/**
 * Every desk action from the keyboard. Letters act on the selected ticket (shown on each button),
 * J/K walk the queue, Space pauses or runs, 0 only pauses, 1-4 set the speed, digits pick a choice inside an open list,
 * Escape closes what is open. Typing in a field never triggers a shortcut.
 */
import { h } from '../dom.ts';
import { actionForKey, TICKET_ACTIONS } from './actions.ts';

export interface KeyHandlers {
  move(delta: number): void;
  focusWorkspace(): void;
  runAction(id: string): boolean;
  togglePause(): void;
  /** Stops the clock; never starts it (a key that cannot race the desk pausing by itself). */
  pause(): void;
  speed(index: number): void;
  mute(): void;
  cycleFilter(): void;
  deviationReport(): void;
  endShift(): void;
  help(): void;
  escape(): boolean;
}

const GLOBAL_KEYS: readonly [string, string][] = [
  ['J / ↓', 'Next ticket in the queue'],
  ['K / ↑', 'Previous ticket in the queue'],
  ['Home / End', 'First / last ticket in the queue'],
  ['Enter', 'Go to the selected ticket’s actions'],
  ['Space', 'Pause / run the clock'],
  ['0', 'Pause (never runs the clock)'],
  ['1 2 3 4', 'Speed 1x, 2x, 4x, 8x (inside an open list: pick choice N)'],
  ['F', 'Cycle the queue filter'],
  ['V', 'SLA deviation report'],
  ['M', 'Mute / unmute'],
  ['X', 'End the shift'],
  ['Esc', 'Close the open form or dialog'],
  ['Ctrl+Enter', 'Submit a form from a text box'],
  ['?', 'This help'],
];

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Installs the desk's key handler; returns the uninstaller. */
export function installKeys(handlers: KeyHandlers): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (typing(e.target)) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    const inForm = target?.closest('.form');
    if (inForm && /^[1-9]$/.test(e.key)) {
      const choices = [...inForm.querySelectorAll<HTMLButtonElement>('.choice-list button')];
      const choice = choices[Number(e.key) - 1];
      if (choice && !choice.disabled) {
        e.preventDefault();
        choice.click();
      }
      return;
    }
    const key = e.key;
    let handled = true;
    if (key === 'j' || key === 'J' || key === 'ArrowDown') handlers.move(1);
    else if (key === 'k' || key === 'K' || key === 'ArrowUp') handlers.move(-1);
    else if (key === 'Home') handlers.move(-Number.MAX_SAFE_INTEGER);
    else if (key === 'End') handlers.move(Number.MAX_SAFE_INTEGER);
    else if (key === ' ') handlers.togglePause();
    else if (key === '0') handlers.pause();
    else if (key === 'Enter' && !(target instanceof HTMLButtonElement)) handlers.focusWorkspace();
    else if (/^[1-4]$/.test(key)) handlers.speed(Number(key) - 1);
    else if (key === '?') handlers.help();
    else if (key === 'Escape') handled = handlers.escape();
    else if (key === 'm' || key === 'M') handlers.mute();
    else if (key === 'f' || key === 'F') handlers.cycleFilter();
    else if (key === 'v' || key === 'V') handlers.deviationReport();
    else if (key === 'x' || key === 'X') handlers.endShift();
    else {
      const action = key.length === 1 ? actionForKey(key) : undefined;
      handled = action ? handlers.runAction(action.id) : false;
    }
    if (handled) e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

/** What a ticket action's key does, and whether the engine allows it on the selected ticket now. */
export function ticketKeyHelp(offered: ReadonlySet<string> | null): [string, string][] {
  return TICKET_ACTIONS.map((a): [string, string] => [
    a.key,
    offered === null || offered.has(a.id)
      ? `${a.label} (selected ticket)`
      : `${a.label} (not for the selected ticket now)`,
  ]);
}

/**
 * The help overlay listing every shortcut; closes on Escape, ? or its button. `offered` holds the
 * ids of the actions the engine allows on the selected ticket (null when none is selected).
 */
export function helpOverlay(close: () => void, offered: ReadonlySet<string> | null = null): HTMLElement {
  const parts: (readonly [string, string][])[] = [GLOBAL_KEYS, ticketKeyHelp(offered)];
  const closeBtn = h('button', { type: 'button', class: 'btn primary' }, 'Close', h('kbd', {}, 'Esc'));
  closeBtn.addEventListener('click', close);
  const overlay = h(
    'div',
    { class: 'help-overlay', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Keyboard shortcuts' },
    h(
      'div',
      { class: 'box' },
      h('h2', {}, 'Keyboard shortcuts'),
      h(
        'p',
        { class: 'muted' },
        'Everything on the desk works from the keyboard. Tab moves between buttons and fields; Enter activates.',
      ),
      h(
        'div',
        { class: 'help-cols' },
        ...parts.map((rows) =>
          h(
            'table',
            {},
            h(
              'tbody',
              {},
              ...rows.map(([k, what]) => h('tr', {}, h('td', {}, h('kbd', {}, k)), h('td', {}, what))),
            ),
          ),
        ),
      ),
      closeBtn,
    ),
  );
  overlay.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' || e.key === '?') {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  });
  queueMicrotask(() => closeBtn.focus());
  return overlay;
}

/** A confirmation dialog (Enter confirms, Escape cancels). */
export function confirmOverlay(
  question: string,
  confirmLabel: string,
  onConfirm: () => void,
  close: () => void,
): HTMLElement {
  const yes = h('button', { type: 'button', class: 'btn danger' }, confirmLabel, h('kbd', {}, 'Enter'));
  const no = h('button', { type: 'button', class: 'btn' }, 'Keep working', h('kbd', {}, 'Esc'));
  yes.addEventListener('click', () => {
    close();
    onConfirm();
  });
  no.addEventListener('click', close);
  const overlay = h(
    'div',
    { class: 'help-overlay', role: 'alertdialog', 'aria-modal': 'true' },
    h('div', { class: 'box' }, h('h2', {}, question), h('div', { class: 'row' }, yes, no)),
  );
  overlay.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape') close();
  });
  queueMicrotask(() => yes.focus());
  return overlay;
}
