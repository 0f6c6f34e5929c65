/**
 * `deskshift check FILE-OR-FOLDER...`: validates scenario files and prints every problem as
 * `FILE:LINE:COL  message (at json.path)`, then a summary. Exit 0 when every file is valid, 1 when
 * any has an error, 2 on misuse. The checking itself is `parseScenario`; this module only reads files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import {
  decodeScenarioBytes,
  formatScenarioError,
  parseScenario,
  SCENARIO_TEXT_LIMIT_BYTES,
  type ScenarioError,
} from '../scenario/index.ts';
import { EXIT, type Io } from './io.ts';

const USAGE = `Usage: deskshift check [--json] FILE-OR-FOLDER...

Validates scenario files. A folder means every *.json file in it except *.schema.json.
Prints every problem as FILE:LINE:COL  message (at json.path), then a summary.

Options:
  --json     print the result as JSON instead of lines
  -h, --help print this help

Exit codes: 0 every file is valid, 1 a file has errors, 2 misuse (bad option, missing path).
`;

interface FileResult {
  file: string;
  errors: ScenarioError[];
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The files an argument names: itself, or the scenario files of a folder in name order. */
function expand(arg: string): string[] | string {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(arg);
  } catch {
    return `no such file or folder: ${arg}`;
  }
  if (stats.isFile()) return [arg];
  if (!stats.isDirectory()) return `not a file or folder: ${arg}`;
  const prefix = arg.endsWith('/') ? arg : `${arg}/`;
  return readdirSync(arg)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => `${prefix}${name}`)
    .filter(isFile);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Reads and checks one file; a file over the size limit is refused before it is read. */
function checkFile(file: string): FileResult {
  const whole = (message: string): FileResult => ({
    file,
    errors: [{ file, line: 1, column: 1, path: '', message }],
  });
  try {
    if (statSync(file).size > SCENARIO_TEXT_LIMIT_BYTES) {
      return whole(`The file is larger than the limit of ${SCENARIO_TEXT_LIMIT_BYTES} bytes (1 MiB)`);
    }
    const decoded = decodeScenarioBytes(readFileSync(file), file);
    if (!decoded.ok) return { file, errors: [decoded.error] };
    const result = parseScenario(decoded.text, file);
    return { file, errors: result.ok ? [] : result.errors };
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? ` (${String(e.code)})` : '';
    return whole(`The file cannot be read${code}`);
  }
}

interface Summary {
  files: number;
  valid: number;
  invalid: number;
  errors: number;
  text: string;
}

function summarise(results: readonly FileResult[]): Summary {
  const invalid = results.filter((r) => r.errors.length > 0).length;
  const errors = results.reduce((n, r) => n + r.errors.length, 0);
  const valid = results.length - invalid;
  const head = `${plural(results.length, 'file')} checked: ${valid} valid`;
  const text = invalid === 0 ? head : `${head}, ${invalid} with ${plural(errors, 'error')}`;
  return { files: results.length, valid, invalid, errors, text };
}

/** Runs `deskshift check`; resolves to the exit code. */
export async function runCheck(args: string[], io: Io): Promise<number> {
  const paths: string[] = [];
  let json = false;
  let optionsDone = false;
  for (const arg of args) {
    if (optionsDone || !arg.startsWith('-') || arg === '-') paths.push(arg);
    else if (arg === '--') optionsDone = true;
    else if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return EXIT.ok;
    } else if (arg === '--json') json = true;
    else {
      io.err(`deskshift check: unknown option "${arg}"\n\n${USAGE}`);
      return EXIT.misuse;
    }
  }
  if (paths.length === 0) {
    io.err(`deskshift check: name at least one scenario file or folder\n\n${USAGE}`);
    return EXIT.misuse;
  }
  const files: string[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const found = expand(path);
    if (typeof found === 'string') problems.push(found);
    else if (found.length === 0) problems.push(`no scenario files (*.json) in folder: ${path}`);
    else files.push(...found);
  }
  if (problems.length > 0) {
    io.err(problems.map((p) => `deskshift check: ${p}\n`).join(''));
    return EXIT.misuse;
  }
  const results = files.map(checkFile);
  const failed = results.some((r) => r.errors.length > 0);
  if (json) {
    const report = results.map((r) => ({ file: r.file, valid: r.errors.length === 0, errors: r.errors }));
    io.out(`${JSON.stringify({ files: report, summary: summarise(results) }, null, 2)}\n`);
  } else {
    const lines = results.flatMap((r) => r.errors.map(formatScenarioError));
    io.out([...lines, summarise(results).text].map((line) => `${line}\n`).join(''));
  }
  return failed ? EXIT.finding : EXIT.ok;
}
