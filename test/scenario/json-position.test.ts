/** The strict JSON parser: values, positions, exact syntax errors, and agreement with JSON.parse. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JsonValue, parseJsonWithPositions } from '../../src/scenario/json-position.ts';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function hasForbiddenKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasForbiddenKey);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => FORBIDDEN.has(k) || hasForbiddenKey(v));
}

/** `line:column  message (path)` of the first error, or "ok". */
function firstError(text: string): string {
  const r = parseJsonWithPositions(text);
  if (r.ok) return 'ok';
  const e = r.errors[0];
  return e === undefined ? 'none' : `${e.line}:${e.column}  ${e.message} (${e.path})`;
}

describe('parseJsonWithPositions', () => {
  it('records where every key and value starts', () => {
    const text = '{\n  "a": [1, {"b": true}],\n\t"c d": "x"\n}';
    const r = parseJsonWithPositions(text);
    if (!r.ok) throw new Error('expected ok');
    expect(Object.fromEntries(r.locations)).toEqual({
      '': { value: { line: 1, column: 1 } },
      a: { key: { line: 2, column: 3 }, value: { line: 2, column: 8 } },
      'a[0]': { value: { line: 2, column: 9 } },
      'a[1]': { value: { line: 2, column: 12 } },
      'a[1].b': { key: { line: 2, column: 13 }, value: { line: 2, column: 18 } },
      '["c d"]': { key: { line: 3, column: 2 }, value: { line: 3, column: 9 } },
    });
  });

  it('builds objects without a prototype', () => {
    const r = parseJsonWithPositions('{"a": {"b": 1}}');
    if (!r.ok) throw new Error('expected ok');
    expect(Object.getPrototypeOf(r.value)).toBe(null);
    expect(r.value).toEqual({ a: { b: 1 } });
  });

  it.each([
    ['', '1:1  The file is empty ()'],
    ['{"a": 1,}', "1:9  Trailing comma before '}' is not allowed ()"],
    ['[1, 2,]', "1:7  Trailing comma before ']' is not allowed ()"],
    ['{"a": 1 "b": 2}', "1:9  Expected ',' or '}' after a property value ()"],
    ['[1 2]', "1:4  Expected ',' or ']' after an array item ()"],
    ['{"a" 1}', "1:6  Expected ':' after a property name ()"],
    ['{a: 1}', '1:2  Expected a property name in double quotes ()'],
    ['{"a": [1,', '1:10  Unexpected end of file (a[1])'],
    ['{"a": 1', '1:8  Unexpected end of file ()'],
    ['{"a": "x', '1:7  Unterminated string (a)'],
    ['{"a": "\\q"}', '1:8  Invalid escape "\\q" in a string (a)'],
    ['{"a": "\\u12G4"}', '1:8  Invalid \\u escape: expected 4 hex digits (a)'],
    ['{"a": "\t"}', '1:8  Control character in a string (write \\n or \\t instead) (a)'],
    ['{"a": 01}', '1:7  Invalid number (a)'],
    ['{"a": 1.}', '1:7  Invalid number (a)'],
    ['{"a": -}', '1:7  Invalid number (a)'],
    ['{"a": True}', '1:7  Unexpected "True": expected a JSON value (a)'],
    ['{"a": NaN}', '1:7  Unexpected "NaN": expected a JSON value (a)'],
    ['{"a": @}', '1:7  Unexpected character "@": expected a JSON value (a)'],
    ['{"a": 1} x', '1:10  Unexpected content after the end of the JSON value ()'],
    ['{\n  // note\n  "a": 1}', '2:3  Comments are not allowed in JSON ()'],
    ["{'a': 1}", '1:2  Strings must use double quotes ()'],
    ['{"a": 1, "a": 2}', '1:10  Duplicate key "a" (first at line 1) (a)'],
    ['{"__proto__": {"x": 1}}', '1:2  The key "__proto__" is not allowed (__proto__)'],
    ['{"constructor": 1}', '1:2  The key "constructor" is not allowed (constructor)'],
    ['{"prototype": 1}', '1:2  The key "prototype" is not allowed (prototype)'],
  ])('%j -> %s', (text, expected) => {
    expect(firstError(text)).toBe(expected);
  });

  it('reports every duplicate and forbidden key, not only the first', () => {
    const r = parseJsonWithPositions('{"a": 1,\n "a": 2,\n "__proto__": 3, "a": 4}');
    expect(r.ok ? [] : r.errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '2:2 Duplicate key "a" (first at line 1)',
      '3:2 The key "__proto__" is not allowed',
      '3:18 Duplicate key "a" (first at line 1)',
    ]);
    expect(({} as Record<string, unknown>).x).toBe(undefined);
  });

  it('accepts 64 levels of nesting and refuses 65', () => {
    expect(firstError(`${'['.repeat(64)}${']'.repeat(64)}`)).toBe('ok');
    const deep = firstError(`${'['.repeat(65)}${']'.repeat(65)}`);
    expect(deep.startsWith('1:65  Nesting deeper than 64 levels ([0][0]')).toBe(true);
    expect(firstError(`${'['.repeat(100_000)}`).startsWith('1:65  Nesting deeper than 64 levels')).toBe(true);
  });

  it('skips a byte order mark and counts columns after it from 1', () => {
    expect(firstError('\uFEFF{"a": x}')).toBe('1:7  Unexpected "x": expected a JSON value (a)');
  });

  it('agrees with JSON.parse on every JSON value', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), (text) => {
        const expected: unknown = JSON.parse(text);
        const r = parseJsonWithPositions(text);
        if (hasForbiddenKey(expected)) expect(r.ok).toBe(false);
        else if (r.ok) expect(r.value).toEqual(expected);
        else expect.fail(`rejected valid JSON ${text}: ${r.errors[0]?.message}`);
      }),
      { numRuns: 500 },
    );
  });

  it('places every value and key at the character that starts it', () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom('', ' ', '\n', '\r\n  '), (compact, gap) => {
        const text = JSON.stringify(JSON.parse(compact), null, gap === '' ? undefined : 1).replaceAll(
          '\n',
          `${gap}\n`,
        );
        const r = parseJsonWithPositions(text);
        if (!r.ok) return;
        const lines = text.split('\n');
        const charAt = (p: { line: number; column: number }) => lines[p.line - 1]?.[p.column - 1];
        for (const loc of r.locations.values()) {
          expect('{["-0123456789tfn').toContain(charAt(loc.value));
          if (loc.key !== undefined) expect(charAt(loc.key)).toBe('"');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, and accepts exactly what JSON.parse accepts (bar duplicate and forbidden keys)', () => {
    const unit = fc.constantFrom(...'{}[],:"\\ \n\tab01-.eE+tfnul/\'x'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit, maxLength: 30 })), (text) => {
        let expected: JsonValue | undefined;
        let valid = true;
        try {
          expected = JSON.parse(text) as JsonValue;
        } catch {
          valid = false;
        }
        const r = parseJsonWithPositions(text);
        if (!valid) expect(r.ok).toBe(false);
        else if (r.ok) expect(r.value).toEqual(expected);
        else expect(r.errors[0]?.message).toMatch(/^(Duplicate key|The key)/);
      }),
      { numRuns: 3000 },
    );
  });
});
