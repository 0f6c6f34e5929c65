/**
 * The one decoder of scenario files, for the CLI and the game alike: strict UTF-8 (a byte-order
 * mark is dropped), and a file that is not UTF-8 is refused at its first bad byte with the line and
 * column there, never decoded leniently into U+FFFD replacement characters.
 */
import type { ScenarioError } from './errors.ts';

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence; -1 if none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // Lead byte: the length and the allowed range of the second byte (no overlongs, no surrogates,
    // nothing above U+10FFFF), as in the Unicode standard's table of well-formed sequences.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k += 1) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const [lo, hi] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (c < lo || c > hi) return i;
    }
    i += length;
  }
  return -1;
}

export type Decoded = { ok: true; text: string } | { ok: false; error: ScenarioError };

/** Decodes a scenario file's bytes; the first bad byte refused with its line and column. */
export function decodeScenarioBytes(bytes: Uint8Array, file: string): Decoded {
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
  const lines = before.split('\n');
  const last = lines[lines.length - 1] ?? '';
  const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    ok: false,
    error: {
      file,
      line: lines.length,
      column: last.length + 1,
      path: '',
      message: `The file is not valid UTF-8 text: the byte 0x${byte} at byte offset ${bad} does not begin a well-formed character; save the file as UTF-8`,
    },
  };
}
