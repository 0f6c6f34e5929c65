/**
 * `deskshift evaluate`: a persona's log evaluated as JSON (level and confidence first) and text;
 * refused logs and invalid scenarios exit 1 with a message, misuse exits 2, never a stack trace.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';

const SCENARIO = join(dirname(fileURLToPath(import.meta.url)), '../../scenarios/monday-morning.json');
const dir = mkdtempSync(join(tmpdir(), 'deskshift-evaluate-'));
const LOG = join(dir, 'l2.json');

beforeAll(async () => {
  expect((await cli('play', '--scenario', SCENARIO, '--persona', '2', '--out', LOG)).code).toBe(0);
});

describe('deskshift evaluate', () => {
  it('prints JSON with level and confidence first', async () => {
    const r = await cli('evaluate', LOG, '--scenario', SCENARIO, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(report).slice(0, 2)).toEqual(['level', 'confidence']);
    expect(report.level).toBe(2);
    expect(report.confidence).toBe(0.9987);
  });

  it('gives a byte-identical report for the same log', async () => {
    const a = await cli('evaluate', LOG, '--scenario', SCENARIO, '--json');
    const b = await cli('evaluate', LOG, '--scenario', SCENARIO, '--json');
    expect(b.out).toBe(a.out);
  });

  it('prints a readable report', async () => {
    const r = await cli('evaluate', LOG, '--scenario', SCENARIO);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('Level: Level 2 (Assist), 99.8 % sure');
    expect(r.out).toContain('Shift KPIs');
    expect(r.out).toContain('Next steps towards Level 3');
  });

  it('refuses a log made for another version of the scenario (exit 1)', async () => {
    const log = JSON.parse(readFileSync(LOG, 'utf8')) as { scenarioHash: string };
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ ...log, scenarioHash: 'feedfacefeedface' }));
    const r = await cli('evaluate', other, '--scenario', SCENARIO);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^.*other\.json: This shift was played on another version of the scenario "Monday Morning at Calder Valley Homes" \(log feedfacefeed, file [0-9a-f]{12}\), so its moves would not replay the same shift; replay it against the scenario file it was played on\.\n$/,
    );
  });

  it('refuses a log that is not JSON or not a log (exit 1)', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"entries": [');
    const r = await cli('evaluate', bad, '--scenario', SCENARIO);
    expect(r.code).toBe(1);
    expect(r.err.startsWith(`${bad}: the log is not valid JSON (`)).toBe(true);
    writeFileSync(bad, '[]');
    const notLog = await cli('evaluate', bad, '--scenario', SCENARIO);
    expect([notLog.code, notLog.err]).toEqual([
      1,
      `${bad}: This is not a shift log: it is not a JSON object.\n`,
    ]);
  });

  it('reports an invalid scenario with located errors (exit 1)', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "formatVersion": 2\n}\n');
    const r = await cli('evaluate', LOG, '--scenario', broken);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+  `));
    expect(r.err.trimEnd().split('\n').at(-1)).toMatch(/: not a valid scenario \(\d+ errors?\)$/);
  });

  it('treats missing arguments and unknown options as misuse (exit 2)', async () => {
    const none = await cli('evaluate', '--scenario', SCENARIO);
    expect([none.code, none.err.split('\n')[0]]).toEqual([
      2,
      'deskshift evaluate: give exactly one LOG file',
    ]);
    const noScenario = await cli('evaluate', LOG);
    expect(noScenario.err.split('\n')[0]).toBe('deskshift evaluate: --scenario FILE is required');
    const unknown = await cli('evaluate', LOG, '--scenario', SCENARIO, '--bogus');
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n')[0]).toContain("Unknown option '--bogus'");
    const help = await cli('evaluate', '--help');
    expect([help.code, help.out.split('\n')[0]]).toEqual([
      0,
      'Usage: deskshift evaluate LOG --scenario FILE [--json]',
    ]);
  });
});
