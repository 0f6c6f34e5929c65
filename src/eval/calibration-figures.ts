/**
 * How this evaluator version did on the persona bots (`deskshift calibrate`, the plan in
 * src/personas/calibration.ts), quoted in every report. `deskshift calibrate --figures` prints
 * them; test/calibration/ recomputes them and fails when they differ, so they cannot go stale.
 */
import type { CalibrationSummary } from './types.ts';

export const CALIBRATION: CalibrationSummary = {
  evaluator: 3,
  plan: { seeds: 40, noise: [0.1, 0.2, 0.3], think: 0.5 },
  scenarios: [
    {
      id: 'first-shift',
      runs: 640,
      exact: 0.9109,
      withinOne: 0.9922,
      over: 0,
      claimRight: 0.9781,
      ece: 0.0045,
    },
    {
      id: 'monday-morning',
      runs: 800,
      exact: 0.94,
      withinOne: 1,
      over: 0,
      claimRight: 0.99,
      ece: 0.007,
    },
  ],
};
