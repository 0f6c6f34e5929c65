/**
 * Coverage from the scenario alone, on the fixture whose windows are counted by hand:
 * T1 (desk, article, question, diagnostic, cause, fix): 11 windows; T2 (network, escalation,
 * hooked L4.who-to-call): 7; T3 (network, duplicate of T2): 6, as a duplicate needs linking, not
 * routing; plus one shift-wide deviation window. One observation counts for one indicator: T2's
 * escalation window counts for L4.who-to-call (its rule r1 and its hook), not for its built-in
 * L2.monitor-sla-escalate.
 */
import { describe, expect, it } from 'vitest';
import { coverage, renderCoverageText } from '../../src/eval/index.ts';
import { fixtureScenario } from './fixture.ts';

describe('coverage', () => {
  const cov = coverage(fixtureScenario());

  it('counts opportunities per level and marks levels with fewer than three as not assessable', () => {
    expect(cov.levels.map((l) => [l.level, l.opportunities, l.assessable])).toEqual([
      [1, 12, true],
      [2, 10, true],
      [3, 2, false],
      [4, 1, false],
      [5, 0, false],
    ]);
    expect(cov.assessableUpTo).toBe(2);
  });

  it('lists opportunities per indicator with the tickets that give them', () => {
    const l2 = cov.levels[1];
    expect(l2?.indicators.map((i) => [i.id, i.opportunities, i.tickets.join(',')])).toEqual([
      ['L2.monitor-report-deviations', 1, 'shift'],
      ['L2.follow-process', 1, 'T3'],
      ['L2.helpdesk-support', 3, 'T1,T1,T1'],
      ['L2.gather-information', 1, 'T1'],
      ['L2.triage-route', 4, 'T1,T2,T2,T3'],
    ]);
    expect(l2?.notAssessed).toEqual(['L2.monitor-sla-escalate', 'L2.involve-early']);
    expect(cov.levels[3]?.indicators.map((i) => i.id)).toEqual(['L4.who-to-call']);
  });

  it('warns about every level that is not assessable', () => {
    expect(cov.warnings).toEqual([
      'Level 3 is not assessable: 2 opportunities on 2 of its 9 indicators; it needs at least 3 spread over at least 3.',
      'Level 4 is not assessable: 1 opportunity on 1 of its 8 indicators; it needs at least 3 spread over at least 3.',
      'Level 5 is not assessable: 0 opportunities on 0 of its 8 indicators; it needs at least 3 spread over at least 3.',
    ]);
  });

  it('needs breadth: three opportunities on fewer than three indicators of a level do not make it assessable', () => {
    // Level 3 gets a third opportunity, on a diagnosis (an indicator it already has).
    const s = fixtureScenario();
    const t2 = s.timeline[1];
    if (t2 !== undefined) {
      t2.causes = [{ id: 'c1', text: 'Certificate expired' }];
      t2.truth.cause = 'c1';
    }
    const level3 = coverage(s).levels[2];
    expect([
      level3?.opportunities,
      level3?.indicators.length,
      level3?.indicatorsNeeded,
      level3?.assessable,
    ]).toEqual([3, 2, 3, false]);
    // Level 1 has two indicators, so two are enough there.
    expect(coverage(s).levels[0]?.indicatorsNeeded).toBe(2);
  });

  it('warns about a hook nothing can observe', () => {
    const s = fixtureScenario();
    const t3 = s.timeline[2];
    if (t3 !== undefined) t3.evidence = ['L5.sla-templates', 'L2.monitor-sla-escalate'];
    expect(coverage(s).warnings.slice(0, 2)).toEqual([
      'T3: evidence hook L5.sla-templates cannot be observed (no observation reads it; add a rule).',
      'T3: evidence hook L2.monitor-sla-escalate cannot be observed (none of escalated, held, breached can happen on this arrival; add a rule or check its truth).',
    ]);
  });

  it('renders JSON with levels first and a text form with the warnings', () => {
    expect(Object.keys(cov)).toEqual(['levels', 'assessableUpTo', 'scenario', 'warnings']);
    expect(Object.keys(cov.levels[0] ?? {}).slice(0, 3)).toEqual(['level', 'assessable', 'opportunities']);
    const text = renderCoverageText(cov);
    expect(text).toContain('Level 3 Apply: 2 opportunities on 2 indicators (needs 3), NOT assessable');
    expect(text).toContain(
      'warning: Level 3 is not assessable: 2 opportunities on 2 of its 9 indicators; it needs at least 3 spread over at least 3.',
    );
  });
});
