/**
 * `deskshift` command-line tool: dispatches to one module per subcommand, loaded on demand so
 * that `check` does not pay for the evaluator.
 */
import { type CommandRunner, EXIT, type Io } from './io.ts';

interface Subcommand {
  summary: string;
  load: () => Promise<CommandRunner>;
}

const SUBCOMMANDS: Record<string, Subcommand> = {
  check: {
    summary: 'Validate scenario files or folders; every problem as FILE:LINE:COL  message.',
    load: async () => (await import('./check.ts')).runCheck,
  },
  replay: {
    summary: 'Replay a shift log against its scenario and print the final state.',
    load: async () => (await import('./replay.ts')).runReplay,
  },
  evaluate: {
    summary: 'Evaluate a shift log: the level inferred, with the evidence for every claim.',
    load: async () => (await import('./evaluate.ts')).runEvaluate,
  },
  coverage: {
    summary: 'Which indicators and levels a scenario gives opportunities for.',
    load: async () => (await import('./coverage.ts')).runCoverage,
  },
  play: {
    summary: 'A persona bot of known level, or a command script, plays a scenario and writes its log.',
    load: async () => (await import('./play.ts')).runPlay,
  },
  script: {
    summary: 'Write a shift log back as a command script, to edit into a scripted play.',
    load: async () => (await import('./script.ts')).runScript,
  },
  xapi: {
    summary: 'The xAPI statements of a shift log (and, with --lrs, send them), or the xAPI Profile.',
    load: async () => (await import('./xapi.ts')).runXapi,
  },
  'package-scorm': {
    summary: 'Zip the built game as a SCORM 2004 package, one SCO per built-in scenario.',
    load: async () => (await import('./package-scorm.ts')).runPackageScorm,
  },
  calibrate: {
    summary: 'Play every persona on the built-in scenarios and print the calibration table.',
    load: async () => (await import('./calibrate.ts')).runCalibrate,
  },
};

const USAGE = (): string =>
  [
    'Usage: deskshift <command> [options]',
    '',
    'Commands:',
    ...Object.entries(SUBCOMMANDS).map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`),
    '',
    'Run "deskshift <command> --help" for the options of a command.',
    '',
  ].join('\n');

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE());
    return name === undefined ? EXIT.misuse : EXIT.ok;
  }
  const sub = SUBCOMMANDS[name];
  if (!Object.hasOwn(SUBCOMMANDS, name) || sub === undefined) {
    io.err(`deskshift: unknown command "${name}"\n\n${USAGE()}`);
    return EXIT.misuse;
  }
  const run = await sub.load();
  return run(rest, io);
}
