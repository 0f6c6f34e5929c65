/**
 * SCORM 2004 (issue 15): a shift reported to scorm-again's runtime acting as the LMS (score, success
 * and completion, one objective per assessed indicator, the session ended), the API found up the
 * frames, and the manifest.
 */
import { readFileSync } from 'node:fs';
import { Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/index.ts';
import { playPersona } from '../../src/personas/index.ts';
import { findScormApi, reportToScorm, type Scorm2004Api, scormManifest } from '../../src/results/scorm.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { ENGINE_VERSION } from '../../src/sim/index.ts';

const text = readFileSync(new URL('../../scenarios/first-shift.json', import.meta.url), 'utf8');
const parsed = parseScenario(text, 'first-shift.json');
if (!parsed.ok) throw new Error('first-shift must parse');
const { scenario, hash } = parsed;
const report = evaluate(scenario, playPersona(scenario, hash, { level: 2, seed: 1 }).state, {
  scenarioHash: hash,
  engineVersion: ENGINE_VERSION,
});
const times = { startedAt: '2026-12-02T09:00:00Z', endedAt: '2026-12-02T09:47:30Z' };
/** The runtime's data model as JSON, the parts these tests read. */
interface CmiJson {
  completion_status: string;
  success_status: string;
  session_time: string;
  score: { scaled: string };
  objectives: Record<string, { id: string; success_status: string }>;
}
const lms = (settings: Record<string, unknown> = {}) => new Scorm2004API({ logLevel: 5, ...settings });

describe('reportToScorm', () => {
  it('reports the level as the score, passed against the target, completed, an objective per assessed indicator', () => {
    const api = lms();
    const outcome = reportToScorm(api as unknown as Scorm2004Api, report, 2, times);
    expect(outcome).toEqual({ ok: true, message: `Your result was sent to the LMS: ${report.claim}.` });
    const cmi = JSON.parse(JSON.stringify((api as unknown as { cmi: unknown }).cmi)) as CmiJson;
    expect([cmi.completion_status, cmi.success_status, cmi.session_time]).toEqual([
      'completed',
      'passed',
      'PT47M30S',
    ]);
    expect(cmi.score.scaled).toBe('0.4');
    const objectives = Object.values(cmi.objectives);
    const assessed = report.indicators.filter((i) => i.status !== 'not assessed');
    expect(objectives.map((o) => o.id)).toEqual(assessed.map((i) => i.id));
    expect(objectives[0]?.success_status).toBe(assessed[0]?.status === 'demonstrated' ? 'passed' : 'failed');
    expect(api.isTerminated()).toBe(true);
  });

  it('fails against a passing score above the level, and says what the LMS refused', () => {
    const api = lms();
    (api as unknown as { cmi: { scaled_passing_score: string } }).cmi.scaled_passing_score = '0.6';
    reportToScorm(api as unknown as Scorm2004Api, report, 2, times);
    expect(
      (JSON.parse(JSON.stringify((api as unknown as { cmi: unknown }).cmi)) as CmiJson).success_status,
    ).toBe('failed');
    const again = reportToScorm(api as unknown as Scorm2004Api, report, 2, times);
    expect(again.ok).toBe(false);
    expect(again.message.startsWith('The LMS refused to start the session: ')).toBe(true);
  });

  it('finds the API in a parent frame or the opener, within seven levels', () => {
    const api = {} as Scorm2004Api;
    const top: Record<string, unknown> = { API_1484_11: api };
    top.parent = top;
    let w: Record<string, unknown> = top;
    for (let i = 0; i < 3; i += 1) w = { parent: w };
    expect(findScormApi(w)).toBe(api);
    expect(findScormApi({ parent: null, opener: top })).toBe(api);
    let deep: Record<string, unknown> = top;
    for (let i = 0; i < 9; i += 1) deep = { parent: deep };
    expect(findScormApi(deep)).toBeNull();
  });
});

describe('scormManifest', () => {
  it('lists one SCO per scenario over the shared game files, escaping text', () => {
    const xml = scormManifest(
      'deskshift-1',
      'deskshift & co',
      [{ id: 'first-shift', title: 'First <shift>', href: 'index.html#/brief/first-shift' }],
      ['index.html', 'assets/app.js'],
    );
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('<title>deskshift &amp; co</title>');
    expect(xml).toContain('<title>First &lt;shift&gt;</title>');
    expect(xml).toContain(
      '<resource identifier="sco-1" type="webcontent" adlcp:scormType="sco" href="index.html#/brief/first-shift">',
    );
    expect(xml).toContain('      <file href="assets/app.js"/>');
  });
});
