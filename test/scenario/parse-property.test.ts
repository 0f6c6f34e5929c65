/** parseScenario never throws and always locates its errors, whatever is done to a valid file. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ParseResult, parseScenario } from '../../src/scenario/index.ts';

const MINIMAL = readFileSync(new URL('../fixtures/valid/minimal.json', import.meta.url), 'utf8');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every error points inside the text (a line that exists, a column at most one past its end). */
function expectLocated(text: string, r: ParseResult): void {
  if (r.ok) return;
  expect(r.errors.length).toBeGreaterThan(0);
  const lines = text.split('\n');
  for (const e of r.errors) {
    expect(e.file).toBe('m.json');
    expect(e.message).not.toBe('');
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.line).toBeLessThanOrEqual(lines.length);
    expect(e.column).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeLessThanOrEqual((lines[e.line - 1]?.length ?? 0) + 1);
  }
}

/** Replaces the value at a path chosen by `picks` (each pick selects a child) with `replacement`. */
function mutate(root: Json, picks: number[], replacement: Json): Json {
  if (picks.length === 0 || root === null || typeof root !== 'object') return replacement;
  const [pick = 0, ...rest] = picks;
  if (Array.isArray(root)) {
    if (root.length === 0) return replacement;
    const i = pick % root.length;
    return root.map((child, j) => (j === i ? mutate(child, rest, replacement) : child));
  }
  const keys = Object.keys(root);
  if (keys.length === 0) return replacement;
  const key = keys[pick % keys.length] ?? '';
  return { ...root, [key]: mutate(root[key] ?? null, rest, replacement) };
}

describe('parseScenario on mutated scenarios', () => {
  it('never throws on text edits', () => {
    fc.assert(
      fc.property(fc.nat(MINIMAL.length), fc.nat(40), fc.string({ maxLength: 8 }), (at, cut, insert) => {
        const text = MINIMAL.slice(0, at) + insert + MINIMAL.slice(at + cut);
        expectLocated(text, parseScenario(text, 'm.json'));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws when a value is replaced by any JSON value', () => {
    const base = JSON.parse(MINIMAL) as Json;
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), (picks, value) => {
        const text = JSON.stringify(mutate(base, picks, value as Json), null, 2);
        expectLocated(text, parseScenario(text, 'm.json'));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws when an id or reference is swapped for another string of the file', () => {
    const strings = [...new Set(MINIMAL.match(/"[A-Za-z0-9.:-]+"/g) ?? [])];
    fc.assert(
      fc.property(fc.constantFrom(...strings), fc.constantFrom(...strings), fc.nat(10), (from, to, nth) => {
        let seen = -1;
        const text = MINIMAL.replace(new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), (m) =>
          ++seen === nth ? to : m,
        );
        expectLocated(text, parseScenario(text, 'm.json'));
      }),
      { numRuns: 400 },
    );
  });
});
