/**
 * `deskshift play --scenario FILE (--persona N | --script S) [--seed S] [--noise P] [--out LOG]
 * [--expect-level N]`: a persona bot of known level, or a trainer's command script, plays the shift
 * headlessly through the engine and writes its log (to LOG or stdout). `--expect-level` evaluates
 * the log and fails (exit 1) when the level differs, so a scenario's golden path and typical wrong
 * paths can be pinned as regression tests.
 */
import { writeFileSync } from 'node:fs';
import { evaluate } from '../eval/index.ts';
import type { PersonaLevel } from '../personas/index.ts';
import { playPersona } from '../personas/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { ENGINE_VERSION, type ShiftLog, type ShiftState } from '../sim/index.ts';
import { parseScript, playScript } from '../sim/script.ts';
import { loadScenario, misuse, type Parsed, parseOptions, readText, withoutTrace } from './common.ts';
import { EXIT, type Io } from './io.ts';

const USAGE = `Usage: deskshift play --scenario FILE (--persona N | --script S) [options]

Plays the scenario FILE headlessly through the engine's commands and writes the shift log: either a
persona bot of known level N (0-5), or a command script S written by a trainer (JSON Lines, one step
a line, e.g. {"at":"09:05","do":"resolve","ticket":"HC-2005","fix":"fix-psu"}; see the README).
The same persona or script, scenario, seed and noise give the same log.

Options:
  --scenario FILE     the scenario to play (required)
  --persona N         a persona's level, 0 (not yet Level 1) to 5
  --script S          a command script to play instead of a persona
  --seed S            the shift's seed, an integer (default 1)
  --noise P           probability 0-1 that each persona decision slips (default 0)
  --out LOG           write the log to LOG instead of stdout
  --expect-level N    evaluate the log and exit 1 unless the level inferred is N
  -h, --help          print this help

Exit codes: 0 log written (and the level as expected), 1 invalid scenario or script, or another
level than expected, 2 misuse.
`;

/** Plays a persona or a script and writes its log. */
export async function runPlay(args: string[], io: Io): Promise<number> {
  return withoutTrace('play', io, () => playBody(args, io));
}

/** Largest script the CLI reads. */
const SCRIPT_LIMIT_BYTES = 8 * 1024 * 1024;

type Player = { kind: 'persona'; level: PersonaLevel } | { kind: 'script'; path: string };

async function playBody(args: string[], io: Io): Promise<number> {
  const opts = parseOptions(
    args,
    {
      scenario: { type: 'string' },
      persona: { type: 'string' },
      script: { type: 'string' },
      seed: { type: 'string' },
      noise: { type: 'string' },
      out: { type: 'string' },
      'expect-level': { type: 'string' },
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
  const level = (v: unknown) => (typeof v === 'string' && /^[0-5]$/.test(v) ? Number(v) : null);
  let player: Player;
  if (typeof values.script === 'string') {
    if (values.persona !== undefined) return bad('give either --persona or --script, not both');
    if (values.noise !== undefined) return bad('--noise is for personas; a script plays exactly as written');
    player = { kind: 'script', path: values.script };
  } else {
    const persona = level(values.persona);
    if (persona === null) return bad('--persona must be a level from 0 to 5 (or give --script)');
    player = { kind: 'persona', level: persona as PersonaLevel };
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (typeof values.seed === 'string' && !/^-?[0-9]{1,10}$/.test(values.seed))
    return bad('--seed must be an integer');
  const noise = values.noise === undefined ? 0 : Number(values.noise);
  if (typeof values.noise === 'string' && (!/^[0-9.]+$/.test(values.noise) || !(noise >= 0 && noise <= 1))) {
    return bad('--noise must be a probability from 0 to 1');
  }
  const expected = values['expect-level'] === undefined ? undefined : level(values['expect-level']);
  if (expected === null) return bad('--expect-level must be a level from 0 to 5');
  const loaded = loadScenario(values.scenario, io);
  if (!loaded.ok) return loaded.code;
  const { scenario, hash } = loaded.value;
  const played = play(scenario, hash, player, seed, noise, io);
  if (!played.ok) return played.code;
  const run = played.value;
  const who = player.kind === 'persona' ? `persona L${player.level}` : `script ${player.path}`;
  const written = writeLog(run.log, values.out, `${who}, seed ${seed}`, io);
  if (written !== EXIT.ok) return written;
  if (expected === undefined) return EXIT.ok;
  const report = evaluate(scenario, run.state, { scenarioHash: hash, engineVersion: ENGINE_VERSION });
  const verdict = `level ${report.level} (${report.claim})`;
  if (report.level === expected) {
    io.err(`${who}: ${verdict}, as expected\n`);
    return EXIT.ok;
  }
  io.err(`${who}: expected level ${expected}, but the evaluator inferred ${verdict}\n`);
  return EXIT.finding;
}

function play(
  scenario: Scenario,
  hash: string,
  player: Player,
  seed: number,
  noise: number,
  io: Io,
): Parsed<{ log: ShiftLog; state: ShiftState }> {
  if (player.kind === 'persona') {
    return { ok: true, value: playPersona(scenario, hash, { level: player.level, seed, noise }) };
  }
  const text = readText(player.path, SCRIPT_LIMIT_BYTES, 'script', io);
  if (!text.ok) return text;
  const parsed = parseScript(scenario, text.value);
  if (!parsed.ok) {
    for (const e of parsed.errors) io.err(`${player.path}:${e.line}  ${e.message}\n`);
    return { ok: false, code: EXIT.finding };
  }
  const run = playScript(scenario, hash, parsed.steps, seed);
  for (const n of run.notes) io.err(`${player.path}:${n.line}  note: ${n.message}\n`);
  return { ok: true, value: run };
}

function writeLog(log: ShiftLog, out: unknown, who: string, io: Io): number {
  const text = `${JSON.stringify(log)}\n`;
  if (typeof out !== 'string') {
    io.out(text);
    return EXIT.ok;
  }
  try {
    writeFileSync(out, text);
  } catch (error) {
    io.err(`${out}: cannot write the log (${error instanceof Error ? error.message : String(error)})\n`);
    return EXIT.misuse;
  }
  io.err(`wrote ${out}: ${who}, ${log.entries.length} commands\n`);
  return EXIT.ok;
}
