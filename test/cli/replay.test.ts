/** `deskshift replay` through `runReplay` with a collecting Io: exit codes and exact output. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReplay } from '../../src/cli/replay.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { ShiftLog } from '../../src/sim/index.ts';
import { FIXTURE } from '../sim/fixture.ts';
import { GOLDEN_INPUTS, GOLDEN_SEED } from '../sim/golden-script.ts';
import { playLogged } from '../sim/helpers.ts';
import { runCli } from './run-cli.ts';

const replayCli = (...args: string[]) => runCli(args, runReplay);

let dir = '';
let scenarioFile = '';
let logFile = '';
let log: ShiftLog;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deskshift-replay-'));
  const text = JSON.stringify(FIXTURE, null, 2);
  const parsed = parseScenario(text, 'fixture.json');
  if (!parsed.ok) throw new Error('the fixture must be a valid scenario');
  scenarioFile = path('fixture.json');
  writeFileSync(scenarioFile, text);
  log = playLogged(GOLDEN_INPUTS, GOLDEN_SEED, parsed.hash, parsed.scenario).log;
  logFile = path('shift.log.json');
  writeFileSync(logFile, JSON.stringify(log));
  writeFileSync(path('other-version.log.json'), JSON.stringify({ ...log, scenarioHash: '0123456789abcdef' }));
  writeFileSync(path('broken.log.json'), '{ "scenarioId": ');
  writeFileSync(path('bad-scenario.json'), '{\n  "formatVersion": 1,\n  "meta": 3\n}');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('deskshift replay', () => {
  it('prints the final state', async () => {
    const r = await replayCli(logFile, '--scenario', scenarioFile);
    expect(r).toEqual({
      code: 0,
      err: '',
      out: [
        'Shift "fixture-shift" (seed 20240601): 43 commands replayed; ended at 10:00 (minute 120).',
        '',
        'Tickets (7):',
        '  closed         2  INC1 INC4',
        '  resolved       5  INC2 INC3 INC5 INC6 INC7',
        '',
        'SLAs:          met  breached  open',
        '  response        7         0     0',
        '  resolution      7         0     0',
        '',
        'Observations:            ok  not ok',
        '  acknowledged            7       0',
        '  classified              7       0',
        '  logged                  7       0',
        '  questioned              1       1',
        '  kb-applied              1       1',
        '  prioritised             4       2',
        '  diagnostic-run          1       0',
        '  linked                  1       0',
        '  diagnosed               1       0',
        '  escalated               1       0',
        '  routed                  3       0',
        '  resolved                3       1',
        '  first-contact           2       1',
        '  abandoned               0       1',
        '  lifecycle               2       1',
        '  problem-raised          1       0',
        '  held                    0       1',
        '  deviation-reported      0       1',
        '',
      ].join('\n'),
    });
  });

  it('prints JSON with --json', async () => {
    const r = await replayCli('--json', logFile, '--scenario', scenarioFile);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({
      scenarioId: 'fixture-shift',
      seed: GOLDEN_SEED,
      entries: 43,
      now: 120,
      clock: '10:00',
      ended: true,
      ticketsByStatus: { closed: ['INC1', 'INC4'], resolved: ['INC2', 'INC3', 'INC5', 'INC6', 'INC7'] },
    });
    expect(json.summary.resolution).toEqual({ met: 7, breached: 0, open: 0 });
  });

  it('refuses a log made with another version of the scenario', async () => {
    const r = await replayCli(path('other-version.log.json'), '--scenario', scenarioFile);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      `${path('other-version.log.json')}: This shift was played on another version of the scenario "Fixture shift" (log 0123456789ab, file ${log.scenarioHash.slice(0, 12)}), so its moves would not replay the same shift; replay it against the scenario file it was played on.\n`,
    );
  });

  it('reports a log that is not JSON and an invalid scenario without a stack trace', async () => {
    const broken = await replayCli(path('broken.log.json'), '--scenario', scenarioFile);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/^.*broken\.log\.json: the log is not valid JSON \(.+\)\n$/);
    const bad = await replayCli(logFile, '--scenario', path('bad-scenario.json'));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`${path('bad-scenario.json')}:3:`);
    expect(bad.err).toContain('not a valid scenario');
    expect(bad.err).not.toContain('    at ');
  });

  it('treats a missing argument or an unknown option as misuse, and --help as success', async () => {
    expect((await replayCli(logFile)).code).toBe(2);
    expect((await replayCli('--scenario', scenarioFile)).code).toBe(2);
    const unknown = await replayCli(logFile, '--scenario', scenarioFile, '--fast');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Unknown option '--fast'");
    const help = await replayCli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: deskshift replay LOG --scenario FILE [--json]');
  });
});
