/**
 * `deskshift script LOG --scenario FILE`: writes a shift log's commands back as a command script
 * (JSON Lines), so a shift played in the browser can be edited into a scripted regression test.
 */
import { scriptOf } from '../sim/script.ts';
import { shiftFromArgs, withoutTrace } from './common.ts';
import { EXIT, type Io } from './io.ts';

const USAGE = `Usage: deskshift script LOG --scenario FILE

Prints the commands of the shift log LOG as a command script (JSON Lines, one step a line with its
time of day), which "deskshift play --script" plays back. Edit it to write a scenario's golden path
or a typical wrong path.

Options:
  --scenario FILE  the scenario file the shift was played on (required)
  -h, --help       print this help

Exit codes: 0 script printed, 1 invalid scenario or refused log, 2 misuse.
`;

/** Prints a log as a command script. */
export async function runScript(args: string[], io: Io): Promise<number> {
  return withoutTrace('script', io, async () => {
    const shift = shiftFromArgs('script', args, USAGE, io);
    if (!shift.ok) return shift.code;
    io.out(scriptOf(shift.value.scenario, shift.value.log.entries));
    return EXIT.ok;
  });
}
