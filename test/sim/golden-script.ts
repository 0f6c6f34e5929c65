/**
 * The scripted shift of the golden replay: a capable trainee with a few slips (a wrong fix, a
 * wrong priority, an irrelevant question, a hold without a valid reason, a late answer).
 */
import type { ClockAdvance, Command } from '../../src/sim/index.ts';

const adv = (toMinute: number): ClockAdvance => ({ type: 'clock/advance', toMinute });

export const GOLDEN_SEED = 20_240_601;

export const GOLDEN_INPUTS: (Command | ClockAdvance)[] = [
  adv(2),
  { type: 'contact/answer', ticketId: 'INC1' },
  {
    type: 'ticket/log',
    ticketId: 'INC1',
    kind: 'service-request',
    category: 'access',
    caller: 'ann',
    service: 'email',
  },
  { type: 'ticket/ask', ticketId: 'INC1', questionId: 'q-user' },
  { type: 'ticket/ask', ticketId: 'INC1', questionId: 'q-weather' },
  { type: 'kb/search', query: 'password reset', ticketId: 'INC1' },
  { type: 'ticket/apply-article', ticketId: 'INC1', articleId: 'KB1' },
  { type: 'ticket/prioritise', ticketId: 'INC1', impact: 3, urgency: 2 },
  // minute 5: the VPN alert
  { type: 'contact/answer', ticketId: 'INC2' },
  {
    type: 'ticket/log',
    ticketId: 'INC2',
    kind: 'incident',
    category: 'network',
    service: 'vpn',
    ci: 'vpn-gw',
  },
  { type: 'ticket/prioritise', ticketId: 'INC2', impact: 1, urgency: 1 },
  { type: 'ticket/run-diagnostic', ticketId: 'INC2', diagnosticId: 'ping-gw' },
  // minute 8: Bob on chat about the VPN
  { type: 'contact/answer', ticketId: 'INC3' },
  {
    type: 'ticket/log',
    ticketId: 'INC3',
    kind: 'incident',
    category: 'network',
    caller: 'bob',
    service: 'vpn',
  },
  { type: 'ticket/link', ticketId: 'INC3', parentId: 'INC2' },
  { type: 'ticket/prioritise', ticketId: 'INC3', impact: 2, urgency: 2 },
  { type: 'ticket/diagnose', ticketId: 'INC2', causeId: 'cert' },
  { type: 'ticket/escalate', ticketId: 'INC2', mode: 'functional', to: 'network' },
  // back to Ann: resolve and close
  { type: 'ticket/resolve', ticketId: 'INC1', fixId: 'reset' },
  { type: 'ticket/close', ticketId: 'INC1' },
  // Eve (VIP, patience 4) rang at 12 and hangs up at 16; she calls back at 19
  adv(19),
  { type: 'contact/answer', ticketId: 'INC5' },
  {
    type: 'ticket/log',
    ticketId: 'INC5',
    kind: 'incident',
    category: 'software',
    caller: 'eve',
    service: 'erp',
  },
  { type: 'ticket/ask', ticketId: 'INC5', questionId: 'nope' },
  { type: 'ticket/prioritise', ticketId: 'INC5', impact: 2, urgency: 2 },
  { type: 'ticket/assign', ticketId: 'INC5', groupId: 'apps' },
  // the printer email: a wrong fix first
  { type: 'contact/answer', ticketId: 'INC4' },
  {
    type: 'ticket/log',
    ticketId: 'INC4',
    kind: 'incident',
    category: 'hardware',
    caller: 'cara',
    service: 'printing',
  },
  { type: 'ticket/prioritise', ticketId: 'INC4', impact: 3, urgency: 3 },
  { type: 'ticket/resolve', ticketId: 'INC4', fixId: 'restart' },
  adv(30),
  // Dan's portal ticket about the VPN: same problem
  { type: 'contact/answer', ticketId: 'INC6' },
  {
    type: 'ticket/log',
    ticketId: 'INC6',
    kind: 'incident',
    category: 'network',
    caller: 'dan',
    service: 'vpn',
  },
  { type: 'ticket/prioritise', ticketId: 'INC6', impact: 2, urgency: 2 },
  { type: 'problem/raise', ticketIds: ['INC2', 'INC3', 'INC6'], title: 'VPN gateway certificate expiry' },
  { type: 'ticket/hold', ticketId: 'INC6', reason: 'coffee' },
  { type: 'ticket/resume', ticketId: 'INC6' },
  { type: 'ticket/assign', ticketId: 'INC6', groupId: 'network' },
  // the printer comes back at 31
  adv(40),
  { type: 'ticket/resolve', ticketId: 'INC4', fixId: 'clear-jam' },
  { type: 'ticket/close', ticketId: 'INC4' },
  { type: 'ticket/close', ticketId: 'INC5' },
  adv(44),
  { type: 'contact/answer', ticketId: 'INC7' },
  { type: 'ticket/log', ticketId: 'INC7', kind: 'question', category: 'general', caller: 'ann' },
  { type: 'ticket/ask', ticketId: 'INC7', questionId: 'q-user' },
  { type: 'ticket/resolve', ticketId: 'INC7', fixId: 'explain' },
  adv(90),
  { type: 'sla/report-deviation', ticketIds: ['INC5'], note: 'ERP crash waiting on the applications team' },
  adv(200),
];
