/**
 * The built `deskshift` binary: builds the CLI bundle afresh (as `npm run build:cli` does, into a
 * temporary copy of the layout `src/cli/deskshift.mjs` + `build/cli/deskshift.mjs`) and runs it as a
 * process, so a broken build or a broken bin fails here. The other CLI tests call the modules.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_OUT_DIR } from '../../vite.cli.config.ts';
import { cli } from './run-cli.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'src/cli/deskshift.mjs');

let dir = '';
const built = () => join(dir, 'built', 'src/cli/deskshift.mjs');
const unbuilt = () => join(dir, 'unbuilt', 'src/cli/deskshift.mjs');

function run(bin: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deskshift-bin-'));
  for (const copy of ['built', 'unbuilt']) {
    mkdirSync(join(dir, copy, 'src/cli'), { recursive: true });
    copyFileSync(BIN, join(dir, copy, 'src/cli/deskshift.mjs'));
  }
  await build({
    configFile: join(ROOT, 'vite.cli.config.ts'),
    root: ROOT,
    logLevel: 'silent',
    build: { outDir: join(dir, 'built', CLI_OUT_DIR) },
  });
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the built deskshift binary', () => {
  it('checks a built-in scenario', () => {
    expect(run(built(), 'check', 'scenarios/first-shift.json')).toEqual({
      code: 0,
      out: '1 file checked: 1 valid\n',
      err: '',
    });
  });

  it('reports an invalid scenario with its position and exits 1', () => {
    expect(run(built(), 'check', 'test/fixtures/invalid/unknown-group.json')).toEqual({
      code: 1,
      out: [
        'test/fixtures/invalid/unknown-group.json:140:18  group "mesaging" is not a resolver group (did you mean "messaging"?) (at timeline[1].truth.group)',
        '1 file checked: 0 valid, 1 with 1 error',
        '',
      ].join('\n'),
      err: '',
    });
  });

  it('prints the same help as the modules, and exits 2 without a command', async () => {
    const help = await cli('--help');
    expect(run(built(), '--help')).toEqual({ code: 0, out: help.out, err: '' });
    expect(help.out.split('\n')[0]).toBe('Usage: deskshift <command> [options]');
    expect(run(built())).toEqual({ code: 2, out: help.out, err: '' });
  });

  it('warns on stderr when a source file changed after the bundle was built, and still runs', () => {
    const stale = join(dir, 'stale');
    mkdirSync(join(stale, 'src/cli'), { recursive: true });
    mkdirSync(join(stale, CLI_OUT_DIR), { recursive: true });
    copyFileSync(BIN, join(stale, 'src/cli/deskshift.mjs'));
    copyFileSync(join(dir, 'built', CLI_OUT_DIR, 'deskshift.mjs'), join(stale, CLI_OUT_DIR, 'deskshift.mjs'));
    const edited = join(stale, 'src/cli/edited.ts');
    writeFileSync(edited, 'export {};\n');
    const later = new Date(Date.now() + 60_000);
    utimesSync(edited, later, later);
    expect(run(join(stale, 'src/cli/deskshift.mjs'), 'check', 'scenarios/first-shift.json')).toEqual({
      code: 0,
      out: '1 file checked: 1 valid\n',
      err: 'deskshift: warning: the built command-line tool is older than src/; run "npm run build:cli" to use the current rules.\n',
    });
  });

  it('says how to build it when the bundle is missing', () => {
    expect(run(unbuilt(), 'check', 'scenarios/first-shift.json')).toEqual({
      code: 1,
      out: '',
      err: 'deskshift: the command-line tool is not built; run "npm run build:cli" first.\n',
    });
  });
});
