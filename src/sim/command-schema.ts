/**
 * The trainee's commands, defined once: the zod schema gives the TypeScript types and the checks
 * of untrusted commands (saved logs, scripts, the UI). Every object is strict, so a misspelt or
 * unknown field is refused rather than silently dropped. A command in the log carries the game
 * minute it was given at (`at`), so idle time never needs to be written down.
 */
import { z } from 'zod';
import { TICKET_KINDS } from '../scenario/schema.ts';

/** Longest free text kept from a note, title, query or id. */
export const TEXT_LIMIT = 2000;
/** Most tickets one command may name. */
export const ID_LIST_LIMIT = 500;

const textMessage = (key: string) => `"${key}" must be a non-empty text of at most ${TEXT_LIMIT} characters`;
const text = (key: string) =>
  z
    .string({ error: textMessage(key) })
    .min(1, { error: textMessage(key) })
    .max(TEXT_LIMIT, { error: textMessage(key) });
const level = (key: string) =>
  z.union([z.literal(1), z.literal(2), z.literal(3)], { error: `"${key}" must be 1, 2 or 3` });
const ids = (key: string) => {
  const error = `"${key}" must be a non-empty list of at most ${ID_LIST_LIMIT} ticket ids`;
  return z.array(text(key), { error }).min(1, { error }).max(ID_LIST_LIMIT, { error });
};
const ticketId = text('ticketId');
const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

export const COMMAND_SCHEMAS = [
  /** Answer a ringing phone or chat, or open an email/portal/monitoring ticket: acknowledges it. */
  command('contact/answer', { ticketId }),
  /** Record what the contact is: kind, category and the caller, service and CI it concerns. */
  command('ticket/log', {
    ticketId,
    kind: z.enum(TICKET_KINDS, { error: `"kind" must be one of ${TICKET_KINDS.join(', ')}` }),
    category: text('category'),
    caller: text('caller').optional(),
    service: text('service').optional(),
    ci: text('ci').optional(),
  }),
  command('ticket/ask', { ticketId, questionId: text('questionId') }),
  command('ticket/prioritise', { ticketId, impact: level('impact'), urgency: level('urgency') }),
  command('kb/search', { query: text('query'), ticketId: ticketId.optional() }),
  command('ticket/apply-article', { ticketId, articleId: text('articleId') }),
  command('ticket/run-diagnostic', { ticketId, diagnosticId: text('diagnosticId') }),
  command('ticket/diagnose', { ticketId, causeId: text('causeId') }),
  command('ticket/resolve', { ticketId, fixId: text('fixId') }),
  command('ticket/assign', { ticketId, groupId: text('groupId') }),
  command('ticket/escalate', {
    ticketId,
    mode: z.enum(['functional', 'hierarchical'], {
      error: '"mode" must be "functional" or "hierarchical"',
    }),
    to: text('to'),
  }),
  command('ticket/hold', { ticketId, reason: text('reason') }),
  command('ticket/resume', { ticketId }),
  command('ticket/link', { ticketId, parentId: text('parentId') }),
  command('problem/raise', { ticketIds: ids('ticketIds'), title: text('title') }),
  command('ticket/close', { ticketId }),
  command('ticket/note', { ticketId, text: text('text') }),
  command('sla/report-deviation', { ticketIds: ids('ticketIds'), note: text('note') }),
  /** End the shift now (the clock reaching the shift's end does the same). */
  command('shift/end', {}),
] as const;

export const CommandSchema = z.discriminatedUnion('type', COMMAND_SCHEMAS);

/** A trainee command: an event of intent (`ticket/escalate`), never a setter. */
export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];
/** The command of one type, e.g. `CommandOf<'ticket/resolve'>`. */
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

export const COMMAND_TYPES: readonly CommandType[] = COMMAND_SCHEMAS.map((s) => s.shape.type.value);

/**
 * The game minutes each command costs: the engine charges them (a question or a diagnostic may set
 * its own `costMinutes`; these are the defaults), and the persona bots plan with them.
 */
export const COMMAND_MINUTES: { readonly [T in CommandType]: number } = {
  'contact/answer': 0,
  'ticket/log': 1,
  'ticket/ask': 1,
  'ticket/prioritise': 0,
  'kb/search': 1,
  'ticket/apply-article': 1,
  'ticket/run-diagnostic': 2,
  'ticket/diagnose': 0,
  'ticket/resolve': 2,
  'ticket/assign': 1,
  'ticket/escalate': 1,
  'ticket/hold': 0,
  'ticket/resume': 0,
  'ticket/link': 1,
  'problem/raise': 2,
  'ticket/close': 0,
  'ticket/note': 0,
  'sla/report-deviation': 3,
  'shift/end': 0,
};

/** The clock moving forward to a minute: how time reaches the engine (never written to the log). */
export interface ClockAdvance {
  type: 'clock/advance';
  toMinute: number;
}

/** A command as the log keeps it: stamped with the game minute it was given at. */
export type LoggedCommand = Command & { at: number };

/**
 * Everything `step` accepts: the clock moving, or a command. A command with `at` first lets the
 * clock run to that minute (as replaying a log does); without it, it applies now.
 */
export type Input = ClockAdvance | (Command & { at?: number });

export type Checked =
  | { ok: true; input: Input }
  | { ok: false; type: Input['type'] | 'unknown'; reason: string };

const wholeMinute = z.number().int().min(0);
const atMessage = '"at" must be a whole minute';
/** Each command with its optional stamp, checked in one pass (no copy of the input first). */
const StampedSchema = z.discriminatedUnion(
  'type',
  COMMAND_SCHEMAS.map((s) =>
    s.extend({
      at: z.number({ error: atMessage }).int({ error: atMessage }).min(0, { error: atMessage }).optional(),
    }),
  ) as unknown as typeof COMMAND_SCHEMAS,
);

function firstMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'it is not well formed';
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k.slice(0, 40)}"`).join(', ')}`;
  }
  return issue.message;
}

/** Checks that an untrusted value is a well-formed input; never throws. */
export function checkInput(value: unknown): Checked {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, type: 'unknown', reason: 'the input is not an object with a "type"' };
  }
  const o = value as Record<string, unknown>;
  const type = o.type;
  if (type === 'clock/advance') {
    const fine = Object.keys(o).length === 2 && wholeMinute.safeParse(o.toMinute).success;
    return fine
      ? { ok: true, input: { type, toMinute: o.toMinute as number } }
      : { ok: false, type, reason: 'malformed clock/advance: "toMinute" must be a whole minute' };
  }
  const known = COMMAND_TYPES.find((t) => t === type);
  if (known === undefined) {
    const shown = typeof type === 'string' ? `"${type.slice(0, 40)}"` : 'missing';
    return { ok: false, type: 'unknown', reason: `unknown input type ${shown}` };
  }
  const parsed = StampedSchema.safeParse(value);
  if (!parsed.success)
    return { ok: false, type: known, reason: `malformed ${known}: ${firstMessage(parsed.error)}` };
  return { ok: true, input: parsed.data as Input };
}
