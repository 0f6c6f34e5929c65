/**
 * A cmi5 session as the page runs it, against the LMS the launch names: fetch the token once
 * (§8.2), read LMS.LaunchData (§10) and the learner's preferences (§11), send initialized when the
 * game is ready, and at the end of the shift send the closing statements (the assessment, passed or
 * failed, completed, terminated) unless an earlier session of the registration already sent them.
 * `fetch` is passed in; every failure comes back as a sentence, never as a thrown error.
 */
import type { Report } from '../eval/types.ts';
import {
  type Cmi5Launch,
  closingStatements,
  initializedStatement,
  type LaunchData,
  parseFetchAnswer,
  parseLaunch,
  parseLaunchData,
  type SentBefore,
  type SessionTimes,
} from '../xapi/cmi5.ts';
import type { XapiStatement } from '../xapi/statements.ts';
import { XAPI_VERSION } from '../xapi/vocabulary.ts';
import { postStatements } from './lrs.ts';

export interface Cmi5Session {
  launch: Cmi5Launch;
  data: LaunchData;
  /** The Authorization header value for the LRS: "Basic <auth-token>". */
  authorization: string;
  preferences: { languagePreference?: string; audioPreference?: 'on' | 'off' };
  initializedAt: string;
}

export type Started = { ok: true; session: Cmi5Session } | { ok: false; message: string };

const base = (endpoint: string) => endpoint.replace(/\/+$/, '');

async function getJson(
  url: string,
  authorization: string,
  fetchImpl: typeof fetch,
): Promise<{ status: number; body: unknown } | { status: null; message: string }> {
  try {
    const response = await fetchImpl(url, {
      headers: { Authorization: authorization, 'X-Experience-API-Version': XAPI_VERSION },
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text === '' ? null : JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: response.status, body };
  } catch (error) {
    return { status: null, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Opens the session: token, launch data, preferences, then initialized (sent at `now`). */
export async function startCmi5(
  search: string,
  now: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Started> {
  const parsed = parseLaunch(search);
  if (!parsed.ok) return { ok: false, message: `This cmi5 launch cannot start: ${parsed.message}.` };
  const launch = parsed.value;

  let token: string;
  try {
    const response = await fetchImpl(launch.fetch, { method: 'POST', signal: AbortSignal.timeout(30_000) });
    const answer = parseFetchAnswer(await response.json().catch(() => null));
    if (!answer.ok) return { ok: false, message: `This cmi5 launch cannot start: ${answer.message}.` };
    token = answer.value;
  } catch (error) {
    return {
      ok: false,
      message: `This cmi5 launch cannot start: the LMS token could not be fetched (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  const authorization = `Basic ${token}`;
  const agent = encodeURIComponent(JSON.stringify(launch.actor));
  const stateUrl = `${base(launch.endpoint)}/activities/state?stateId=LMS.LaunchData&activityId=${encodeURIComponent(launch.activityId)}&agent=${agent}&registration=${launch.registration}`;
  const state = await getJson(stateUrl, authorization, fetchImpl);
  if (state.status !== 200)
    return {
      ok: false,
      message: `This cmi5 launch cannot start: the LMS launch data could not be read (${state.status === null ? state.message : `HTTP ${state.status}`}).`,
    };
  const data = parseLaunchData(state.body);
  if (!data.ok) return { ok: false, message: `This cmi5 launch cannot start: ${data.message}.` };

  const profile = await getJson(
    `${base(launch.endpoint)}/agents/profile?profileId=cmi5LearnerPreferences&agent=${agent}`,
    authorization,
    fetchImpl,
  );
  const prefs =
    profile.status === 200 && typeof profile.body === 'object' && profile.body !== null
      ? (profile.body as Record<string, unknown>)
      : {};
  const preferences: Cmi5Session['preferences'] = {
    ...(typeof prefs.languagePreference === 'string' ? { languagePreference: prefs.languagePreference } : {}),
    ...(prefs.audioPreference === 'on' || prefs.audioPreference === 'off'
      ? { audioPreference: prefs.audioPreference }
      : {}),
  };

  const sent = await postStatements(
    launch.endpoint,
    authorization,
    [initializedStatement(launch, data.value, now)],
    fetchImpl,
  );
  if (sent.kind !== 'sent') return { ok: false, message: `This cmi5 launch cannot start: ${sent.message}.` };
  return { ok: true, session: { launch, data: data.value, authorization, preferences, initializedAt: now } };
}

/** Whether this registration already has a passed and a completed statement for the AU (§9.3). */
export async function sentBefore(session: Cmi5Session, fetchImpl: typeof fetch = fetch): Promise<SentBefore> {
  const ask = async (verb: string): Promise<boolean> => {
    const q = new URLSearchParams({
      agent: JSON.stringify(session.launch.actor),
      verb,
      activity: session.launch.activityId,
      registration: session.launch.registration,
      limit: '1',
    });
    const answer = await getJson(
      `${base(session.launch.endpoint)}/statements?${q}`,
      session.authorization,
      fetchImpl,
    );
    const statements =
      answer.status === 200 ? (answer.body as { statements?: unknown[] } | null)?.statements : undefined;
    return Array.isArray(statements) && statements.length > 0;
  };
  return {
    passed: await ask('http://adlnet.gov/expapi/verbs/passed'),
    completed: await ask('http://adlnet.gov/expapi/verbs/completed'),
  };
}

/** Closes the session after the shift: the closing statements in one batch; the outcome in words. */
export async function finishCmi5(
  session: Cmi5Session,
  report: Report,
  assessment: readonly XapiStatement[],
  times: Omit<SessionTimes, 'initializedAt'>,
  targetLevel: number,
  fetchImpl: typeof fetch = fetch,
): Promise<{ ok: boolean; message: string; statements: unknown[] }> {
  const before = await sentBefore(session, fetchImpl);
  const statements = closingStatements(
    session.launch,
    session.data,
    report,
    assessment,
    { initializedAt: session.initializedAt, ...times },
    targetLevel,
    before,
  );
  const sent = await postStatements(session.launch.endpoint, session.authorization, statements, fetchImpl);
  return sent.kind === 'sent'
    ? { ok: true, message: `Your result was sent to the LMS (${statements.length} statements).`, statements }
    : { ok: false, message: `Your result could not be sent to the LMS: ${sent.message}.`, statements };
}
