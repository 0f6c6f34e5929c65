/**
 * `deskshift coverage`: opportunities per level and indicator as text or JSON, warnings about
 * levels that cannot be told on stderr, exit 1 for an invalid scenario and 2 for misuse.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';

const SCENARIO = join(dirname(fileURLToPath(import.meta.url)), '../../scenarios/monday-morning.json');

describe('deskshift coverage', () => {
  it('prints JSON with a levels list, each with level, assessable and opportunities', async () => {
    const r = await cli('coverage', SCENARIO, '--json');
    expect(r.code).toBe(0);
    const cov = JSON.parse(r.out) as {
      levels: { level: number; assessable: boolean; opportunities: number }[];
    };
    expect(Object.keys(cov)[0]).toBe('levels');
    expect(cov.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(cov.levels.map((l) => l.assessable).slice(0, 3)).toEqual([true, true, true]);
    expect(cov.levels[4]?.assessable).toBe(false);
    expect(cov.levels[4]?.opportunities).toBe(0);
    expect(Object.keys(cov.levels[0] ?? {}).slice(0, 3)).toEqual(['level', 'assessable', 'opportunities']);
  });

  it('warns on stderr about every level that is not assessable', async () => {
    const r = await cli('coverage', SCENARIO);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('Coverage of monday-morning 1.2');
    expect(r.out).toContain('This scenario can tell levels up to 3.');
    expect(r.err).toContain(
      'warning: Level 5 is not assessable: 0 opportunities on 0 of its 8 indicators; it needs at least 3 spread over at least 3.\n',
    );
  });

  it('exits 1 on an invalid scenario and 2 on misuse', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'deskshift-coverage-')), 'broken.json');
    writeFileSync(broken, 'not json');
    const invalid = await cli('coverage', broken);
    expect(invalid.code).toBe(1);
    expect(invalid.err.startsWith(`${broken}:1:1  `)).toBe(true);
    const none = await cli('coverage');
    expect([none.code, none.err.split('\n')[0]]).toEqual([
      2,
      'deskshift coverage: give exactly one scenario FILE',
    ]);
    const help = await cli('coverage', '-h');
    expect([help.code, help.out.split('\n')[0]]).toEqual([0, 'Usage: deskshift coverage FILE [--json]']);
  });
});
