/**
 * The built-in monday-morning shift uses graded fixes and another acceptable category where a real
 * desk would: a needless MFA reset beside the right unlock and temporary password (INT-1002), mailbox
 * access through an over-privileged group with a security finding (INT-1015), and a Teams call on the
 * guest Wi-Fi that is as much network as collaboration (INT-1014).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../src/scenario/index.ts';
import type { EngineEvent, Input, ShiftState } from '../../src/sim/index.ts';
import { advance, answer, play, ticket } from './helpers.ts';

const parsed = parseScenario(
  readFileSync(new URL('../../scenarios/monday-morning.json', import.meta.url), 'utf8'),
  'monday-morning.json',
);
if (!parsed.ok) throw new Error('monday-morning.json does not parse');
const MONDAY: Scenario = parsed.scenario;

const run = (inputs: readonly Input[]) => play(inputs, undefined, MONDAY);
const resolve = (ticketId: string, fixId: string): Input => ({ type: 'ticket/resolve', ticketId, fixId });
const verdicts = (state: ShiftState, id: string, kinds: readonly string[]) =>
  state.observations
    .filter((o) => o.ticketId === id && kinds.includes(o.kind))
    .map((o) => [o.kind, o.ok, o.note]);
const findings = (steps: EngineEvent[][]) => steps.flat().filter((e) => e.type === 'ticket/finding');

const INT1002_OPEN: Input[] = [
  advance(2),
  answer('INT-1002'),
  {
    type: 'ticket/log',
    ticketId: 'INT-1002',
    kind: 'incident',
    category: 'cat-accounts',
    caller: 'u-cokafor',
    service: 'svc-accounts',
    ci: 'ci-ad',
  },
];
const RIGHT_1002 =
  'With identity verified: unlock, set a temporary password (change at next logon), and update the password in Outlook on his iPhone';

const INT1015_OPEN: Input[] = [
  advance(50),
  answer('INT-1015'),
  {
    type: 'ticket/log',
    ticketId: 'INT-1015',
    kind: 'question',
    category: 'cat-howto',
    caller: 'u-hkaur',
    service: 'svc-email',
    ci: 'ci-exo',
  },
];
const FINDING =
  "Information Security: the mailbox-permission report flags Full Access for Leila, through the Governance Office group, on Harpreet Kaur's mailbox, which holds confidential board papers. Only calendar delegation was asked for: remove her from the group and grant delegate access to the calendar only.";

describe('monday-morning: graded fixes and acceptable categories', () => {
  it('INT-1002: the right unlock and temporary password is ok, with first-contact credit', () => {
    const { state } = run([...INT1002_OPEN, resolve('INT-1002', 'f-verify-reset')]);
    expect(verdicts(state, 'INT-1002', ['resolved', 'first-contact'])).toEqual([
      ['resolved', true, `INT-1002 resolved at 08:03 with the right fix: "${RIGHT_1002}".`],
      ['first-contact', true, 'INT-1002 was resolved by the desk at the first contact.'],
    ]);
  });

  it('INT-1002: an MFA reset on top works but was needless, costs a little mood and does not reopen', () => {
    const { state, steps } = run([...INT1002_OPEN, resolve('INT-1002', 'f-reset-mfa'), advance(60)]);
    expect(verdicts(state, 'INT-1002', ['resolved', 'first-contact'])).toEqual([
      [
        'resolved',
        false,
        `INT-1002 resolved at 08:03 with "With identity verified: unlock, set a temporary password, update it on his iPhone, and also reset his MFA registration": it works, but it was needless; "${RIGHT_1002}" was enough.`,
      ],
    ]);
    const t = ticket(state, 'INT-1002');
    expect([t.status, t.reopenCount, t.mood]).toEqual(['resolved', 0, 65]);
    expect(steps.flat().filter((e) => e.type === 'ticket/reopened')).toEqual([]);
  });

  it('INT-1015: calendar delegation is right and raises no finding', () => {
    const { state, steps } = run([...INT1015_OPEN, resolve('INT-1015', 'f-delegate'), advance(119)]);
    expect(verdicts(state, 'INT-1015', ['resolved'])).toEqual([
      [
        'resolved',
        true,
        'INT-1015 resolved at 08:51 with the right fix: "Walk Harpreet through adding Leila as a calendar delegate (Editor, inbox none, private items hidden)".',
      ],
    ]);
    expect(findings(steps)).toEqual([]);
  });

  it('INT-1015: the over-privileged group works but is risky, and Information Security raises it 30 minutes later', () => {
    const before = run([...INT1015_OPEN, resolve('INT-1015', 'f-fullaccess'), advance(80)]);
    expect(verdicts(before.state, 'INT-1015', ['resolved', 'first-contact'])).toEqual([
      [
        'resolved',
        false,
        `INT-1015 resolved at 08:51 with "Add Leila to the Governance Office mail group, which has Full Access to Harpreet's mailbox": it works, but it was risky; "Walk Harpreet through adding Leila as a calendar delegate (Editor, inbox none, private items hidden)" was the safe fix.`,
      ],
    ]);
    expect(findings(before.steps)).toEqual([]);
    const after = run([...INT1015_OPEN, resolve('INT-1015', 'f-fullaccess'), advance(81)]);
    expect(findings(after.steps)).toEqual([
      { type: 'ticket/finding', ticketId: 'INT-1015', message: FINDING },
    ]);
    expect(ticket(after.state, 'INT-1015').status).toBe('resolved');
  });

  it('INT-1015: asking Harpreet to share her password is harmful: it reopens with her complaint', () => {
    const { state, steps } = run([...INT1015_OPEN, resolve('INT-1015', 'f-password'), advance(66)]);
    expect(verdicts(state, 'INT-1015', ['resolved'])).toEqual([
      [
        'resolved',
        false,
        'INT-1015 resolved at 08:51 with "Suggest Harpreet shares her password with Leila", which does not fix it and makes things worse; the right fix was "Walk Harpreet through adding Leila as a calendar delegate (Editor, inbox none, private items hidden)".',
      ],
    ]);
    expect(steps.flat().filter((e) => e.type === 'ticket/reopened')).toEqual([
      {
        type: 'ticket/reopened',
        ticketId: 'INT-1015',
        message:
          "Harpreet: 'I'm not giving anyone my password, our policy forbids it, and Leila still can't book anything for me. Can you set her up properly, please?'",
      },
    ]);
    // 70, less 30 for the harmful fix and 25 for the reopen.
    expect(ticket(state, 'INT-1015').mood).toBe(15);
  });

  it('INT-1014: a Teams call dropping on the guest Wi-Fi is right as collaboration or as network', () => {
    const log = (category: string): Input => ({
      type: 'ticket/log',
      ticketId: 'INT-1014',
      kind: 'incident',
      category,
      caller: 'u-tnovak',
      service: 'svc-teams',
      ci: 'ci-wifi-hq',
    });
    const classified = (category: string) =>
      verdicts(run([advance(44), answer('INT-1014'), log(category)]).state, 'INT-1014', ['classified']);
    expect(classified('cat-network')).toEqual([
      [
        'classified',
        true,
        'INT-1014 classified at 08:44 as incident / Network, Wi-Fi and remote access, which is right.',
      ],
    ]);
    expect(classified('cat-email')).toEqual([
      [
        'classified',
        true,
        'INT-1014 classified at 08:44 as incident / Email, calendar and Teams, which is right.',
      ],
    ]);
    expect(classified('cat-hardware')).toEqual([
      [
        'classified',
        false,
        'INT-1014 classified at 08:44 as incident / Laptops, monitors and peripherals; the right classification was incident / Email, calendar and Teams (or Network, Wi-Fi and remote access).',
      ],
    ]);
  });
});
