/**
 * Shared plumbing of the semantic checks: the sections they read, where errors go, and the
 * duplicate-id check. A section is absent when it failed the schema: the checks that need it are
 * skipped, so a file's broken references are reported together with its schema errors.
 */
import type { PathSegment } from './json-path.ts';
import type { ArrivalFile, ScenarioFile, ScenarioRule } from './schema.ts';
import type { PendingError } from './schema-issues.ts';

/** An item of a list with its index in the file (items that failed the schema are left out). */
export interface Indexed<T> {
  item: T;
  index: number;
}

/** The parts of a scenario the semantic checks read; an absent section failed the schema. */
export interface SemanticInput {
  meta?: ScenarioFile['meta'];
  organisation?: ScenarioFile['organisation'];
  sla?: ScenarioFile['sla'];
  knowledge?: ScenarioFile['knowledge'];
  timeline: Indexed<ArrivalFile>[];
  rules: Indexed<ScenarioRule>[];
  /** The id of every arrival in the file that has a string id, valid or not: references may name them. */
  arrivalIds: string[];
}

/** What a check needs besides the scenario: the line a path starts on, for "first at line N". */
export interface CheckContext {
  lineOf: (path: readonly PathSegment[]) => number;
  errors: PendingError[];
}

/** Every item of a list with its own index. */
export function indexed<T>(items: readonly T[] | undefined): Indexed<T>[] {
  return (items ?? []).map((item, index) => ({ item, index }));
}

/** Reports the second and later uses of the same id in a list. */
export function checkUnique(
  ctx: CheckContext,
  items: readonly { id: string }[] | undefined,
  base: PathSegment[],
  what: string,
): void {
  checkUniqueIndexed(ctx, indexed(items), base, what);
}

/** `checkUnique` over items that keep their index in the file. */
export function checkUniqueIndexed(
  ctx: CheckContext,
  items: readonly Indexed<{ id: string }>[],
  base: PathSegment[],
  what: string,
): void {
  const first = new Map<string, number>();
  for (const { item, index } of items) {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, index);
    else {
      const line = ctx.lineOf([...base, seen, 'id']);
      ctx.errors.push({
        path: [...base, index, 'id'],
        message: `duplicate ${what} id ${JSON.stringify(item.id)} (first at line ${line})`,
      });
    }
  }
}
