/**
 * SCORM 2004 (4th edition) for older LMSs: finding the LMS's API object, reporting a shift's level
 * (the scaled score is the level over 5; passed against the LMS's passing score, else the scenario's
 * target) and one objective per assessed indicator, and the package's manifest. The API is passed in,
 * so the same code runs against an LMS in a frame and against a runtime in the tests.
 */
import { INDICATORS } from '../domain/competency.ts';
import type { Report } from '../eval/types.ts';
import { isoDuration, passes, xmlEscape } from '../xapi/cmi5.ts';

/** The SCORM 2004 run-time API an LMS exposes as `API_1484_11` (returns "true"/"false" or booleans). */
export interface Scorm2004Api {
  Initialize(parameter: ''): string | boolean;
  Terminate(parameter: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(parameter: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string | number): string;
}

interface Frame {
  API_1484_11?: Scorm2004Api;
  parent?: Frame | null;
  opener?: Frame | null;
}

/** The API in this window, its parents (at most 7 up, as the standard's search does) or its opener's. */
export function findScormApi(win: Frame): Scorm2004Api | null {
  const search = (start: Frame | null | undefined): Scorm2004Api | null => {
    let w = start;
    for (let depth = 0; w !== null && w !== undefined && depth <= 7; depth += 1) {
      if (w.API_1484_11 !== undefined) return w.API_1484_11;
      if (w.parent === w) break;
      w = w.parent;
    }
    return null;
  };
  return search(win) ?? search(win.opener);
}

const ok = (r: string | boolean): boolean => r === true || r === 'true';

/**
 * Reports a finished shift to the LMS and ends the session; the outcome in words. In browse or
 * review mode nothing is scored, only the session is ended.
 */
export function reportToScorm(
  api: Scorm2004Api,
  report: Report,
  targetLevel: number,
  times: { startedAt: string; endedAt: string },
): { ok: boolean; message: string } {
  const fail = (what: string): { ok: false; message: string } => {
    const code = api.GetLastError();
    return {
      ok: false,
      message: `The LMS refused ${what}: ${api.GetErrorString(code)} (SCORM error ${code}).`,
    };
  };
  if (!ok(api.Initialize(''))) return fail('to start the session');
  const mode = api.GetValue('cmi.mode');
  if (mode === 'normal' || mode === '') {
    const scaled = report.level / 5;
    const passing = Number.parseFloat(api.GetValue('cmi.scaled_passing_score'));
    const passed = passes(report, Number.isFinite(passing) ? passing : undefined, targetLevel);
    const values: [string, string][] = [
      ['cmi.score.scaled', String(scaled)],
      ['cmi.score.raw', String(report.level)],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '5'],
      ['cmi.success_status', passed ? 'passed' : 'failed'],
      ['cmi.completion_status', 'completed'],
      ['cmi.session_time', isoDuration(times.startedAt, times.endedAt)],
      ['cmi.exit', 'normal'],
    ];
    const byId = new Map(INDICATORS.map((i) => [i.id, i]));
    report.indicators
      .filter((i) => i.status !== 'not assessed')
      .forEach((i, n) => {
        const at = `cmi.objectives.${n}`;
        values.push(
          [`${at}.id`, i.id],
          [`${at}.description`, byId.get(i.id)?.short ?? i.short],
          [
            `${at}.success_status`,
            i.status === 'demonstrated' ? 'passed' : i.status === 'not yet' ? 'failed' : 'unknown',
          ],
          [`${at}.completion_status`, 'completed'],
          [
            `${at}.score.scaled`,
            String(i.total === 0 ? 0 : Math.round((i.shown / i.total) * 10_000) / 10_000),
          ],
        );
      });
    for (const [element, value] of values)
      if (!ok(api.SetValue(element, value))) return fail(`${element} = ${value}`);
  }
  if (!ok(api.Commit(''))) return fail('to save the result');
  if (!ok(api.Terminate(''))) return fail('to end the session');
  return { ok: true, message: `Your result was sent to the LMS: ${report.claim}.` };
}

/** A scenario the package offers: its id, title and the address the game opens it at. */
export interface PackageScenario {
  id: string;
  title: string;
  href: string;
}

/** The imsmanifest.xml of a SCORM 2004 4th edition package: one SCO per scenario, sharing the game's files. */
export function scormManifest(
  identifier: string,
  title: string,
  scenarios: readonly PackageScenario[],
  files: readonly string[],
): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${xmlEscape(identifier)}" version="1"`,
    '  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    '  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
    '  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
    '  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>2004 4th Edition</schemaversion>',
    '  </metadata>',
    '  <organizations default="deskshift">',
    '    <organization identifier="deskshift">',
    `      <title>${xmlEscape(title)}</title>`,
  ];
  scenarios.forEach((s, n) => {
    lines.push(
      `      <item identifier="item-${n + 1}" identifierref="sco-${n + 1}">`,
      `        <title>${xmlEscape(s.title)}</title>`,
      '      </item>',
    );
  });
  lines.push('    </organization>', '  </organizations>', '  <resources>');
  scenarios.forEach((s, n) => {
    lines.push(
      `    <resource identifier="sco-${n + 1}" type="webcontent" adlcp:scormType="sco" href="${xmlEscape(s.href)}">`,
      '      <dependency identifierref="game"/>',
      '    </resource>',
    );
  });
  lines.push('    <resource identifier="game" type="webcontent" adlcp:scormType="asset">');
  for (const f of files) lines.push(`      <file href="${xmlEscape(f)}"/>`);
  lines.push('    </resource>', '  </resources>', '</manifest>', '');
  return lines.join('\n');
}
