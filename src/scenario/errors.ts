/**
 * The located error every check in this module produces, and its one-line form
 * `FILE:LINE:COL  message (at json.path)` that the CLI prints and editors can jump to.
 */

/** A problem in a scenario file, located by line, column and JSON path. */
export interface ScenarioError {
  file: string;
  line: number;
  column: number;
  /** JSON path such as `timeline[3].truth.group`; empty for the file as a whole. */
  path: string;
  message: string;
}

/** Formats an error as `FILE:LINE:COL  message (at json.path)`; no suffix when the path is empty. */
export function formatScenarioError(e: ScenarioError): string {
  const at = e.path === '' ? '' : ` (at ${e.path})`;
  return `${e.file}:${e.line}:${e.column}  ${e.message}${at}`;
}

/** Orders errors by line, then column, keeping the order of checks for ties. */
export function sortErrors(errors: readonly ScenarioError[]): ScenarioError[] {
  return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}
