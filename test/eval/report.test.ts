/**
 * The report on a hand-made case of three tickets (defaults slip 0.15, guess 0.2). Items group by
 * ticket and level, so each ticket counts once per level:
 * - T1: answered, logged and classified right (L1), priority wrong (L2);
 * - T2: answered (L1); priority, escalation and routing right (L2: one observation counts for
 *   one indicator, so the fixture's L4 rule and hook on T2's escalation are left out here, and the
 *   escalation counts for its built-in indicator, monitoring SLAs);
 * - T3: answered (L1); its link to T2 missed (L2).
 * Per indicator, P(items | held) and P(items | not held), with T1's three L1 items and T2's three
 * L2 items sharing their ticket's unit (weight 1/3 each):
 * - L1.helpdesk-operations 2/3 + 1 + 1 shown: 0.85^(8/3) = 0.648312, 0.2^(8/3) = 0.013680;
 * - L1.processes-concepts 1/3 shown: 0.85^(1/3) = 0.947268, 0.2^(1/3) = 0.584804;
 * - L2.triage-route T1 missed, T2 2/3 shown: 0.15 x 0.85^(2/3) = 0.134598, 0.8 x 0.2^(2/3) = 0.273596;
 * - L2.monitor-sla-escalate 1/3 shown: 0.947268, 0.584804; L2.follow-process missed: 0.15, 0.8.
 * An indicator's factor is 0.9 held + 0.1 not at or above its level, 0.02 held + 0.98 not below:
 * theta 0: 0.001970; theta 1: 0.067233; theta 2: 0.015497 (unnormalised).
 */
import { describe, expect, it } from 'vitest';
import { identifyEvidence } from '../../src/eval/evidence.ts';
import { assess, BREADTH_RULE } from '../../src/eval/index.ts';
import { fixtureScenario, obs } from './fixture.ts';

const scenario = fixtureScenario();
scenario.rules = [];
for (const arrival of scenario.timeline) delete arrival.evidence;
const observations = [
  obs({ kind: 'acknowledged', atMinute: 1, logIndex: 1, note: 'Answered within the response target.' }),
  obs({ kind: 'logged', atMinute: 2, logIndex: 2 }),
  obs({ kind: 'classified', atMinute: 2, logIndex: 2 }),
  obs({
    kind: 'prioritised',
    ok: false,
    atMinute: 3,
    logIndex: 3,
    note: 'Priority set to P2; the right priority was P4.',
  }),
  obs({ kind: 'acknowledged', ticketId: 'T2', atMinute: 11, logIndex: 4 }),
  obs({ kind: 'prioritised', ticketId: 'T2', atMinute: 12, logIndex: 5 }),
  obs({ kind: 'escalated', ticketId: 'T2', atMinute: 13, logIndex: 6 }),
  obs({ kind: 'routed', ticketId: 'T2', atMinute: 14, logIndex: 7 }),
  obs({ kind: 'acknowledged', ticketId: 'T3', atMinute: 21, logIndex: 8 }),
  obs({
    kind: 'linked',
    ticketId: 'T3',
    ok: false,
    missed: true,
    atMinute: 120,
    logIndex: null,
    note: 'T3 was never linked to T2.',
  }),
];
const report = assess(scenario, identifyEvidence(scenario, observations));

describe('assess', () => {
  it('infers Level 1, alone 0.7938 so claimed with Level 2 at M_1 = 0.9767 over the levels the shift assesses (0-2)', () => {
    expect(report.level).toBe(1);
    expect(report.confidence).toBe(0.9767);
    expect(report.range).toEqual({ from: 1, to: 2 });
    expect(report.levelName).toBe('Level 1 (Follow)');
    expect(report.claim).toBe('Level 1 (Follow) or Level 2 (Assist), 97.6 % sure');
    expect(report.assessableUpTo).toBe(2);
    expect(report.capReason).toBe(
      'Level 3 is not assessed: this scenario gives it 2 opportunities on 2 of its 9 indicators; it needs at least 3 spread over at least 3.',
    );
    expect(report.breadthRule).toBe(BREADTH_RULE);
    expect(report.posterior).toEqual([0.0233, 0.7938, 0.183]);
    expect(
      report.levels.map((l) => [
        l.level,
        l.assessed,
        l.claimable,
        l.mastery,
        l.posterior,
        l.breadth,
        l.demonstrated,
        l.assessedIndicators,
      ]),
    ).toEqual([
      [1, true, true, 0.9767, 0.7938, { indicators: 2, needed: 2 }, 2, 2],
      [2, true, true, 0.183, 0.183, { indicators: 3, needed: 3 }, 1, 3],
      [3, false, false, null, null, { indicators: 0, needed: 3 }, 0, 0],
      [4, false, false, null, null, { indicators: 0, needed: 3 }, 0, 0],
      [5, false, false, null, null, { indicators: 0, needed: 3 }, 0, 0],
    ]);
  });

  it('puts level and confidence first', () => {
    expect(Object.keys(report).slice(0, 2)).toEqual(['level', 'confidence']);
  });

  it('gives each indicator its status and evidence with game time, weight and log index', () => {
    const byId = new Map(report.indicators.map((i) => [i.id, i]));
    expect(byId.get('L1.helpdesk-operations')?.status).toBe('demonstrated');
    expect(byId.get('L2.triage-route')?.status).toBe('partly');
    expect(byId.get('L2.follow-process')?.status).toBe('not yet');
    expect(byId.get('L3.diagnose-propose')?.status).toBe('not assessed');
    expect(byId.get('L1.helpdesk-operations')?.evidence[0]).toEqual({
      time: '08:01',
      minute: 1,
      ticket: 'T1',
      note: 'Answered within the response target.',
      direction: 'for',
      weight: 1.45,
      logIndex: 1,
      source: 'built-in',
    });
    expect(byId.get('L2.triage-route')?.evidence[0]?.weight).toBe(1.67);
  });

  it('agrees with the cumulative rule', () => {
    expect(report.crossCheck).toEqual({
      level: 1,
      agrees: true,
      note: 'The cumulative rule agrees: Level 1.',
    });
  });

  it('names the next steps with their moments: the priority on T1 turned right gains most, as it clears its indicator', () => {
    // Before: ln(0.015497 / (0.001970 + 0.067233)) = -1.496376. T1's priority right: triage-route
    // 0.85^(5/3), 0.2^(5/3): theta 0..2 = 0.000599, 0.020428, 0.072352, gain 2.732123. T3's link
    // right: follow-process 0.85, 0.2: 0.000533, 0.018196, 0.056583, gain 2.601982.
    expect(report.nextSteps.map((s) => [s.indicator, s.gain, s.moment.time, s.moment.logIndex])).toEqual([
      ['L2.triage-route', 2.7321, '08:03', 3],
      ['L2.follow-process', 2.602, '10:00', null],
    ]);
  });

  it('counts a chatty ticket once: seven right answers on T1 do not outweigh three tickets missed', () => {
    // Per indicator 7 of 10 items are right ("demonstrated" for the cumulative rule), but T1 is
    // one unit against three: each L1 indicator has 0.5 shown and 1.5 missed (T1's fourteen items
    // share its unit), held 0.85^0.5 x 0.15^1.5 = 0.053561, not 0.2^0.5 x 0.8^1.5 = 0.32:
    // theta 0: (0.02 x 0.053561 + 0.98 x 0.32)^2 = 0.099018; theta 1: (0.9 x 0.053561 + 0.1 x 0.32)^2 = 0.006433.
    const chatty = [
      ...[1, 2, 3, 4, 5, 6, 7].flatMap((n) => [
        obs({ kind: 'acknowledged', logIndex: 10 + n }),
        obs({ kind: 'classified', logIndex: 20 + n }),
      ]),
      ...['T2', 'T3', 'T4'].flatMap((t) => [
        obs({ kind: 'acknowledged', ticketId: t, ok: false }),
        obs({ kind: 'classified', ticketId: t, ok: false }),
      ]),
    ];
    const r = assess(scenario, identifyEvidence(scenario, chatty));
    expect(r.assessableUpTo).toBe(1);
    expect(r.level).toBe(0);
    expect(r.confidence).toBe(0.939);
    expect(r.crossCheck).toEqual({
      level: 1,
      agrees: false,
      note: 'The cumulative rule (every level up to N shown by most of its assessed indicators) gives Level 1 where the model gives Level 0; read the evidence of Level 1 with care.',
    });
  });

  it('claims nothing from no evidence at all', () => {
    const r = assess(scenario, []);
    expect([r.level, r.range, r.confidence, r.claim]).toEqual([
      0,
      { from: 0, to: 0 },
      0,
      'No level assessed: this shift gave too little evidence',
    ]);
    expect(r.capReason).toBe(
      'Level 1 is not assessed: this shift gave evidence on 0 of its 2 indicators (needs 2).',
    );
  });

  it('claims a range when one level alone is less than 80 % sure', () => {
    // L1 units: T1 and T2 shown. L2 units over 3 indicators: T1 and T4 shown, T2 and T3 missed.
    const close = [
      obs({ kind: 'acknowledged', ticketId: 'T1' }),
      obs({ kind: 'classified', ticketId: 'T2' }),
      obs({ kind: 'prioritised', ticketId: 'T1' }),
      obs({ kind: 'escalated', ticketId: 'T2', ok: false }),
      obs({ kind: 'linked', ticketId: 'T3', ok: false }),
      obs({ kind: 'questioned', ticketId: 'T4' }),
    ];
    // Each indicator has one item: a shown one's factor is 0.9 x 0.85 + 0.1 x 0.2 = 0.785 at or
    // above its level, 0.02 x 0.85 + 0.98 x 0.2 = 0.213 below; a missed one's 0.215 and 0.787.
    // L1: two shown; L2: two shown, two missed. theta 0: 0.213^4 x 0.787^2 = 0.001275;
    // theta 1: 0.785^2 x 0.213^2 x 0.787^2 = 0.017316; theta 2: 0.785^4 x 0.215^2 = 0.017553.
    // P(1) = 0.4791 < 0.8, so the claim reaches to Level 2: M_1 = 0.9647.
    const r = assess(scenario, identifyEvidence(scenario, close));
    expect(r.level).toBe(1);
    expect(r.range).toEqual({ from: 1, to: 2 });
    expect(r.posterior).toEqual([0.0353, 0.4791, 0.4856]);
    expect(r.confidence).toBe(0.9647);
    expect(r.claim).toBe('Level 1 (Follow) or Level 2 (Assist), 96.4 % sure');
  });
});
