/**
 * A state-aware input generator for property tests: fast-check draws abstract intents (an
 * operation and two numbers) and this driver turns each into a concrete input against the
 * current state (an arrived ticket, an option that exists), so random sessions reach deep into
 * the lifecycle instead of bouncing off "there is no ticket".
 */
import fc from 'fast-check';
import type { Input, ShiftState } from '../../src/sim/index.ts';

export interface Intent {
  op: number;
  a: number;
  b: number;
}

export const intents = fc.array(fc.record({ op: fc.nat(99), a: fc.nat(1000), b: fc.nat(1000) }), {
  maxLength: 120,
});

const of = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

const POOLS = {
  kind: ['incident', 'service-request', 'question'] as const,
  category: ['access', 'network', 'hardware', 'software', 'general'],
  caller: ['ann', 'bob', 'cara', 'dan', 'eve'],
  service: ['email', 'vpn', 'printing', 'erp'],
  question: ['q-user', 'q-weather'],
  article: ['KB1', 'KB2', 'KB3'],
  diagnostic: ['ping-gw', 'check-printer'],
  cause: ['cert', 'user'],
  fix: ['reset', 'reinstall', 'restart', 'clear-jam', 'explain'],
  group: ['desk', 'network', 'apps'],
  party: ['network', 'apps', 'mgr', 'netguru'],
  reason: ['awaiting-caller', 'awaiting-vendor', 'lunch'],
  query: ['vpn', 'password reset', 'printer jam', 'zzz'],
  odd: [-1, 1.5, Number.NaN, 1e12],
};

function pickTicket(state: ShiftState, n: number, prefer?: (s: string) => boolean): string {
  if (n % 13 === 12) return of(['NOPE', '__proto__', 'constructor'], n);
  const ids = state.order;
  const preferred = prefer === undefined ? [] : ids.filter((id) => prefer(state.tickets[id]?.status ?? ''));
  const pool = preferred.length > 0 ? preferred : ids;
  return pool.length === 0 ? 'INC1' : of(pool, n);
}

/** The concrete input an intent stands for in `state`. */
export function toInput(state: ShiftState, { op, a, b }: Intent): Input {
  const working = (s: string) => s === 'new' || s === 'in-progress' || s === 'on-hold';
  const t = (prefer?: (s: string) => boolean) => pickTicket(state, a, prefer);
  if (state.order.length === 0) return { type: 'clock/advance', toMinute: state.now + 1 + (b % 3) };
  const anyWorking = state.order.some((id) => working(state.tickets[id]?.status ?? ''));
  const waiting = state.order.filter((id) => state.tickets[id]?.status === 'waiting');
  // Work needs an answered ticket: answer one first when none is open yet.
  if (op >= 30 && op < 80 && !anyWorking && waiting.length > 0 && a % 4 !== 0) {
    return { type: 'contact/answer', ticketId: of(waiting, a) };
  }
  if (op < 22) return { type: 'clock/advance', toMinute: state.now + (b % 5) };
  if (op < 30) return { type: 'contact/answer', ticketId: t((s) => s === 'waiting') };
  if (op < 37) {
    return {
      type: 'ticket/log',
      ticketId: t(working),
      kind: of(POOLS.kind, b),
      category: of(POOLS.category, b >> 2),
      caller: of(POOLS.caller, b >> 4),
      service: of(POOLS.service, b >> 6),
    };
  }
  if (op < 41) return { type: 'ticket/ask', ticketId: t(working), questionId: of(POOLS.question, b) };
  if (op < 45) {
    const lvl = (n: number) => ((n % 3) + 1) as 1 | 2 | 3;
    return { type: 'ticket/prioritise', ticketId: t(working), impact: lvl(b), urgency: lvl(b >> 2) };
  }
  if (op < 47) return { type: 'kb/search', query: of(POOLS.query, b) };
  if (op < 50) return { type: 'ticket/apply-article', ticketId: t(working), articleId: of(POOLS.article, b) };
  if (op < 53)
    return { type: 'ticket/run-diagnostic', ticketId: t(working), diagnosticId: of(POOLS.diagnostic, b) };
  if (op < 56) return { type: 'ticket/diagnose', ticketId: t(working), causeId: of(POOLS.cause, b) };
  if (op < 63) return { type: 'ticket/resolve', ticketId: t(working), fixId: of(POOLS.fix, b) };
  if (op < 67) return { type: 'ticket/assign', ticketId: t(working), groupId: of(POOLS.group, b) };
  if (op < 71) {
    const mode = b % 2 === 0 ? 'functional' : 'hierarchical';
    return { type: 'ticket/escalate', ticketId: t(working), mode, to: of(POOLS.party, b >> 1) };
  }
  if (op < 74) return { type: 'ticket/hold', ticketId: t(working), reason: of(POOLS.reason, b) };
  if (op < 77) return { type: 'ticket/resume', ticketId: t((s) => s === 'on-hold') };
  if (op < 80) return { type: 'ticket/link', ticketId: t(working), parentId: pickTicket(state, b) };
  if (op < 82) {
    return {
      type: 'problem/raise',
      ticketIds: [t(), pickTicket(state, b), pickTicket(state, b >> 3)],
      title: 'P',
    };
  }
  if (op < 86) return { type: 'ticket/close', ticketId: t((s) => s === 'resolved') };
  if (op < 88) return { type: 'ticket/note', ticketId: t(), text: 'note' };
  if (op < 90) return { type: 'sla/report-deviation', ticketIds: [t(), pickTicket(state, b)], note: 'n' };
  if (op < 94) return { type: 'clock/advance', toMinute: of(POOLS.odd, b) };
  if (op < 98)
    return {
      type: of(['ticket/explode', 'ticket/close', 'contact/answer'], b),
      ticketId: b,
    } as unknown as Input;
  return b % 3 === 0 ? { type: 'shift/end' } : { type: 'clock/advance', toMinute: state.now + 10 };
}
