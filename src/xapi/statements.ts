/**
 * xAPI statements from a report and its shift log: one for the level verdict and one per assessed
 * indicator, never one for an indicator the shift could not assess (so nothing can read as a failure
 * that was only a missing chance). Pure: the same report, log and options always give the same
 * statements, ids included, so sending them twice is harmless (an LRS keeps the first).
 */
import { INDICATORS } from '../domain/competency.ts';
import type { Report } from '../eval/types.ts';
import { fnv1a64 } from '../scenario/hash.ts';
import type { ShiftLog } from '../sim/types.ts';
import {
  DEFAULT_XAPI_BASE,
  type LanguageMap,
  levelTitle,
  PROFILE_TYPE,
  SIMULATION_TYPE,
  type Vocabulary,
  vocabulary,
  XAPI_VERSION,
} from './vocabulary.ts';

export interface XapiAgent {
  objectType: 'Agent';
  name?: string;
  mbox?: string;
  account?: { homePage: string; name: string };
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition: { type: string; name: LanguageMap; description?: LanguageMap };
}

export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result: {
    success?: boolean;
    score: { raw: number; min: number; max: number; scaled?: number };
    extensions: Record<string, unknown>;
  };
  context: {
    registration?: string;
    statement?: { objectType: 'StatementRef'; id: string };
    contextActivities: {
      parent: XapiActivity[];
      grouping?: XapiActivity[];
      category: { objectType: 'Activity'; id: string; definition: { type: string } }[];
      other?: XapiActivity[];
    };
    extensions: Record<string, unknown>;
  };
  timestamp?: string;
  version: string;
}

export interface StatementOptions {
  /** Who played; else the log's learner id as an account on `homePage`. */
  actor?: XapiAgent;
  /** The account home page for the log's learner id (default: the base). */
  homePage?: string;
  /** The IRI base (see vocabulary.ts). */
  base?: string;
  /** When the shift was played, ISO 8601; else the log's `startedAt`. */
  timestamp?: string;
}

export type StatementsResult = { ok: true; statements: XapiStatement[] } | { ok: false; message: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A UUID derived from `name` (two chained FNV-1a 64-bit hashes), shaped as version 8 (RFC 9562's
 * vendor-specific version: the bits are ours, not random), so the same name always gives the same id.
 */
export function nameUuid(name: string): string {
  const first = fnv1a64(name);
  const hex = first + fnv1a64(`${first}|${name}`);
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function activity(id: string, type: string, name: string, description?: string): XapiActivity {
  return {
    objectType: 'Activity',
    id,
    definition: {
      type,
      name: { en: name },
      ...(description === undefined ? {} : { description: { en: description } }),
    },
  };
}

function actorOf(log: ShiftLog, options: StatementOptions, base: string): XapiAgent | string {
  if (options.actor !== undefined) return options.actor;
  if (log.learnerId === undefined)
    return 'the log names no learner: give the actor (for example --actor mailto:ann@example.org)';
  return { objectType: 'Agent', account: { homePage: options.homePage ?? base, name: log.learnerId } };
}

/** The statements of a report on a shift log. */
export function reportStatements(
  report: Report,
  log: ShiftLog,
  options: StatementOptions = {},
): StatementsResult {
  const base = options.base ?? DEFAULT_XAPI_BASE;
  const v: Vocabulary = vocabulary(base);
  const actor = actorOf(log, options, base);
  if (typeof actor === 'string') return { ok: false, message: actor };
  const timestamp = options.timestamp ?? log.startedAt;
  if (timestamp !== undefined && !ISO_TIME.test(timestamp))
    return {
      ok: false,
      message: `the timestamp "${timestamp}" is not an ISO 8601 date and time with a zone`,
    };

  const scenario = report.versions.scenario;
  // Everything that makes this assessment this one: who, which attempt, which log, which evaluator.
  const seed = [
    JSON.stringify(actor),
    log.registration ?? '',
    scenario.hash,
    fnv1a64(JSON.stringify(log.entries)),
    String(log.reachedMinute),
    String(report.versions.evaluator),
  ].join('|');
  const verdictId = nameUuid(`${seed}|verdict`);
  const scenarioActivity = activity(
    v.scenario(scenario.id),
    SIMULATION_TYPE,
    `deskshift scenario ${scenario.id} ${scenario.version}`,
  );
  const competency = activity(v.competency, v.activityTypes.competency.id, 'Service Management');
  const registration =
    log.registration !== undefined && UUID.test(log.registration) ? log.registration : null;
  const context = (
    activities: { grouping?: XapiActivity[]; other?: XapiActivity[] },
    statement: string | null,
  ): XapiStatement['context'] => ({
    ...(registration === null ? {} : { registration }),
    ...(statement === null ? {} : { statement: { objectType: 'StatementRef', id: statement } }),
    contextActivities: {
      parent: [scenarioActivity],
      ...activities,
      category: [{ objectType: 'Activity', id: v.profileVersion, definition: { type: PROFILE_TYPE } }],
    },
    extensions: {
      [v.contextExtensions.scenario.id]: { id: scenario.id, version: scenario.version, hash: scenario.hash },
      [v.contextExtensions.engineVersion.id]: report.versions.engine,
      [v.contextExtensions.evaluatorVersion.id]: report.versions.evaluator,
    },
  });
  const common = {
    actor,
    verb: { id: v.verbs.assessed.id, display: { en: v.verbs.assessed.label } },
    ...(timestamp === undefined ? {} : { timestamp }),
    version: XAPI_VERSION,
  };

  const verdict: XapiStatement = {
    id: verdictId,
    ...common,
    object: competency,
    result: {
      score: { raw: report.level, min: 0, max: 5, scaled: report.level / 5 },
      extensions: {
        [v.resultExtensions.confidence.id]: report.confidence,
        [v.resultExtensions.range.id]: report.range,
        [v.resultExtensions.assessableUpTo.id]: report.assessableUpTo,
        [v.resultExtensions.claim.id]: report.claim,
      },
    },
    context: context(
      {
        other: [
          activity(
            v.level(report.level),
            v.activityTypes.level.id,
            `Service Management, ${levelTitle(report.level)}`,
          ),
        ],
      },
      null,
    ),
  };

  const byId = new Map(INDICATORS.map((i) => [i.id, i]));
  const indicators = report.indicators
    .filter((i) => i.status !== 'not assessed')
    .map(
      (i): XapiStatement => ({
        id: nameUuid(`${seed}|${i.id}`),
        ...common,
        object: activity(
          v.indicator(i.id),
          v.activityTypes.indicator.id,
          `${i.id}: ${i.short}`,
          byId.get(i.id)?.text,
        ),
        result: {
          success: i.status === 'demonstrated',
          score: { raw: i.shown, min: 0, max: i.total },
          extensions: {
            [v.resultExtensions.status.id]: i.status,
            [v.resultExtensions.evidence.id]: i.evidence,
          },
        },
        context: context({ grouping: [competency] }, verdictId),
      }),
    );
  return { ok: true, statements: [verdict, ...indicators] };
}
