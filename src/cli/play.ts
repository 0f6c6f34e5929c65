/**
 * `deskshift play --scenario FILE --persona N [--seed S] [--noise P] [--out LOG]`: a scripted
 * persona of known level plays the shift headlessly and writes its log (to LOG or stdout).
 */
import { writeFileSync } from 'node:fs';
import type { PersonaLevel } from '../personas/index.ts';
import { playPersona } from '../personas/index.ts';
import { loadScenario, misuse, parseOptions, withoutTrace } from './common.ts';
import { EXIT, type Io } from './io.ts';

const USAGE = `Usage: deskshift play --scenario FILE --persona N [--seed S] [--noise P] [--out LOG]

A scripted persona of known level N (0-5) plays the scenario FILE headlessly through the engine's
commands and writes its shift log. The same persona, scenario, seed and noise give the same log.

Options:
  --scenario FILE  the scenario to play (required)
  --persona N      the persona's level, 0 (not yet Level 1) to 5 (required)
  --seed S         the shift's seed, an integer (default 1)
  --noise P        probability 0-1 that each decision slips (default 0)
  --out LOG        write the log to LOG instead of stdout
  -h, --help       print this help

Exit codes: 0 log written, 1 invalid scenario, 2 misuse.
`;

/** Plays a persona and writes its log. */
export async function runPlay(args: string[], io: Io): Promise<number> {
  return withoutTrace('play', io, () => playBody(args, io));
}

async function playBody(args: string[], io: Io): Promise<number> {
  const opts = parseOptions(
    args,
    {
      scenario: { type: 'string' },
      persona: { type: 'string' },
      seed: { type: 'string' },
      noise: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
    io,
  );
  if (!opts.ok) return opts.code;
  const { values, positionals } = opts.value;
  const bad = (message: string): number => misuse(io, `deskshift play: ${message}`, USAGE).code;
  if (positionals.length > 0) return bad(`unexpected argument "${positionals[0]}"`);
  if (typeof values.scenario !== 'string') return bad('--scenario FILE is required');
  const persona = Number(values.persona);
  if (typeof values.persona !== 'string' || !/^[0-5]$/.test(values.persona)) {
    return bad('--persona must be a level from 0 to 5');
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (typeof values.seed === 'string' && !/^-?[0-9]{1,10}$/.test(values.seed))
    return bad('--seed must be an integer');
  const noise = values.noise === undefined ? 0 : Number(values.noise);
  if (typeof values.noise === 'string' && (!/^[0-9.]+$/.test(values.noise) || !(noise >= 0 && noise <= 1))) {
    return bad('--noise must be a probability from 0 to 1');
  }
  const loaded = loadScenario(values.scenario, io);
  if (!loaded.ok) return loaded.code;
  const { scenario, hash } = loaded.value;
  const run = playPersona(scenario, hash, { level: persona as PersonaLevel, seed, noise });
  const text = `${JSON.stringify(run.log)}\n`;
  if (typeof values.out === 'string') {
    try {
      writeFileSync(values.out, text);
    } catch (error) {
      io.err(
        `${values.out}: cannot write the log (${error instanceof Error ? error.message : String(error)})\n`,
      );
      return EXIT.misuse;
    }
    io.err(
      `wrote ${values.out}: persona L${persona}, seed ${seed}, noise ${noise}, ${run.log.entries.length} entries\n`,
    );
  } else {
    io.out(text);
  }
  return EXIT.ok;
}
