/**
 * `deskshift evaluate LOG --scenario FILE [--json]`: replays a shift log against its scenario and
 * prints the evaluator's report (text, or JSON with `level` and `confidence` first). Exit 0 on a
 * report, 1 when the scenario is invalid or the log is refused, 2 on misuse.
 */
import { evaluate, renderReportText } from '../eval/index.ts';
import { ENGINE_VERSION } from '../sim/index.ts';
import { loadShift, misuse, parseOptions, withoutTrace } from './common.ts';
import { EXIT, type Io } from './io.ts';

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
  const shift = loadShift(positionals[0] ?? '', values.scenario, io);
  if (!shift.ok) return shift.code;
  const { scenario, hash, state } = shift.value;
  const report = evaluate(scenario, state, { scenarioHash: hash, engineVersion: ENGINE_VERSION });
  io.out(values.json === true ? `${JSON.stringify(report, null, 2)}\n` : renderReportText(report));
  return EXIT.ok;
}
