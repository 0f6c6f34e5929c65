/**
 * The evaluator's public surface: from a replayed shift to a level with the evidence for every
 * claim, the report's text form, and scenario coverage. Pure: no DOM, fs, clock or randomness.
 */
export { INDICATOR_IDS, INDICATORS, type Indicator, type IndicatorId } from '../domain/competency.ts';
export {
  BREADTH_RULE,
  type CoverageLevel,
  type CoverageReport,
  coverage,
  indicatorsNeeded,
  MIN_INDICATORS,
  MIN_OPPORTUNITIES,
} from './coverage.ts';
export { identifyEvidence } from './evidence.ts';
export { BUILT_IN, DEFAULT_GUESS, DEFAULT_SLIP } from './mapping.ts';
export {
  type Claim,
  claim,
  INDICATOR_GUESS,
  INDICATOR_SLIP,
  MASTERY_THRESHOLD,
  mastery,
  posterior,
  shareUnits,
  weightOfEvidence,
} from './model.ts';
export { calibrationLine, renderCoverageText, renderReportText } from './render-text.ts';
export {
  assess,
  CONFIDENCE_MEANING,
  claimText,
  EVALUATOR_VERSION,
  evaluate,
  levelName,
} from './report.ts';
export type * from './types.ts';
