/**
 * The built-in scenarios, bundled from `scenarios/*.json` (the JSON Schema file is not a scenario)
 * as static assets fetched from the same origin, so they stay out of the JavaScript. The library
 * reads only their `meta` for its cards; opening one runs the full validator (`parseScenario`),
 * exactly as for a file the trainee loads.
 */

export interface ScenarioSource {
  /** File name shown in validator messages. */
  file: string;
  text: string;
  origin: 'builtin' | 'custom';
}

const urls = import.meta.glob<string>(['/scenarios/*.json', '!/scenarios/scenario.schema.json'], {
  query: '?url',
  import: 'default',
  eager: true,
});

let loaded: Promise<ScenarioSource[]> | null = null;

/** Fetches the built-in scenarios' text (once); a file that fails to load says so in its text. */
export function loadBuiltinScenarios(): Promise<ScenarioSource[]> {
  loaded ??= Promise.all(
    Object.entries(urls)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(async ([path, url]) => {
        const file = path.replace(/^\//, '');
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${file} could not be loaded (HTTP ${response.status}).`);
        return { file, text: await response.text(), origin: 'builtin' as const };
      }),
  );
  return loaded;
}

/** What a library card shows, read without validation (validation runs when the card is opened). */
export interface CardMeta {
  id: string;
  title: string;
  summary: string;
  targetLevels: number[];
  lengthMinutes: number | null;
  arrivals: number | null;
}

function field(obj: unknown, key: string): unknown {
  return typeof obj === 'object' && obj !== null && !Array.isArray(obj)
    ? (obj as Record<string, unknown>)[key]
    : undefined;
}

/** Reads a card's meta from scenario text, or null when the text is not even JSON with a meta id. */
export function readCardMeta(text: string): CardMeta | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const meta = field(data, 'meta');
  const id = field(meta, 'id');
  if (typeof id !== 'string') return null;
  const title = field(meta, 'title');
  const summary = field(meta, 'summary');
  const levels = field(meta, 'targetLevels');
  const length = field(meta, 'lengthMinutes');
  const timeline = field(data, 'timeline');
  return {
    id,
    title: typeof title === 'string' ? title : id,
    summary: typeof summary === 'string' ? summary : '',
    targetLevels: Array.isArray(levels) ? levels.filter((l): l is number => typeof l === 'number') : [],
    lengthMinutes: typeof length === 'number' ? length : null,
    arrivals: Array.isArray(timeline) ? timeline.length : null,
  };
}
