/**
 * Scripted plays: a small, human-readable command script (JSON Lines, one step a line, `#` starts
 * a comment line) that a trainer writes to pin the golden path and the typical wrong paths of a
 * scenario, e.g. `{"at":"09:05","do":"resolve","ticket":"HC-2005","fix":"fix-psu"}`. A step's
 * `at` (a time of day in the shift, or minutes from its start) lets the clock run to it first;
 * without `at` the step follows the previous one. Each step becomes an engine command, checked
 * against the one command schema, and the script plays through the same engine as the desk.
 */
import { didYouMean } from '../scenario/did-you-mean.ts';
import type { Scenario } from '../scenario/schema.ts';
import { minutesFromStart, shiftClock } from '../scenario/time.ts';
import { type Command, type CommandType, checkInput } from './command-schema.ts';
import { createLog, type LogEnvelope, type Played, playInput } from './log.ts';
import { createShift } from './step.ts';
import type { LoggedCommand, ShiftLog, ShiftState } from './types.ts';

/** A script verb: the command it gives, and its script keys with the command fields they fill. */
interface Verb {
  type: CommandType;
  keys: Readonly<Record<string, string>>;
}

const ticket = { ticket: 'ticketId' } as const;

/** Every verb of the script language, in the order the README lists them. */
export const VERBS: Readonly<Record<string, Verb>> = {
  answer: { type: 'contact/answer', keys: ticket },
  log: {
    type: 'ticket/log',
    keys: { ...ticket, kind: 'kind', category: 'category', caller: 'caller', service: 'service', ci: 'ci' },
  },
  ask: { type: 'ticket/ask', keys: { ...ticket, question: 'questionId' } },
  prioritise: { type: 'ticket/prioritise', keys: { ...ticket, impact: 'impact', urgency: 'urgency' } },
  search: { type: 'kb/search', keys: { ...ticket, query: 'query' } },
  'apply-article': { type: 'ticket/apply-article', keys: { ...ticket, article: 'articleId' } },
  diagnostic: { type: 'ticket/run-diagnostic', keys: { ...ticket, diagnostic: 'diagnosticId' } },
  diagnose: { type: 'ticket/diagnose', keys: { ...ticket, cause: 'causeId' } },
  resolve: { type: 'ticket/resolve', keys: { ...ticket, fix: 'fixId' } },
  assign: { type: 'ticket/assign', keys: { ...ticket, group: 'groupId' } },
  escalate: { type: 'ticket/escalate', keys: { ...ticket, mode: 'mode', to: 'to' } },
  hold: { type: 'ticket/hold', keys: { ...ticket, reason: 'reason' } },
  resume: { type: 'ticket/resume', keys: ticket },
  link: { type: 'ticket/link', keys: { ...ticket, parent: 'parentId' } },
  'raise-problem': { type: 'problem/raise', keys: { tickets: 'ticketIds', title: 'title' } },
  close: { type: 'ticket/close', keys: ticket },
  note: { type: 'ticket/note', keys: { ...ticket, text: 'text' } },
  'report-deviation': { type: 'sla/report-deviation', keys: { tickets: 'ticketIds', note: 'note' } },
  end: { type: 'shift/end', keys: {} },
};

/** One step of a script: the command it gives, at a minute or after the previous step. */
export interface ScriptStep {
  line: number;
  atMinute: number | null;
  command: Command;
}

export interface ScriptError {
  line: number;
  message: string;
}

export type ParsedScript = { ok: true; steps: ScriptStep[] } | { ok: false; errors: ScriptError[] };

/** Most steps one script may hold. */
export const SCRIPT_STEP_LIMIT = 20_000;

const CLOCK = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

function atMinute(scenario: Scenario, value: unknown): number | string {
  const length = scenario.meta.lengthMinutes;
  const minute =
    typeof value === 'string' && CLOCK.test(value)
      ? minutesFromStart(value, scenario.meta.shiftStart)
      : typeof value === 'number' && Number.isInteger(value)
        ? value
        : null;
  if (minute === null) return `"at" must be a time of day "HH:MM" or whole minutes from the shift start`;
  if (minute < 0 || minute > length) {
    return `"at" ${JSON.stringify(value)} is outside the shift (${shiftClock(scenario.meta.shiftStart, 0)} to ${shiftClock(scenario.meta.shiftStart, length)})`;
  }
  return minute;
}

/** The command fields' names as the script calls them, for messages. */
function scriptWording(message: string, verb: Verb): string {
  let out = message.replace(/^malformed [a-z/-]+: /, '');
  for (const [key, field] of Object.entries(verb.keys)) out = out.replaceAll(`"${field}"`, `"${key}"`);
  return out;
}

function parseStep(scenario: Scenario, value: unknown, line: number): ScriptStep | ScriptError {
  const fail = (message: string): ScriptError => ({ line, message });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('a step must be a JSON object such as {"do":"answer","ticket":"INC-1"}');
  }
  const o = value as Record<string, unknown>;
  const name = o.do;
  if (typeof name !== 'string') return fail(`a step needs "do": one of ${Object.keys(VERBS).join(', ')}`);
  const verb = Object.hasOwn(VERBS, name) ? VERBS[name] : undefined;
  if (verb === undefined)
    return fail(`unknown step "do": "${name.slice(0, 40)}"${didYouMean(name, Object.keys(VERBS))}`);
  const command: Record<string, unknown> = { type: verb.type };
  for (const [key, field] of Object.entries(o)) {
    if (key === 'do' || key === 'at') continue;
    const target = Object.hasOwn(verb.keys, key) ? verb.keys[key] : undefined;
    if (target === undefined) {
      const known = Object.keys(verb.keys);
      const expected = known.length === 0 ? 'it takes none' : `it takes ${known.join(', ')}`;
      return fail(`"${name}" has no key "${key.slice(0, 40)}"${didYouMean(key, known)}; ${expected}`);
    }
    command[target] = field;
  }
  let minute: number | null = null;
  if (o.at !== undefined) {
    const at = atMinute(scenario, o.at);
    if (typeof at === 'string') return fail(at);
    minute = at;
  }
  const checked = checkInput(command);
  if (!checked.ok) return fail(`${name}: ${scriptWording(checked.reason, verb)}`);
  const ids = [command.ticketId, ...(Array.isArray(command.ticketIds) ? command.ticketIds : [])];
  const known = scenario.timeline.map((a) => a.id);
  for (const id of ids) {
    if (typeof id === 'string' && !known.includes(id)) {
      return fail(`there is no ticket "${id.slice(0, 40)}" in the scenario${didYouMean(id, known)}`);
    }
  }
  return { line, atMinute: minute, command: checked.input as Command };
}

/** Parses a script's text (JSON Lines); every error with its line number. */
export function parseScript(scenario: Scenario, text: string): ParsedScript {
  const steps: ScriptStep[] = [];
  const errors: ScriptError[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      errors.push({ line, message: `not a JSON object (${why})` });
      return;
    }
    const step = parseStep(scenario, value, line);
    if ('command' in step) steps.push(step);
    else errors.push(step);
  });
  if (steps.length > SCRIPT_STEP_LIMIT) {
    errors.push({ line: lines.length, message: `a script holds at most ${SCRIPT_STEP_LIMIT} steps` });
  }
  if (errors.length === 0 && steps.length === 0) errors.push({ line: 1, message: 'the script has no steps' });
  const ordered = errors.length > 0 ? errors : timeOrder(scenario, steps);
  return ordered.length > 0 ? { ok: false, errors: ordered } : { ok: true, steps };
}

/** Stamped times must not go backwards (a step without `at` follows the one before). */
function timeOrder(scenario: Scenario, steps: readonly ScriptStep[]): ScriptError[] {
  const errors: ScriptError[] = [];
  let last = 0;
  for (const s of steps) {
    if (s.atMinute === null) continue;
    if (s.atMinute < last) {
      errors.push({
        line: s.line,
        message: `"at" ${shiftClock(scenario.meta.shiftStart, s.atMinute)} is earlier than a step before it (${shiftClock(scenario.meta.shiftStart, last)})`,
      });
    }
    last = Math.max(last, s.atMinute);
  }
  return errors;
}

/** A step the engine did not apply as written, with the engine's reason. */
export interface ScriptNote {
  line: number;
  message: string;
}

export interface ScriptRun {
  log: ShiftLog;
  state: ShiftState;
  /** Steps the engine refused, and steps whose time had already passed (applied later). */
  notes: ScriptNote[];
}

/**
 * Plays a parsed script through the engine, then lets the clock run to the end of the shift
 * (a script that stops early stops the trainee, not the shift).
 */
export function playScript(
  scenario: Scenario,
  scenarioHash: string,
  steps: readonly ScriptStep[],
  seed: number,
  envelope: LogEnvelope = {},
): ScriptRun {
  let played: Played = {
    state: createShift(scenario, seed),
    log: createLog(scenario, scenarioHash, seed, envelope),
    events: [],
  };
  const notes: ScriptNote[] = [];
  for (const s of steps) {
    if (played.state.ended) {
      notes.push({ line: s.line, message: 'the shift had already ended; the step was not played' });
      continue;
    }
    if (s.atMinute !== null && s.atMinute > played.state.now) {
      played = playInput(scenario, played.state, played.log, { type: 'clock/advance', toMinute: s.atMinute });
    } else if (s.atMinute !== null && s.atMinute < played.state.now) {
      const at = shiftClock(scenario.meta.shiftStart, s.atMinute);
      const now = shiftClock(scenario.meta.shiftStart, played.state.now);
      notes.push({
        line: s.line,
        message: `given at ${at}, but earlier steps took the clock to ${now}; played at ${now}`,
      });
    }
    played = playInput(scenario, played.state, played.log, s.command);
    for (const e of played.events) {
      if (e.type === 'command/rejected')
        notes.push({ line: s.line, message: `the engine refused it: ${e.reason}` });
    }
  }
  if (!played.state.ended) {
    played = playInput(scenario, played.state, played.log, {
      type: 'clock/advance',
      toMinute: played.state.endMinute,
    });
  }
  return { log: played.log, state: played.state, notes };
}

/** A log's commands written back as a script, one step a line (to edit a played shift into a test). */
export function scriptOf(scenario: Scenario, entries: readonly LoggedCommand[]): string {
  const names = new Map<CommandType, [string, Verb]>(Object.entries(VERBS).map(([n, v]) => [v.type, [n, v]]));
  return entries
    .map(({ at, ...command }) => {
      const [name, verb] = names.get(command.type) ?? ['end', VERBS.end as Verb];
      const step: Record<string, unknown> = { at: shiftClock(scenario.meta.shiftStart, at), do: name };
      for (const [key, field] of Object.entries(verb.keys)) {
        const value = (command as Record<string, unknown>)[field];
        if (value !== undefined) step[key] = value;
      }
      return JSON.stringify(step);
    })
    .map((l) => `${l}\n`)
    .join('');
}
