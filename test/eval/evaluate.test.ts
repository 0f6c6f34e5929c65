/**
 * `evaluate` on shifts the real engine played (the fixture scenario, personas of known level):
 * KPIs with exact values, the cap on the next level, and byte-identical reports.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BREADTH_RULE,
  CONFIDENCE_MEANING,
  coverage,
  EVALUATOR_VERSION,
  evaluate,
  renderReportText,
} from '../../src/eval/index.ts';
import { playPersona } from '../../src/personas/index.ts';
import { hashScenario, parseScenario } from '../../src/scenario/index.ts';
import { createShift, ENGINE_VERSION, replay, step } from '../../src/sim/index.ts';
import { fixtureScenario } from './fixture.ts';

const scenario = fixtureScenario();
const hash = hashScenario(scenario);
const meta = { scenarioHash: hash, engineVersion: ENGINE_VERSION };

describe('evaluate', () => {
  const run = playPersona(scenario, hash, { level: 2, seed: 1 });
  const report = evaluate(scenario, run.state, meta);

  it('infers Level 2 for the Level 2 persona, at the cap the fixture can tell, short of certain on three tickets', () => {
    // Each ticket counts once per level (not five or six times), so three tickets leave room for doubt.
    expect(report.level).toBe(2);
    expect(report.confidence).toBe(0.9789);
    expect(report.range).toEqual({ from: 2, to: 2 });
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
    // No ticket met its SLA: the two abandoned calls are not compliant, though their clocks stopped.
    const l0 = evaluate(scenario, playPersona(scenario, hash, { level: 0, seed: 1 }).state, meta);
    expect(l0.level).toBe(0);
    expect(l0.claim).toBe('Not yet Level 1, 95.6 % sure');
    expect(l0.kpis).toEqual({
      tickets: 3,
      slaCompliance: 0,
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
    expect(renderReportText(report)).toContain(
      `Scenario fixture 1.0 (${hash}), engine ${ENGINE_VERSION}, evaluator ${EVALUATOR_VERSION}`,
    );
  });

  it('renders the level, the levels, the evidence and the next-step line in text', () => {
    const text = renderReportText(report);
    expect(text.split('\n').slice(0, 6)).toEqual([
      'Level: Level 2 (Assist), 97.8 % sure',
      CONFIDENCE_MEANING,
      'This shift assesses up to Level 2. Level 3 is not assessed: this scenario gives it 2 opportunities on 2 of its 9 indicators; it needs at least 3 spread over at least 3.',
      BREADTH_RULE,
      'Cross-check: The cumulative rule agrees: Level 2.',
      'Evaluator 3, calibrated on persona bots of known level on the built-in scenarios (first-shift, monday-morning), not on this one: its figures there are in `deskshift calibrate`.',
    ]);
    expect(text).toContain(
      '  Level 3 Apply       not assessed in this shift (evidence on 2 of its indicators, needs 3)',
    );
    expect(text).toContain(
      '      08:11  T2           +2.89  T2 escalated (functional) to Network at 08:11, in time.  (log #10)',
    );
    expect(text).toContain(
      'Next steps: Level 3 cannot be assessed in this shift; play a scenario that targets it.',
    );
  });
});

describe('a shift in which the trainee does nothing', () => {
  it('gives "not yet", never "not assessed", on every Level 1-2 indicator whose situation arose and can count against (monday-morning)', () => {
    const file = new URL('../../scenarios/monday-morning.json', import.meta.url);
    const parsed = parseScenario(readFileSync(file, 'utf8'), 'monday-morning.json');
    if (!parsed.ok) throw new Error('monday-morning must parse');
    const idle = createShift(parsed.scenario, 1);
    const ended = step(parsed.scenario, idle, { type: 'clock/advance', toMinute: idle.endMinute }).state;
    const r = evaluate(parsed.scenario, ended, { scenarioHash: parsed.hash, engineVersion: ENGINE_VERSION });
    expect(r.claim).toBe('Not yet Level 1, 98.9 % sure');
    const indicators = coverage(parsed.scenario)
      .levels.filter((l) => l.level <= 2)
      .flatMap((l) => l.indicators);
    // A situation that can only give credit (asking whether the change was approved) is not failed.
    const arose = indicators.filter((i) => i.creditOnly < i.opportunities).map((i) => i.id);
    const creditOnly = indicators.filter((i) => i.creditOnly === i.opportunities).map((i) => i.id);
    expect([arose.length, creditOnly]).toEqual([8, ['L2.involve-early']]);
    expect(r.indicators.filter((i) => arose.includes(i.id)).map((i) => i.status)).toEqual(
      arose.map(() => 'not yet'),
    );
    expect(r.indicators.find((i) => i.id === 'L2.involve-early')?.status).toBe('not assessed');
  });
});
