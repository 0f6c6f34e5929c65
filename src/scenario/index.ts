/**
 * Public surface of the scenario module: parse and validate a scenario file, format its errors,
 * hash it, and the SLA look-ups. Pure: no file system; the CLI reads files and passes the text.
 */
export { type Decoded, decodeScenarioBytes, firstInvalidUtf8 } from './decode.ts';
export { formatScenarioError, type ScenarioError } from './errors.ts';
export {
  acceptableCategory,
  acceptableGroup,
  type FixEffect,
  fixEffect,
  fixOutcome,
  HARMFUL_MOOD,
  WORKING_OUTCOMES,
} from './fixes.ts';
export { hashScenario } from './hash.ts';
export { normalise, priorityOf, type SlaTarget, targetFor } from './normalise.ts';
export { type ParseResult, parseScenario, SCENARIO_TEXT_LIMIT_BYTES } from './parse.ts';
export * from './schema.ts';
