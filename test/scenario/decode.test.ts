/**
 * The one decoder of scenario files (issue 17): strict UTF-8 for the CLI and the game alike, a bad
 * byte refused at its line and column, agreeing with the platform's fatal decoder on every input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScenarioBytes, firstInvalidUtf8 } from '../../src/scenario/index.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const fatal = (b: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

describe('decodeScenarioBytes', () => {
  it('decodes UTF-8, dropping a byte-order mark', () => {
    const text = '{"title": "Café ☕ 𝄞"}';
    expect(decodeScenarioBytes(new TextEncoder().encode(text), 'f.json')).toEqual({ ok: true, text });
    expect(decodeScenarioBytes(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d), 'f.json')).toEqual({
      ok: true,
      text: '{}',
    });
  });

  it('refuses an encoded surrogate (ED A0 80) at its line and column', () => {
    const head = new TextEncoder().encode('{\n  "a": "é');
    const file = new Uint8Array([...head, 0xed, 0xa0, 0x80, 0x22, 0x7d]);
    expect(decodeScenarioBytes(file, 'f.json')).toEqual({
      ok: false,
      error: {
        file: 'f.json',
        line: 2,
        column: 10,
        path: '',
        message:
          'The file is not valid UTF-8 text: the byte 0xED at byte offset 12 does not begin a well-formed character; save the file as UTF-8',
      },
    });
  });

  it('finds overlongs, truncated sequences, stray continuation bytes and code points above U+10FFFF', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0x80))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x41, 0xe2, 0x82))).toBe(1);
    expect(firstInvalidUtf8(bytes(0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xf0, 0x9d, 0x84, 0x9e))).toBe(-1);
  });

  it('agrees with the platform fatal decoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
        expect(firstInvalidUtf8(b) === -1).toBe(fatal(b));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        expect(decodeScenarioBytes(new TextEncoder().encode(s), 'f')).toEqual({
          ok: true,
          text: s.replace(/^\uFEFF/, ''),
        });
      }),
    );
  });
});
