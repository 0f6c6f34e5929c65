/** xAPI: the statements of a report, and the profile that defines their vocabulary. Pure. */

export { type BadgeOptions, type BadgeResult, levelBadge, OB_CONTEXT } from './badge.ts';
export {
  CMI5_CATEGORY,
  CMI5_VERBS,
  type Cmi5Launch,
  type Cmi5Statement,
  type CourseAu,
  closingStatements,
  courseStructure,
  initializedStatement,
  isCmi5Launch,
  isoDuration,
  type LaunchData,
  MASTERY_EXTENSION,
  MOVEON_CATEGORY,
  parseFetchAnswer,
  parseLaunch,
  parseLaunchData,
  passes,
  SESSION_EXTENSION,
  type SentBefore,
  sessionIdOf,
  sessionStatements,
  withTemplate,
  xmlEscape,
} from './cmi5.ts';
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
