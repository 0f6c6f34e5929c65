/** `deskshift package-scorm`: a zip with the manifest and every file of the built game; misuse said plainly. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'deskshift-scorm-'));
const dist = join(dir, 'dist');
mkdirSync(join(dist, 'assets'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>deskshift</title>');
writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1);');

describe('deskshift package-scorm', () => {
  it('zips the game with a manifest naming one SCO per built-in scenario', async () => {
    const out = join(dir, 'p.zip');
    const r = await cli('package-scorm', dist, '--out', out);
    expect(r).toEqual({ code: 0, out: `wrote ${out}: 2 scenarios, 2 files\n`, err: '' });
    const zip = unzipSync(readFileSync(out));
    expect(Object.keys(zip).sort()).toEqual(['assets/app.js', 'imsmanifest.xml', 'index.html']);
    const manifest = new TextDecoder().decode(zip['imsmanifest.xml']);
    expect(manifest).toContain('href="index.html#/briefing/first-shift"');
    expect(manifest).toContain('href="index.html#/briefing/monday-morning"');
    expect(manifest).toContain('<file href="assets/app.js"/>');
  });

  it('says when there is no built game', async () => {
    const r = await cli('package-scorm', join(dir, 'nothing'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${join(dir, 'nothing')}: no built game here (no index.html); run "npm run build" first\n`,
    );
  });
});
