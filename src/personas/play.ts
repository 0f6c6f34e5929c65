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
  pendingRequests,
  playInput,
  type ShiftLog,
  type ShiftState,
} from '../sim/index.ts';
import { type Decider, type Deficit, does, lacks, type PersonaLevel, slips } from './choices.ts';
import { createPrng, keyedSeed, type Prng } from './prng.ts';
import { escalationDeadline, nextTicketCommand, type TicketPhase } from './ticket-plan.ts';

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
  /**
   * Mean game minutes spent reading and deciding before each command (default 0: none). Each
   * decision's think minutes are a whole number drawn uniformly in 0..round(2 * think) from a
   * stream of their own, so thinking never changes the draws that decide slips.
   */
  think?: number;
  /** Behaviours the persona never does, whatever its level. */
  deficits?: readonly Deficit[];
  /**
   * Probability (0-1) that a decision of the persona's own level succeeds (borderline at its
   * level), instead of 1 - noise; decisions of lower levels keep the noise rate.
   */
  atLevelAccuracy?: number;
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
    late = d.level === 0 || slips(d, 'answer-on-time');
    mem.late.set(key, late);
  }
  return late ? waitingSince + LATE_MINUTES : waitingSince;
}

function shiftCommand(d: Decider, state: ShiftState, mem: Memory): Command | null {
  const breached = state.order.filter((id) => {
    const t = state.tickets[id];
    return t !== undefined && (t.response.breached || t.resolution.breached);
  });
  if (
    d.level >= 2 &&
    !lacks(d, 'report-deviations') &&
    breached.some((id) => !mem.reportedBreaches.has(id))
  ) {
    for (const id of breached) mem.reportedBreaches.add(id);
    if (!slips(d, 'deviation-report')) {
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
    if (does(d, 'problem'))
      return { type: 'problem/raise', ticketIds: ids, title: `Recurring issue behind ${ids.join(', ')}` };
  }
  return null;
}

/**
 * Work order: arrival order below Level 2; from Level 2, true priority first (triage), then
 * arrival. With `waiting` (the escalation deadlines of tickets whose escalation waits for their
 * desk work), such tickets come first within their priority, the earliest deadline first.
 */
function workOrder(
  d: Decider,
  state: ShiftState,
  arrivals: Map<string, ScenarioArrival>,
  waiting?: (id: string) => number | null,
  deadlineFirst = false,
): string[] {
  if (d.level < 2) return state.order;
  const rank = (id: string): number => {
    const a = arrivals.get(id);
    return a === undefined ? 9 : priorityOf(d.scenario, a.truth.impact, a.truth.urgency);
  };
  return state.order
    .map((id, i) => ({ id, i, p: rank(id), at: waiting?.(id) ?? Number.POSITIVE_INFINITY }))
    .sort((x, y) => (deadlineFirst ? x.at - y.at || x.p - y.p : x.p - y.p || x.at - y.at) || x.i - y.i)
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
  // From Level 2, an escalation put off for desk work goes as soon as its time has come, every
  // ticket gets its intake (log, escalate, prioritise, link) before deep work, and a ticket whose
  // escalation waits for its desk work is worked first within its priority (see ticket-plan.ts).
  // From Level 3 that desk work comes before the intake of newer contacts (answered already):
  // a senior agent finishes the urgent diagnosis before logging the next password reset.
  const phases: readonly TicketPhase[] =
    d.level >= 3
      ? ['due', 'desk-first', 'intake', 'all']
      : d.level === 2
        ? ['due', 'intake', 'desk-first', 'all']
        : ['all'];
  const waiting = (id: string): number | null => {
    const t = state.tickets[id];
    const a = arrivals.get(id);
    const done = mem.steps.get(id);
    return t === undefined || a === undefined || done === undefined ? null : escalationDeadline(t, a, done);
  };
  for (const phase of phases) {
    for (const id of phase === 'desk-first' ? workOrder(d, state, arrivals, waiting, true) : order) {
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

/** The next minute worth waking up at: an arrival, a late answer, a third party's answer, or a short idle step. */
function wakeMinute(d: Decider, state: ShiftState, mem: Memory): number {
  let wake = Math.min(state.endMinute, state.now + IDLE_MINUTES);
  for (const a of d.scenario.timeline) if (a.at > state.now && a.at < wake) wake = a.at;
  for (const id of state.order) {
    const t = state.tickets[id];
    // A third party's answer the persona waits for wakes it when it is due.
    for (const r of t === undefined ? [] : pendingRequests(t))
      if (r.dueAt > state.now && r.dueAt < wake) wake = r.dueAt;
    if (t === undefined || !answerable(d, state, id)) continue;
    const at = answerAt(d, mem, id, t.waitingSince);
    if (at > state.now && at < wake) wake = at;
  }
  return wake;
}

/** Whether the engine would refuse `cmd` now whatever its choices: the shift ended, or a ticket's status. */
function refused(scenario: Scenario, state: ShiftState, cmd: Command): boolean {
  switch (cmd.type) {
    case 'kb/search':
    case 'sla/report-deviation':
    case 'shift/end':
      return state.ended;
    case 'problem/raise':
      return cmd.ticketIds.some((id) => actionRefusal(scenario, state, id, cmd.type) !== null);
    default:
      return actionRefusal(scenario, state, cmd.ticketId, cmd.type) !== null;
  }
}

/** The think minutes of each decision: uniform whole minutes in 0..round(2 * think), from their own stream. */
function thinker(options: PersonaOptions): (() => number) | null {
  const mean = options.think ?? 0;
  if (!(mean > 0)) return null;
  const most = Math.round(2 * mean);
  const rng: Prng = createPrng(keyedSeed(options.seed, `think:L${options.level}`));
  return () => rng.below(most + 1);
}

/** Plays a shift as a persona of the given level; same scenario, options and seed, same log. */
export function playPersona(scenario: Scenario, scenarioHash: string, options: PersonaOptions): PersonaRun {
  const d: Decider = {
    level: options.level,
    scenario,
    rng: createPrng((Math.trunc(options.seed) ^ 0x5bd1e995) + options.level * 7919),
    noise: options.noise ?? 0,
    ...(options.atLevelAccuracy !== undefined ? { atLevelAccuracy: options.atLevelAccuracy } : {}),
    ...(options.deficits !== undefined ? { deficits: new Set(options.deficits) } : {}),
    ...(options.think !== undefined && options.think > 0 ? { think: options.think } : {}),
  };
  const think = thinker(options);
  const arrivals = new Map(scenario.timeline.map((a) => [a.id, a]));
  const mem: Memory = { steps: new Map(), late: new Map(), reportedBreaches: new Set(), problems: new Set() };
  let state = createShift(scenario, options.seed);
  let log = createLog(scenario, scenarioHash, options.seed);
  const apply = (input: Command | ClockAdvance): void => {
    ({ state, log } = playInput(scenario, state, log, input));
  };
  for (let i = 0; i < MAX_INPUTS && !state.ended; i += 1) {
    const cmd = nextCommand(d, state, mem, arrivals);
    if (cmd === null) {
      apply({ type: 'clock/advance', toMinute: wakeMinute(d, state, mem) });
      continue;
    }
    const minutes = think === null ? 0 : think();
    if (minutes > 0) {
      // Decided, then read and think while the clock runs (never past the end of the shift); a
      // command the engine allowed then and no longer allows (the caller hung up) is dropped.
      const allowed = !refused(scenario, state, cmd);
      apply({ type: 'clock/advance', toMinute: Math.min(state.endMinute, state.now + minutes) });
      if (state.ended || (allowed && refused(scenario, state, cmd))) continue;
    }
    apply(cmd);
  }
  if (!state.ended) apply({ type: 'shift/end' });
  return { log, state };
}
