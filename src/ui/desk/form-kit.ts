/**
 * Building blocks of the workspace forms: a keyboard-first form shell (Enter submits, Escape
 * cancels, focus lands on the first field) and labelled selects. Option text is set as text.
 */
import { h } from '../dom.ts';

export interface Choice {
  value: string;
  label: string;
}

/** A labelled select; the first choice is selected unless `selected` names another. */
export function select(
  label: string,
  name: string,
  choices: Choice[],
  selected?: string | null,
): HTMLLabelElement {
  const s = h('select', { name });
  for (const c of choices) {
    const o = h('option', { value: c.value }, c.label);
    if (c.value === selected) o.selected = true;
    s.append(o);
  }
  return h('label', {}, label, s);
}

/** A labelled text input. */
export function textInput(label: string, name: string, value = '', placeholder = ''): HTMLLabelElement {
  const input = h('input', { name, type: 'text', value, placeholder, autocomplete: 'off' });
  return h('label', {}, label, input);
}

/** A labelled text area. */
export function textArea(label: string, name: string): HTMLLabelElement {
  return h('label', {}, label, h('textarea', { name, rows: 3 }));
}

/** Reads a named field's value from a form. */
export function field(form: HTMLFormElement, name: string): string {
  const el = form.elements.namedItem(name);
  if (
    el instanceof HTMLSelectElement ||
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement
  ) {
    return el.value;
  }
  return '';
}

/** Values of the checked checkboxes named `name`. */
export function checked(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${name}"]:checked`)].map(
    (i) => i.value,
  );
}

/** A labelled checkbox. */
export function checkbox(name: string, value: string, label: string, on: boolean): HTMLLabelElement {
  const input = h('input', { type: 'checkbox', name, value });
  input.checked = on;
  return h('label', { class: 'check' }, input, h('span', {}, label));
}

/** The form shell: title, fields, a submit button with its key, and Cancel (Escape). */
export function formShell(
  title: string,
  body: (Node | null)[],
  submitLabel: string | null,
  onSubmit: (form: HTMLFormElement) => void,
  onCancel: () => void,
): HTMLFormElement {
  const cancel = h('button', { type: 'button', class: 'btn' }, 'Cancel', h('kbd', {}, 'Esc'));
  cancel.addEventListener('click', onCancel);
  const form = h(
    'form',
    { class: 'form', 'data-form': title },
    h('h3', {}, title),
    ...body,
    h(
      'div',
      { class: 'row' },
      submitLabel
        ? h('button', { type: 'submit', class: 'btn primary' }, submitLabel, h('kbd', {}, 'Enter'))
        : null,
      cancel,
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onSubmit(form);
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey || e.target instanceof HTMLSelectElement)) {
      // Enter submits from a select too (browsers only submit implicitly from text inputs).
      e.preventDefault();
      form.requestSubmit();
    }
  });
  return form;
}

/** Focuses the first field (or button) of a form. */
export function focusFirst(form: HTMLElement): void {
  form
    .querySelector<HTMLElement>(
      'select, input, textarea, .choice-list button:not(:disabled), button[type=submit]',
    )
    ?.focus();
}

/**
 * The order the options of one ticket are shown in: stable for that ticket (a reload shows the
 * same list) but not the order of the scenario file, where authors tend to write the right
 * answer first and the first option is the form's default.
 */
export function shownOrder<T extends { id: string }>(items: readonly T[], ticketId: string): T[] {
  const key = (id: string): number => {
    let hash = 0x811c9dc5;
    for (const ch of `${ticketId}/${id}`) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193);
    // FNV-1a alone orders by its last characters; a final avalanche mixes the whole key in.
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    return (hash ^ (hash >>> 16)) >>> 0;
  };
  return [...items].sort((a, b) => key(a.id) - key(b.id) || (a.id < b.id ? -1 : 1));
}
