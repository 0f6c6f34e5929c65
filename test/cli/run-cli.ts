/** Runs a CLI command with an Io that collects what it prints, for exact assertions. */
import type { CommandRunner } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs one subcommand's runner (or `main` by default) with these arguments. */
export async function runCli(args: string[], run: CommandRunner = main): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** `deskshift ...argv` through the dispatcher. */
export const cli = (...argv: string[]): Promise<CliResult> => runCli(argv);
