/**
 * Evidence identification on hand-made observations: the built-in mapping, rules, evidence hooks,
 * one indicator per observation; missed windows are the engine's observations, read like any other.
 */
import { describe, expect, it } from 'vitest';
import { identifyEvidence } from '../../src/eval/evidence.ts';
import { fixtureScenario, obs } from './fixture.ts';

const brief = (items: ReturnType<typeof identifyEvidence>) =>
  items.map(
    (i) =>
      `${i.indicator} ${i.shown ? 'for' : 'against'} w${i.weight} ${i.source.type}${i.source.type === 'rule' ? `:${i.source.ruleId}` : ''} ${i.ticketId ?? '-'}@${i.atMinute}#${i.logIndex}`,
  );

describe('identifyEvidence', () => {
  const scenario = fixtureScenario();

  it('maps each observation kind to its built-in indicator', () => {
    const items = identifyEvidence(scenario, [
      obs({ kind: 'acknowledged', logIndex: 1 }),
      obs({ kind: 'prioritised', ok: false, logIndex: 2 }),
    ]);
    expect(brief(items)).toEqual([
      'L1.helpdesk-operations for w1 built-in T1@0#1',
      'L2.triage-route against w1 built-in T1@0#2',
    ]);
    expect(items[0]?.slip).toBe(0.15);
    expect(items[0]?.guess).toBe(0.2);
  });

  it('weighs a failure time brought by its cause: the queue a quarter, neglect and a wrong priority fully', () => {
    const items = identifyEvidence(scenario, [
      obs({ kind: 'breached', ok: false, cause: 'queue', busyShare: 0.9 }),
      obs({ kind: 'breached', ok: false, cause: 'neglect', busyShare: 0.2 }),
      obs({ kind: 'abandoned', ok: false, cause: 'wrong-priority', busyShare: 0.9 }),
    ]);
    expect(items.map((i) => [i.indicator, i.weight])).toEqual([
      ['L2.monitor-sla-escalate', 0.25],
      ['L2.monitor-sla-escalate', 1],
      ['L1.helpdesk-operations', 1],
    ]);
  });

  it('groups by subject: a ticket, a problem, or the command of a shift-wide activity', () => {
    const items = identifyEvidence(scenario, [
      obs({ kind: 'acknowledged', ticketId: 'T2' }),
      obs({ kind: 'problem-raised', subject: { kind: 'problem', id: 'PRB0001' }, ticketId: 'T2' }),
      obs({ kind: 'deviation-reported', ticketId: null, logIndex: 9 }),
      obs({ kind: 'deviation-reported', ticketId: null, logIndex: null, seq: 77 }),
    ]);
    expect(items.map((i) => i.unit)).toEqual(['ticket:T2', 'problem:PRB0001', 'command:9', 'moment:77']);
  });

  it('a hold without a valid reason and a breach count against monitoring SLAs', () => {
    const items = identifyEvidence(scenario, [
      obs({ kind: 'held', ok: false, logIndex: 3 }),
      obs({ kind: 'breached', ok: false, logIndex: 4 }),
    ]);
    expect(brief(items)).toEqual([
      'L2.monitor-sla-escalate against w1 built-in T1@0#3',
      'L2.monitor-sla-escalate against w1 built-in T1@0#4',
    ]);
  });

  it('a met escalation on T2 counts for the rule only (weight 2), not also for its built-in indicator', () => {
    const items = identifyEvidence(scenario, [
      obs({ kind: 'escalated', ticketId: 'T2', atMinute: 12, logIndex: 5 }),
    ]);
    expect(brief(items)).toEqual(['L4.who-to-call for w2 rule:r1 T2@12#5']);
  });

  it('a wrong escalation on T2 is read by the hook, not by the met-only rule, and not by the built-in mapping', () => {
    const items = identifyEvidence(scenario, [
      obs({ kind: 'escalated', ticketId: 'T2', ok: false, logIndex: 6 }),
    ]);
    expect(brief(items)).toEqual(['L4.who-to-call against w1 hook T2@0#6']);
  });

  it('an escalation on T1, with no rule or hook for it, counts for its built-in indicator', () => {
    const items = identifyEvidence(scenario, [obs({ kind: 'escalated', ticketId: 'T1', logIndex: 7 })]);
    expect(brief(items)).toEqual(['L2.monitor-sla-escalate for w1 built-in T1@0#7']);
  });

  it('a rule naming the built-in indicator replaces the built-in item', () => {
    const s = fixtureScenario();
    s.rules = [
      {
        id: 'heavy',
        description: 'Linking matters here.',
        observation: 'linked',
        indicator: 'L2.follow-process',
        weight: 3,
        slip: 0.05,
      },
    ];
    const items = identifyEvidence(s, [obs({ kind: 'linked', ticketId: 'T3', logIndex: 7 })]);
    expect(brief(items)).toEqual(['L2.follow-process for w3 rule:heavy T3@0#7']);
    expect(items[0]?.slip).toBe(0.05);
    expect(items[0]?.guess).toBe(0.2);
  });

  it('reads a missed window from the engine like any observation, and derives none itself', () => {
    const answered = obs({ kind: 'acknowledged', logIndex: 1 });
    const resolved = obs({ kind: 'resolved', atMinute: 9, logIndex: 8 });
    const missed = obs({
      kind: 'questioned',
      ok: false,
      missed: true,
      atMinute: 9,
      logIndex: 8,
      note: 'No question that helps was asked before the ticket left the desk.',
    });
    const items = identifyEvidence(scenario, [answered, resolved, missed]);
    expect(brief(items)).toEqual([
      'L1.helpdesk-operations for w1 built-in T1@0#1',
      'L2.helpdesk-support for w1 built-in T1@9#8',
      'L2.gather-information against w1 built-in T1@9#8',
    ]);
    expect(items[2]?.seq).toBe(missed.seq);
  });

  it('reads the deviation report missed at the end of the shift (no ticket) for its indicator', () => {
    const items = identifyEvidence(scenario, [
      obs({ kind: 'breached', ticketId: 'T2', ok: false, atMinute: 15, logIndex: 3 }),
      obs({
        kind: 'deviation-reported',
        ticketId: null,
        ok: false,
        missed: true,
        atMinute: 120,
        logIndex: null,
      }),
    ]);
    expect(brief(items)).toEqual([
      'L2.monitor-sla-escalate against w1 built-in T2@15#3',
      'L2.monitor-report-deviations against w1 built-in -@120#null',
    ]);
  });
});

describe('rules with onlyAfter (order)', () => {
  const base = fixtureScenario();
  const scenario = {
    ...base,
    rules: [
      {
        id: 'verify-first',
        description: 'Unlock only after asking which account.',
        observation: 'resolved' as const,
        ticket: 'T1',
        onlyAfter: { observation: 'questioned' as const, id: 'q1' },
        indicator: 'L2.helpdesk-support' as const,
      },
    ],
  };
  const asked = (seq: number) => obs({ kind: 'questioned', seq, actual: 'q1', logIndex: seq });
  const resolved = (seq: number) =>
    obs({ kind: 'resolved', seq, actual: 'f1', note: 'T1 resolved with the right fix.', logIndex: seq });

  it('counts a right resolution for the indicator when the question came first', () => {
    const items = identifyEvidence(scenario, [asked(1), resolved(2)]);
    expect(brief(items)).toEqual([
      'L2.gather-information for w1 built-in T1@0#1',
      'L2.helpdesk-support for w1 rule:verify-first T1@0#2',
    ]);
  });

  it('counts the same resolution against it, saying why, when the question came after', () => {
    const items = identifyEvidence(scenario, [resolved(1), asked(2)]);
    expect(brief(items)).toEqual([
      'L2.helpdesk-support against w1 rule:verify-first T1@0#1',
      'L2.gather-information for w1 built-in T1@0#2',
    ]);
    expect(items[0]?.note).toBe(
      'T1 resolved with the right fix. It should have come only after "q1" (questioned), which had not happened.',
    );
  });
});
