/**
 * JSON paths as a trainer reads them: `timeline[3].truth.group`. The parser, the schema issues and
 * the semantic checks all format paths here, so a path string is also the key of the location map.
 */

/** One step of a path: an object key or an array index. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** Appends one segment to an already formatted path. */
export function childPath(parent: string, segment: PathSegment): string {
  if (typeof segment === 'number') return `${parent}[${segment}]`;
  if (IDENTIFIER.test(segment)) return parent === '' ? segment : `${parent}.${segment}`;
  return `${parent}[${JSON.stringify(segment)}]`;
}

/** Formats a whole path; the root is the empty string. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) path = childPath(path, segment);
  return path;
}

/** The last key of a path with the indices after it, e.g. `evidence[2]` for `timeline[0].evidence[2]`. */
export function lastName(segments: readonly PathSegment[]): string {
  let start = segments.length - 1;
  while (start > 0 && typeof segments[start] === 'number') start--;
  const head = segments[start];
  if (head === undefined) return 'the scenario';
  return formatPath(segments.slice(start));
}
