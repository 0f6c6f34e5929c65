/**
 * `deskshift play`: a persona's log on stdout or in a file, byte-identical for the same seed,
 * and misuse with exit 2.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/sim/index.ts';
import { cli } from './run-cli.ts';

const SCENARIO = join(dirname(fileURLToPath(import.meta.url)), '../../scenarios/monday-morning.json');

describe('deskshift play', () => {
  it('prints its help with exit 0', async () => {
    const r = await cli('play', '--help');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe(
      'Usage: deskshift play --scenario FILE (--persona N | --script S) [options]',
    );
  });

  it('writes the same log for the same persona, seed and noise', async () => {
    const a = await cli('play', '--scenario', SCENARIO, '--persona', '2', '--seed', '4', '--noise', '0.1');
    const b = await cli('play', '--scenario', SCENARIO, '--persona', '2', '--seed', '4', '--noise', '0.1');
    expect(a.code).toBe(0);
    expect(b.out).toBe(a.out);
    expect(JSON.parse(a.out)).toMatchObject({
      scenarioId: 'monday-morning',
      seed: 4,
      engineVersion: ENGINE_VERSION,
    });
  });

  it('writes the log to --out and says so on stderr', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'deskshift-play-')), 'l3.json');
    const r = await cli('play', '--scenario', SCENARIO, '--persona', '3', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const log = JSON.parse(readFileSync(out, 'utf8')) as { entries: unknown[] };
    expect(r.err).toBe(`wrote ${out}: persona L3, seed 1, ${log.entries.length} commands\n`);
  });

  it('refuses a persona outside 0-5, a bad seed or noise, and a missing scenario (exit 2)', async () => {
    const persona = await cli('play', '--scenario', SCENARIO, '--persona', '6');
    expect(persona.code).toBe(2);
    expect(persona.err.split('\n')[0]).toBe(
      'deskshift play: --persona must be a level from 0 to 5 (or give --script)',
    );
    const seed = await cli('play', '--scenario', SCENARIO, '--persona', '1', '--seed', 'x');
    expect(seed.err.split('\n')[0]).toBe('deskshift play: --seed must be an integer');
    const noise = await cli('play', '--scenario', SCENARIO, '--persona', '1', '--noise', '2');
    expect(noise.err.split('\n')[0]).toBe('deskshift play: --noise must be a probability from 0 to 1');
    const missing = await cli('play', '--persona', '1');
    expect([missing.code, missing.err.split('\n')[0]]).toEqual([
      2,
      'deskshift play: --scenario FILE is required',
    ]);
    const nofile = await cli('play', '--scenario', '/nonexistent/s.json', '--persona', '1');
    expect([nofile.code, nofile.err]).toEqual([2, '/nonexistent/s.json: no such scenario file\n']);
  });
});
