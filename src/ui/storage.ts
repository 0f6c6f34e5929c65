/** The browser's storage for the store, or an in-memory one when the browser refuses localStorage. */
import { createMemoryStorage, type KeyValueStorage } from '../store/persistence.ts';

let chosen: KeyValueStorage | null = null;

/** The storage to use (probed once). */
export function browserStorage(): KeyValueStorage {
  if (chosen) return chosen;
  try {
    const probe = 'deskshift:probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    chosen = localStorage;
  } catch {
    chosen = createMemoryStorage();
  }
  return chosen;
}
