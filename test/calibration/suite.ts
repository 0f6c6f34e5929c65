/**
 * The evaluator's own test, one file per built-in scenario (so that vitest runs them in parallel):
 * the persona bots of the calibration plan (think time, three noise rates, borderline players,
 * strong players with a structured deficit) play the scenario, and the shipped evaluator must meet
 * the bar while the negative control (every level read wrong) must fail it. The figures every
 * report quotes must be these.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALIBRATION } from '../../src/eval/calibration-figures.ts';
import { coverage, EVALUATOR_VERSION } from '../../src/eval/index.ts';
import {
  CALIBRATION_PLAN,
  type CalibrationResult,
  calibrateScenario,
  calibrationMisses,
  renderCalibrationTable,
  shippedJudge,
  summarise,
  wrongMapJudge,
} from '../../src/personas/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';

/** Minutes of CPU the plan may take on one scenario on a slow CI machine. */
const TIMEOUT_MS = 10 * 60_000;

export function calibrationSuite(file: string): void {
  describe(`calibration on ${file}`, () => {
    const parsed = parseScenario(
      readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'),
      file,
    );
    if (!parsed.ok) throw new Error(`${file} does not parse: ${parsed.errors[0]?.message ?? ''}`);
    const { scenario, hash } = parsed;
    let shipped: CalibrationResult = { rows: [], ece: [] };
    let control: CalibrationResult = { rows: [], ece: [] };

    beforeAll(() => {
      const [own, wrong] = calibrateScenario(scenario, hash, CALIBRATION_PLAN, [shippedJudge, wrongMapJudge]);
      if (own === undefined || wrong === undefined) throw new Error('calibration gave no result');
      shipped = own;
      control = wrong;
    }, TIMEOUT_MS);

    it('can tell at least Level 1 (coverage)', () => {
      expect(coverage(scenario).assessableUpTo).toBeGreaterThanOrEqual(1);
    });

    it('meets the bar with the shipped evaluator', () => {
      expect(calibrationMisses(shipped), renderCalibrationTable([shipped])).toEqual([]);
    });

    it('fails the bar with the negative control, so the bar can fail', () => {
      expect(calibrationMisses(control).length, renderCalibrationTable([control])).toBeGreaterThan(0);
    });

    it('gives reports the figures it measured (src/eval/calibration-figures.ts)', () => {
      const measured = summarise([shipped]);
      expect(CALIBRATION.evaluator).toBe(EVALUATOR_VERSION);
      expect(CALIBRATION.plan).toEqual(measured.plan);
      expect(
        CALIBRATION.scenarios.find((s) => s.id === scenario.meta.id),
        `update src/eval/calibration-figures.ts with: ${JSON.stringify(measured.scenarios[0])}`,
      ).toEqual(measured.scenarios[0]);
    });
  });
}
