/**
 * The report on a hand-made case of three tickets (defaults slip 0.15, guess 0.2). Items group by
 * ticket and level, so each ticket counts once per level:
 * - T1: answered, logged and classified right (L1), priority wrong (L2);
 * - T2: answered (L1); priority, escalation and routing right (L2: one observation counts for
 *   one indicator, so the fixture's L4 rule and hook on T2's escalation are left out here, and the
 *   escalation counts for its built-in indicator, monitoring SLAs);
 * - T3: answered (L1); its link to T2 missed (L2).
 * L1 units: 3 shown. L2 units: T1 missed, T2 shown, T3 missed, over 3 indicators (breadth met).
 * theta 0: 0.2^3 x (0.8 x 0.2 x 0.8) = 0.001024; theta 1: 0.85^3 x 0.128 = 0.078608;
 * theta 2: 0.85^3 x (0.15 x 0.85 x 0.15) = 0.011745; total 0.091377.
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
  it('infers Level 1 alone at 0.078608 / 0.091377 = 0.8603 over the levels the shift assesses (0-2)', () => {
    expect(report.level).toBe(1);
    expect(report.confidence).toBe(0.8603);
    expect(report.range).toEqual({ from: 1, to: 1 });
    expect(report.levelName).toBe('Level 1 (Follow)');
    expect(report.claim).toBe('Level 1 (Follow), 86.0 % sure');
    expect(report.assessableUpTo).toBe(2);
    expect(report.capReason).toBe(
      'Level 3 is not assessed: this scenario gives it 2 opportunities on 2 of its 9 indicators; it needs at least 3 spread over at least 3.',
    );
    expect(report.breadthRule).toBe(BREADTH_RULE);
    expect(report.posterior).toEqual([0.0112, 0.8603, 0.1285]);
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
      [1, true, true, 0.9888, 0.8603, { indicators: 2, needed: 2 }, 2, 2],
      [2, true, true, 0.1285, 0.1285, { indicators: 3, needed: 3 }, 1, 3],
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

  it('names the next steps with their moments: each missed L2 unit turned right gains the same', () => {
    // Before: ln(0.011745 / 0.079632) = -1.913976. After either flip (T1's priority or T3's
    // link): theta 0: 0.008 x 0.032, theta 1: 0.614125 x 0.032, theta 2: 0.614125 x 0.108375;
    // ln(0.066556 / 0.019908) = 1.206919. Gain 3.120895; ties go by level, then id.
    expect(report.nextSteps.map((s) => [s.indicator, s.gain, s.moment.time, s.moment.logIndex])).toEqual([
      ['L2.follow-process', 3.1209, '10:00', null],
      ['L2.triage-route', 3.1209, '08:03', 3],
    ]);
  });

  it('counts a chatty ticket once: seven right answers on T1 do not outweigh three tickets missed', () => {
    // Per indicator 7 of 10 items are right ("demonstrated" for the cumulative rule), but T1 is
    // one unit against three: theta 0: 0.2 x 0.8^3 = 0.1024; theta 1: 0.85 x 0.15^3 = 0.002869.
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
    expect(r.confidence).toBe(0.9727);
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
    // theta 0: 0.04 x 0.0256 = 0.001024; theta 1: 0.7225 x 0.0256 = 0.018496;
    // theta 2: 0.7225 x (0.85 x 0.15 x 0.15 x 0.85) = 0.011745; total 0.031265. P(1) = 0.5916 < 0.8,
    // so the claim reaches to Level 2: M_1 = 0.9672.
    const r = assess(scenario, identifyEvidence(scenario, close));
    expect(r.level).toBe(1);
    expect(r.range).toEqual({ from: 1, to: 2 });
    expect(r.posterior).toEqual([0.0328, 0.5916, 0.3757]);
    expect(r.confidence).toBe(0.9672);
    expect(r.claim).toBe('Level 1 (Follow) or Level 2 (Assist), 96.7 % sure');
  });
});
