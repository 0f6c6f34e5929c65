/**
 * cmi5 (the xAPI profile for LMS launches), the parts that are pure: reading the launch URL's
 * parameters (§8.1) and the LMS.LaunchData state document (§10), the statements an assignable unit
 * (AU) sends in one session in the order §9.3 requires (initialized first; the assessment as "cmi5
 * allowed" statements; passed or failed with the level as the score; completed; terminated last),
 * each with the LMS's context template merged in without overwriting it (§10.2.1), and the course
 * structure (cmi5.xml, §13) of a scenario. Talking to the LMS (fetch, State API) is the page's job.
 */
import { INDICATORS } from '../domain/competency.ts';
import type { Report } from '../eval/types.ts';
import { nameUuid, type XapiAgent, type XapiStatement } from './statements.ts';
import { XAPI_VERSION } from './vocabulary.ts';

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

export const CMI5_VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export type Cmi5Verb = keyof typeof CMI5_VERBS;

/** The launch URL's parameters (§8.1). */
export interface Cmi5Launch {
  endpoint: string;
  fetch: string;
  actor: XapiAgent & { account: { homePage: string; name: string } };
  registration: string;
  activityId: string;
}

export type LaunchMode = 'Normal' | 'Browse' | 'Review';
export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

/** The LMS.LaunchData state document (§10.2), the parts an AU reads. */
export interface LaunchData {
  contextTemplate: Record<string, unknown>;
  launchMode: LaunchMode;
  moveOn: MoveOn;
  masteryScore?: number;
  returnURL?: string;
  launchParameters?: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function absoluteUrl(text: string | null): boolean {
  if (text === null) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Is this a cmi5 launch at all: does the query carry any of its five parameters? */
export function isCmi5Launch(search: string): boolean {
  const q = new URLSearchParams(search);
  return ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].some((k) => q.has(k));
}

/** The launch parameters from a query string, each checked; the first problem in words. */
export function parseLaunch(search: string): Parsed<Cmi5Launch> {
  const q = new URLSearchParams(search);
  const endpoint = q.get('endpoint');
  const fetch = q.get('fetch');
  if (!absoluteUrl(endpoint))
    return { ok: false, message: 'the launch gives no endpoint URL (http or https)' };
  if (!absoluteUrl(fetch)) return { ok: false, message: 'the launch gives no fetch URL (http or https)' };
  let actor: unknown;
  try {
    actor = JSON.parse(q.get('actor') ?? '');
  } catch {
    return { ok: false, message: 'the launch actor is not JSON' };
  }
  const account = isObject(actor) ? actor.account : undefined;
  if (
    !isObject(actor) ||
    (actor.objectType !== undefined && actor.objectType !== 'Agent') ||
    !isObject(account) ||
    typeof account.homePage !== 'string' ||
    typeof account.name !== 'string' ||
    account.name === ''
  )
    return { ok: false, message: 'the launch actor is not an Agent with an account (homePage and name)' };
  const registration = q.get('registration') ?? '';
  if (!UUID.test(registration)) return { ok: false, message: 'the launch registration is not a UUID' };
  const activityId = q.get('activityId') ?? '';
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(activityId))
    return { ok: false, message: 'the launch activityId is not an IRI' };
  return {
    ok: true,
    value: {
      endpoint: endpoint ?? '',
      fetch: fetch ?? '',
      actor: {
        objectType: 'Agent',
        ...(typeof actor.name === 'string' ? { name: actor.name } : {}),
        account: { homePage: account.homePage, name: account.name },
      },
      registration,
      activityId,
    },
  };
}

/** The fetch URL's answer (§8.2): the token, or the LMS's error in words. */
export function parseFetchAnswer(body: unknown): Parsed<string> {
  if (isObject(body) && typeof body['auth-token'] === 'string' && body['auth-token'] !== '')
    return { ok: true, value: body['auth-token'] };
  if (isObject(body) && body['error-code'] !== undefined)
    return {
      ok: false,
      message: `the LMS refused the token (error ${String(body['error-code'])}${typeof body['error-text'] === 'string' ? `: ${body['error-text']}` : ''})`,
    };
  return { ok: false, message: 'the LMS answered the token request without an auth-token' };
}

const LAUNCH_MODES: readonly LaunchMode[] = ['Normal', 'Browse', 'Review'];
const MOVE_ONS: readonly MoveOn[] = [
  'Passed',
  'Completed',
  'CompletedAndPassed',
  'CompletedOrPassed',
  'NotApplicable',
];

/** The LMS.LaunchData document, checked (§10.2): a context template with a session id, a launch mode, a moveOn. */
export function parseLaunchData(doc: unknown): Parsed<LaunchData> {
  if (!isObject(doc)) return { ok: false, message: 'LMS.LaunchData is not a JSON object' };
  const template = doc.contextTemplate;
  if (!isObject(template)) return { ok: false, message: 'LMS.LaunchData has no contextTemplate' };
  const extensions = template.extensions;
  if (!isObject(extensions) || typeof extensions[SESSION_EXTENSION] !== 'string')
    return { ok: false, message: 'LMS.LaunchData contextTemplate has no session id' };
  if (!LAUNCH_MODES.includes(doc.launchMode as LaunchMode))
    return { ok: false, message: `LMS.LaunchData launchMode must be one of ${LAUNCH_MODES.join(', ')}` };
  if (!MOVE_ONS.includes(doc.moveOn as MoveOn))
    return { ok: false, message: `LMS.LaunchData moveOn must be one of ${MOVE_ONS.join(', ')}` };
  const mastery = doc.masteryScore;
  if (mastery !== undefined && (typeof mastery !== 'number' || !(mastery >= 0 && mastery <= 1)))
    return { ok: false, message: 'LMS.LaunchData masteryScore must be a number from 0 to 1' };
  return {
    ok: true,
    value: {
      contextTemplate: template,
      launchMode: doc.launchMode as LaunchMode,
      moveOn: doc.moveOn as MoveOn,
      ...(typeof mastery === 'number' ? { masteryScore: mastery } : {}),
      ...(typeof doc.returnURL === 'string' ? { returnURL: doc.returnURL } : {}),
      ...(typeof doc.launchParameters === 'string' ? { launchParameters: doc.launchParameters } : {}),
    },
  };
}

/** The session id the LMS gave in the context template. */
export function sessionIdOf(data: LaunchData): string {
  const extensions = data.contextTemplate.extensions as Record<string, unknown>;
  return String(extensions[SESSION_EXTENSION]);
}

/** ISO 8601 duration between two ISO 8601 times ("PT1H2M3.5S"); PT0S when `to` is not after `from`. */
export function isoDuration(from: string, to: string): string {
  const ms = Math.max(0, Date.parse(to) - Date.parse(from));
  if (!Number.isFinite(ms) || ms === 0) return 'PT0S';
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  const seconds = (ms % 60_000) / 1000;
  return `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${seconds > 0 ? `${seconds}S` : ''}`;
}

/**
 * `context` with the LMS's template merged in: the template's values are kept as given (§10.2.1:
 * an AU may add to the context but never overwrite it); activity lists are joined, template first.
 */
export function withTemplate(
  context: Record<string, unknown>,
  template: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...context, ...template };
  const ours = isObject(context.contextActivities) ? context.contextActivities : {};
  const theirs = isObject(template.contextActivities) ? template.contextActivities : {};
  const lists: Record<string, unknown> = { ...ours };
  for (const [key, value] of Object.entries(theirs)) {
    const given = Array.isArray(value) ? value : [value];
    const own = Array.isArray(ours[key]) ? (ours[key] as unknown[]) : [];
    const ids = new Set(given.map((a) => (isObject(a) ? a.id : undefined)));
    lists[key] = [...given, ...own.filter((a) => !(isObject(a) && ids.has(a.id)))];
  }
  merged.contextActivities = lists;
  merged.extensions = {
    ...(isObject(context.extensions) ? context.extensions : {}),
    ...(isObject(template.extensions) ? template.extensions : {}),
  };
  return merged;
}

/** Whether the level passes: scaled score level / 5 against the mastery score, or the scenario's target. */
export function passes(report: Report, masteryScore: number | undefined, targetLevel: number): boolean {
  return masteryScore !== undefined ? report.level / 5 >= masteryScore : report.level >= targetLevel;
}

export interface SessionTimes {
  /** When the AU was ready (the initialized statement), ISO 8601 UTC. */
  initializedAt: string;
  /** When the shift ended (passed or failed, completed), ISO 8601 UTC. */
  endedAt: string;
  /** When the session ended (terminated), ISO 8601 UTC. */
  terminatedAt: string;
}

export type Cmi5Statement = Omit<XapiStatement, 'object' | 'result' | 'context'> & {
  object: { objectType: 'Activity'; id: string };
  result?: Record<string, unknown>;
  context: Record<string, unknown>;
};

/** What earlier sessions of the same registration already sent (§9.3: once per registration). */
export interface SentBefore {
  passed: boolean;
  completed: boolean;
}

/** A cmi5 defined statement about the AU: the launch's actor and activity, the template merged. */
function definedStatement(
  launch: Cmi5Launch,
  data: LaunchData,
  verb: Cmi5Verb,
  timestamp: string,
  result: Record<string, unknown> | null,
): Cmi5Statement {
  const moveOn = verb === 'passed' || verb === 'failed' || verb === 'completed';
  const categories = [
    { objectType: 'Activity', id: CMI5_CATEGORY },
    ...(moveOn ? [{ objectType: 'Activity', id: MOVEON_CATEGORY }] : []),
  ];
  const mastery =
    (verb === 'passed' || verb === 'failed') && data.masteryScore !== undefined
      ? { [MASTERY_EXTENSION]: data.masteryScore }
      : {};
  return {
    id: nameUuid(`${launch.registration}|${sessionIdOf(data)}|${verb}`),
    actor: launch.actor,
    verb: { id: CMI5_VERBS[verb], display: { en: verb } },
    object: { objectType: 'Activity', id: launch.activityId },
    ...(result === null ? {} : { result }),
    context: withTemplate(
      { registration: launch.registration, contextActivities: { category: categories }, extensions: mastery },
      data.contextTemplate,
    ),
    timestamp,
    version: XAPI_VERSION,
  };
}

/** The statement that opens a session, sent once the game is ready (§9.3.2). */
export function initializedStatement(launch: Cmi5Launch, data: LaunchData, at: string): Cmi5Statement {
  return definedStatement(launch, data, 'initialized', at, null);
}

/**
 * The statements that close a session, in order: the assessment (`assessment`, cmi5 allowed: the
 * template merged, no cmi5 category); in Normal mode, passed or failed (the level over 5 as the
 * scaled score) unless this registration already passed, and completed unless it already
 * completed; terminated last. Browse and Review send the assessment and terminated only.
 */
export function closingStatements(
  launch: Cmi5Launch,
  data: LaunchData,
  report: Report,
  assessment: readonly XapiStatement[],
  times: SessionTimes,
  targetLevel: number,
  before: SentBefore = { passed: false, completed: false },
): Cmi5Statement[] {
  const duration = isoDuration(times.initializedAt, times.endedAt);
  const out: Cmi5Statement[] = assessment.map((s) => ({
    ...s,
    actor: launch.actor,
    timestamp: times.endedAt,
    context: withTemplate({ ...s.context, registration: launch.registration }, data.contextTemplate),
  }));
  if (data.launchMode === 'Normal') {
    const pass = passes(report, data.masteryScore, targetLevel);
    const score = { scaled: report.level / 5, raw: report.level, min: 0, max: 5 };
    if (!before.passed)
      out.push(
        definedStatement(launch, data, pass ? 'passed' : 'failed', times.endedAt, {
          success: pass,
          score,
          duration,
        }),
      );
    if (!before.completed)
      out.push(definedStatement(launch, data, 'completed', times.endedAt, { completion: true, duration }));
  }
  out.push(
    definedStatement(launch, data, 'terminated', times.terminatedAt, {
      duration: isoDuration(times.initializedAt, times.terminatedAt),
    }),
  );
  return out;
}

/** One whole session's statements: initialized, then the closing ones. */
export function sessionStatements(
  launch: Cmi5Launch,
  data: LaunchData,
  report: Report,
  assessment: readonly XapiStatement[],
  times: SessionTimes,
  targetLevel: number,
  before: SentBefore = { passed: false, completed: false },
): Cmi5Statement[] {
  return [
    initializedStatement(launch, data, times.initializedAt),
    ...closingStatements(launch, data, report, assessment, times, targetLevel, before),
  ];
}

/** XML text and attribute escaping for scenario text, which is untrusted. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface CourseAu {
  /** The scenario's id, title and summary, and its lowest target level (the mastery score is that over 5). */
  id: string;
  title: string;
  summary: string;
  targetLevel: number;
  /** The indicators it can assess (coverage), referenced as the AU's objectives. */
  indicators: readonly string[];
  /** Where the game opens this scenario (absolute, or relative to the course package). */
  url: string;
}

/**
 * A cmi5 course structure (cmi5.xml, §13.1): the course, the competency's indicators as objectives,
 * and one AU per scenario with moveOn "Passed" and its mastery score.
 */
export function courseStructure(
  courseId: string,
  title: string,
  aus: readonly CourseAu[],
  base: string,
): string {
  const lang = (text: string, indent: string) =>
    `${indent}<langstring lang="en">${xmlEscape(text)}</langstring>`;
  const used = new Set(aus.flatMap((a) => a.indicators));
  const objectives = INDICATORS.filter((i) => used.has(i.id));
  const objectiveId = (id: string) => `${base}/competency/service-management/indicator/${id}`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
    `  <course id="${xmlEscape(courseId)}">`,
    '    <title>',
    lang(title, '      '),
    '    </title>',
    '    <description>',
    lang(
      'Simulated IT service-desk shifts that infer the Service Management level (1-5) you demonstrate, with the evidence for every claim.',
      '      ',
    ),
    '    </description>',
    '  </course>',
  ];
  if (objectives.length > 0) {
    lines.push('  <objectives>');
    for (const o of objectives) {
      lines.push(
        `    <objective id="${xmlEscape(objectiveId(o.id))}">`,
        '      <title>',
        lang(`${o.id}: ${o.short}`, '        '),
        '      </title>',
        '      <description>',
        lang(o.text, '        '),
        '      </description>',
        '    </objective>',
      );
    }
    lines.push('  </objectives>');
  }
  for (const au of aus) {
    const mastery = Math.min(1, Math.max(0, au.targetLevel / 5));
    lines.push(
      `  <au id="${xmlEscape(`${base}/scenarios/${encodeURIComponent(au.id)}`)}" moveOn="Passed" masteryScore="${Math.round(mastery * 10_000) / 10_000}" launchMethod="OwnWindow">`,
      '    <title>',
      lang(au.title, '      '),
      '    </title>',
      '    <description>',
      lang(au.summary === '' ? au.title : au.summary, '      '),
      '    </description>',
    );
    if (au.indicators.length > 0) {
      lines.push('    <objectives>');
      for (const id of au.indicators) lines.push(`      <objective idref="${xmlEscape(objectiveId(id))}"/>`);
      lines.push('    </objectives>');
    }
    lines.push(`    <url>${xmlEscape(au.url)}</url>`, '  </au>');
  }
  lines.push('</courseStructure>', '');
  return lines.join('\n');
}
