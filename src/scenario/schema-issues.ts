/**
 * Turns zod's issues into trainer-facing messages located at the offending key or value:
 * `unknown key "titel" (did you mean "title"?)`, `lengthMinutes: expected a whole number, got 1.5`.
 * zod's own wording is never shown, except for the rule messages written in `schema.ts`.
 */
import { type core, z } from 'zod';
import { closest, didYouMean } from './did-you-mean.ts';
import { childPath, formatPath, lastName, type PathSegment } from './json-path.ts';
import type { JsonValue } from './json-position.ts';

type Issue = core.$ZodIssue;

/** A schema problem before it is given a file and position. */
export interface PendingError {
  path: PathSegment[];
  message: string;
  /** Locate at the key (unknown keys) rather than the value. */
  atKey?: boolean;
  /** For an unknown key: the allowed key it is probably a misspelling of. */
  suggests?: string;
  /** A required key is absent. */
  missing?: boolean;
}

const MAX_LISTED_VALUES = 10;
const NOUNS: Record<string, string> = { evidence: 'an indicator id', indicator: 'an indicator id' };

/** The value at a path of the parsed JSON, or undefined when a step is missing. */
function valueAt(root: JsonValue, path: readonly PathSegment[]): JsonValue | undefined {
  let node: JsonValue | undefined = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (Array.isArray(node)) node = typeof segment === 'number' ? node[segment] : undefined;
    else node = typeof segment === 'string' && Object.hasOwn(node, segment) ? node[segment] : undefined;
  }
  return node;
}

/** The keys the schema allows for the object at a path (for "did you mean" on unknown keys). */
function allowedKeys(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let node: z.ZodType = schema;
  for (let i = 0; i <= path.length; i++) {
    while (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
    if (i === path.length) break;
    if (node instanceof z.ZodObject) {
      const next: z.ZodType | undefined = (node.shape as Record<string, z.ZodType>)[String(path[i])];
      if (next === undefined) return [];
      node = next;
    } else if (node instanceof z.ZodArray) node = node.element as z.ZodType;
    else return [];
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/** A short description of a JSON value's type for "got ..." messages. */
export function describeType(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  return String(value);
}

function quote(value: JsonValue | undefined): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  }
  return typeof value === 'number' || typeof value === 'boolean' || value === null
    ? String(value)
    : describeType(value);
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
};

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function sizeMessage(
  issue: core.$ZodIssueTooBig | core.$ZodIssueTooSmall,
  name: string,
  value: JsonValue | undefined,
): string {
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  const bound = issue.inclusive === false ? (big ? 'less than' : 'more than') : big ? 'at most' : 'at least';
  if (typeof value === 'string') {
    if (!big && limit === 1) return `${name} must not be empty`;
    return `${name} is ${plural(value.length, 'character')} long; it must be ${bound} ${limit}`;
  }
  if (Array.isArray(value)) {
    const exactly = name === 'matrix' ? 'exactly' : bound;
    return `${name} has ${plural(value.length, 'item')}; it must have ${exactly} ${plural(limit, 'item')}`;
  }
  return `${name} must be ${bound} ${limit}, got ${quote(value)}`;
}

function valueMessage(
  values: readonly unknown[],
  name: string,
  path: readonly PathSegment[],
  value: JsonValue | undefined,
): string {
  const options = values.map((v) => JSON.stringify(v));
  const last = path[path.length - 1];
  const key = typeof last === 'number' ? path[path.length - 2] : last;
  const noun = typeof key === 'string' ? NOUNS[key] : undefined;
  if (typeof value !== 'string' || !values.every((v) => typeof v === 'string')) {
    const got = typeof value === 'string' ? `the string ${quote(value)}` : quote(value);
    return `${name} must be ${orList(options)}, got ${got}`;
  }
  const hint = didYouMean(value, values.map(String));
  if (noun !== undefined) return `${name} ${quote(value)} is not ${noun}${hint}`;
  if (values.length > MAX_LISTED_VALUES) return `${name} ${quote(value)} is not an allowed value${hint}`;
  return `${name} ${quote(value)} is not one of ${options.join(', ')}${hint}`;
}

function unionMessage(
  issue: core.$ZodIssueInvalidUnion,
  name: string,
  path: readonly PathSegment[],
  value: JsonValue | undefined,
): string {
  const branches = issue.errors.map((branch) => branch[0]);
  if (branches.every((b) => b?.code === 'invalid_value')) {
    const values = branches.flatMap((b) => (b?.code === 'invalid_value' ? b.values : []));
    return valueMessage(values, name, path, value);
  }
  const expected = branches.map((b) =>
    b?.code === 'invalid_type' ? (EXPECTED[b.expected] ?? b.expected) : 'another value',
  );
  return `${name}: expected ${orList([...new Set(expected)])}, got ${describeType(value)}`;
}

/** Maps one zod issue to trainer-facing errors (an unknown-keys issue gives one per key). */
function explainIssue(issue: Issue, root: JsonValue, schema: z.ZodType): PendingError[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  const value = valueAt(root, path);
  const name = lastName(path);
  const missing =
    issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union';
  if (missing && value === undefined && typeof path[path.length - 1] === 'string') {
    return [
      { path, message: `missing required key ${JSON.stringify(path[path.length - 1])}`, missing: true },
    ];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, path);
      const parent = valueAt(root, path);
      const present =
        parent !== null && typeof parent === 'object' && !Array.isArray(parent) ? Object.keys(parent) : [];
      const free = allowed.filter((k) => !present.includes(k));
      return issue.keys.map((key) => {
        const suggests = closest(key, free);
        const hint = suggests === undefined ? '' : ` (did you mean ${JSON.stringify(suggests)}?)`;
        return {
          path: [...path, key],
          message: `unknown key ${JSON.stringify(key)}${hint}`,
          atKey: true,
          suggests,
        };
      });
    }
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const got = issue.expected === 'int' && typeof value === 'number' ? String(value) : describeType(value);
      return [{ path, message: `${name}: expected ${expected}, got ${got}` }];
    }
    case 'invalid_value':
      return [{ path, message: valueMessage(issue.values, name, path, value) }];
    case 'invalid_union':
      return [{ path, message: unionMessage(issue, name, path, value) }];
    case 'too_big':
    case 'too_small':
      return [{ path, message: sizeMessage(issue, name, value) }];
    case 'invalid_format':
      return [{ path, message: `${name} ${quote(value)} ${issue.message}` }];
    default:
      return [{ path, message: `${name}: ${issue.message}` }];
  }
}

/** All errors for a failed parse; drops "missing X" when an unknown key already suggests X. */
export function explainIssues(issues: readonly Issue[], root: JsonValue, schema: z.ZodType): PendingError[] {
  const pending = issues.flatMap((issue) => explainIssue(issue, root, schema));
  const suggested = new Set<string>();
  for (const p of pending) {
    if (p.suggests !== undefined) suggested.add(childPath(formatPath(p.path.slice(0, -1)), p.suggests));
  }
  return pending.filter((p) => !(p.missing === true && suggested.has(formatPath(p.path))));
}
