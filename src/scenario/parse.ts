/**
 * `parseScenario`: text in, a normalised scenario and its hash out, or every problem located at a
 * line and column. Three passes: strict JSON with positions; the zod schema; the semantic checks
 * (references, duplicates, time, SLA) on every section that passed the schema, so a file's type errors
 * and broken references are reported together. Never throws.
 */
import type { z } from 'zod';
import type { Indexed, SemanticInput } from './check-context.ts';
import { type ScenarioError, sortErrors } from './errors.ts';
import { hashScenario } from './hash.ts';
import { formatPath, type PathSegment } from './json-path.ts';
import { type JsonObject, type JsonValue, type Located, parseJsonWithPositions } from './json-position.ts';
import { normalise } from './normalise.ts';
import { Arrival, Rule, type Scenario, ScenarioSchema } from './schema.ts';
import { describeType, explainIssues, type PendingError } from './schema-issues.ts';
import { checkSemantics, wholeInput } from './semantics.ts';

/** Largest scenario text accepted, in UTF-8 bytes (1 MiB). */
export const SCENARIO_TEXT_LIMIT_BYTES = 1024 * 1024;

export type ParseResult =
  | { ok: true; scenario: Scenario; hash: string }
  | { ok: false; errors: ScenarioError[] };

/** UTF-8 length of a text, stopping early once past `limit`. */
function utf8Length(text: string, limit = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function locator(file: string, locations: Map<string, Located>) {
  const find = (path: readonly PathSegment[], atKey: boolean): ScenarioError => {
    for (let n = path.length; n >= 0; n--) {
      const pathText = formatPath(path.slice(0, n));
      const loc = locations.get(pathText);
      if (loc !== undefined) {
        const pos = atKey && n === path.length ? (loc.key ?? loc.value) : loc.value;
        return { file, line: pos.line, column: pos.column, path: formatPath(path), message: '' };
      }
    }
    return { file, line: 1, column: 1, path: formatPath(path), message: '' };
  };
  return {
    locate: (p: PendingError): ScenarioError => ({ ...find(p.path, p.atKey === true), message: p.message }),
    lineOf: (path: readonly PathSegment[]): number => find(path, false).line,
  };
}

/** The sections of a scenario that pass the schema on their own, for the semantic checks. */
function salvage(root: JsonObject): SemanticInput {
  const shape = ScenarioSchema.shape;
  const section = <T extends z.ZodType>(schema: T, value: JsonValue | undefined): z.infer<T> | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const items = <T extends z.ZodType>(schema: T, value: JsonValue | undefined): Indexed<z.infer<T>>[] =>
    (Array.isArray(value) ? value : []).flatMap((raw, index) => {
      const parsed = schema.safeParse(raw);
      return parsed.success ? [{ item: parsed.data, index }] : [];
    });
  const timeline = Array.isArray(root.timeline) ? root.timeline : [];
  const arrivalIds = timeline.flatMap((a) =>
    a !== null && typeof a === 'object' && !Array.isArray(a) && typeof a.id === 'string' ? [a.id] : [],
  );
  return {
    meta: section(shape.meta, root.meta),
    organisation: section(shape.organisation, root.organisation),
    sla: section(shape.sla, root.sla),
    knowledge: section(shape.knowledge, root.knowledge),
    timeline: items(Arrival, root.timeline),
    rules: items(Rule, root.rules),
    arrivalIds,
  };
}

function parseChecked(text: string, file: string): ParseResult {
  const at = (message: string, line = 1, column = 1): ParseResult => ({
    ok: false,
    errors: [{ file, line, column, path: '', message }],
  });
  if (
    text.length > SCENARIO_TEXT_LIMIT_BYTES ||
    utf8Length(text, SCENARIO_TEXT_LIMIT_BYTES) > SCENARIO_TEXT_LIMIT_BYTES
  ) {
    return at(`The file is larger than the limit of ${SCENARIO_TEXT_LIMIT_BYTES} bytes (1 MiB)`);
  }
  const json = parseJsonWithPositions(text);
  const doc = json.ok ? json : json.recovered;
  const refused: ScenarioError[] = json.ok ? [] : json.errors.map((e) => ({ file, ...e }));
  if (doc === undefined) return { ok: false, errors: refused };
  const root: JsonValue = doc.value;
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    const pos = doc.locations.get('')?.value ?? { line: 1, column: 1 };
    const message = `The top level must be an object ({ ... }), got ${describeType(root)}`;
    return { ok: false, errors: [{ file, ...pos, path: '', message }, ...refused] };
  }
  const { locate, lineOf } = locator(file, doc.locations);
  const failed = (problems: PendingError[]): ParseResult => ({
    ok: false,
    errors: sortErrors([...refused, ...problems.map(locate)]),
  });
  const result = ScenarioSchema.safeParse(root);
  if (!result.success) {
    const schemaErrors = explainIssues(result.error.issues, root, ScenarioSchema);
    return failed([...schemaErrors, ...checkSemantics(salvage(root), lineOf)]);
  }
  const problems = checkSemantics(wholeInput(result.data), lineOf);
  if (problems.length > 0 || refused.length > 0) return failed(problems);
  const scenario = normalise(result.data);
  return { ok: true, scenario, hash: hashScenario(scenario) };
}

/** Parses, validates and normalises a scenario file's text; every problem comes back located, never thrown. */
export function parseScenario(text: string, file: string): ParseResult {
  try {
    return parseChecked(text, file);
  } catch (e) {
    const detail = e instanceof Error ? `: ${e.message}` : '';
    return {
      ok: false,
      errors: [{ file, line: 1, column: 1, path: '', message: `The file could not be checked${detail}` }],
    };
  }
}
