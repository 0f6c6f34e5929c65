/**
 * cmi5, the pure parts (issue 15): the launch parameters, the fetch answer, LMS.LaunchData, one
 * session's statements and the course structure. Each test names in brackets the cmi5 requirement
 * ids (from @cmi5/requirements) it checks; the last test holds every tag to a real requirement.
 */
import { readFileSync } from 'node:fs';
import requirements from '@cmi5/requirements';
import validate from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { coverage, evaluate } from '../../src/eval/index.ts';
import { playPersona } from '../../src/personas/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { ENGINE_VERSION } from '../../src/sim/index.ts';
import {
  CMI5_CATEGORY,
  CMI5_VERBS,
  courseStructure,
  isCmi5Launch,
  isoDuration,
  type LaunchData,
  MASTERY_EXTENSION,
  MOVEON_CATEGORY,
  parseFetchAnswer,
  parseLaunch,
  parseLaunchData,
  reportStatements,
  SESSION_EXTENSION,
  sessionStatements,
  withTemplate,
  xmlEscape,
} from '../../src/xapi/index.ts';

/** The test files that tag cmi5 requirements. */
const TAGGED = [new URL(import.meta.url), new URL('../results/cmi5-runtime.test.ts', import.meta.url)].map(
  (u) => readFileSync(u, 'utf8'),
);

const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: '1625378' } };
const query = new URLSearchParams({
  endpoint: 'https://lms.example.org/lrs/',
  fetch: 'https://lms.example.org/token?k=2390289x0',
  actor: JSON.stringify(actor),
  registration: '760e3480-ba55-4991-94b0-01820dbd23a2',
  activityId: 'https://lms.example.org/activities/au-17',
}).toString();

const template = {
  contextActivities: {
    grouping: [{ objectType: 'Activity', id: 'https://deskshift.invalid/xapi/scenarios/first-shift' }],
  },
  extensions: { [SESSION_EXTENSION]: 'session-42' },
};
const launchData = (over: Record<string, unknown> = {}) => ({
  contextTemplate: template,
  launchMode: 'Normal',
  moveOn: 'Passed',
  masteryScore: 0.4,
  ...over,
});

const text = readFileSync(new URL('../../scenarios/first-shift.json', import.meta.url), 'utf8');
const parsed = parseScenario(text, 'first-shift.json');
if (!parsed.ok) throw new Error('first-shift must parse');
const { scenario, hash } = parsed;
const run = playPersona(scenario, hash, { level: 2, seed: 1 });
const report = evaluate(scenario, run.state, { scenarioHash: hash, engineVersion: ENGINE_VERSION });

function session(data: LaunchData, before = { passed: false, completed: false }) {
  const launch = parseLaunch(query);
  if (!launch.ok) throw new Error(launch.message);
  const assessment = reportStatements(report, run.log, { actor: launch.value.actor });
  if (!assessment.ok) throw new Error(assessment.message);
  return sessionStatements(
    launch.value,
    data,
    report,
    assessment.statements,
    {
      initializedAt: '2026-12-02T09:00:00Z',
      endedAt: '2026-12-02T09:47:30Z',
      terminatedAt: '2026-12-02T09:48:00Z',
    },
    2,
    before,
  );
}
const data = (over: Record<string, unknown> = {}): LaunchData => {
  const d = parseLaunchData(launchData(over));
  if (!d.ok) throw new Error(d.message);
  return d.value;
};
const verbs = (list: { verb: { id: string } }[]) => list.map((s) => s.verb.id.split('/').pop());

describe('the launch', () => {
  it('[8.1.0.0-7] [8.1.1.0-2] [8.1.2.0-3] [8.1.3.0-2] [8.1.4.0-2] [8.1.5.0-5] reads the five parameters in any order', () => {
    const reversed = new URLSearchParams([...new URLSearchParams(query).entries()].reverse()).toString();
    for (const q of [query, reversed]) {
      expect(parseLaunch(q)).toEqual({
        ok: true,
        value: {
          endpoint: 'https://lms.example.org/lrs/',
          fetch: 'https://lms.example.org/token?k=2390289x0',
          actor,
          registration: '760e3480-ba55-4991-94b0-01820dbd23a2',
          activityId: 'https://lms.example.org/activities/au-17',
        },
      });
    }
    expect(isCmi5Launch(query)).toBe(true);
    expect(isCmi5Launch('?scenario=first-shift')).toBe(false);
  });

  it('[9.2.0.0-3] refuses each missing or malformed parameter with its reason', () => {
    const without = (key: string, value?: string) => {
      const q = new URLSearchParams(query);
      if (value === undefined) q.delete(key);
      else q.set(key, value);
      const r = parseLaunch(q.toString());
      return r.ok ? 'ok' : r.message;
    };
    expect(without('endpoint')).toBe('the launch gives no endpoint URL (http or https)');
    expect(without('fetch', 'javascript:alert(1)')).toBe('the launch gives no fetch URL (http or https)');
    expect(without('actor', '{')).toBe('the launch actor is not JSON');
    expect(without('actor', '{"objectType":"Agent","mbox":"mailto:a@b.c"}')).toBe(
      'the launch actor is not an Agent with an account (homePage and name)',
    );
    expect(without('registration', 'attempt-1')).toBe('the launch registration is not a UUID');
    expect(without('activityId', 'au 17')).toBe('the launch activityId is not an IRI');
  });

  it('[8.2.1.0-4] [8.2.3.2-1] reads the token, or the LMS error in words', () => {
    expect(parseFetchAnswer({ 'auth-token': 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==' })).toEqual({
      ok: true,
      value: 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
    });
    expect(
      parseFetchAnswer({
        'error-code': '1',
        'error-text': 'The authorization token has already been returned.',
      }),
    ).toEqual({
      ok: false,
      message: 'the LMS refused the token (error 1: The authorization token has already been returned.)',
    });
    expect(parseFetchAnswer('nope')).toEqual({
      ok: false,
      message: 'the LMS answered the token request without an auth-token',
    });
  });

  it('reads LMS.LaunchData and says what is wrong with it', () => {
    expect(data().masteryScore).toBe(0.4);
    const problem = (over: Record<string, unknown>) => {
      const r = parseLaunchData(launchData(over));
      return r.ok ? 'ok' : r.message;
    };
    expect(problem({ contextTemplate: {} })).toBe('LMS.LaunchData contextTemplate has no session id');
    expect(problem({ launchMode: 'Play' })).toBe(
      'LMS.LaunchData launchMode must be one of Normal, Browse, Review',
    );
    expect(problem({ moveOn: 'Done' })).toBe(
      'LMS.LaunchData moveOn must be one of Passed, Completed, CompletedAndPassed, CompletedOrPassed, NotApplicable',
    );
    expect(problem({ masteryScore: 2 })).toBe('LMS.LaunchData masteryScore must be a number from 0 to 1');
  });
});

describe('one session', () => {
  const normal = session(data());

  it('[9.3.0.0-4] [9.3.0.0-5] [7.1.3.0-1] [9.3.2.0-2] starts with initialized, ends with terminated, the assessment between', () => {
    const names = verbs(normal);
    expect(names[0]).toBe('initialized');
    expect(names.at(-1)).toBe('terminated');
    expect(names.slice(-3)).toEqual(['passed', 'completed', 'terminated']);
    expect(names.filter((n) => n === 'assessed')).toHaveLength(normal.length - 4);
  });

  it('[9.3.4.0-2] [9.3.5.0-2] [9.5.1.0-1] passes at or above the mastery score, with the level over 5 as the scaled score', () => {
    const passed = normal.find((s) => s.verb.id === CMI5_VERBS.passed);
    expect(report.level).toBe(2);
    expect(passed?.result).toEqual({
      success: true,
      score: { scaled: 0.4, raw: 2, min: 0, max: 5 },
      duration: 'PT47M30S',
    });
    expect(passed?.context.extensions?.[MASTERY_EXTENSION as never]).toBe(0.4);
    const failed = session(data({ masteryScore: 0.6 })).find((s) => s.verb.id === CMI5_VERBS.failed);
    expect(failed?.result).toEqual({
      success: false,
      score: { scaled: 0.4, raw: 2, min: 0, max: 5 },
      duration: 'PT47M30S',
    });
  });

  it('[9.6.2.1-1] [9.6.2.2-1] [9.6.3.1-2] puts the cmi5 category on defined statements, moveon where there is success or completion, and the session id everywhere', () => {
    for (const s of normal) {
      const activities = s.context.contextActivities as Record<string, { id: string }[]>;
      const categories = (activities.category ?? []).map((c) => c.id);
      const defined = Object.values(CMI5_VERBS).includes(s.verb.id as never);
      expect(categories.includes(CMI5_CATEGORY)).toBe(defined);
      expect(categories.includes(MOVEON_CATEGORY)).toBe(
        ['passed', 'failed', 'completed'].includes(verbs([s])[0] ?? ''),
      );
      expect((s.context.extensions as Record<string, unknown>)[SESSION_EXTENSION]).toBe('session-42');
      expect(s.context.registration).toBe('760e3480-ba55-4991-94b0-01820dbd23a2');
      expect(activities.grouping?.[0]?.id).toBe('https://deskshift.invalid/xapi/scenarios/first-shift');
      expect(s.actor).toEqual(actor);
    }
  });

  it('[8.1.5.0-6] [9.1.0.0-1] [9.7.0.0-1] uses the launch activityId as the object of defined statements, UUID ids and UTC timestamps', () => {
    for (const s of normal.filter((x) => Object.values(CMI5_VERBS).includes(x.verb.id as never))) {
      expect(s.object.id).toBe('https://lms.example.org/activities/au-17');
    }
    for (const s of normal) {
      expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(s.timestamp?.endsWith('Z')).toBe(true);
    }
  });

  it('[9.5.4.1-1] [9.5.4.1-2] [9.5.4.1-3] gives durations on terminated, completed and passed', () => {
    const by = (v: string) => normal.find((s) => verbs([s])[0] === v)?.result;
    expect(by('terminated')).toEqual({ duration: 'PT48M' });
    expect(by('completed')).toEqual({ completion: true, duration: 'PT47M30S' });
    expect(isoDuration('2026-12-02T09:00:00Z', '2026-12-02T10:01:01.5Z')).toBe('PT1H1M1.5S');
  });

  it('[9.3.0.0-6] [9.3.0.0-7] [9.3.0.0-8] sends passed and completed once per registration', () => {
    expect(verbs(session(data(), { passed: true, completed: true })).slice(-1)).toEqual(['terminated']);
    expect(verbs(session(data(), { passed: true, completed: false })).slice(-2)).toEqual([
      'completed',
      'terminated',
    ]);
  });

  it('[10.2.2.0-4] sends only initialized and terminated in Browse and Review', () => {
    for (const launchMode of ['Browse', 'Review']) {
      const names = verbs(session(data({ launchMode })));
      expect(names.filter((n) => n !== 'assessed')).toEqual(['initialized', 'terminated']);
    }
  });

  it('[10.2.1.0-3] merges the context template without overwriting it', () => {
    const merged = withTemplate(
      {
        registration: 'ours',
        extensions: { [SESSION_EXTENSION]: 'ours', x: 1 },
        contextActivities: { grouping: [{ id: 'a' }] },
      },
      {
        registration: 'theirs',
        extensions: { [SESSION_EXTENSION]: 'theirs' },
        contextActivities: { grouping: [{ id: 'b' }] },
      },
    );
    expect(merged).toEqual({
      registration: 'theirs',
      extensions: { [SESSION_EXTENSION]: 'theirs', x: 1 },
      contextActivities: { grouping: [{ id: 'b' }, { id: 'a' }] },
    });
  });

  it('[4.1.0.0-1] gives statements a statement validator accepts', () => {
    for (const s of normal) expect(validate(s)).toEqual([]);
  });
});

describe('the course structure', () => {
  const xml = courseStructure(
    'https://training.example.org/courses/deskshift',
    'deskshift <shifts> & "levels"',
    [
      {
        id: 'first-shift',
        title: scenario.meta.title,
        summary: 'A & B',
        targetLevel: 2,
        indicators: coverage(scenario).levels.flatMap((l) =>
          l.indicators.filter((i) => i.opportunities > 0).map((i) => i.id),
        ),
        url: 'https://training.example.org/deskshift/?scenario=first-shift',
      },
    ],
    'https://deskshift.invalid/xapi',
  );

  it('[13.1.4.0-1] names the course, the objectives the scenario can assess, and one AU with moveOn and mastery score', () => {
    expect(xml.split('\n').slice(0, 4)).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
      '  <course id="https://training.example.org/courses/deskshift">',
      '    <title>',
    ]);
    expect(xml).toContain(
      '<langstring lang="en">deskshift &lt;shifts&gt; &amp; &quot;levels&quot;</langstring>',
    );
    expect(xml).toContain(
      '  <au id="https://deskshift.invalid/xapi/scenarios/first-shift" moveOn="Passed" masteryScore="0.4" launchMethod="OwnWindow">',
    );
    expect(xml).toContain('    <url>https://training.example.org/deskshift/?scenario=first-shift</url>');
    expect(xml).toContain(
      '<objective idref="https://deskshift.invalid/xapi/competency/service-management/indicator/L1.helpdesk-operations"/>',
    );
    // Elements in the order the XSD's sequences require: course, objectives, au(title, description, objectives, url).
    const order = ['<course ', '<objectives>', '<au ', '<objectives>', '<url>'];
    let at = -1;
    for (const tag of order) {
      const next = xml.indexOf(tag, at + 1);
      expect(next).toBeGreaterThan(at);
      at = next;
    }
  });

  it('escapes scenario text for XML', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('requirement tags', () => {
  it('name real cmi5 requirements', () => {
    const tags = [...TAGGED.join('\n').matchAll(/\[(\d+\.\d+\.\d+\.\d+-\d+)\]/g)].map((m) => m[1] ?? '');
    expect(tags.length).toBeGreaterThan(20);
    const unknown = tags.filter((t) => !(t in (requirements as Record<string, unknown>)));
    expect(unknown).toEqual([]);
  });
});
