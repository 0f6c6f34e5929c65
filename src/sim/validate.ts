/**
 * Shape checks for inputs, which arrive from saved logs and the UI as untrusted JSON: a malformed
 * input becomes a plain rejection reason, never an exception.
 */
import { TICKET_KINDS } from '../scenario/schema.ts';
import type { Command, Input } from './types.ts';
import { assertNever } from './util.ts';

export type Checked =
  | { ok: true; input: Input }
  | { ok: false; type: Input['type'] | 'unknown'; reason: string };

const INPUT_TYPES = [
  'clock/advance',
  'contact/answer',
  'ticket/log',
  'ticket/ask',
  'ticket/prioritise',
  'kb/search',
  'ticket/apply-article',
  'ticket/run-diagnostic',
  'ticket/diagnose',
  'ticket/resolve',
  'ticket/assign',
  'ticket/escalate',
  'ticket/hold',
  'ticket/resume',
  'ticket/link',
  'problem/raise',
  'ticket/close',
  'ticket/note',
  'sla/report-deviation',
  'shift/end',
] as const satisfies readonly Input['type'][];

/** Longest free text kept from a note, title or query. */
export const TEXT_LIMIT = 2000;

type Fields = Record<string, unknown>;

/** A malformed field; caught in `checkInput` and turned into a rejection reason. */
class ShapeError extends Error {}

function str(o: Fields, key: string, optional = false): string | null {
  const v = o[key];
  if (v === undefined && optional) return null;
  if (typeof v !== 'string' || v.length === 0 || v.length > TEXT_LIMIT) {
    throw new ShapeError(`"${key}" must be a non-empty text of at most ${TEXT_LIMIT} characters`);
  }
  return v;
}

function level(o: Fields, key: string): 1 | 2 | 3 {
  const v = o[key];
  if (v === 1 || v === 2 || v === 3) return v;
  throw new ShapeError(`"${key}" must be 1, 2 or 3`);
}

function ids(o: Fields, key: string): string[] {
  const v = o[key];
  if (!Array.isArray(v) || v.length === 0 || v.length > 500 || !v.every((x) => typeof x === 'string')) {
    throw new ShapeError(`"${key}" must be a non-empty list of ticket ids`);
  }
  return v as string[];
}

function build(type: (typeof INPUT_TYPES)[number], o: Fields): Input {
  const ticketId = (): string => str(o, 'ticketId') ?? '';
  switch (type) {
    case 'clock/advance': {
      const m = o.toMinute;
      if (typeof m !== 'number' || !Number.isInteger(m))
        throw new ShapeError('"toMinute" must be a whole minute');
      return { type, toMinute: m };
    }
    case 'contact/answer':
    case 'ticket/resume':
    case 'ticket/close':
      return { type, ticketId: ticketId() };
    case 'ticket/log': {
      const kind = str(o, 'kind') ?? '';
      const found = TICKET_KINDS.find((k) => k === kind);
      if (found === undefined) throw new ShapeError(`"kind" must be one of ${TICKET_KINDS.join(', ')}`);
      const cmd: Command = { type, ticketId: ticketId(), kind: found, category: str(o, 'category') ?? '' };
      const caller = str(o, 'caller', true);
      const service = str(o, 'service', true);
      const ci = str(o, 'ci', true);
      if (caller !== null) cmd.caller = caller;
      if (service !== null) cmd.service = service;
      if (ci !== null) cmd.ci = ci;
      return cmd;
    }
    case 'ticket/ask':
      return { type, ticketId: ticketId(), questionId: str(o, 'questionId') ?? '' };
    case 'ticket/prioritise':
      return { type, ticketId: ticketId(), impact: level(o, 'impact'), urgency: level(o, 'urgency') };
    case 'kb/search': {
      const t = str(o, 'ticketId', true);
      const query = str(o, 'query') ?? '';
      return t === null ? { type, query } : { type, query, ticketId: t };
    }
    case 'ticket/apply-article':
      return { type, ticketId: ticketId(), articleId: str(o, 'articleId') ?? '' };
    case 'ticket/run-diagnostic':
      return { type, ticketId: ticketId(), diagnosticId: str(o, 'diagnosticId') ?? '' };
    case 'ticket/diagnose':
      return { type, ticketId: ticketId(), causeId: str(o, 'causeId') ?? '' };
    case 'ticket/resolve':
      return { type, ticketId: ticketId(), fixId: str(o, 'fixId') ?? '' };
    case 'ticket/assign':
      return { type, ticketId: ticketId(), groupId: str(o, 'groupId') ?? '' };
    case 'ticket/escalate': {
      const mode = o.mode;
      if (mode !== 'functional' && mode !== 'hierarchical') {
        throw new ShapeError('"mode" must be "functional" or "hierarchical"');
      }
      return { type, ticketId: ticketId(), mode, to: str(o, 'to') ?? '' };
    }
    case 'ticket/hold':
      return { type, ticketId: ticketId(), reason: str(o, 'reason') ?? '' };
    case 'ticket/link':
      return { type, ticketId: ticketId(), parentId: str(o, 'parentId') ?? '' };
    case 'problem/raise':
      return { type, ticketIds: ids(o, 'ticketIds'), title: str(o, 'title') ?? '' };
    case 'ticket/note':
      return { type, ticketId: ticketId(), text: str(o, 'text') ?? '' };
    case 'sla/report-deviation':
      return { type, ticketIds: ids(o, 'ticketIds'), note: str(o, 'note') ?? '' };
    case 'shift/end':
      return { type };
    default:
      return assertNever(type);
  }
}

/** Checks that an untrusted value is a well-formed input; never throws. */
export function checkInput(value: unknown): Checked {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, type: 'unknown', reason: 'the input is not an object with a "type"' };
  }
  const o = value as Fields;
  const type = INPUT_TYPES.find((t) => t === o.type);
  if (type === undefined) {
    const shown = typeof o.type === 'string' ? `"${o.type.slice(0, 40)}"` : 'missing';
    return { ok: false, type: 'unknown', reason: `unknown input type ${shown}` };
  }
  try {
    return { ok: true, input: build(type, o) };
  } catch (e) {
    if (e instanceof ShapeError) return { ok: false, type, reason: `malformed ${type}: ${e.message}` };
    throw e;
  }
}
