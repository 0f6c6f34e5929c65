/**
 * The desk's top bar: the shift clock (pause shows in colour and words), progress through the
 * shift, speeds 1x-8x, mute, auto-pause on P1, queue filter, help and end of shift.
 */
import { shiftClock } from '../../scenario/time.ts';
import { type ShiftStore, SPEEDS } from '../../store/index.ts';
import { button, h, replace } from '../dom.ts';
import { icon } from '../icons.ts';

interface TopBarHandlers {
  help(): void;
  endShift(): void;
  cycleFilter(): void;
  filterLabel(): string;
}

/** Creates the top bar. */
export function createTopBar(
  shift: ShiftStore,
  handlers: TopBarHandlers,
): { el: HTMLElement; refreshFilter(): void; destroy(): void } {
  const clock = h('div', { class: 'clock', 'aria-live': 'off', 'data-clock': '' });
  const state = h('span', { class: 'muted', 'data-run-state': '' });
  const progress = h('div', { class: 'shift-progress', title: 'Shift progress' }, h('div'));
  const pause = button('', () => shift.togglePause(), { key: 'Space' });
  const speeds = h('div', { class: 'speeds', role: 'group', 'aria-label': 'Speed' });
  const speedButtons = SPEEDS.map((sp, i) => {
    const b = button(`${sp}x`, () => shift.setSpeed(sp), { key: String(i + 1) });
    speeds.append(b);
    return b;
  });
  const mute = button('', () => shift.setPrefs({ muted: !shift.getState().prefs.muted }), { key: 'M' });
  const autoPause = h('input', { type: 'checkbox', id: 'auto-pause' });
  autoPause.addEventListener('change', () => shift.setPrefs({ autoPauseP1: autoPause.checked }));
  const filter = button('', handlers.cycleFilter, { key: 'F' });
  const title = h(
    'strong',
    { class: 'title', title: shift.getState().scenario.meta.title },
    shift.getState().scenario.meta.title,
  );
  const el = h(
    'header',
    { class: 'topbar' },
    clock,
    state,
    progress,
    pause,
    speeds,
    title,
    filter,
    h(
      'label',
      {
        class: 'row',
        style: 'flex-direction:row',
        for: 'auto-pause',
        title: 'Pause by itself when a VIP makes contact or a ticket you set to P1 comes back',
      },
      autoPause,
      'Auto-pause',
    ),
    mute,
    button('Help', handlers.help, { key: '?' }),
    button('End shift', handlers.endShift, { key: 'X', kind: 'danger' }),
  );

  let controlsKey = '';
  const render = () => {
    const s = shift.getState();
    clock.textContent = shiftClock(s.scenario.meta.shiftStart, s.state.now);
    clock.classList.toggle('paused', s.speed === 0);
    state.textContent = s.state.ended ? 'Shift over' : s.speed === 0 ? 'Paused' : `Running ${s.speed}x`;
    const bar = progress.firstElementChild as HTMLElement | null;
    if (bar) bar.style.width = `${Math.min(100, (s.state.now / Math.max(1, s.state.endMinute)) * 100)}%`;
    // The buttons change only with the speed or the mute preference (keeps focus and DOM still).
    const key = `${s.speed}|${s.prefs.muted}|${s.prefs.autoPauseP1}`;
    if (key === controlsKey) return;
    controlsKey = key;
    replace(
      pause,
      icon(s.speed === 0 ? 'play' : 'pause'),
      s.speed === 0 ? 'Run' : 'Pause',
      h('kbd', {}, 'Space'),
    );
    speedButtons.forEach((b, i) => {
      b.classList.toggle('active', s.speed === SPEEDS[i]);
    });
    replace(
      mute,
      icon(s.prefs.muted ? 'muted' : 'volume'),
      s.prefs.muted ? 'Muted' : 'Sound',
      h('kbd', {}, 'M'),
    );
    autoPause.checked = s.prefs.autoPauseP1;
  };
  const refreshFilter = () => replace(filter, `Queue: ${handlers.filterLabel()}`, h('kbd', {}, 'F'));
  refreshFilter();
  const unsubscribe = shift.store.subscribe(
    (s) => [s.state.now, s.speed, s.prefs, s.state.ended] as const,
    render,
    {
      equalityFn: (a, b) => a.every((v, i) => v === b[i]),
      fireImmediately: true,
    },
  );
  return { el, refreshFilter, destroy: unsubscribe };
}
