/**
 * The built-in scenarios from `scenarios/*.json` (the JSON Schema file is not a scenario). Their
 * card data is read at build time (`virtual:scenario-cards`, see vite.config.ts) so the library
 * shows at once; the files themselves are static assets fetched when needed, outside the JavaScript.
 * Opening one runs the full validator (`parseScenario`), exactly as for a file the trainee loads.
 */
import cards from 'virtual:scenario-cards';
import { decodeScenarioBytes } from '../scenario/decode.ts';
import { formatScenarioError } from '../scenario/errors.ts';
import type { CardMeta } from './card-meta.ts';

export interface ScenarioSource {
  /** File name shown in validator messages. */
  file: string;
  text: string;
  origin: 'builtin' | 'custom';
}

/** A library entry: its card data and how to get its text. */
export interface LibraryEntry {
  file: string;
  origin: 'builtin' | 'custom';
  meta: CardMeta | null;
  text(): Promise<string>;
}

const urls = import.meta.glob<string>(['/scenarios/*.json', '!/scenarios/scenario.schema.json'], {
  query: '?url',
  import: 'default',
  eager: true,
});

const texts = new Map<string, Promise<string>>();

function fetchText(file: string): Promise<string> {
  let p = texts.get(file);
  if (!p) {
    const url = urls[`/${file}`];
    p = url
      ? fetch(url).then(async (r) => {
          if (!r.ok) throw new Error(`${file} could not be loaded (HTTP ${r.status}).`);
          // Strict UTF-8, as `deskshift check` reads it: a bad byte is refused where it is.
          const decoded = decodeScenarioBytes(new Uint8Array(await r.arrayBuffer()), file);
          if (!decoded.ok) throw new Error(formatScenarioError(decoded.error));
          return decoded.text;
        })
      : Promise.reject(new Error(`${file} is not bundled.`));
    p.catch(() => texts.delete(file));
    texts.set(file, p);
  }
  return p;
}

/** The built-in scenarios' library entries (card data from the build; text fetched on demand). */
export const BUILTIN_ENTRIES: readonly LibraryEntry[] = cards.map((c) => ({
  file: c.file,
  origin: 'builtin' as const,
  meta: c.meta,
  text: () => fetchText(c.file),
}));

/** Starts fetching every built-in scenario's text in the background. */
export function prefetchBuiltins(): void {
  for (const c of cards) fetchText(c.file).catch(() => undefined);
}
