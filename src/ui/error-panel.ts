/**
 * The last line of defence: any uncaught error or rejected promise (a bad scenario, Phaser failing
 * to load, an exception in a scene) shows a readable panel over the page instead of a blank canvas.
 */
import { h } from './dom.ts';

let panel: HTMLElement | null = null;

/** Shows an error message on screen (kept until dismissed); further errors are appended. */
export function showError(title: string, detail: string): void {
  if (!panel) {
    const close = h('button', { type: 'button', class: 'btn' }, 'Dismiss');
    const reload = h('button', { type: 'button', class: 'btn primary' }, 'Reload the page');
    panel = h(
      'section',
      { class: 'error-panel', role: 'alert', 'aria-live': 'assertive' },
      h('h2', {}, 'Something went wrong'),
      h('div', { class: 'error-list' }),
      h('p', { class: 'muted' }, 'Your shift is saved after every action; reloading resumes it.'),
      h('div', { class: 'row' }, reload, close),
    );
    close.addEventListener('click', () => {
      panel?.remove();
      panel = null;
    });
    reload.addEventListener('click', () => location.reload());
    document.body.append(panel);
    close.focus();
  }
  panel
    .querySelector('.error-list')
    ?.append(h('div', { class: 'error-item' }, h('strong', {}, title), h('pre', {}, detail)));
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  return typeof reason === 'string' ? reason : JSON.stringify(reason);
}

/** Installs the window-level handlers. */
export function installErrorPanel(): void {
  window.addEventListener('error', (event) => {
    showError('Unexpected error', describe(event.error ?? event.message));
  });
  window.addEventListener('unhandledrejection', (event) => {
    showError('Unexpected error', describe(event.reason));
  });
}
