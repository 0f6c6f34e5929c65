/**
 * The report on a hand-made case: T1 answered, logged and classified right, priority wrong.
 * L1 x3 shown, L2 x1 missed. Likelihoods: theta 0: 0.2^3 x 0.8 = 0.0064; theta 1:
 * 0.9^3 x 0.8 = 0.5832; theta >= 2: 0.9^3 x 0.1 = 0.0729 each (x4 = 0.2916); total 0.8812.
 */
import { describe, expect, it } from 'vitest';
import { identifyEvidence } from '../../src/eval/evidence.ts';
import { assess } from '../../src/eval/index.ts';
import { fixtureScenario, obs } from './fixture.ts';

const scenario = fixtureScenario();
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
];
const report = assess(scenario, identifyEvidence(scenario, observations));

describe('assess', () => {
  it('infers Level 1: M_1 = 0.8748 / 0.8812, M_2 = 0.2916 / 0.8812, confidence = 0.5832 / 0.8812', () => {
    expect(report.level).toBe(1);
    expect(report.confidence).toBe(0.6618);
    expect(report.levelName).toBe('Level 1 (Follow)');
    expect(report.assessableUpTo).toBe(2);
    expect(report.posterior).toEqual([0.0073, 0.6618, 0.0827, 0.0827, 0.0827, 0.0827]);
    expect(
      report.levels.map((l) => [
        l.level,
        l.assessed,
        l.claimable,
        l.mastery,
        l.demonstrated,
        l.assessedIndicators,
      ]),
    ).toEqual([
      [1, true, true, 0.9927, 2, 2],
      [2, true, true, 0.3309, 0, 1],
      [3, false, false, 0.2482, 0, 0],
      [4, false, false, 0.1655, 0, 0],
      [5, false, false, 0.0827, 0, 0],
    ]);
  });

  it('puts level and confidence first', () => {
    expect(Object.keys(report).slice(0, 2)).toEqual(['level', 'confidence']);
  });

  it('gives each indicator its status and evidence with game time, weight and log index', () => {
    const byId = new Map(report.indicators.map((i) => [i.id, i]));
    expect(byId.get('L1.helpdesk-operations')?.status).toBe('demonstrated');
    expect(byId.get('L2.triage-route')?.status).toBe('not yet');
    expect(byId.get('L3.diagnose-propose')?.status).toBe('not assessed');
    expect(byId.get('L1.helpdesk-operations')?.evidence[0]).toEqual({
      time: '08:01',
      minute: 1,
      ticket: 'T1',
      note: 'Answered within the response target.',
      direction: 'for',
      weight: 1.5,
      logIndex: 1,
      source: 'built-in',
    });
    expect(byId.get('L2.triage-route')?.evidence[0]?.weight).toBe(2.08);
  });

  it('agrees with the cumulative rule', () => {
    expect(report.crossCheck).toEqual({
      level: 1,
      agrees: true,
      note: 'The cumulative rule agrees: Level 1.',
    });
  });

  it('names the next step with its moment: flipping the priority raises the log-odds of Level 2', () => {
    // Before: M_2 = 0.2916 / 0.8812, odds 0.2916 / 0.5896, ln = -0.704061. After (priority right):
    // theta 0: 0.0016, 1: 0.1458, >= 2: 0.6561 x4 = 2.6244; odds 2.6244 / 0.1474, ln = 2.879458.
    // Gain 3.583519.
    expect(report.nextSteps).toEqual([
      {
        indicator: 'L2.triage-route',
        level: 2,
        short: 'Initial evaluation and routing',
        gain: 3.5835,
        moment: {
          time: '08:03',
          minute: 3,
          ticket: 'T1',
          note: 'Priority set to P2; the right priority was P4.',
          logIndex: 3,
        },
      },
    ]);
  });

  it('reports a disagreement between the model and the cumulative rule', () => {
    // Both L1 indicators shown 3 times of 5: each is only "partly" (share 0.6 < 0.7), so the rule
    // gives 0, while the model, with slip 0.1 and guess 0.2, finds Level 1 likely.
    const mixed = [1, 2, 3, 4, 5].flatMap((n) => [
      obs({ kind: 'acknowledged', ok: n <= 3, logIndex: 10 + n }),
      obs({ kind: 'classified', ok: n <= 3, logIndex: 20 + n }),
    ]);
    const r = assess(scenario, identifyEvidence(scenario, mixed));
    // theta 0: 0.2^6 x 0.8^4 = 2.62e-5; theta >= 1: 0.9^6 x 0.1^4 = 5.31e-5 each -> M_1 = 0.91
    expect(r.level).toBe(1);
    expect(r.crossCheck).toEqual({
      level: 0,
      agrees: false,
      note: 'The cumulative rule (every level up to N shown by most of its assessed indicators) gives Level 0 where the model gives Level 1; read the evidence of Level 1 with care.',
    });
  });
});
