/**
 * `evaluate` on shifts the real engine played (the fixture scenario, personas of known level):
 * KPIs with exact values, the cap on the next level, and byte-identical reports.
 */
import { describe, expect, it } from 'vitest';
import { EVALUATOR_VERSION, evaluate, renderReportText } from '../../src/eval/index.ts';
import { playPersona } from '../../src/personas/index.ts';
import { hashScenario } from '../../src/scenario/index.ts';
import { ENGINE_VERSION, replay } from '../../src/sim/index.ts';
import { fixtureScenario } from './fixture.ts';

const scenario = fixtureScenario();
const hash = hashScenario(scenario);
const meta = { scenarioHash: hash, engineVersion: ENGINE_VERSION };

describe('evaluate', () => {
  const run = playPersona(scenario, hash, { level: 2, seed: 1 });
  const report = evaluate(scenario, run.state, meta);

  it('infers Level 2 for the Level 2 persona, at the cap the fixture can tell', () => {
    expect(report.level).toBe(2);
    expect(report.confidence).toBe(1);
    expect(report.assessableUpTo).toBe(2);
    expect(report.crossCheck.agrees).toBe(true);
    // Level 3 has two opportunities in the fixture: no next step can be offered towards it.
    expect(report.nextSteps).toEqual([]);
  });

  it('reports the KPIs: T1 resolved at 4, T2 and T3 by Network at 42 -> mean (4 + 32 + 22) / 3', () => {
    expect(report.kpis).toEqual({
      tickets: 3,
      slaCompliance: 1,
      firstContactResolution: 0.3333,
      meanMinutesToRespond: 0,
      meanMinutesToResolve: 19.3,
      breaches: 0,
      reopens: 0,
      abandoned: 0,
      backlogAtEnd: 0,
      csat: 1,
      satisfactionAnswers: 3,
    });
  });

  it('counts abandoned contacts and breaches for a Level 0 shift', () => {
    // T1 and T3 hang up unanswered; T2 is answered 20 minutes late (P1: 5 minutes) and guessed
    // right to Network, which resolves it at 62: respond 20, resolve 52, one breach, one answer of 4.
    const l0 = evaluate(scenario, playPersona(scenario, hash, { level: 0, seed: 1 }).state, meta);
    expect(l0.level).toBe(0);
    expect(l0.kpis).toEqual({
      tickets: 3,
      slaCompliance: 0.6667,
      firstContactResolution: 0,
      meanMinutesToRespond: 20,
      meanMinutesToResolve: 52,
      breaches: 1,
      reopens: 0,
      abandoned: 2,
      backlogAtEnd: 0,
      csat: 1,
      satisfactionAnswers: 1,
    });
  });

  it('gives a byte-identical report for the same log, replayed or live', () => {
    const replayed = replay(scenario, hash, run.log);
    expect(replayed.ok).toBe(true);
    if (!replayed.ok) return;
    const again = evaluate(scenario, replayed.state, meta);
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
    expect(renderReportText(again)).toBe(renderReportText(report));
  });

  it('names the versions of scenario, engine and evaluator', () => {
    expect(report.versions).toEqual({
      scenario: { id: 'fixture', version: '1.0', hash },
      engine: ENGINE_VERSION,
      evaluator: EVALUATOR_VERSION,
    });
    expect(renderReportText(report)).toContain(`Scenario fixture 1.0 (${hash}), engine 3, evaluator 1`);
  });

  it('renders the level, the levels, the evidence and the next-step line in text', () => {
    const text = renderReportText(report);
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Level: Level 2 (Assist), confidence 100.0 %',
      'This shift could assess up to Level 2.',
      'Cross-check: The cumulative rule agrees: Level 2.',
    ]);
    expect(text).toContain('  Level 5 Strategise  not assessed in this scenario');
    expect(text).toContain(
      '      08:11  T2           +3.01  T2 escalated (functional) to Network at 08:11, in time.  (log #10)',
    );
    expect(text).toContain('Next steps: Level 3 cannot be shown in this scenario; play one that targets it.');
  });
});
