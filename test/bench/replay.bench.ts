/**
 * Replay throughput: generates a 10,000-command log of plausible play (state-aware choices of
 * tickets and options, the clock moving a minute now and then) on the built-in scenario
 * `scenarios/monday-morning.json` (or the test fixture if it does not parse), then times
 * `replay` of the log against `JSON.parse` of the same log text. Goal: replay within 5x of parse.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createPrng } from '../../src/personas/prng.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import {
  type ClockAdvance,
  type Command,
  createLog,
  createShift,
  playInput,
  replay,
  type ShiftLog,
  type ShiftState,
  step,
} from '../../src/sim/index.ts';
import { FIXTURE } from '../sim/fixture.ts';

const COMMANDS = 10_000;
/** Goal: replay of a 10,000-command log within 5x `JSON.parse` of it. */
const GOAL_RATIO = 5;

export function loadScenario(): { scenario: Scenario; hash: string; name: string } {
  const file = new URL('../../scenarios/monday-morning.json', import.meta.url);
  try {
    const parsed = parseScenario(readFileSync(file, 'utf8'), 'scenarios/monday-morning.json');
    if (parsed.ok) return { scenario: parsed.scenario, hash: parsed.hash, name: 'monday-morning' };
  } catch {
    // fall through to the fixture
  }
  return { scenario: FIXTURE, hash: 'fixture', name: 'test fixture' };
}

/**
 * A deterministic generator of plausible play: answer what waits, log what is answered, then
 * mostly the zero-cost work a desk repeats (notes, priorities, diagnoses, holds and resumes),
 * with the occasional costly command and one game minute every 400 commands, so that the 10,000
 * commands span the two-hour shift and most of them are accepted.
 */
export function generate(scenario: Scenario, hash: string): { log: ShiftLog; rejected: number } {
  const rand = createPrng(12345).below;
  const pick = <T>(list: readonly T[], fallback: T): T =>
    list.length === 0 ? fallback : (list[rand(list.length)] ?? fallback);
  const groups = scenario.organisation.groups.map((g) => g.id);
  const arrivals = new Map(scenario.timeline.map((a) => [a.id, a]));
  let state: ShiftState = createShift(scenario, 7);
  let log = createLog(scenario, hash, 7);
  let rejected = 0;
  for (let commands = 0; commands < COMMANDS; commands++) {
    const tickets = state.order.map((id) => state.tickets[id]).filter((t) => t !== undefined);
    const waiting = tickets.filter((t) => t.status === 'waiting');
    const unlogged = tickets.filter((t) => t.status === 'new');
    const working = tickets.filter((t) => t.status === 'in-progress' || t.status === 'on-hold');
    const t = pick(working, undefined);
    const arrival = t === undefined ? undefined : arrivals.get(t.id);
    const truth = arrival?.truth;
    const roll = rand(10_000);
    let input: Command | ClockAdvance;
    if (commands % 400 === 399) input = { type: 'clock/advance', toMinute: state.now + 1 };
    else if (waiting[0] !== undefined) input = { type: 'contact/answer', ticketId: waiting[0].id };
    else if (unlogged[0] !== undefined) {
      const a = arrivals.get(unlogged[0].id);
      input = {
        type: 'ticket/log',
        ticketId: unlogged[0].id,
        kind: a?.truth.kind ?? 'incident',
        category: a?.truth.category ?? '',
      };
      if (a?.caller) input.caller = a.caller;
      if (a?.truth.service) input.service = a.truth.service;
    } else if (t === undefined || truth === undefined) {
      // Nothing to work on: write on a settled ticket (free), or wait a minute when none arrived yet.
      const any = pick(tickets, undefined);
      input =
        any === undefined
          ? { type: 'clock/advance', toMinute: state.now + 1 }
          : { type: 'ticket/note', ticketId: any.id, text: 'Checked the queue.' };
    } else if (roll < 3500)
      input = { type: 'ticket/note', ticketId: t.id, text: 'Called the user back, no change.' };
    else if (roll < 6000)
      input = { type: 'ticket/prioritise', ticketId: t.id, impact: truth.impact, urgency: truth.urgency };
    else if (roll < 7500) {
      const causes = arrival?.causes?.map((c) => c.id) ?? [];
      input =
        causes.length === 0
          ? { type: 'ticket/note', ticketId: t.id, text: 'No cause yet.' }
          : { type: 'ticket/diagnose', ticketId: t.id, causeId: pick(causes, 'none') };
    } else if (roll < 9940) {
      input =
        t.status === 'on-hold'
          ? { type: 'ticket/resume', ticketId: t.id }
          : {
              type: 'ticket/hold',
              ticketId: t.id,
              reason: pick(
                scenario.sla.holdReasons.map((h) => h.id),
                'wait',
              ),
            };
    } else if (roll < 9960)
      input = {
        type: 'ticket/ask',
        ticketId: t.id,
        questionId: pick(arrival?.questions?.map((q) => q.id) ?? [], 'q'),
      };
    else if (roll < 9975) input = { type: 'ticket/link', ticketId: t.id, parentId: pick(state.order, t.id) };
    else if (roll < 9985)
      input = {
        type: 'kb/search',
        query: pick(
          scenario.knowledge.flatMap((a) => a.keywords),
          'printer',
        ),
      };
    else if (roll < 9993) input = { type: 'ticket/assign', ticketId: t.id, groupId: pick(groups, 'desk') };
    else
      input = {
        type: 'ticket/resolve',
        ticketId: t.id,
        fixId: pick(arrival?.fixes?.map((f) => f.id) ?? [], 'fix'),
      };
    const result = playInput(scenario, state, log, input);
    if (result.events.some((e) => e.type === 'command/rejected')) rejected += 1;
    ({ state, log } = result);
  }
  return { log, rejected };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(runs: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export default async function (): Promise<void> {
  const { scenario, hash, name } = loadScenario();
  const { log, rejected } = generate(scenario, hash);
  const text = JSON.stringify(log);
  const parseMs = time(30, () => JSON.parse(text));
  let finalState: ShiftState | null = null;
  const replayMs = time(15, () => {
    const r = replay(scenario, hash, JSON.parse(text) as ShiftLog);
    if (!r.ok) throw new Error(r.message);
    finalState = r.state;
  });
  const parsed = JSON.parse(text) as ShiftLog;
  const replayOnlyMs = time(15, () => {
    if (!replay(scenario, hash, parsed).ok) throw new Error('refused');
  });
  const stepMs = time(5, () => {
    let s = createShift(scenario, parsed.seed);
    for (const input of parsed.entries) s = step(scenario, s, input).state;
  });
  const n = log.entries.length;
  const perSecond = (ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');
  const state = finalState as ShiftState | null;
  console.log(`scenario: ${name}; log: ${n} entries (${COMMANDS} commands), ${text.length} bytes of JSON`);
  console.log(
    `final state: minute ${state?.now}, ${state?.observations.length} observations, ended ${state?.ended}; ${rejected} of ${COMMANDS} commands were rejected (illegal in the state they met)`,
  );
  console.log(`JSON.parse of the log:         ${parseMs.toFixed(2)} ms`);
  console.log(
    `replay (parse included):       ${replayMs.toFixed(2)} ms  = ${perSecond(replayMs)} commands/s`,
  );
  console.log(
    `replay alone (parsed log):     ${replayOnlyMs.toFixed(2)} ms  = ${perSecond(replayOnlyMs)} commands/s`,
  );
  console.log(`step by step, copy-on-write:   ${stepMs.toFixed(2)} ms  = ${perSecond(stepMs)} commands/s`);
  const ratio = replayOnlyMs / parseMs;
  console.log(
    `ratio replay / JSON.parse:     ${ratio.toFixed(1)}x (goal <= ${GOAL_RATIO}x) ${ratio <= GOAL_RATIO ? 'MET' : 'MISSED'}`,
  );
  console.log(`ratio (parse + replay) / parse: ${(replayMs / parseMs).toFixed(1)}x`);
  console.log(`ratio step-by-step / parse:    ${(stepMs / parseMs).toFixed(1)}x`);
}
