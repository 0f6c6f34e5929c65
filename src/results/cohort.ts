/**
 * A trainer's cohort view, the part that is pure: deskshift's xAPI statements (from an LRS, or
 * exported files) grouped into one row per learner and shift, with the level, the confidence and
 * every assessed indicator's status; filters; and CSV export that a spreadsheet cannot mistake for
 * formulas. Statements that are not deskshift's verdicts or indicators are skipped and counted.
 */
import { INDICATORS } from '../domain/competency.ts';

export interface CohortRow {
  learner: string;
  /** The verdict statement's id: one row per shift. */
  shift: string;
  scenario: string;
  timestamp: string;
  level: number;
  confidence: number;
  claim: string;
  /** Indicator id to status ("demonstrated", "partly", "not yet"); absent: not assessed. */
  indicators: Record<string, string>;
}

export interface Cohort {
  rows: CohortRow[];
  /** Statements read but not deskshift's (another course's, or damaged). */
  skipped: number;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null;

/** A learner's name as the trainer knows it: the account name, the mailbox, or the name. */
export function learnerOf(actor: unknown): string | null {
  const a = obj(actor);
  if (a === null) return null;
  const account = obj(a.account);
  if (account !== null && typeof account.name === 'string') return account.name;
  if (typeof a.mbox === 'string') return a.mbox.replace(/^mailto:/, '');
  return typeof a.name === 'string' ? a.name : null;
}

/** The last path segment of an IRI that ends with `/<marker>/<value>`. */
function after(id: string, marker: string): string | null {
  const at = id.lastIndexOf(`/${marker}/`);
  return at < 0 ? null : decodeURIComponent(id.slice(at + marker.length + 2));
}

/** Groups statements into rows: verdicts make rows, indicator statements fill them (by StatementRef). */
export function readCohort(statements: readonly unknown[]): Cohort {
  const rows = new Map<string, CohortRow>();
  const indicatorIds = new Set<string>(INDICATORS.map((i) => i.id));
  const pending: { verdict: string; indicator: string; status: string }[] = [];
  let skipped = 0;
  for (const raw of statements) {
    const s = obj(raw);
    const object = obj(s?.object);
    const objectId = typeof object?.id === 'string' ? object.id : '';
    const result = obj(s?.result);
    const extensions = obj(result?.extensions) ?? {};
    const context = obj(s?.context);
    const key = (suffix: string) => Object.keys(extensions).find((k) => k.endsWith(`/extensions/${suffix}`));
    const learner = learnerOf(s?.actor);
    if (s === null || learner === null || typeof s.id !== 'string') {
      skipped += 1;
      continue;
    }
    if (objectId.endsWith('/competency/service-management')) {
      const score = obj(result?.score);
      const confidenceKey = key('confidence');
      const claimKey = key('claim');
      const parent = (obj(context?.contextActivities)?.parent as unknown[] | undefined)?.map(obj)[0];
      const scenario = typeof parent?.id === 'string' ? (after(parent.id, 'scenarios') ?? parent.id) : '';
      if (typeof score?.raw !== 'number' || confidenceKey === undefined) {
        skipped += 1;
        continue;
      }
      rows.set(s.id, {
        learner,
        shift: s.id,
        scenario,
        timestamp: typeof s.timestamp === 'string' ? s.timestamp : '',
        level: score.raw,
        confidence: Number(extensions[confidenceKey]),
        claim: claimKey === undefined ? '' : String(extensions[claimKey]),
        indicators: {},
      });
      continue;
    }
    const indicator = after(objectId, 'indicator');
    const statusKey = key('indicator-status');
    const ref = obj(context?.statement);
    if (
      indicator === null ||
      !indicatorIds.has(indicator) ||
      statusKey === undefined ||
      typeof ref?.id !== 'string'
    ) {
      skipped += 1;
      continue;
    }
    pending.push({ verdict: ref.id, indicator, status: String(extensions[statusKey]) });
  }
  for (const p of pending) {
    const row = rows.get(p.verdict);
    if (row === undefined) skipped += 1;
    else row.indicators[p.indicator] = p.status;
  }
  const sorted = [...rows.values()].sort((a, b) =>
    a.learner < b.learner
      ? -1
      : a.learner > b.learner
        ? 1
        : a.timestamp < b.timestamp
          ? -1
          : a.timestamp > b.timestamp
            ? 1
            : 0,
  );
  return { rows: sorted, skipped };
}

export interface CohortFilter {
  /** Part of the learner's name, any case. */
  learner?: string;
  scenario?: string;
  minLevel?: number;
  /** Only each learner's latest shift. */
  latestOnly?: boolean;
}

export function filterCohort(rows: readonly CohortRow[], f: CohortFilter): CohortRow[] {
  const needle = f.learner?.trim().toLowerCase() ?? '';
  let out = rows.filter(
    (r) =>
      (needle === '' || r.learner.toLowerCase().includes(needle)) &&
      (f.scenario === undefined || f.scenario === '' || r.scenario === f.scenario) &&
      (f.minLevel === undefined || r.level >= f.minLevel),
  );
  if (f.latestOnly === true) {
    const latest = new Map<string, CohortRow>();
    for (const r of out) {
      const seen = latest.get(r.learner);
      if (seen === undefined || r.timestamp > seen.timestamp) latest.set(r.learner, r);
    }
    out = out.filter((r) => latest.get(r.learner) === r);
  }
  return out;
}

/** One CSV cell: quoted when needed, and never read as a formula (a leading = + - @ tab or CR gets a '). */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV: learner, scenario, time, level, confidence, claim, then one column per indicator. */
export function cohortCsv(rows: readonly CohortRow[]): string {
  const header = [
    'learner',
    'scenario',
    'timestamp',
    'level',
    'confidence',
    'claim',
    ...INDICATORS.map((i) => i.id),
  ];
  const lines = [header.map(csvCell).join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.learner,
        r.scenario,
        r.timestamp,
        r.level,
        r.confidence,
        r.claim,
        ...INDICATORS.map((i) => r.indicators[i.id] ?? 'not assessed'),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
