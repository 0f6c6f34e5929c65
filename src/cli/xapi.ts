/**
 * `deskshift xapi LOG --scenario FILE`: the xAPI statements of a shift's report as a JSON array
 * (one for the level, one per assessed indicator), optionally sent to a Learning Record Store;
 * `deskshift xapi --profile` prints the xAPI Profile that defines their vocabulary.
 */
import { evaluate } from '../eval/index.ts';
import { basicAuth, postStatements, statementsUrl } from '../results/lrs.ts';
import { ENGINE_VERSION } from '../sim/index.ts';
import {
  normaliseBase,
  reportStatements,
  type XapiAgent,
  type XapiStatement,
  xapiProfile,
} from '../xapi/index.ts';
import { misuse, parseOptions, shiftFromArgs, withoutTrace } from './common.ts';
import { EXIT, type Io } from './io.ts';

const USAGE = `Usage: deskshift xapi LOG --scenario FILE [options]
       deskshift xapi --profile [--base IRI]

Prints the xAPI statements of the shift log LOG played on the scenario FILE, as a JSON array:
one for the level inferred and one for each indicator the shift assessed (never one for an
indicator it could not assess). The same log gives the same statements, ids included.

Options:
  --scenario FILE     the scenario file the shift was played on (required with LOG)
  --actor MAILTO      who played, as mailto:ADDRESS (default: the log's learner id as an account)
  --home-page URL     the account home page for the log's learner id (default: the base)
  --base IRI          the base of every deskshift IRI, where you publish the profile
                      (default https://deskshift.invalid/xapi, which never resolves)
  --timestamp ISO     when the shift was played (default: the log's start time)
  --lrs URL           also send the statements to this LRS endpoint (POST URL/statements);
                      credentials from --auth or the DESKSHIFT_LRS_AUTH environment variable
  --auth USER:SECRET  HTTP Basic credentials for --lrs
  --profile           print the xAPI Profile (JSON-LD) instead
  -h, --help          print this help

Exit codes: 0 printed (and sent), 1 invalid scenario, refused log or LRS refusal, 2 misuse.
`;

const OPTIONS = {
  actor: { type: 'string' },
  'home-page': { type: 'string' },
  base: { type: 'string' },
  timestamp: { type: 'string' },
  lrs: { type: 'string' },
  auth: { type: 'string' },
  profile: { type: 'boolean' },
} as const;

export async function runXapi(args: string[], io: Io): Promise<number> {
  return withoutTrace('xapi', io, () => xapiBody(args, io));
}

const text = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

async function xapiBody(args: string[], io: Io): Promise<number> {
  if (args.includes('--profile')) {
    const opts = parseOptions(args, { ...OPTIONS, help: { type: 'boolean', short: 'h' } }, USAGE, io);
    if (!opts.ok) return opts.code;
    if (opts.value.positionals.length > 0)
      return misuse(io, 'deskshift xapi: --profile takes no LOG', USAGE).code;
    const base = baseOf(text(opts.value.values.base), io);
    if (base === null) return EXIT.misuse;
    io.out(`${JSON.stringify(xapiProfile(base), null, 2)}\n`);
    return EXIT.ok;
  }
  const shift = shiftFromArgs('xapi', args, USAGE, io, OPTIONS);
  if (!shift.ok) return shift.code;
  const { scenario, hash, state, log, values } = shift.value;
  const base = baseOf(text(values.base), io);
  if (base === null) return EXIT.misuse;
  const actorText = text(values.actor);
  let actor: XapiAgent | undefined;
  if (actorText !== undefined) {
    if (!/^mailto:[^@\s]+@[^@\s]+$/.test(actorText))
      return misuse(io, `deskshift xapi: --actor must be mailto:ADDRESS, not "${actorText}"`, USAGE).code;
    actor = { objectType: 'Agent', mbox: actorText };
  }
  const homePage = text(values['home-page']);
  const timestamp = text(values.timestamp);
  const report = evaluate(scenario, state, { scenarioHash: hash, engineVersion: ENGINE_VERSION });
  const made = reportStatements(report, log, {
    base,
    ...(actor === undefined ? {} : { actor }),
    ...(homePage === undefined ? {} : { homePage }),
    ...(timestamp === undefined ? {} : { timestamp }),
  });
  if (!made.ok) return misuse(io, `deskshift xapi: ${made.message}`, USAGE).code;
  io.out(`${JSON.stringify(made.statements, null, 2)}\n`);
  const lrs = text(values.lrs);
  if (lrs === undefined) return EXIT.ok;
  const auth = text(values.auth) ?? process.env.DESKSHIFT_LRS_AUTH;
  return send(made.statements, lrs, auth, io);
}

/** The base given, or the default; null (after saying why) when it is not an http(s) IRI. */
function baseOf(given: string | undefined, io: Io): string | undefined | null {
  if (given === undefined) return undefined;
  const base = normaliseBase(given);
  if (base === null)
    misuse(io, `deskshift xapi: --base must be an absolute http(s) IRI, not "${given}"`, USAGE);
  return base;
}

/** POSTs the statements to the LRS; says what it answered. */
async function send(
  statements: XapiStatement[],
  endpoint: string,
  auth: string | undefined,
  io: Io,
): Promise<number> {
  const url = statementsUrl(endpoint);
  if (url === null)
    return misuse(io, `deskshift xapi: --lrs must be an http(s) URL, not "${endpoint}"`, USAGE).code;
  const outcome = await postStatements(endpoint, auth === undefined ? null : basicAuth(auth), statements);
  if (outcome.kind !== 'sent') {
    io.err(`deskshift xapi: ${outcome.message}\n`);
    return EXIT.finding;
  }
  io.err(`Sent ${statements.length} statements to ${url.href} (HTTP ${outcome.status}).\n`);
  return EXIT.ok;
}
