/**
 * Persona bots of known level (0-5) that play a scenario headlessly through the engine's public
 * commands: the evaluator's calibration. Pure: their slips come from their own seeded generator.
 */

export {
  BAR,
  CALIBRATION_PLAN,
  type CalibrationPlan,
  type CalibrationResult,
  type CalibrationRow,
  calibrateScenario,
  calibrationMisses,
  expectedCalibrationError,
  type Judge,
  PERSONA_LEVELS,
  renderCalibrationTable,
  shippedJudge,
  summarise,
  wrongMapJudge,
} from './calibration.ts';
export { DECISION_LEVELS, type Decision, type Deficit, type PersonaLevel } from './choices.ts';
export { IDLE_MINUTES, LATE_MINUTES, type PersonaOptions, type PersonaRun, playPersona } from './play.ts';
