/**
 * Test helpers: play inputs through `step` one at a time, keeping every step's events.
 */

import type { Scenario } from '../../src/scenario/schema.ts';
import {
  type ClockAdvance,
  type Command,
  createLog,
  createShift,
  type EngineEvent,
  type Input,
  type Played,
  playInput,
  type ShiftState,
  step,
} from '../../src/sim/index.ts';
import { FIXTURE } from './fixture.ts';

export interface PlayedSteps {
  state: ShiftState;
  /** Events of each step, in order. */
  steps: EngineEvent[][];
  /** Events of the last step. */
  last: EngineEvent[];
}

/** Applies `inputs` in order from `state` (default: a fresh fixture shift with seed 1). */
export function play(
  inputs: readonly Input[],
  state?: ShiftState,
  scenario: Scenario = FIXTURE,
): PlayedSteps {
  let s = state ?? createShift(scenario, 1);
  const steps: EngineEvent[][] = [];
  for (const input of inputs) {
    const r = step(scenario, s, input);
    s = r.state;
    steps.push(r.events);
  }
  return { state: s, steps, last: steps[steps.length - 1] ?? [] };
}

/** The ticket `id` of a state; fails the test when it is missing. */
export function ticket(state: ShiftState, id: string) {
  const t = state.tickets[id];
  if (t === undefined) throw new Error(`no ticket ${id}`);
  return t;
}

/** Observations of one kind as [ok, missed, note] triples. */
export function obs(state: ShiftState, kind: string): [boolean, boolean, string][] {
  return state.observations.filter((o) => o.kind === kind).map((o) => [o.ok, o.missed, o.note]);
}

/** The sentence a time-driven failure's note ends with for a 'neglect' cause (attention.ts). */
export const neglect = (percent: number): string =>
  ` For ${percent} % of the time it waited the desk was idle or on less urgent work.`;

export const advance = (toMinute: number): Input => ({ type: 'clock/advance', toMinute });
export const answer = (ticketId: string): Input => ({ type: 'contact/answer', ticketId });

/** INC1 answered and logged right at minute 3 (the log costs a minute: now 4). */
export const INC1_OPEN: Input[] = [
  advance(3),
  answer('INC1'),
  {
    type: 'ticket/log',
    ticketId: 'INC1',
    kind: 'service-request',
    category: 'access',
    caller: 'ann',
    service: 'email',
  },
];

/** INC2 (monitoring, P1) opened at minute 5 and logged right (now 6). */
export const INC2_OPEN: Input[] = [
  advance(5),
  answer('INC2'),
  {
    type: 'ticket/log',
    ticketId: 'INC2',
    kind: 'incident',
    category: 'network',
    service: 'vpn',
    ci: 'vpn-gw',
  },
];

/** Plays inputs live from a fresh shift, logging them as the desk does; returns the state and log. */
export function playLogged(
  inputs: readonly (Command | ClockAdvance)[],
  seed: number,
  hash: string,
  scenario: Scenario = FIXTURE,
): Played {
  let played: Played = {
    state: createShift(scenario, seed),
    log: createLog(scenario, hash, seed),
    events: [],
  };
  for (const input of inputs) played = playInput(scenario, played.state, played.log, input);
  return played;
}
