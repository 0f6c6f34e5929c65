/**
 * `deskshift package-scorm DIST [--out FILE]`: a SCORM 2004 4th edition package of the built game
 * (`npm run package:scorm` builds the game first): the files of DIST, and an imsmanifest.xml with one
 * SCO per built-in scenario, each opening the game at that scenario's briefing.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync } from 'fflate';
import { scormManifest } from '../results/scorm.ts';
import { readCardMeta } from '../ui/card-meta.ts';
import { misuse, parseOptions, withoutTrace } from './common.ts';
import { EXIT, type Io } from './io.ts';

const USAGE = `Usage: deskshift package-scorm DIST [--out FILE] [--scenarios DIR]

Zips the built game in DIST (run "npm run build" first, or "npm run package:scorm" for both) with an
imsmanifest.xml for SCORM 2004 4th edition: one SCO per scenario in DIR (default scenarios/), each
opening the game at that scenario's briefing. The game reports the level as the score, passed or
failed, completed, and one objective per assessed indicator to the LMS.

Options:
  --out FILE        the zip to write (default build/deskshift-scorm.zip)
  --scenarios DIR   where the built-in scenarios are (default scenarios)
  -h, --help        print this help

Exit codes: 0 written, 1 nothing to package, 2 misuse.
`;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

export async function runPackageScorm(args: string[], io: Io): Promise<number> {
  return withoutTrace('package-scorm', io, async () => {
    const opts = parseOptions(
      args,
      { out: { type: 'string' }, scenarios: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      USAGE,
      io,
    );
    if (!opts.ok) return opts.code;
    const [dist] = opts.value.positionals;
    if (dist === undefined || opts.value.positionals.length !== 1)
      return misuse(io, 'deskshift package-scorm: give the built game folder (DIST)', USAGE).code;
    const root = resolve(dist);
    if (
      !statSync(root, { throwIfNoEntry: false })?.isDirectory() ||
      !statSync(join(root, 'index.html'), { throwIfNoEntry: false })
    ) {
      io.err(`${dist}: no built game here (no index.html); run "npm run build" first\n`);
      return EXIT.finding;
    }
    const scenarioDir =
      typeof opts.value.values.scenarios === 'string' ? opts.value.values.scenarios : 'scenarios';
    const scenarios = readdirSync(scenarioDir)
      .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
      .sort()
      .flatMap((f) => {
        const meta = readCardMeta(readFileSync(join(scenarioDir, f), 'utf8'));
        return meta === null
          ? []
          : [{ id: meta.id, title: meta.title, href: `index.html#/briefing/${encodeURIComponent(meta.id)}` }];
      });
    if (scenarios.length === 0) {
      io.err(`${scenarioDir}: no scenarios to package\n`);
      return EXIT.finding;
    }
    const paths = files(root).map((f) => relative(root, f).split(sep).join('/'));
    const manifest = scormManifest('deskshift', 'deskshift: service-desk shifts', scenarios, paths);
    const entries: Record<string, Uint8Array> = { 'imsmanifest.xml': new TextEncoder().encode(manifest) };
    for (const p of paths) entries[p] = readFileSync(join(root, p));
    const out =
      typeof opts.value.values.out === 'string' ? opts.value.values.out : 'build/deskshift-scorm.zip';
    writeFileSync(out, zipSync(entries, { level: 6 }));
    io.out(`wrote ${out}: ${scenarios.length} scenarios, ${paths.length} files\n`);
    return EXIT.ok;
  });
}
