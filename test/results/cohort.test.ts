/**
 * The cohort view's data (issue 15): statements grouped into one row per learner and shift, filters,
 * CSV that a spreadsheet cannot read as formulas, and a thousand learners read quickly enough for a page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/index.ts';
import { playPersona } from '../../src/personas/index.ts';
import { cohortCsv, csvCell, filterCohort, readCohort } from '../../src/results/cohort.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { ENGINE_VERSION } from '../../src/sim/index.ts';
import { reportStatements, type XapiStatement } from '../../src/xapi/index.ts';

const text = readFileSync(new URL('../../scenarios/first-shift.json', import.meta.url), 'utf8');
const parsed = parseScenario(text, 'first-shift.json');
if (!parsed.ok) throw new Error('first-shift must parse');
const { scenario, hash } = parsed;

function shift(learner: string, level: 0 | 1 | 2 | 3, startedAt: string): XapiStatement[] {
  const run = playPersona(scenario, hash, { level, seed: 1 });
  const report = evaluate(scenario, run.state, { scenarioHash: hash, engineVersion: ENGINE_VERSION });
  const made = reportStatements(report, { ...run.log, learnerId: learner, startedAt });
  if (!made.ok) throw new Error(made.message);
  return made.statements;
}

const ana1 = shift('ana', 1, '2026-12-01T09:00:00Z');
const ana2 = shift('ana', 3, '2026-12-02T09:00:00Z');
const bo = shift('bo', 2, '2026-12-02T10:00:00Z');

describe('readCohort', () => {
  const cohort = readCohort([
    ...bo,
    ...ana2,
    { id: 'x', actor: { mbox: 'mailto:z@x' }, object: { id: 'https://other/course' } },
    ...ana1,
  ]);

  it('makes one row per learner and shift, sorted by learner then time, and counts what it skipped', () => {
    expect(cohort.rows.map((r) => [r.learner, r.scenario, r.timestamp, r.level])).toEqual([
      ['ana', 'first-shift', '2026-12-01T09:00:00Z', 1],
      ['ana', 'first-shift', '2026-12-02T09:00:00Z', 2],
      ['bo', 'first-shift', '2026-12-02T10:00:00Z', 2],
    ]);
    expect(cohort.skipped).toBe(1);
  });

  it('fills each row with the status of every indicator its shift assessed', () => {
    const row = cohort.rows[2];
    expect(Object.keys(row?.indicators ?? {})).toHaveLength(bo.length - 1);
    expect(row?.indicators['L1.helpdesk-operations']).toBe('demonstrated');
  });

  it('filters by learner, scenario, level and latest shift', () => {
    expect(filterCohort(cohort.rows, { learner: 'AN' }).map((r) => r.learner)).toEqual(['ana', 'ana']);
    expect(filterCohort(cohort.rows, { latestOnly: true }).map((r) => r.timestamp)).toEqual([
      '2026-12-02T09:00:00Z',
      '2026-12-02T10:00:00Z',
    ]);
    expect(filterCohort(cohort.rows, { minLevel: 2, scenario: 'first-shift' })).toHaveLength(2);
    expect(filterCohort(cohort.rows, { scenario: 'monday-morning' })).toHaveLength(0);
  });

  it('exports CSV with a column per indicator, "not assessed" where a shift could not tell', () => {
    const csv = cohortCsv(cohort.rows);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(5);
    expect(
      lines[0]?.startsWith('learner,scenario,timestamp,level,confidence,claim,L1.processes-concepts,'),
    ).toBe(true);
    expect(lines[1]?.split(',').slice(0, 4)).toEqual(['ana', 'first-shift', '2026-12-01T09:00:00Z', '1']);
    expect(lines[1]).toContain('not assessed');
  });

  it('never lets a cell read as a formula, and quotes commas and quotes', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('reads a thousand learners at once', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      bo.map((s) => ({
        ...s,
        id: `${s.id.slice(0, -4)}${String(i).padStart(4, '0')}`,
        actor: { objectType: 'Agent', mbox: `mailto:l${i}@x` },
      })),
    );
    // Indicator statements point at their verdict: keep the references consistent.
    for (const list of many) {
      const verdict = list[0]?.id ?? '';
      for (const s of list.slice(1))
        s.context = { ...s.context, statement: { objectType: 'StatementRef', id: verdict } };
    }
    const rows = readCohort(many.flat()).rows;
    expect(rows).toHaveLength(1000);
    expect(rows.every((r) => Object.keys(r.indicators).length === bo.length - 1)).toBe(true);
  });
});
