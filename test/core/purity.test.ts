/**
 * The pure core stays pure: no Phaser, DOM, storage, wall clock or Math.random in src/domain,
 * src/scenario, src/sim, src/eval, src/personas and src/xapi, so that the same log always replays
 * to the same state, report and statements, in Node as in the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const CORE = ['domain', 'scenario', 'sim', 'eval', 'personas', 'xapi'];

const FORBIDDEN: readonly [RegExp, string][] = [
  [/\bMath\.random\b/, 'Math.random'],
  [/\bDate\.now\b|\bnew Date\b/, 'the wall clock'],
  [/\bperformance\.now\b/, 'the wall clock'],
  [/\b(document|window|navigator|localStorage|sessionStorage)\s*\./, 'the DOM'],
  [/from\s+'phaser'/, 'Phaser'],
  [/from\s+'\.\.\/(ui|store|cli)\//, 'a layer above the core'],
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The code without comments (string contents that look like comments may go too; that only hides code). */
const code = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('the pure core', () => {
  it.each(CORE)('src/%s uses no Phaser, DOM, wall clock or Math.random', (folder) => {
    const found = files(join(SRC, folder)).flatMap((file) => {
      const body = code(readFileSync(file, 'utf8'));
      return FORBIDDEN.filter(([re]) => re.test(body)).map(
        ([, what]) => `${file.slice(SRC.length)}: ${what}`,
      );
    });
    expect(found).toEqual([]);
  });

  it('catches what it forbids', () => {
    expect(FORBIDDEN.some(([re]) => re.test(code('const x = Math.random();')))).toBe(true);
    expect(FORBIDDEN.some(([re]) => re.test(code('// Math.random is not used')))).toBe(false);
    expect(FORBIDDEN.some(([re]) => re.test(code("import { x } from '../ui/app.ts';")))).toBe(true);
  });
});
