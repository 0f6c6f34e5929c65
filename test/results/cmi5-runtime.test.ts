/**
 * The cmi5 session against a test LMS in this process that implements the parts an AU talks to:
 * the one-time fetch URL, the State API (LMS.LaunchData), the Agent Profile API
 * (cmi5LearnerPreferences) and the Statements API, rejecting statements before initialized, after
 * terminated, and a second passed or completed in a registration (cmi5 §9.3's LMS side).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/index.ts';
import { playPersona } from '../../src/personas/index.ts';
import { finishCmi5, startCmi5 } from '../../src/results/cmi5-runtime.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { ENGINE_VERSION } from '../../src/sim/index.ts';
import { reportStatements, SESSION_EXTENSION } from '../../src/xapi/index.ts';

const REGISTRATION = '760e3480-ba55-4991-94b0-01820dbd23a2';
const ACTIVITY = 'https://lms.example.org/activities/au-17';
const TOKEN = Buffer.from('au-17:session-secret').toString('base64');
const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: '1625378' } };

interface Stored {
  verb: { id: string };
  context: { registration?: string };
}
const lms = {
  fetched: 0,
  stored: [] as Stored[],
  initialized: false,
  terminated: false,
  launchData: {
    contextTemplate: {
      contextActivities: {
        grouping: [{ objectType: 'Activity', id: 'https://publisher.example.org/au/first-shift' }],
      },
      extensions: { [SESSION_EXTENSION]: 'session-1' },
    },
    launchMode: 'Normal',
    moveOn: 'Passed',
    masteryScore: 0.4,
  } as Record<string, unknown>,
};
const reply = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(body === undefined ? '' : JSON.stringify(body));
};
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  let text = '';
  req.on('data', (c: Buffer) => (text += c.toString('utf8')));
  req.on('end', () => {
    if (url.pathname === '/fetch' && req.method === 'POST') {
      lms.fetched += 1;
      return reply(
        res,
        200,
        lms.fetched === 1 ? { 'auth-token': TOKEN } : { 'error-code': '1', 'error-text': 'Already used.' },
      );
    }
    if (req.headers.authorization !== `Basic ${TOKEN}`) return reply(res, 401, { error: 'bad token' });
    if (req.headers['x-experience-api-version'] !== '1.0.3')
      return reply(res, 400, { error: 'version header' });
    if (url.pathname === '/lrs/activities/state') {
      const ok =
        url.searchParams.get('stateId') === 'LMS.LaunchData' &&
        url.searchParams.get('activityId') === ACTIVITY &&
        url.searchParams.get('registration') === REGISTRATION &&
        JSON.stringify(JSON.parse(url.searchParams.get('agent') ?? 'null')) === JSON.stringify(actor);
      return ok ? reply(res, 200, lms.launchData) : reply(res, 404, undefined);
    }
    if (url.pathname === '/lrs/agents/profile')
      return reply(res, 200, { languagePreference: 'en-GB', audioPreference: 'off' });
    if (url.pathname === '/lrs/statements' && req.method === 'GET') {
      const verb = url.searchParams.get('verb');
      const found = lms.stored.filter(
        (s) => s.verb.id === verb && s.context.registration === url.searchParams.get('registration'),
      );
      return reply(res, 200, { statements: found.slice(0, 1) });
    }
    if (url.pathname === '/lrs/statements' && req.method === 'POST') {
      const batch = JSON.parse(text) as Stored[];
      for (const s of batch) {
        const verb = s.verb.id.split('/').pop();
        if (lms.terminated) return reply(res, 403, { error: 'after terminated' });
        if (!lms.initialized && verb !== 'initialized')
          return reply(res, 403, { error: 'before initialized' });
        if ((verb === 'passed' || verb === 'completed') && lms.stored.some((x) => x.verb.id === s.verb.id))
          return reply(res, 403, { error: `second ${verb} in the registration` });
        if (verb === 'initialized') lms.initialized = true;
        if (verb === 'terminated') lms.terminated = true;
      }
      lms.stored.push(...batch);
      return reply(
        res,
        200,
        batch.map(() => 'id'),
      );
    }
    return reply(res, 404, undefined);
  });
});
let origin = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const launchQuery = () =>
  new URLSearchParams({
    endpoint: `${origin}/lrs/`,
    fetch: `${origin}/fetch`,
    actor: JSON.stringify(actor),
    registration: REGISTRATION,
    activityId: ACTIVITY,
  }).toString();

const text = readFileSync(new URL('../../scenarios/first-shift.json', import.meta.url), 'utf8');
const parsed = parseScenario(text, 'first-shift.json');
if (!parsed.ok) throw new Error('first-shift must parse');
const { scenario, hash } = parsed;
const run = playPersona(scenario, hash, { level: 2, seed: 1 });
const report = evaluate(scenario, run.state, { scenarioHash: hash, engineVersion: ENGINE_VERSION });

describe('a cmi5 session against a test LMS', () => {
  it('[8.2.1.0-2] [8.2.1.0-5] [9.3.0.0-4] fetches the token once, reads the launch data and preferences, and sends initialized', async () => {
    const started = await startCmi5(launchQuery(), '2026-12-02T09:00:00Z');
    if (!started.ok) throw new Error(started.message);
    expect(lms.fetched).toBe(1);
    expect(started.session.data.masteryScore).toBe(0.4);
    expect(started.session.preferences).toEqual({ languagePreference: 'en-GB', audioPreference: 'off' });
    expect(lms.stored.map((s) => s.verb.id.split('/').pop())).toEqual(['initialized']);

    const assessment = reportStatements(report, run.log, { actor: started.session.launch.actor });
    if (!assessment.ok) throw new Error(assessment.message);
    const done = await finishCmi5(
      started.session,
      report,
      assessment.statements,
      { endedAt: '2026-12-02T09:47:00Z', terminatedAt: '2026-12-02T09:48:00Z' },
      2,
    );
    expect(done.ok).toBe(true);
    expect(done.message).toBe(`Your result was sent to the LMS (${done.statements.length} statements).`);
    const verbs = lms.stored.map((s) => s.verb.id.split('/').pop());
    expect(verbs[0]).toBe('initialized');
    expect(verbs.slice(-3)).toEqual(['passed', 'completed', 'terminated']);
    expect(lms.stored.every((s) => s.context.registration === REGISTRATION)).toBe(true);
  });

  it('[8.2.3.0-1] says why a second launch with a used fetch URL cannot start', async () => {
    const again = await startCmi5(launchQuery(), '2026-12-02T10:00:00Z');
    expect(again).toEqual({
      ok: false,
      message: 'This cmi5 launch cannot start: the LMS refused the token (error 1: Already used.).',
    });
  });

  it('[9.3.0.0-6] [9.3.0.0-7] a new session of the same registration does not send passed or completed again', async () => {
    lms.fetched = 0;
    lms.initialized = false;
    lms.terminated = false;
    const before = lms.stored.length;
    const started = await startCmi5(launchQuery(), '2026-12-02T11:00:00Z');
    if (!started.ok) throw new Error(started.message);
    const done = await finishCmi5(
      started.session,
      report,
      [],
      { endedAt: '2026-12-02T11:30:00Z', terminatedAt: '2026-12-02T11:31:00Z' },
      2,
    );
    expect(done.ok).toBe(true);
    expect(lms.stored.slice(before).map((s) => s.verb.id.split('/').pop())).toEqual([
      'initialized',
      'terminated',
    ]);
  });

  it('says what is wrong with a launch before talking to anyone', async () => {
    expect(await startCmi5('?endpoint=x', 'now')).toEqual({
      ok: false,
      message: 'This cmi5 launch cannot start: the launch gives no endpoint URL (http or https).',
    });
  });
});
