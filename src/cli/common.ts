/**
 * What the CLI commands share: option parsing, misuse messages, bounded file reading, and loading
 * a scenario (located errors) or a shift log replayed against its scenario.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  decodeScenarioBytes,
  formatScenarioError,
  parseScenario,
  SCENARIO_TEXT_LIMIT_BYTES,
} from '../scenario/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { readLog, replay, type ShiftLog, type ShiftState } from '../sim/index.ts';
import { EXIT, type Io } from './io.ts';

/** Largest shift log the CLI reads. */
const LOG_LIMIT_BYTES = 64 * 1024 * 1024;

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: number };

/** Parses options; an unknown or malformed option prints the message and usage (misuse). */
/** The options `parseArgs` takes. */
export type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

export function parseOptions(
  args: string[],
  options: Options,
  usage: string,
  io: Io,
): Parsed<{ values: Record<string, string | boolean | undefined>; positionals: string[] }> {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true }) as {
      values: Record<string, string | boolean | undefined>;
      positionals: string[];
    };
    if (values.help === true) {
      io.out(usage);
      return { ok: false, code: EXIT.ok };
    }
    return { ok: true, value: { values, positionals } };
  } catch (error) {
    return misuse(io, error instanceof Error ? error.message : String(error), usage);
  }
}

/** Runs a command body so that an unexpected error prints one line, never a stack trace (exit 1). */
export async function withoutTrace(name: string, io: Io, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    io.err(
      `deskshift ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT.finding;
  }
}

/** Prints a misuse message with the usage; exit 2. */
export function misuse(io: Io, message: string, usage: string): { ok: false; code: number } {
  io.err(`${message}\n\n${usage}`);
  return { ok: false, code: EXIT.misuse };
}

/** Reads a text file within a size limit; a missing file is misuse, an oversized one a finding. */
export function readText(path: string, limit: number, what: string, io: Io): Parsed<string> {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) {
      io.err(`${path}: not a file\n`);
      return { ok: false, code: EXIT.misuse };
    }
    size = stats.size;
  } catch {
    io.err(`${path}: no such ${what} file\n`);
    return { ok: false, code: EXIT.misuse };
  }
  if (size > limit) {
    io.err(`${path}: the ${what} file is ${size} bytes, over the limit of ${limit}\n`);
    return { ok: false, code: EXIT.finding };
  }
  try {
    // Strictly UTF-8, as the game reads files: a bad byte is refused where it is, never replaced.
    const decoded = decodeScenarioBytes(readFileSync(path), path);
    if (decoded.ok) return { ok: true, value: decoded.text };
    io.err(`${formatScenarioError(decoded.error)}\n`);
    return { ok: false, code: EXIT.finding };
  } catch (error) {
    io.err(
      `${path}: cannot read the ${what} file (${error instanceof Error ? error.message : String(error)})\n`,
    );
    return { ok: false, code: EXIT.misuse };
  }
}

/** Reads and validates a scenario file; every error as FILE:LINE:COL  message. */
export function loadScenario(path: string, io: Io): Parsed<{ scenario: Scenario; hash: string }> {
  const text = readText(path, SCENARIO_TEXT_LIMIT_BYTES, 'scenario', io);
  if (!text.ok) return text;
  const parsed = parseScenario(text.value, path);
  if (!parsed.ok) {
    for (const e of parsed.errors) io.err(`${formatScenarioError(e)}\n`);
    io.err(
      `${path}: not a valid scenario (${parsed.errors.length} error${parsed.errors.length === 1 ? '' : 's'})\n`,
    );
    return { ok: false, code: EXIT.finding };
  }
  return { ok: true, value: { scenario: parsed.scenario, hash: parsed.hash } };
}

/**
 * `LOG --scenario FILE [--json]`, the arguments of the commands that read a shift log: parses
 * them, then reads the scenario and the log and replays it (a refused log is a finding, exit 1).
 */
export function shiftFromArgs(
  command: string,
  args: string[],
  usage: string,
  io: Io,
  extra: Options = {},
): Parsed<{
  scenario: Scenario;
  hash: string;
  log: ShiftLog;
  state: ShiftState;
  json: boolean;
  values: Record<string, string | boolean | undefined>;
}> {
  const opts = parseOptions(
    args,
    {
      scenario: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      ...extra,
    },
    usage,
    io,
  );
  if (!opts.ok) return opts;
  const { values, positionals } = opts.value;
  if (positionals.length !== 1) return misuse(io, `deskshift ${command}: give exactly one LOG file`, usage);
  if (typeof values.scenario !== 'string') {
    return misuse(io, `deskshift ${command}: --scenario FILE is required`, usage);
  }
  const shift = loadShift(positionals[0] ?? '', values.scenario, io);
  if (!shift.ok) return shift;
  return { ok: true, value: { ...shift.value, json: values.json === true, values } };
}

/** Reads a scenario and a shift log, and replays the log; a refused log is a finding (exit 1). */
function loadShift(
  logPath: string,
  scenarioPath: string,
  io: Io,
): Parsed<{ scenario: Scenario; hash: string; log: ShiftLog; state: ShiftState }> {
  const loaded = loadScenario(scenarioPath, io);
  if (!loaded.ok) return loaded;
  const text = readText(logPath, LOG_LIMIT_BYTES, 'log', io);
  if (!text.ok) return text;
  let value: unknown;
  try {
    value = JSON.parse(text.value);
  } catch (error) {
    io.err(
      `${logPath}: the log is not valid JSON (${error instanceof Error ? error.message : String(error)})\n`,
    );
    return { ok: false, code: EXIT.finding };
  }
  const { scenario, hash } = loaded.value;
  const read = readLog(value);
  if (!read.ok) {
    io.err(`${logPath}: ${read.message}\n`);
    return { ok: false, code: EXIT.finding };
  }
  const log = read.log;
  const replayed = replay(scenario, hash, log);
  if (!replayed.ok) {
    io.err(`${logPath}: ${replayed.message}\n`);
    return { ok: false, code: EXIT.finding };
  }
  return { ok: true, value: { scenario, hash, log, state: replayed.state } };
}
