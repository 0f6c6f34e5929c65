/**
 * Where a shift survives a reload: the log (never the derived state) per scenario id, the UI
 * preferences, the last result per scenario and the text of scenarios the trainee loaded from a
 * file. Plain Web-Storage calls behind a small interface so tests pass an in-memory fake, and no
 * zustand here: the boot chunk reads saved shifts through this module before anything else loads.
 */
import type { ShiftLog } from '../sim/types.ts';

/** The subset of the Web Storage API the store needs (localStorage satisfies it). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Prefs {
  muted: boolean;
  /** Pause the clock by itself when a VIP makes contact or a ticket set to P1 comes back (never on hidden truth). */
  autoPauseP1: boolean;
}

const DEFAULT_PREFS: Prefs = { muted: false, autoPauseP1: true };

/** The learner's last result on a scenario, shown on its library card. */
interface ScenarioResult {
  level: number;
  confidence: number;
  /** The claim in words ("Level 2 (Assist) or Level 3 (Apply), 91.2 % sure"); absent in older results. */
  claim?: string;
  scenarioVersion: string;
}

const PREFIX = 'deskshift:v1:';
export const storageKeys = {
  log: (scenarioId: string) => `${PREFIX}log:${scenarioId}`,
  archive: (scenarioId: string) => `${PREFIX}archive:${scenarioId}`,
  result: (scenarioId: string) => `${PREFIX}result:${scenarioId}`,
  custom: (scenarioId: string) => `${PREFIX}custom:${scenarioId}`,
  customIndex: () => `${PREFIX}custom-index`,
  prefs: () => `${PREFIX}prefs`,
};

/** What a read of saved data found. */
type Loaded<T> = { kind: 'none' } | { kind: 'ok'; value: T } | { kind: 'corrupt'; message: string };

function readJson(storage: KeyValueStorage, key: string): Loaded<unknown> {
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch (error) {
    return { kind: 'corrupt', message: `The browser refused to read saved data (${describe(error)}).` };
  }
  if (text === null) return { kind: 'none' };
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'corrupt', message: 'The saved data is not valid JSON.' };
  }
}

/** Writes a value; returns a message for the person when the browser refuses (quota, privacy mode). */
function writeJson(storage: KeyValueStorage, key: string, value: unknown): string | null {
  try {
    storage.setItem(key, JSON.stringify(value));
    return null;
  } catch (error) {
    return `Could not save to this browser's storage (${describe(error)}). The shift goes on in this tab, but a reload would lose the latest moves: export the log to keep it.`;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name === 'QuotaExceededError' ? 'storage is full' : error.message;
  return String(error);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How many moves a saved log holds, when that can be read. */
export function movesOf(log: unknown): number | null {
  return isObject(log) && Array.isArray(log.entries) ? log.entries.length : null;
}

/**
 * The shift saved for a scenario, if any, as the JSON it was saved as: the engine's `readLog`
 * checks it, so this boot-time module stays free of the engine.
 */
export function loadSavedLog(storage: KeyValueStorage, scenarioId: string): Loaded<unknown> {
  return readJson(storage, storageKeys.log(scenarioId));
}

/** Saves the log of the shift in progress; returns an error message or null. */
export function saveLog(storage: KeyValueStorage, log: ShiftLog): string | null {
  return writeJson(storage, storageKeys.log(log.scenarioId), log);
}

/** Forgets the shift saved for a scenario. */
export function removeSavedLog(storage: KeyValueStorage, scenarioId: string): void {
  try {
    storage.removeItem(storageKeys.log(scenarioId));
  } catch {
    // Nothing to do: a storage that cannot remove will be overwritten on the next save.
  }
}

/** Keeps a saved shift aside (its scenario changed, or it cannot be read) so it can still be exported. */
export function archiveLog(storage: KeyValueStorage, scenarioId: string, log: unknown): string | null {
  return writeJson(storage, storageKeys.archive(scenarioId), log);
}

/** The saved UI preferences, or the defaults. */
export function loadPrefs(storage: KeyValueStorage): Prefs {
  const found = readJson(storage, storageKeys.prefs());
  if (found.kind !== 'ok' || !isObject(found.value)) return { ...DEFAULT_PREFS };
  const v = found.value;
  return {
    muted: typeof v.muted === 'boolean' ? v.muted : DEFAULT_PREFS.muted,
    autoPauseP1: typeof v.autoPauseP1 === 'boolean' ? v.autoPauseP1 : DEFAULT_PREFS.autoPauseP1,
  };
}

/** Saves the UI preferences; returns an error message or null. */
export function savePrefs(storage: KeyValueStorage, prefs: Prefs): string | null {
  return writeJson(storage, storageKeys.prefs(), prefs);
}

/** The last result recorded for a scenario, or null. */
export function loadResult(storage: KeyValueStorage, scenarioId: string): ScenarioResult | null {
  const found = readJson(storage, storageKeys.result(scenarioId));
  if (found.kind !== 'ok' || !isObject(found.value)) return null;
  const v = found.value;
  if (
    typeof v.level !== 'number' ||
    typeof v.confidence !== 'number' ||
    typeof v.scenarioVersion !== 'string'
  ) {
    return null;
  }
  const result: ScenarioResult = {
    level: v.level,
    confidence: v.confidence,
    scenarioVersion: v.scenarioVersion,
  };
  if (typeof v.claim === 'string' && v.claim.length <= 200) result.claim = v.claim;
  return result;
}

/** Records the learner's last result on a scenario; returns an error message or null. */
export function saveResult(
  storage: KeyValueStorage,
  scenarioId: string,
  result: ScenarioResult,
): string | null {
  return writeJson(storage, storageKeys.result(scenarioId), result);
}

/** Ids of scenarios the trainee loaded from a file (their text is kept so a saved shift resumes). */
export function loadCustomIds(storage: KeyValueStorage): string[] {
  const found = readJson(storage, storageKeys.customIndex());
  if (found.kind !== 'ok' || !Array.isArray(found.value)) return [];
  return found.value.filter((v): v is string => typeof v === 'string');
}

/** The text of a scenario the trainee loaded from a file, or null. */
export function loadCustomText(storage: KeyValueStorage, scenarioId: string): string | null {
  try {
    return storage.getItem(storageKeys.custom(scenarioId));
  } catch {
    return null;
  }
}

/** Remembers a loaded scenario's text; returns an error message or null. */
export function saveCustomText(storage: KeyValueStorage, scenarioId: string, text: string): string | null {
  try {
    storage.setItem(storageKeys.custom(scenarioId), text);
  } catch (error) {
    return `Could not keep the scenario in this browser (${describe(error)}); it will not be offered after a reload.`;
  }
  const ids = loadCustomIds(storage).filter((id) => id !== scenarioId);
  return writeJson(storage, storageKeys.customIndex(), [...ids, scenarioId]);
}

/** An in-memory storage for tests and for browsers that refuse localStorage. */
export function createMemoryStorage(): KeyValueStorage & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}
