/**
 * The engine's one entry point: `step(scenario, state, input) -> { state, events }`, pure and
 * total. Inputs are checked first (they come from saved JSON); a rejected command leaves the state
 * as it was apart from the command count, and says why in a `command/rejected` event. A command
 * stamped with a minute (`at`) first lets the clock run to it, which is how a log replays.
 */
import type { Scenario } from '../scenario/schema.ts';
import { recordAttention } from './attention.ts';
import { checkInput } from './command-schema.ts';
import { applyCommand } from './commands.ts';
import { type Draft, emit, openDraft } from './draft.ts';
import { seedState } from './rng.ts';
import { indexScenario } from './scenario-index.ts';
import { advanceTo } from './timers.ts';
import { ENGINE_VERSION, type Input, type ShiftState, type StepResult } from './types.ts';

/** The state at the start of a shift: nothing arrived yet except what arrives at minute 0. */
export function createShift(scenario: Scenario, seed: number): ShiftState {
  const state: ShiftState = {
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.meta.id,
    now: 0,
    endMinute: scenario.meta.lengthMinutes,
    ended: false,
    seed: seedState(seed),
    nextArrival: 0,
    tickets: {},
    order: [],
    problems: {},
    observations: [],
    attention: [],
    nextSeq: 1,
    commandCount: 0,
  };
  indexScenario(scenario);
  const d = openDraft(scenario, state, true);
  advanceTo(d, 0);
  return d.s;
}

/** Why the clock cannot move to `minute` now, or null when it can. */
function clockRefusal(d: Draft, minute: number): string | null {
  if (d.s.ended) return 'the shift has ended';
  if (minute < d.s.now) return `time cannot go backwards (it is minute ${d.s.now}, not ${minute})`;
  return null;
}

function applyInput(d: Draft, raw: unknown): void {
  const isCommand =
    typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'clock/advance';
  if (isCommand) {
    // Every command entry of the log counts, even a refused one, so log indexes stay aligned.
    d.s.commandCount += 1;
  }
  const checked = checkInput(raw);
  if (!checked.ok) {
    d.logIndex = isCommand ? d.s.commandCount - 1 : null;
    emit(d, { type: 'command/rejected', command: checked.type, reason: checked.reason });
    return;
  }
  const input = checked.input;
  const minute = input.type === 'clock/advance' ? input.toMinute : input.at;
  if (minute !== undefined) {
    const refusal = clockRefusal(d, minute);
    if (refusal !== null) {
      d.logIndex = isCommand ? d.s.commandCount - 1 : null;
      emit(d, { type: 'command/rejected', command: input.type, reason: refusal });
      return;
    }
    // The clock runs only when time passes (timers are not rescanned for a command given now).
    if (minute > d.s.now || input.type === 'clock/advance') advanceTo(d, minute);
  }
  if (input.type === 'clock/advance') return;
  d.logIndex = d.s.commandCount - 1;
  if (d.s.ended) {
    emit(d, { type: 'command/rejected', command: input.type, reason: 'the shift has ended' });
    return;
  }
  const outcome = applyCommand(d, input);
  if (!outcome.ok) {
    emit(d, { type: 'command/rejected', command: input.type, reason: outcome.reason });
    return;
  }
  // The trainee's attention up to the minute the command's cost brings the clock to, recorded
  // before the clock runs on: what fails meanwhile sees the trainee busy on the command.
  recordAttention(d, input, Math.min(d.s.now + outcome.costMinutes, d.s.endMinute));
  // What happens during the command's own minutes (a caller hanging up meanwhile) points at it.
  if (outcome.costMinutes > 0 && !d.s.ended) advanceTo(d, d.s.now + outcome.costMinutes);
}

/** Applies one input: pure (the input state is never mutated) and never throws. */
export function step(scenario: Scenario, state: ShiftState, input: Input): StepResult {
  const d = openDraft(scenario, state, false);
  applyInput(d, input);
  return { state: d.s, events: d.events };
}

/**
 * Applies one input to a state the caller owns outright, writing in place (no copies). Replay
 * uses it on a state it just created; the result equals `step`.
 */
export function stepOwned(scenario: Scenario, owned: ShiftState, input: Input): StepResult {
  const d = openDraft(scenario, owned, true);
  applyInput(d, input);
  return { state: owned, events: d.events };
}
