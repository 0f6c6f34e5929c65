/**
 * A saved shift that no longer matches its scenario (the file changed, or a new engine): a clear
 * message and a choice, never a blank screen. Keeping the old log downloads it for export.
 */
import type { AppContext } from './app.ts';
import { button, download, h, replace } from './dom.ts';

/** Shows why the saved shift cannot resume, with keep (download) or discard. */
export function showConflict(ctx: AppContext): void {
  const conflict = ctx.shift.getState().conflict;
  if (!conflict) {
    ctx.briefing();
    return;
  }
  const discard = button('Discard it and start fresh', () => {
    ctx.shift.resolveConflict('discard');
    ctx.briefing();
  });
  const keep = button(
    'Keep it for export and start fresh',
    () => {
      const log = ctx.shift.resolveConflict('keep');
      const id = ctx.shift.getState().scenario.meta.id;
      if (log !== null) download(`${id}-saved-shift.log.json`, JSON.stringify(log, null, 2));
      ctx.briefing();
    },
    { kind: 'primary' },
  );
  const screen = h(
    'main',
    { class: 'screen', 'data-screen': 'conflict' },
    h(
      'div',
      { class: 'screen-inner' },
      h('h1', {}, 'Your saved shift cannot be resumed'),
      h('div', { class: 'notice', role: 'alert' }, conflict.message),
      h(
        'p',
        {},
        `${conflict.moves === null ? 'Its moves cannot be counted.' : `It has ${conflict.moves} moves.`} You can download it (a trainer can still read it) or discard it.`,
      ),
      h(
        'div',
        { class: 'row' },
        keep,
        discard,
        button('Back to the library', () => ctx.library()),
      ),
    ),
  );
  replace(ctx.root, screen);
  keep.focus();
}
