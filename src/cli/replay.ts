/**
 * `deskshift replay LOG --scenario FILE [--json]`: rebuilds a shift from its log and prints the
 * final state: tickets by status, SLAs met and breached, observation counts by kind. Exit 0 when
 * replayed, 1 when the scenario is invalid or the log is refused, 2 on misuse.
 */
import type { ObservationKind, Scenario } from '../scenario/schema.ts';
import { shiftClock } from '../scenario/time.ts';
import { type ShiftLog, type ShiftState, type ShiftSummary, selectSummary } from '../sim/index.ts';
import { shiftFromArgs } from './common.ts';
import { EXIT, type Io } from './io.ts';

const USAGE = `Usage: deskshift replay LOG --scenario FILE [--json]

Replays the shift log LOG against the scenario FILE it was played on and prints the final state:
tickets by status, SLAs met and breached, and the observations by kind (ok / not ok).
A log made for another scenario, another version of it, or another engine version is refused.

Options:
  --scenario FILE  the scenario file the shift was played on (required)
  --json           print the result as JSON
  -h, --help       print this help

Exit codes: 0 replayed, 1 invalid scenario or refused log, 2 misuse.
`;

interface ReplayReport {
  scenarioId: string;
  seed: number;
  entries: number;
  now: number;
  clock: string;
  ended: boolean;
  ticketsByStatus: Record<string, string[]>;
  summary: ShiftSummary;
}

function report(scenario: Scenario, log: ShiftLog, state: ShiftState): ReplayReport {
  const ticketsByStatus: Record<string, string[]> = {};
  for (const id of state.order) {
    const status = state.tickets[id]?.status ?? 'unknown';
    ticketsByStatus[status] = [...(ticketsByStatus[status] ?? []), id];
  }
  return {
    scenarioId: scenario.meta.id,
    seed: log.seed,
    entries: log.entries.length,
    now: state.now,
    clock: shiftClock(scenario.meta.shiftStart, state.now),
    ended: state.ended,
    ticketsByStatus,
    summary: selectSummary(state),
  };
}

function renderText(r: ReplayReport): string {
  const s = r.summary;
  const lines = [
    `Shift "${r.scenarioId}" (seed ${r.seed}): ${r.entries} commands replayed; ${r.ended ? 'ended' : 'stopped'} at ${r.clock} (minute ${r.now}).`,
    '',
    `Tickets (${s.tickets}):`,
    ...Object.entries(r.ticketsByStatus).map(
      ([status, ids]) => `  ${status.padEnd(12)} ${String(ids.length).padStart(3)}  ${ids.join(' ')}`,
    ),
    '',
    'SLAs:          met  breached  open',
    `  response    ${String(s.response.met).padStart(5)} ${String(s.response.breached).padStart(9)} ${String(s.response.open).padStart(5)}`,
    `  resolution  ${String(s.resolution.met).padStart(5)} ${String(s.resolution.breached).padStart(9)} ${String(s.resolution.open).padStart(5)}`,
    '',
    'Observations:            ok  not ok',
    ...Object.entries(s.observations).map(
      ([kind, c]) =>
        `  ${(kind as ObservationKind).padEnd(20)} ${String(c?.ok ?? 0).padStart(4)} ${String(c?.notOk ?? 0).padStart(7)}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** Runs `deskshift replay`; resolves to the exit code. */
export async function runReplay(args: string[], io: Io): Promise<number> {
  const shift = shiftFromArgs('replay', args, USAGE, io);
  if (!shift.ok) return shift.code;
  const { scenario, log, state, json } = shift.value;
  const r = report(scenario, log, state);
  io.out(json ? `${JSON.stringify(r, null, 2)}\n` : renderText(r));
  return EXIT.ok;
}
