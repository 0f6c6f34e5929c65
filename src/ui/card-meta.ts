/**
 * What a library card shows, read from scenario text without validation (validation runs when
 * the card is opened). Pure, so the build reads the built-in scenarios' cards with it too.
 */

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
