/** The calibration plan, the bar, the ECE and the table on hand-made results. */
import { describe, expect, it } from 'vitest';
import {
  CALIBRATION_PLAN,
  type CalibrationResult,
  type CalibrationRow,
  calibrationMisses,
  expectedCalibrationError,
  renderCalibrationTable,
  summarise,
} from '../../src/personas/index.ts';

const row = (over: Partial<CalibrationRow>): CalibrationRow => ({
  scenario: 'fixture',
  persona: 2,
  variant: 'plain',
  expected: 2,
  seeds: 20,
  noise: 0.2,
  exact: 20,
  withinOne: 20,
  over: 0,
  claimRight: 20,
  meanConfidence: 0.9,
  histogram: [0, 0, 20, 0, 0, 0],
  runs: [],
  ...over,
});
const result = (rows: CalibrationRow[], ece = 0.05): CalibrationResult => ({
  rows,
  ece: [{ scenario: 'fixture', noise: 0.2, runs: 20, ece }],
});

describe('calibration plan', () => {
  it('plays 40 seeds at noise 0.1, 0.2 and 0.3 with think 0.5, and holds the bar at noise 0.2', () => {
    expect(CALIBRATION_PLAN).toEqual({ seeds: 40, noise: [0.1, 0.2, 0.3], think: 0.5, barNoise: 0.2 });
    expect(summarise([]).plan).toEqual({ seeds: 40, noise: [0.1, 0.2, 0.3], think: 0.5 });
  });
});

describe('expected calibration error', () => {
  it('is 0 when every bin is right as often as it is sure', () => {
    const runs = [
      ...Array.from({ length: 9 }, () => ({ confidence: 0.9, right: true })),
      { confidence: 0.9, right: false },
    ];
    expect(expectedCalibrationError(runs)).toBeCloseTo(0, 12);
  });

  it('weighs each bin by its runs: 10 runs at 1.0 all right, 10 at 0.85 half right gives 0.175', () => {
    const runs = [
      ...Array.from({ length: 10 }, () => ({ confidence: 1, right: true })),
      ...Array.from({ length: 5 }, () => ({ confidence: 0.85, right: true })),
      ...Array.from({ length: 5 }, () => ({ confidence: 0.85, right: false })),
    ];
    // Bin 9: |1 - 1| = 0; bin 8: |0.5 - 0.85| = 0.35; weighted 0.5 x 0.35.
    expect(expectedCalibrationError(runs)).toBeCloseTo(0.175, 12);
    expect(expectedCalibrationError([])).toBe(0);
  });
});

describe('calibration bar', () => {
  it('passes at 90 % exact, all within one, 5 % over and ECE 0.10', () => {
    expect(calibrationMisses(result([row({ exact: 18, over: 1 })], 0.1))).toEqual([]);
  });

  it('names every miss: 85 % exact, one run two levels off, 10 % over, ECE 0.12', () => {
    expect(calibrationMisses(result([row({ exact: 17, withinOne: 19, over: 2 })], 0.12))).toEqual([
      'fixture L2 at noise 0.2: 85.0 % exact (needs 90.0 %)',
      'fixture L2 at noise 0.2: 95.0 % within one level (needs 100.0 %)',
      'fixture L2 at noise 0.2: 10.0 % over (at most 5.0 %)',
      'fixture at noise 0.2: ECE 0.120 (at most 0.1)',
    ]);
  });

  it('holds only plain personas at the bar noise to the exact rates (variants and other rates count in the ECE)', () => {
    expect(
      calibrationMisses(result([row({ noise: 0.3, exact: 10 }), row({ variant: 'borderline', exact: 10 })])),
    ).toEqual([]);
  });

  it('prints a fixed-width table with the ECE lines', () => {
    expect(
      renderCalibrationTable([result([row({ exact: 19, over: 1, histogram: [0, 0, 19, 1, 0, 0] })])]),
    ).toBe(
      [
        'scenario  persona  variant  noise  expected  exact   within 1  over   claim right  mean conf  levels 0-5',
        'fixture   L2       plain    0.20   L2        95.0 %  100.0 %   5.0 %  100.0 %      0.900      0/0/19/1/0/0',
        'ECE fixture at noise 0.20: 0.050 over 20 runs',
        '20 seeds per row',
        '',
      ].join('\n'),
    );
  });
});
