/**
 * `deskshift play --script`: the built-in scenarios' golden paths and typical wrong paths, kept in
 * test/scripts/, are pinned to the level each must get (the trainer's regression tests); a wrong
 * script is refused with its lines; `deskshift script` writes a log back as a script.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const scenario = (name: string) => join(ROOT, 'scenarios', `${name}.json`);
const script = (name: string) => join(ROOT, 'test/scripts', `${name}.jsonl`);

describe('deskshift play --script', () => {
  it.each([
    ['monday-morning', 'monday-morning.golden', 3],
    ['monday-morning', 'monday-morning.first-fix', 1],
    ['first-shift', 'first-shift.golden', 2],
    ['first-shift', 'first-shift.first-fix', 1],
    ['first-shift', 'first-shift.fast-closer', 1],
  ])('%s: %s gets Level %i', async (name, file, level) => {
    const r = await cli(
      'play',
      '--scenario',
      scenario(name),
      '--script',
      script(file),
      '--expect-level',
      String(level),
    );
    expect(r.code).toBe(0);
    expect(r.err.split('\n').at(-2)).toMatch(
      new RegExp(`: level ${level} \\(.*, \\d+\\.\\d % sure\\), as expected$`),
    );
    expect(JSON.parse(r.out)).toMatchObject({ scenarioId: name, logFormat: 2 });
  });

  it('fails (exit 1) when the level differs from the one expected', async () => {
    const r = await cli(
      'play',
      '--scenario',
      scenario('first-shift'),
      '--script',
      script('first-shift.first-fix'),
      '--expect-level',
      '2',
    );
    expect(r.code).toBe(1);
    expect(r.err.split('\n').at(-2)).toMatch(
      /first-shift\.first-fix\.jsonl: expected level 2, but the evaluator inferred level 1 \(Level 1 \(Follow\)(, | or Level 2 \(Assist\), )\d+\.\d % sure\)$/,
    );
  });

  it('refuses a wrong script with every wrong line (exit 1) and misuse with exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deskshift-script-'));
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"do":"anwser","ticket":"HC-2001"}\n{"do":"answer","ticket":"HC-9999"}\n');
    const r = await cli('play', '--scenario', scenario('first-shift'), '--script', bad);
    expect([r.code, r.out, r.err]).toEqual([
      1,
      '',
      `${bad}:1  unknown step "do": "anwser" (did you mean "answer"?)\n${bad}:2  there is no ticket "HC-9999" in the scenario\n`,
    ]);
    const both = await cli('play', '--scenario', scenario('first-shift'), '--script', bad, '--persona', '2');
    expect([both.code, both.err.split('\n')[0]]).toEqual([
      2,
      'deskshift play: give either --persona or --script, not both',
    ]);
    const level = await cli(
      'play',
      '--scenario',
      scenario('first-shift'),
      '--persona',
      '2',
      '--expect-level',
      '9',
    );
    expect([level.code, level.err.split('\n')[0]]).toEqual([
      2,
      'deskshift play: --expect-level must be a level from 0 to 5',
    ]);
  });

  it('writes a log back as a script that plays to the same log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deskshift-script-'));
    const log = join(dir, 'l2.json');
    await cli('play', '--scenario', scenario('first-shift'), '--persona', '2', '--seed', '5', '--out', log);
    const written = await cli('script', log, '--scenario', scenario('first-shift'));
    expect(written.code).toBe(0);
    expect(written.out.split('\n')[0]).toMatch(/^\{"at":"\d\d:\d\d","do":"answer","ticket":"HC-\d+"\}$/);
    const path = join(dir, 'l2.jsonl');
    writeFileSync(path, written.out);
    const again = await cli('play', '--scenario', scenario('first-shift'), '--script', path, '--seed', '5');
    const original = await cli(
      'play',
      '--scenario',
      scenario('first-shift'),
      '--persona',
      '2',
      '--seed',
      '5',
    );
    expect(again.out).toBe(original.out);
  });
});
