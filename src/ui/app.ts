/**
 * The app chunk (loaded lazily behind the library): validates a scenario with the same validator as
 * the CLI, creates the session store and moves between briefing, desk and debrief. Also exposes a
 * read-only snapshot of the session on `window.__deskshift` for browser tests and trainers.
 */
import { formatScenarioError, parseScenario } from '../scenario/index.ts';
import type { LogEnvelope } from '../sim/index.ts';
import { createShiftStore, removeSavedLog, type ShiftStore, saveCustomText } from '../store/index.ts';
import { showBriefing } from './briefing.ts';
import type { ScenarioSource } from './builtin-scenarios.ts';
import { showConflict } from './conflict.ts';
import { showDebrief } from './debrief.ts';
import { showDesk } from './desk/desk-screen.ts';
import { showLibrary } from './library.ts';
import { browserStorage } from './storage.ts';

export interface AppContext {
  root: HTMLElement;
  source: ScenarioSource;
  shift: ShiftStore;
  /** Messages for the trainee from opening the scenario (an unreadable save, a file not kept). */
  notices: string[];
  /** Back to the library, with an optional notice. */
  library(notice?: string): void;
  briefing(): void;
  desk(): void;
  debrief(): void;
}

declare global {
  interface Window {
    __deskshift?: { snapshot(): unknown; screen(): string };
  }
}

/** A fresh seed for a new shift (the UI shell may use randomness; the engine never does). */
function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

/**
 * Who plays and when, for the log's envelope: the learner id and registration come from the page's
 * launch address (`?learner=...&registration=...`, as an LMS launch gives them), else a new
 * registration per attempt; the wall-clock start is now. None of it enters the replay.
 */
function launchEnvelope(search: string = window.location.search): LogEnvelope {
  const params = new URLSearchParams(search);
  const bounded = (v: string | null) => (v !== null && v.length > 0 && v.length <= 200 ? v : null);
  const learnerId = bounded(params.get('learner'));
  return {
    ...(learnerId === null ? {} : { learnerId }),
    registration: bounded(params.get('registration')) ?? crypto.randomUUID(),
    startedAt: new Date().toISOString(),
  };
}

/** Validates and opens a scenario: briefing, or straight back into a saved shift. */
export function openScenario(
  root: HTMLElement,
  source: ScenarioSource,
  mode: 'brief' | 'resume',
): { ok: true } | { ok: false; messages: string[] } {
  const parsed = parseScenario(source.text, source.file);
  if (!parsed.ok) return { ok: false, messages: parsed.errors.map(formatScenarioError) };
  const storage = browserStorage();
  const notices: string[] = [];
  if (source.origin === 'custom') {
    const err = saveCustomText(storage, parsed.scenario.meta.id, source.text);
    if (err) notices.push(err);
  }
  const shift = createShiftStore({
    scenario: parsed.scenario,
    hash: parsed.hash,
    seed: newSeed(),
    storage,
    envelope: () => launchEnvelope(),
  });
  let screen = 'none';
  const storeNotice = shift.getState().notice;
  if (storeNotice) notices.push(storeNotice);
  const ctx: AppContext = {
    root,
    source,
    shift,
    notices,
    library: (notice) => {
      screen = 'library';
      shift.setSpeed(0);
      showLibrary(root, notice);
    },
    briefing: () => {
      screen = 'briefing';
      showBriefing(ctx);
    },
    desk: () => {
      screen = 'desk';
      showDesk(ctx);
    },
    debrief: () => {
      screen = 'debrief';
      showDebrief(ctx);
    },
  };
  window.__deskshift = {
    snapshot: () => {
      const s = shift.getState();
      return JSON.parse(JSON.stringify({ log: s.log, state: s.state }));
    },
    screen: () => screen,
  };
  if (shift.getState().conflict) {
    screen = 'conflict';
    showConflict(ctx);
  } else if (mode === 'resume' && shift.getState().log.entries.length > 0) {
    if (shift.getState().state.ended) ctx.debrief();
    else ctx.desk();
  } else {
    if (mode === 'brief') removeSavedLog(storage, parsed.scenario.meta.id);
    ctx.briefing();
  }
  return { ok: true };
}
