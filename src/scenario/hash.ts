/**
 * A stable content hash of a normalised scenario: FNV-1a 64-bit over the UTF-8 bytes of a canonical
 * JSON (keys sorted, no whitespace). Shift logs carry it so a log made against another version of a
 * scenario is refused. Two files that differ only in key order or layout hash the same.
 */
import type { Scenario } from './schema.ts';

/** JSON with object keys sorted at every level; undefined properties are left out, as JSON.stringify does. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** FNV-1a 64-bit of a string's UTF-8 bytes, as 16 hex digits. */
export function fnv1a64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  // The 64-bit state as two 32-bit halves; the prime is 2^40 + 0x1b3.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < bytes.length; i++) {
    lo = (lo ^ (bytes[i] ?? 0)) >>> 0;
    const low = lo * 0x1b3;
    const carry = Math.floor(low / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/**
 * Stable content hash of a normalised scenario (16 hex digits). `$schema` is left out: it only tells
 * an editor where the schema is, so moving a file to another folder keeps its saved logs valid.
 */
export function hashScenario(scenario: Scenario): string {
  const { $schema: _editorOnly, ...content } = scenario;
  return fnv1a64(canonicalJson(content));
}
