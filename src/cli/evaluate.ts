/**
 * `deskshift evaluate LOG --scenario FILE [--json]`: replays a shift log against its scenario and
 * prints the evaluator's report (text, or JSON with `level` and `confidence` first). Exit 0 on a
 * report, 1 when the scenario is invalid or the log is refused, 2 on misuse. Also home of the
 * small file helpers the evaluator's other commands share.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate, renderReportText } from '../eval/index.ts';
import { formatScenarioError, parseScenario, SCENARIO_TEXT_LIMIT_BYTES } from '../scenario/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { ENGINE_VERSION, replay, type ShiftLog } from '../sim/index.ts';
import { EXIT, type Io } from './io.ts';

/** Largest shift log the CLI reads. */
export const LOG_LIMIT_BYTES = 64 * 1024 * 1024;

const USAGE = `Usage: deskshift evaluate LOG --scenario FILE [--json]

Replays the shift log LOG against the scenario FILE it was played on and prints the report:
the level inferred (0 = not yet Level 1), how sure, the evidence for each indicator, the KPIs
and the next steps.

Options:
  --scenario FILE  the scenario file the shift was played on (required)
  --json           print the report as JSON ("level" and "confidence" first)
  -h, --help       print this help

Exit codes: 0 report printed, 1 invalid scenario or refused log, 2 misuse.
`;

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: number };

/** Parses options; an unknown or malformed option prints the message and usage (misuse). */
export function parseOptions(
  args: string[],
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options'],
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
    return { ok: true, value: readFileSync(path, 'utf8') };
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

/** Evaluates a shift log file against a scenario file. */
export async function runEvaluate(args: string[], io: Io): Promise<number> {
  return withoutTrace('evaluate', io, () => evaluateBody(args, io));
}

async function evaluateBody(args: string[], io: Io): Promise<number> {
  const opts = parseOptions(
    args,
    { scenario: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
    io,
  );
  if (!opts.ok) return opts.code;
  const { values, positionals } = opts.value;
  if (positionals.length !== 1)
    return misuse(io, 'deskshift evaluate: give exactly one LOG file', USAGE).code;
  if (typeof values.scenario !== 'string')
    return misuse(io, 'deskshift evaluate: --scenario FILE is required', USAGE).code;
  const logPath = positionals[0] ?? '';
  const loaded = loadScenario(values.scenario, io);
  if (!loaded.ok) return loaded.code;
  const text = readText(logPath, LOG_LIMIT_BYTES, 'log', io);
  if (!text.ok) return text.code;
  let log: unknown;
  try {
    log = JSON.parse(text.value);
  } catch (error) {
    io.err(
      `${logPath}: the log is not valid JSON (${error instanceof Error ? error.message : String(error)})\n`,
    );
    return EXIT.finding;
  }
  const { scenario, hash } = loaded.value;
  const replayed = replay(scenario, hash, log as ShiftLog);
  if (!replayed.ok) {
    io.err(`${logPath}: ${replayed.message}\n`);
    return EXIT.finding;
  }
  const report = evaluate(scenario, replayed.state, { scenarioHash: hash, engineVersion: ENGINE_VERSION });
  io.out(values.json === true ? `${JSON.stringify(report, null, 2)}\n` : renderReportText(report));
  return EXIT.ok;
}
