/** xAPI: the statements of a report, and the profile that defines their vocabulary. Pure. */
export { PROFILE_DATE, xapiProfile } from './profile.ts';
export {
  nameUuid,
  reportStatements,
  type StatementOptions,
  type StatementsResult,
  type XapiAgent,
  type XapiStatement,
} from './statements.ts';
export { DEFAULT_XAPI_BASE, normaliseBase, PROFILE_VERSION, vocabulary, XAPI_VERSION } from './vocabulary.ts';
