/**
 * Tiny DOM helpers. Text (and all scenario text above all) is only ever set with `textContent`;
 * nothing in the UI assigns `innerHTML`, so a scenario string is shown as text and never runs.
 */

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null>;

/** Creates an element with attributes (strings, or booleans for presence) and children (text or nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = String(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends children; strings become text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces all children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A button with an optional keyboard shortcut shown as a key cap. */
export function button(
  label: string,
  onClick: () => void,
  opts: { key?: string; kind?: string; title?: string } = {},
) {
  const b = h(
    'button',
    {
      type: 'button',
      class: `btn ${opts.kind ?? ''}`.trim(),
      title: opts.title,
      'aria-keyshortcuts': opts.key,
    },
    label,
    opts.key ? h('kbd', {}, opts.key) : null,
  );
  b.addEventListener('click', onClick);
  return b;
}

/** Formats a number of minutes as "1 h 05 min" or "12 min". */
export function durationText(minutes: number): string {
  const m = Math.round(minutes);
  if (Math.abs(m) < 60) return `${m} min`;
  const sign = m < 0 ? '-' : '';
  const a = Math.abs(m);
  return `${sign}${Math.floor(a / 60)} h ${String(a % 60).padStart(2, '0')}`;
}

/** Offers a text as a file download. */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
