/**
 * The engine's one entry point: `step(scenario, state, input) -> { state, events }`, pure and
 * total. Inputs are checked first (they come from saved JSON); a rejected input leaves the state
 * as it was apart from the input count, and says why in a `command/rejected` event.
 */
import type { Scenario } from '../scenario/schema.ts';
import { applyCommand } from './commands.ts';
import { type Draft, emit, openDraft } from './draft.ts';
import { advanceMinute, keptAdvances } from './log-compaction.ts';
import { seedState } from './rng.ts';
import { indexScenario } from './scenario-index.ts';
import { advanceTo } from './timers.ts';
import { ENGINE_VERSION, type Input, type ShiftState, type StepResult } from './types.ts';
import { checkInput } from './validate.ts';

/** The state at the start of a shift: nothing arrived yet except what arrives at minute 0. */
export function createShift(scenario: Scenario, seed: number): ShiftState {
  const state: ShiftState = {
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.meta.id,
    now: 0,
    endMinute: scenario.meta.lengthMinutes,
    ended: false,
    rng: seedState(seed),
    nextArrival: 0,
    tickets: {},
    order: [],
    problems: {},
    observations: [],
    nextSeq: 1,
    inputCount: 0,
    trailingAdvances: [],
  };
  indexScenario(scenario);
  const d = openDraft(scenario, state, true);
  advanceTo(d, 0);
  return d.s;
}

function applyInput(d: Draft, raw: unknown): void {
  // An advance replaces the trailing advances it is not earlier than (see `compactAdvances`).
  const minute = advanceMinute(raw);
  const kept = minute === null ? [] : keptAdvances(d.s.trailingAdvances, minute);
  const popped = minute === null ? 0 : d.s.trailingAdvances.length - kept.length;
  d.logIndex = d.s.inputCount - popped;
  d.s.inputCount = d.logIndex + 1;
  d.s.trailingAdvances = minute === null ? [] : [...kept, minute];
  const checked = checkInput(raw);
  if (!checked.ok) {
    emit(d, { type: 'command/rejected', command: checked.type, reason: checked.reason });
    return;
  }
  const input: Input = checked.input;
  if (d.s.ended) {
    emit(d, { type: 'command/rejected', command: input.type, reason: 'the shift has ended' });
    return;
  }
  if (input.type === 'clock/advance') {
    if (input.toMinute < d.s.now) {
      const reason = `time cannot go backwards (it is minute ${d.s.now}, not ${input.toMinute})`;
      emit(d, { type: 'command/rejected', command: input.type, reason });
      return;
    }
    advanceTo(d, input.toMinute);
    return;
  }
  const outcome = applyCommand(d, input);
  if (!outcome.ok) {
    emit(d, { type: 'command/rejected', command: input.type, reason: outcome.reason });
    return;
  }
  if (outcome.costMinutes > 0 && !d.s.ended) advanceTo(d, d.s.now + outcome.costMinutes);
}

/** Applies one input: pure (the input state is never mutated) and never throws. */
export function step(scenario: Scenario, state: ShiftState, input: Input): StepResult {
  const d = openDraft(scenario, state, false);
  applyInput(d, input);
  return { state: d.s, events: d.events };
}

/**
 * Applies inputs in order to a state the caller owns outright, writing in place (no copies).
 * `replay` uses it on a state it just created; the result equals stepping one input at a time.
 */
export function applyOwned(scenario: Scenario, owned: ShiftState, inputs: readonly unknown[]): StepResult {
  const events: StepResult['events'] = [];
  for (const input of inputs) {
    const d = openDraft(scenario, owned, true);
    applyInput(d, input);
    for (const e of d.events) events.push(e);
  }
  return { state: owned, events };
}
