/**
 * xAPI statements of a report (issue 15): one for the level, one per assessed indicator and none for
 * an indicator the shift could not assess; valid by Learning Locker's statement validator; the same
 * log gives the same ids; every IRI a statement uses is defined in the published profile.
 */
import { readFileSync } from 'node:fs';
import validate from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/domain/competency.ts';
import { evaluate } from '../../src/eval/index.ts';
import { playPersona } from '../../src/personas/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { ENGINE_VERSION } from '../../src/sim/index.ts';
import {
  DEFAULT_XAPI_BASE,
  nameUuid,
  normaliseBase,
  reportStatements,
  type XapiStatement,
  xapiProfile,
} from '../../src/xapi/index.ts';

const text = readFileSync(new URL('../../scenarios/first-shift.json', import.meta.url), 'utf8');
const parsed = parseScenario(text, 'first-shift.json');
if (!parsed.ok) throw new Error('first-shift must parse');
const { scenario, hash } = parsed;
const run = playPersona(scenario, hash, { level: 2, seed: 1 });
const log = {
  ...run.log,
  learnerId: 'ana',
  registration: '0f3c2a8e-5b7d-4c1a-9e2f-6d4b8a1c3e5f',
  startedAt: '2026-12-02T09:00:00.000Z',
};
const report = evaluate(scenario, run.state, { scenarioHash: hash, engineVersion: ENGINE_VERSION });
const made = reportStatements(report, log);
if (!made.ok) throw new Error(made.message);
const statements: XapiStatement[] = made.statements;
const [verdict, ...indicators] = statements;
const X = `${DEFAULT_XAPI_BASE}/extensions`;

describe('reportStatements', () => {
  it('gives one statement for the level and one per assessed indicator, none for the rest', () => {
    const assessed = report.indicators.filter((i) => i.status !== 'not assessed').map((i) => i.id);
    expect(assessed.length).toBeGreaterThan(0);
    expect(assessed.length).toBeLessThan(INDICATORS.length);
    expect(statements).toHaveLength(1 + assessed.length);
    expect(indicators.map((s) => s.object.id)).toEqual(
      assessed.map((id) => `${DEFAULT_XAPI_BASE}/competency/service-management/indicator/${id}`),
    );
  });

  it('states the verdict: the level as a score of 0-5, the confidence, range, cap and claim', () => {
    expect(verdict?.object.id).toBe(`${DEFAULT_XAPI_BASE}/competency/service-management`);
    expect(verdict?.verb).toEqual({
      id: `${DEFAULT_XAPI_BASE}/verbs/assessed`,
      display: { en: 'was assessed on' },
    });
    expect(verdict?.actor).toEqual({
      objectType: 'Agent',
      account: { homePage: DEFAULT_XAPI_BASE, name: 'ana' },
    });
    expect(verdict?.result).toEqual({
      score: { raw: report.level, min: 0, max: 5, scaled: report.level / 5 },
      extensions: {
        [`${X}/confidence`]: report.confidence,
        [`${X}/level-range`]: report.range,
        [`${X}/assessable-up-to`]: report.assessableUpTo,
        [`${X}/claim`]: report.claim,
      },
    });
    expect(verdict?.context.registration).toBe(log.registration);
    expect(verdict?.timestamp).toBe('2026-12-02T09:00:00.000Z');
    expect(verdict?.context.extensions).toEqual({
      [`${X}/scenario`]: { id: 'first-shift', version: scenario.meta.version, hash },
      [`${X}/engine-version`]: ENGINE_VERSION,
      [`${X}/evaluator-version`]: report.versions.evaluator,
    });
    expect(verdict?.context.contextActivities.other?.[0]?.id).toBe(
      `${DEFAULT_XAPI_BASE}/competency/service-management/level/${report.level}`,
    );
  });

  it('gives each indicator its status, its evidence with log entries and game times, and the verdict it belongs to', () => {
    for (const s of indicators) {
      const id = s.object.id.split('/').pop();
      const own = report.indicators.find((i) => i.id === id);
      expect(s.result.success).toBe(own?.status === 'demonstrated');
      expect(s.result.score).toEqual({ raw: own?.shown, min: 0, max: own?.total });
      expect(s.result.extensions[`${X}/indicator-status`]).toBe(own?.status);
      expect(s.result.extensions[`${X}/evidence`]).toEqual(own?.evidence);
      expect(s.context.statement).toEqual({ objectType: 'StatementRef', id: verdict?.id });
    }
  });

  it('is valid xAPI by a statement validator, which does flag a broken statement', () => {
    for (const s of statements) expect(validate(s)).toEqual([]);
    const broken = { ...verdict, result: { score: { raw: 9, min: 0, max: 5 } } };
    expect(validate(broken).length).toBeGreaterThan(0);
  });

  it('gives the same ids for the same log, others for another learner or attempt, all distinct', () => {
    const again = reportStatements(report, log);
    expect(again.ok && again.statements.map((s) => s.id)).toEqual(statements.map((s) => s.id));
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    const other = reportStatements(report, { ...log, learnerId: 'bo' });
    expect(other.ok && other.statements[0]?.id).not.toBe(verdict?.id);
    const retry = reportStatements(report, { ...log, registration: 'a1b2c3d4-0000-4000-8000-000000000001' });
    expect(retry.ok && retry.statements[0]?.id).not.toBe(verdict?.id);
  });

  it('refuses a log with no learner unless an actor is given, and a timestamp that is not ISO 8601', () => {
    const { learnerId: _none, ...anonymous } = log;
    expect(reportStatements(report, anonymous)).toEqual({
      ok: false,
      message: 'the log names no learner: give the actor (for example --actor mailto:ann@example.org)',
    });
    const actor = { objectType: 'Agent' as const, mbox: 'mailto:ana@example.org' };
    const given = reportStatements(report, anonymous, { actor });
    expect(given.ok && given.statements[0]?.actor).toEqual(actor);
    expect(reportStatements(report, log, { timestamp: 'yesterday' })).toEqual({
      ok: false,
      message: 'the timestamp "yesterday" is not an ISO 8601 date and time with a zone',
    });
  });

  it('leaves out a registration that is not a UUID (xAPI requires one)', () => {
    const r = reportStatements(report, { ...log, registration: 'attempt-1' });
    expect(r.ok && r.statements.every((s) => s.context.registration === undefined)).toBe(true);
  });
});

describe('nameUuid', () => {
  it('is a version-8 RFC 9562 UUID, the same for the same name', () => {
    expect(nameUuid('a')).toBe(nameUuid('a'));
    expect(nameUuid('a')).not.toBe(nameUuid('b'));
    for (const name of ['', 'a', 'verdict', 'x'.repeat(1000)])
      expect(nameUuid(name)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('the xAPI profile', () => {
  const profile = xapiProfile() as {
    id: string;
    versions: { id: string }[];
    concepts: Record<string, unknown>[];
  };
  const defined = new Map(profile.concepts.map((c) => [c.id as string, c.type as string]));

  it('defines every verb, activity type, extension and competency activity the statements use', () => {
    for (const s of statements) {
      expect(defined.get(s.verb.id)).toBe('Verb');
      expect(defined.get(s.object.definition.type)).toBe('ActivityType');
      expect(defined.get(s.object.id)).toBe('Activity');
      for (const key of Object.keys(s.result.extensions)) expect(defined.get(key)).toBe('ResultExtension');
      for (const key of Object.keys(s.context.extensions)) expect(defined.get(key)).toBe('ContextExtension');
      expect(s.context.contextActivities.category[0]?.id).toBe(profile.versions[0]?.id);
    }
    // All 34 indicators, the competency and its levels 0-5.
    expect([...defined.values()].filter((t) => t === 'Activity')).toHaveLength(34 + 1 + 6);
  });

  it('has no empty values and names its version in every concept (xAPI Profiles 1.0)', () => {
    const empty = (v: unknown): boolean =>
      v === null ||
      v === '' ||
      (Array.isArray(v) && (v.length === 0 || v.some(empty))) ||
      (typeof v === 'object' &&
        v !== null &&
        !Array.isArray(v) &&
        (Object.keys(v).length === 0 || Object.values(v).some(empty)));
    expect(empty(profile)).toBe(false);
    for (const c of profile.concepts) expect(c.inScheme).toBe(profile.versions[0]?.id);
  });

  it('moves every IRI to another base, and refuses a base that is not an http(s) IRI', () => {
    const base = normaliseBase('https://training.example.org/deskshift/xapi/');
    expect(base).toBe('https://training.example.org/deskshift/xapi');
    const moved = JSON.stringify(xapiProfile(base ?? undefined));
    expect(moved).not.toContain(DEFAULT_XAPI_BASE);
    expect(normaliseBase('ftp://x')).toBeNull();
    expect(normaliseBase('not a url')).toBeNull();
  });
});
