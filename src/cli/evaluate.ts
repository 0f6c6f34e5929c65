/**
 * `deskshift evaluate LOG --scenario FILE [--json]`: replays a shift log against its scenario and
 * prints the evaluator's report (text, or JSON with `level` and `confidence` first). Exit 0 on a
 * report, 1 when the scenario is invalid or the log is refused, 2 on misuse.
 */
import { evaluate, renderReportText } from '../eval/index.ts';
import { ENGINE_VERSION } from '../sim/index.ts';
import { shiftFromArgs, withoutTrace } from './common.ts';
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
  const shift = shiftFromArgs('evaluate', args, USAGE, io);
  if (!shift.ok) return shift.code;
  const { scenario, hash, state, json } = shift.value;
  const report = evaluate(scenario, state, { scenarioHash: hash, engineVersion: ENGINE_VERSION });
  io.out(json ? `${JSON.stringify(report, null, 2)}\n` : renderReportText(report));
  return EXIT.ok;
}
