/** `deskshift check` through `runCheck` with a collecting Io: exit codes and exact output. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.ts';
import { runCli } from './run-cli.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES);

const check = (...args: string[]) => runCli(args, runCheck);

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deskshift-check-'));
  mkdirSync(join(dir, 'good'));
  copyFileSync(fixture('valid/minimal.json'), join(dir, 'good', 'minimal.json'));
  writeFileSync(join(dir, 'good', 'scenario.schema.json'), '{ "not": "a scenario" }');
  writeFileSync(join(dir, 'good', 'notes.txt'), 'not json');
  mkdirSync(join(dir, 'mixed'));
  copyFileSync(fixture('valid/minimal.json'), join(dir, 'mixed', 'a.json'));
  copyFileSync(fixture('invalid/after-shift.json'), join(dir, 'mixed', 'b.json'));
  copyFileSync(fixture('invalid/unknown-group.json'), join(dir, 'mixed', 'c.json'));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'huge.json'), `{"pad": "${' '.repeat(1024 * 1024)}"}`);
  writeFileSync(join(dir, 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('deskshift check', () => {
  it('exits 0 on a folder of valid scenarios, skipping the schema and other files', async () => {
    expect(await check(join(dir, 'good'))).toEqual({ code: 0, out: '1 file checked: 1 valid\n', err: '' });
  });

  it('prints every problem as FILE:LINE:COL, then a summary, and exits 1', async () => {
    const folder = join(dir, 'mixed');
    expect(await check(`${folder}/`)).toEqual({
      code: 1,
      out: [
        `${folder}/b.json:129:13  at 60 is at or after the end of the shift (60 minutes) (at timeline[1].at)`,
        `${folder}/b.json:157:13  at "09:05" is outside the shift, which runs from 08:00 to 09:00 (at timeline[2].at)`,
        `${folder}/c.json:140:18  group "mesaging" is not a resolver group (did you mean "messaging"?) (at timeline[1].truth.group)`,
        '3 files checked: 1 valid, 2 with 3 errors',
        '',
      ].join('\n'),
      err: '',
    });
  });

  it('takes files and folders together, files as typed', async () => {
    const file = join(dir, 'mixed', 'c.json');
    const r = await check(join(dir, 'good'), file);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      `${file}:140:18  group "mesaging" is not a resolver group (did you mean "messaging"?) (at timeline[1].truth.group)`,
      '2 files checked: 1 valid, 1 with 1 error',
      '',
    ]);
  });

  it('refuses a file over the size limit and a file that is not UTF-8', async () => {
    const huge = join(dir, 'huge.json');
    const latin1 = join(dir, 'latin1.json');
    expect(await check(huge, latin1)).toEqual({
      code: 1,
      out: [
        `${huge}:1:1  The file is larger than the limit of 1048576 bytes (1 MiB)`,
        `${latin1}:1:3  The file is not valid UTF-8 text: the byte 0xE9 at byte offset 2 does not begin a well-formed character; save the file as UTF-8`,
        '2 files checked: 0 valid, 2 with 2 errors',
        '',
      ].join('\n'),
      err: '',
    });
  });

  it('prints JSON with --json', async () => {
    const file = join(dir, 'mixed', 'c.json');
    const r = await check('--json', file);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      files: [
        {
          file,
          valid: false,
          errors: [
            {
              file,
              line: 140,
              column: 18,
              path: 'timeline[1].truth.group',
              message: 'group "mesaging" is not a resolver group (did you mean "messaging"?)',
            },
          ],
        },
      ],
      summary: { files: 1, valid: 0, invalid: 1, errors: 1, text: '1 file checked: 0 valid, 1 with 1 error' },
    });
  });

  it('prints its usage with --help and exits 0', async () => {
    const r = await check('--help');
    expect(r.code).toBe(0);
    expect(r.out.startsWith('Usage: deskshift check [--json] FILE-OR-FOLDER...\n')).toBe(true);
    expect(r.err).toBe('');
  });

  it.each([
    [[], 'deskshift check: name at least one scenario file or folder\n'],
    [['--strict', 'x.json'], 'deskshift check: unknown option "--strict"\n'],
  ])('exits 2 on misuse %j', async (args, first) => {
    const r = await check(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.startsWith(`${first}\nUsage: deskshift check`)).toBe(true);
  });

  it('exits 2 without checking anything when a path is missing or a folder has no scenarios', async () => {
    const missing = join(dir, 'nope.json');
    const empty = join(dir, 'empty');
    expect(await check(join(dir, 'good'), missing, empty)).toEqual({
      code: 2,
      out: '',
      err: `deskshift check: no such file or folder: ${missing}\ndeskshift check: no scenario files (*.json) in folder: ${empty}\n`,
    });
  });
});
