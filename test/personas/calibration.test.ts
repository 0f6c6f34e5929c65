/** The calibration bar and table on hand-made rows. */
import { describe, expect, it } from 'vitest';
import { type CalibrationRow, calibrationPasses, renderCalibrationTable } from '../../src/personas/index.ts';

const row = (over: Partial<CalibrationRow>): CalibrationRow => ({
  scenario: 'fixture',
  persona: 2,
  expected: 2,
  clean: 2,
  seeds: 50,
  noise: 0.1,
  exact: 50,
  withinOne: 50,
  over: 0,
  histogram: [0, 0, 50, 0, 0, 0],
  ...over,
});

describe('calibration bar', () => {
  it('passes at 90 % exact, all within one and 5 % over', () => {
    expect(calibrationPasses([row({ exact: 45, over: 2 })])).toBe(true);
  });

  it('fails on a wrong clean run, 44 exact of 50, one run two levels off, or 3 over', () => {
    expect(calibrationPasses([row({ clean: 3 })])).toBe(false);
    expect(calibrationPasses([row({ exact: 44 })])).toBe(false);
    expect(calibrationPasses([row({ withinOne: 49 })])).toBe(false);
    expect(calibrationPasses([row({ over: 3 })])).toBe(false);
  });

  it('prints a fixed-width table with the noise in its footer', () => {
    expect(renderCalibrationTable([row({ exact: 47, over: 1, histogram: [0, 2, 47, 1, 0, 0] })])).toBe(
      [
        'scenario  persona  expected  clean  exact   within 1  over   levels 0-5',
        'fixture   L2       L2        L2     94.0 %  100.0 %   2.0 %  0/2/47/1/0/0',
        'noisy runs: 50 seeds at 10 % slips',
        '',
      ].join('\n'),
    );
  });
});
