/**
 * `deskshift coverage FILE [--json]`: which indicators and levels a scenario gives opportunities
 * for, from the scenario alone; warns (on stderr) about every level that is not assessable.
 */
import { coverage, renderCoverageText } from '../eval/index.ts';
import { loadScenario, misuse, parseOptions, withoutTrace } from './common.ts';
import { EXIT, type Io } from './io.ts';

const USAGE = `Usage: deskshift coverage FILE [--json]

Counts, for each level and indicator, the opportunities the scenario FILE gives (from its arrivals'
hidden truth, its evidence hooks and its rules). A level is assessable with at least 3.

Options:
  --json      print the coverage as JSON: { "levels": [ { "level": 1, "assessable": true, ... } ] }
  -h, --help  print this help

Exit codes: 0 coverage printed (warnings go to stderr), 1 invalid scenario, 2 misuse.
`;

/** Prints the coverage of a scenario file. */
export async function runCoverage(args: string[], io: Io): Promise<number> {
  return withoutTrace('coverage', io, () => coverageBody(args, io));
}

async function coverageBody(args: string[], io: Io): Promise<number> {
  const opts = parseOptions(
    args,
    { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
    io,
  );
  if (!opts.ok) return opts.code;
  const { values, positionals } = opts.value;
  if (positionals.length !== 1)
    return misuse(io, 'deskshift coverage: give exactly one scenario FILE', USAGE).code;
  const loaded = loadScenario(positionals[0] ?? '', io);
  if (!loaded.ok) return loaded.code;
  const cov = coverage(loaded.value.scenario);
  if (values.json === true) io.out(`${JSON.stringify(cov, null, 2)}\n`);
  else io.out(renderCoverageText({ ...cov, warnings: [] }));
  for (const w of cov.warnings) io.err(`warning: ${w}\n`);
  return EXIT.ok;
}
