/**
 * Screen 1, the scenario library (plain DOM, in the first chunk): a card per built-in or loaded
 * scenario with its last result and a saved shift to resume; load your own scenario by file picker
 * or drag and drop, with the validator's located messages shown in the page.
 */
import { loadCustomIds, loadCustomText, loadResult, loadSavedLog, movesOf } from '../store/persistence.ts';
import {
  BUILTIN_ENTRIES,
  type LibraryEntry,
  prefetchBuiltins,
  type ScenarioSource,
} from './builtin-scenarios.ts';
import { readCardMeta } from './card-meta.ts';
import { button, h, replace } from './dom.ts';
import { showError } from './error-panel.ts';
import { icon } from './icons.ts';
import { loadApp, loadGame } from './loaders.ts';
import { browserStorage } from './storage.ts';

function allEntries(): LibraryEntry[] {
  const storage = browserStorage();
  const builtinIds = new Set(BUILTIN_ENTRIES.map((e) => e.meta?.id));
  const custom: LibraryEntry[] = [];
  for (const id of loadCustomIds(storage)) {
    const text = loadCustomText(storage, id);
    if (text !== null && !builtinIds.has(id)) {
      custom.push({ file: `${id}.json`, origin: 'custom', meta: readCardMeta(text), text: async () => text });
    }
  }
  return [...BUILTIN_ENTRIES, ...custom];
}

/** Runs `fn` once the page has painted (so compiling Phaser never delays the first screen). */
function afterFirstPaint(fn: () => void): void {
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (painted()) {
    setTimeout(fn, 0);
    return;
  }
  const observer = new PerformanceObserver(() => {
    if (!painted()) return;
    observer.disconnect();
    setTimeout(fn, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
  // Browsers without paint timing: go anyway after a moment.
  setTimeout(() => {
    if (painted()) return;
    observer.disconnect();
    fn();
  }, 300);
}

/** Starts loading the app and Phaser; the loader line shows how far it got. */
function preload(line: HTMLElement): void {
  const bar = h('progress', { max: 2, value: 0 });
  const label = h('span', {}, 'Loading the desk…');
  replace(line, bar, label);
  let done = 0;
  const tick = () => {
    done += 1;
    bar.value = done;
    if (done === 2) replace(line, h('span', {}, 'The desk is ready.'));
  };
  loadApp().then(tick, (e: unknown) => showError('The game could not load', String(e)));
  loadGame().then(tick, (e: unknown) =>
    showError(
      'The graphics engine (Phaser) could not load',
      `${String(e)}\nThe library still works; reload to retry.`,
    ),
  );
}

function card(source: LibraryEntry, open: (s: LibraryEntry, mode: 'brief' | 'resume') => void): HTMLElement {
  const meta = source.meta;
  if (!meta) {
    return h(
      'article',
      { class: 'card' },
      h('h3', {}, source.file),
      h('p', { class: 'muted' }, 'This file is not a readable scenario.'),
      h(
        'div',
        { class: 'actions' },
        button('Show the problems', () => open(source, 'brief')),
      ),
    );
  }
  const storage = browserStorage();
  const result = loadResult(storage, meta.id);
  const saved = loadSavedLog(storage, meta.id);
  const levels = meta.targetLevels.map((l) => `L${l}`).join(', ');
  const resume =
    saved.kind === 'ok' ? button('Resume shift', () => open(source, 'resume'), { kind: 'primary' }) : null;
  resume?.setAttribute('data-resume', '');
  return h(
    'article',
    { class: 'card', 'data-scenario': meta.id },
    h('h3', {}, meta.title),
    h('p', {}, meta.summary),
    h(
      'div',
      { class: 'meta' },
      h('span', { class: 'chip' }, `Targets ${levels || '–'}`),
      meta.lengthMinutes !== null ? h('span', { class: 'chip' }, `${meta.lengthMinutes} min shift`) : null,
      meta.arrivals !== null ? h('span', { class: 'chip' }, `${meta.arrivals} contacts`) : null,
      source.origin === 'custom' ? h('span', { class: 'chip' }, 'your file') : null,
    ),
    h(
      'p',
      { class: 'muted' },
      result
        ? `Last result: ${result.claim ?? `Level ${result.level} (${Math.round(result.confidence * 100)} % sure)`}.`
        : 'Not played yet.',
      saved.kind === 'ok'
        ? ` A shift in progress is saved (${movesOf(saved.value) ?? 'unreadable'} moves).`
        : '',
    ),
    h(
      'div',
      { class: 'actions' },
      resume,
      button(saved.kind === 'ok' ? 'Start over' : 'Read the briefing', () => open(source, 'brief'), {
        kind: resume ? '' : 'primary',
      }),
    ),
  );
}

/** The zone a scenario file can be dropped on, with its hidden file picker (key O). */
function dropZone(onFile: (file: File) => Promise<void>): { drop: HTMLElement; fileInput: HTMLInputElement } {
  const fileInput = h('input', {
    type: 'file',
    accept: '.json,application/json',
    id: 'scenario-file',
    class: 'sr-only',
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void onFile(file);
    fileInput.value = '';
  });
  const pick = button('Load your own scenario…', () => fileInput.click(), { key: 'O' });
  const drop = h(
    'div',
    { class: 'dropzone', id: 'dropzone' },
    icon('upload'),
    ' Drop a scenario file (.json) here, or ',
    pick,
    fileInput,
  );
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const file = e.dataTransfer?.files[0];
    if (file) void onFile(file);
  });
  return { drop, fileInput };
}

/** Renders the library into `root`; `notice` is an optional message shown on top. */
export function showLibrary(root: HTMLElement, notice?: string): void {
  const messages = h('div', { class: 'messages-slot', 'aria-live': 'polite' });
  const loaderLine = h('div', { class: 'loader' });

  const showMessages = (title: string, lines: string[]) => {
    replace(
      messages,
      h(
        'div',
        { class: 'messages', role: 'alert' },
        h('strong', {}, title),
        h('ul', {}, ...lines.map((l) => h('li', {}, l))),
      ),
    );
  };

  const openSource = async (source: ScenarioSource, mode: 'brief' | 'resume') => {
    replace(messages);
    const app = await loadApp();
    const outcome = app.openScenario(root, source, mode);
    if (!outcome.ok) showMessages(`${source.file} cannot be played:`, outcome.messages);
  };
  const open = async (entry: LibraryEntry, mode: 'brief' | 'resume') => {
    let text: string;
    try {
      text = await entry.text();
    } catch (e) {
      showMessages(`${entry.file} could not be loaded:`, [String(e)]);
      return;
    }
    await openSource({ file: entry.file, text, origin: entry.origin }, mode);
  };

  const { drop, fileInput } = dropZone(async (file) => {
    const text = await file.text();
    await openSource({ file: file.name, text, origin: 'custom' }, 'brief');
  });

  const cardsBox = h(
    'div',
    { class: 'cards', 'aria-busy': 'true' },
    h('p', { class: 'muted' }, 'Loading scenarios…'),
  );
  const screen = h(
    'main',
    { class: 'screen library', 'data-screen': 'library' },
    h(
      'div',
      { class: 'screen-inner' },
      h(
        'div',
        { class: 'brand' },
        h('span', { class: 'logo' }, 'desk', h('b', {}, 'shift')),
        h('span', { class: 'muted' }, 'Service-desk shift simulator'),
      ),
      notice ? h('div', { class: 'notice', role: 'status' }, notice) : null,
      h('h1', {}, 'Pick a shift'),
      h(
        'p',
        { class: 'muted', style: 'max-width:70ch' },
        'Work a shift on a simulated IT service desk: answer, log, prioritise, route and resolve while the SLA clocks run. Everything works from the keyboard, the shift is saved after every action, and the debrief shows which Service Management level you demonstrated, with the moments that count.',
      ),
      loaderLine,
      cardsBox,
      drop,
      messages,
    ),
  );
  replace(root, screen);
  screen.addEventListener('keydown', (e) => {
    if (e.key.toLowerCase() === 'o' && !(e.target instanceof HTMLInputElement)) {
      e.preventDefault();
      fileInput.click();
    }
  });
  const cards = allEntries().map((e) => card(e, (entry, mode) => void open(entry, mode)));
  replace(
    cardsBox,
    ...(cards.length ? cards : [h('p', { class: 'muted' }, 'No scenarios yet: load your own below.')]),
  );
  cardsBox.removeAttribute('aria-busy');
  performance.mark('deskshift:first-useful-screen');
  // A shift in progress comes first: Enter resumes it.
  (
    screen.querySelector<HTMLButtonElement>('.card [data-resume]') ??
    screen.querySelector<HTMLButtonElement>('.card .btn.primary')
  )?.focus();
  // After the first paint: the scenario texts, then the app and Phaser, in the background.
  afterFirstPaint(() => {
    prefetchBuiltins();
    preload(loaderLine);
  });
}
