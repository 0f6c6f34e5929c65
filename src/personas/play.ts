/**
 * A persona plays a whole shift headlessly through the engine's public commands (`createShift`,
 * `step`) and returns the log it wrote: answer what rings, work each ticket's steps, report
 * deviations, raise problems, and let the clock run when there is nothing to do.
 */
import { priorityOf } from '../scenario/index.ts';
import type { Scenario, ScenarioArrival } from '../scenario/schema.ts';
import {
  actionRefusal,
  type ClockAdvance,
  type Command,
  createLog,
  createShift,
  playInput,
  type ShiftLog,
  type ShiftState,
} from '../sim/index.ts';
import { type Decider, does, type PersonaLevel, slips } from './choices.ts';
import { createPrng } from './prng.ts';
import { nextTicketCommand } from './ticket-plan.ts';

/** How long a persona that answers late leaves a contact waiting. */
export const LATE_MINUTES = 20;
/** How far the clock runs when the persona has nothing to do and nothing arrives sooner. */
export const IDLE_MINUTES = 5;
/** A bound on inputs, so that a persona can never loop forever. */
const MAX_INPUTS = 20_000;

export interface PersonaOptions {
  level: PersonaLevel;
  seed: number;
  /** Probability (0-1) that each decision slips. */
  noise?: number;
}

export interface PersonaRun {
  log: ShiftLog;
  state: ShiftState;
}

interface Memory {
  steps: Map<string, Set<string>>;
  late: Map<string, boolean>;
  reportedBreaches: Set<string>;
  problems: Set<string>;
}

function problemKey(a: ScenarioArrival): string | null {
  const value = (a.truth as { problem?: unknown }).problem;
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Whether the engine lets the contact `id` be answered now (it is waiting). */
function answerable(d: Decider, state: ShiftState, id: string): boolean {
  return actionRefusal(d.scenario, state, id, 'contact/answer') === null;
}

/** When a waiting contact will be answered: now, or late (Level 0 always, others on a slip). */
function answerAt(d: Decider, mem: Memory, id: string, waitingSince: number): number {
  const key = `${id}@${waitingSince}`;
  let late = mem.late.get(key);
  if (late === undefined) {
    late = d.level === 0 || slips(d);
    mem.late.set(key, late);
  }
  return late ? waitingSince + LATE_MINUTES : waitingSince;
}

function shiftCommand(d: Decider, state: ShiftState, mem: Memory): Command | null {
  const breached = state.order.filter((id) => {
    const t = state.tickets[id];
    return t !== undefined && (t.response.breached || t.resolution.breached);
  });
  if (d.level >= 2 && breached.some((id) => !mem.reportedBreaches.has(id))) {
    for (const id of breached) mem.reportedBreaches.add(id);
    if (!slips(d)) {
      return { type: 'sla/report-deviation', ticketIds: breached, note: `Breached: ${breached.join(', ')}.` };
    }
  }
  if (d.level < 3) return null;
  const groups = new Map<string, string[]>();
  for (const a of d.scenario.timeline) {
    const key = problemKey(a);
    if (key !== null && actionRefusal(d.scenario, state, a.id, 'problem/raise') === null)
      groups.set(key, [...(groups.get(key) ?? []), a.id]);
  }
  for (const [key, ids] of [...groups.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    if (ids.length < 2 || mem.problems.has(key)) continue;
    mem.problems.add(key);
    if (does(d, 3))
      return { type: 'problem/raise', ticketIds: ids, title: `Recurring issue behind ${ids.join(', ')}` };
  }
  return null;
}

/** Work order: arrival order below Level 2; from Level 2, true priority first (triage), then arrival. */
function workOrder(d: Decider, state: ShiftState, arrivals: Map<string, ScenarioArrival>): string[] {
  if (d.level < 2) return state.order;
  const rank = (id: string): number => {
    const a = arrivals.get(id);
    return a === undefined ? 9 : priorityOf(d.scenario, a.truth.impact, a.truth.urgency);
  };
  return state.order
    .map((id, i) => ({ id, i, p: rank(id) }))
    .sort((x, y) => x.p - y.p || x.i - y.i)
    .map((x) => x.id);
}

function nextCommand(
  d: Decider,
  state: ShiftState,
  mem: Memory,
  arrivals: Map<string, ScenarioArrival>,
): Command | null {
  const order = workOrder(d, state, arrivals);
  for (const id of order) {
    const t = state.tickets[id];
    if (t !== undefined && answerable(d, state, id) && answerAt(d, mem, id, t.waitingSince) <= state.now) {
      return { type: 'contact/answer', ticketId: id };
    }
  }
  const shiftWide = shiftCommand(d, state, mem);
  if (shiftWide !== null) return shiftWide;
  // From Level 2, every ticket gets its intake (log, escalate, prioritise, link) before deep work.
  const phases: ('intake' | 'all')[] = d.level >= 2 ? ['intake', 'all'] : ['all'];
  for (const phase of phases) {
    for (const id of order) {
      const t = state.tickets[id];
      const a = arrivals.get(id);
      if (t === undefined || a === undefined) continue;
      let done = mem.steps.get(id);
      if (done === undefined) {
        done = new Set();
        mem.steps.set(id, done);
      }
      const cmd = nextTicketCommand(d, state, t, a, done, phase);
      if (cmd !== null) return cmd;
    }
  }
  return null;
}

/** The next minute worth waking up at: an arrival, a late answer, or a short idle step. */
function wakeMinute(d: Decider, state: ShiftState, mem: Memory): number {
  let wake = Math.min(state.endMinute, state.now + IDLE_MINUTES);
  for (const a of d.scenario.timeline) if (a.at > state.now && a.at < wake) wake = a.at;
  for (const id of state.order) {
    const t = state.tickets[id];
    if (t === undefined || !answerable(d, state, id)) continue;
    const at = answerAt(d, mem, id, t.waitingSince);
    if (at > state.now && at < wake) wake = at;
  }
  return wake;
}

/** Plays a shift as a persona of the given level; same scenario, options and seed, same log. */
export function playPersona(scenario: Scenario, scenarioHash: string, options: PersonaOptions): PersonaRun {
  const d: Decider = {
    level: options.level,
    scenario,
    rng: createPrng((Math.trunc(options.seed) ^ 0x5bd1e995) + options.level * 7919),
    noise: options.noise ?? 0,
  };
  const arrivals = new Map(scenario.timeline.map((a) => [a.id, a]));
  const mem: Memory = { steps: new Map(), late: new Map(), reportedBreaches: new Set(), problems: new Set() };
  let state = createShift(scenario, options.seed);
  let log = createLog(scenario, scenarioHash, options.seed);
  const apply = (input: Command | ClockAdvance): void => {
    ({ state, log } = playInput(scenario, state, log, input));
  };
  for (let i = 0; i < MAX_INPUTS && !state.ended; i += 1) {
    apply(
      nextCommand(d, state, mem, arrivals) ?? { type: 'clock/advance', toMinute: wakeMinute(d, state, mem) },
    );
  }
  if (!state.ended) apply({ type: 'shift/end' });
  return { log, state };
}
