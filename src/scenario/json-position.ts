/**
 * A small strict JSON parser (RFC 8259: no comments, no trailing commas) that builds the value and
 * records where every path's key and value start, so that every later error can point at a line and
 * column. Scenario files are untrusted: keys that could pollute prototypes are refused, objects have
 * no prototype, nesting is bounded, and the parser never throws; every problem is a located error.
 */
import { childPath } from './json-path.ts';

/** A 1-based line and column (columns count UTF-16 code units). */
interface Position {
  line: number;
  column: number;
}

/** Where a path's key (absent for the root and array items) and value start. */
export interface Located {
  key?: Position;
  value: Position;
}

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

interface JsonSyntaxError extends Position {
  /** Path of the innermost value being read when the error was found. */
  path: string;
  message: string;
}

/** A parsed value with the position of every path. */
interface JsonDocument {
  value: JsonValue;
  locations: Map<string, Located>;
}

/**
 * On failure, `recovered` is the document without the refused keys when every error was a refused
 * key (a duplicate or a forbidden name), so a caller can go on to report the file's other problems.
 */
type JsonParseResult =
  | ({ ok: true } & JsonDocument)
  | { ok: false; errors: JsonSyntaxError[]; recovered?: JsonDocument };

/** Deepest nesting of arrays and objects accepted. */
const JSON_MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WORD = /[A-Za-z0-9_$.+-]+/y;

/** Thrown internally to unwind on the first hard syntax error; never leaves this module. */
class Stop {
  constructor(readonly error: JsonSyntaxError) {}
}

class Parser {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  locations = new Map<string, Located>();
  readonly soft: JsonSyntaxError[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  pos(at = this.i): Position {
    return { line: this.line, column: at - this.lineStart + 1 };
  }

  fail(message: string, path: string, at = this.i): never {
    const shown = path.length > 80 ? `${path.slice(0, 80)}...` : path;
    throw new Stop({ ...this.pos(at), path: shown, message: this.explain(at) ?? message });
  }

  /** A clearer message when the text looks like JSON5 or JavaScript (comments, single quotes). */
  explain(at: number): string | undefined {
    const two = this.text.slice(at, at + 2);
    if (two === '//' || two === '/*') return 'Comments are not allowed in JSON';
    if (this.text[at] === "'") return 'Strings must use double quotes';
    return undefined;
  }

  skipSpace(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09 || c === 0x0d) this.i++;
      else if (c === 0x0a) {
        this.i++;
        this.line++;
        this.lineStart = this.i;
      } else return;
    }
  }

  parseRoot(): JsonValue {
    if (this.text.charCodeAt(0) === 0xfeff) {
      this.i = 1;
      this.lineStart = 1;
    }
    this.skipSpace();
    if (this.i >= this.text.length)
      throw new Stop({ line: 1, column: 1, path: '', message: 'The file is empty' });
    const value = this.parseValue('', 0, undefined);
    this.skipSpace();
    if (this.i < this.text.length) this.fail('Unexpected content after the end of the JSON value', '');
    return value;
  }

  parseValue(path: string, depth: number, key: Position | undefined): JsonValue {
    const value = this.pos();
    this.locations.set(path, key === undefined ? { value } : { key, value });
    const c = this.text[this.i];
    switch (c) {
      case '{':
        return this.parseObject(path, depth + 1);
      case '[':
        return this.parseArray(path, depth + 1);
      case '"':
        return this.parseString(path);
      case undefined:
        return this.fail('Unexpected end of file', path);
      default:
        return this.parseScalar(c, path);
    }
  }

  parseScalar(c: string, path: string): JsonValue {
    if (c === '-' || (c >= '0' && c <= '9')) return this.parseNumber(path);
    WORD.lastIndex = this.i;
    const word = WORD.exec(this.text)?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      this.i += word.length;
      return word === 'null' ? null : word === 'true';
    }
    if (word !== undefined) this.fail(`Unexpected "${word.slice(0, 20)}": expected a JSON value`, path);
    return this.fail(`Unexpected character ${JSON.stringify(c)}: expected a JSON value`, path);
  }

  parseNumber(path: string): number {
    NUMBER.lastIndex = this.i;
    const match = NUMBER.exec(this.text)?.[0];
    const next = match === undefined ? '' : (this.text[this.i + match.length] ?? '');
    if (match === undefined || match === '-' || /[0-9.eE+\-A-Za-z]/.test(next)) {
      this.fail('Invalid number', path);
    }
    this.i += match.length;
    return Number(match);
  }

  parseString(path: string): string {
    const t = this.text;
    const start = this.i;
    this.i++;
    let out = '';
    let chunk = this.i;
    for (;;) {
      const code = t.charCodeAt(this.i);
      if (Number.isNaN(code) || code === 0x0a) this.fail('Unterminated string', path, start);
      if (code === 0x22) break;
      if (code < 0x20) this.fail('Control character in a string (write \\n or \\t instead)', path);
      if (code === 0x5c) {
        out += t.slice(chunk, this.i);
        out += this.parseEscape(path);
        chunk = this.i;
      } else this.i++;
    }
    out += t.slice(chunk, this.i);
    this.i++;
    return out;
  }

  parseEscape(path: string): string {
    const e = this.text[this.i + 1];
    if (e === 'u') {
      const hex = this.text.slice(this.i + 2, this.i + 6);
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) this.fail('Invalid \\u escape: expected 4 hex digits', path);
      this.i += 6;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
    const decoded = e === undefined ? undefined : ESCAPES[e];
    if (decoded === undefined) this.fail(`Invalid escape "\\${e ?? ''}" in a string`, path);
    this.i += 2;
    return decoded;
  }

  parseObject(path: string, depth: number): JsonObject {
    if (depth > this.maxDepth) this.fail(`Nesting deeper than ${this.maxDepth} levels`, path);
    const obj: JsonObject = Object.create(null);
    const seen = new Map<string, Position>();
    this.i++;
    this.skipSpace();
    if (this.text[this.i] === '}') {
      this.i++;
      return obj;
    }
    for (;;) {
      if (this.text[this.i] !== '"') {
        if (this.i >= this.text.length) this.fail('Unexpected end of file', path);
        if (this.text[this.i] === '}') this.fail("Trailing comma before '}' is not allowed", path);
        this.fail('Expected a property name in double quotes', path);
      }
      const keyPos = this.pos();
      const key = this.parseString(path);
      this.skipSpace();
      if (this.text[this.i] !== ':') {
        if (this.i >= this.text.length) this.fail('Unexpected end of file', path);
        this.fail("Expected ':' after a property name", path);
      }
      this.i++;
      this.skipSpace();
      const keyPath = childPath(path, key);
      const first = seen.get(key);
      const dropped = first !== undefined || FORBIDDEN_KEYS.has(key);
      if (first !== undefined) {
        const message = `Duplicate key "${key}" (first at line ${first.line})`;
        this.soft.push({ ...keyPos, path: keyPath, message });
      } else if (dropped) {
        this.soft.push({ ...keyPos, path: keyPath, message: `The key "${key}" is not allowed` });
      }
      // A dropped key's value is read for syntax only: its positions must not replace the kept ones.
      const kept = this.locations;
      if (dropped) this.locations = new Map();
      const value = this.parseValue(keyPath, depth, keyPos);
      this.locations = kept;
      if (!dropped) {
        seen.set(key, keyPos);
        obj[key] = value;
      }
      this.skipSpace();
      const c = this.text[this.i];
      this.i++;
      if (c === '}') return obj;
      if (c === ',') {
        this.skipSpace();
        continue;
      }
      this.i--;
      if (c === undefined) this.fail('Unexpected end of file', path);
      this.fail("Expected ',' or '}' after a property value", path);
    }
  }

  parseArray(path: string, depth: number): JsonValue[] {
    if (depth > this.maxDepth) this.fail(`Nesting deeper than ${this.maxDepth} levels`, path);
    const items: JsonValue[] = [];
    this.i++;
    this.skipSpace();
    if (this.text[this.i] === ']') {
      this.i++;
      return items;
    }
    for (;;) {
      if (this.text[this.i] === ']') this.fail("Trailing comma before ']' is not allowed", path);
      items.push(this.parseValue(childPath(path, items.length), depth, undefined));
      this.skipSpace();
      const c = this.text[this.i];
      this.i++;
      if (c === ']') return items;
      if (c === ',') {
        this.skipSpace();
        continue;
      }
      this.i--;
      if (c === undefined) this.fail('Unexpected end of file', path);
      this.fail("Expected ',' or ']' after an array item", path);
    }
  }
}

/** Parses JSON text strictly, recording the position of every path; never throws. */
export function parseJsonWithPositions(text: string, maxDepth = JSON_MAX_DEPTH): JsonParseResult {
  const parser = new Parser(text, maxDepth);
  try {
    const value = parser.parseRoot();
    if (parser.soft.length > 0) {
      return { ok: false, errors: parser.soft, recovered: { value, locations: parser.locations } };
    }
    return { ok: true, value, locations: parser.locations };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, errors: [...parser.soft, e.error] };
    const message =
      e instanceof RangeError ? 'The file is too deeply nested to read' : 'The file cannot be read';
    return { ok: false, errors: [{ line: 1, column: 1, path: '', message }] };
  }
}
