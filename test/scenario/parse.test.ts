/** parseScenario on the valid fixture: normalisation, hash, SLA look-ups, and the refusals. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fnv1a64 } from '../../src/scenario/hash.ts';
import {
  formatScenarioError,
  hashScenario,
  type ParseResult,
  parseScenario,
  priorityOf,
  SCENARIO_TEXT_LIMIT_BYTES,
  type Scenario,
  targetFor,
} from '../../src/scenario/index.ts';

const MINIMAL = readFileSync(new URL('../fixtures/valid/minimal.json', import.meta.url), 'utf8');

function valid(text: string): Scenario {
  const r = parseScenario(text, 'minimal.json');
  if (!r.ok) throw new Error(r.errors.map(formatScenarioError).join('\n'));
  return r.scenario;
}

const lines = (r: ParseResult): string[] => (r.ok ? [] : r.errors.map(formatScenarioError));

describe('parseScenario', () => {
  it('normalises times to minutes from the shift start and sorts the timeline', () => {
    const s = valid(MINIMAL);
    expect(s.timeline.map((a) => [a.id, a.at])).toEqual([
      ['INC0001', 5],
      ['INC0003', 12],
      ['ALR0002', 20],
    ]);
    expect(s.meta.shiftStart).toBe('08:00');
  });

  it('keeps the file order of arrivals at the same minute', () => {
    const s = valid(MINIMAL.replace('"at": "08:12"', '"at": 5'));
    expect(s.timeline.map((a) => a.id)).toEqual(['INC0001', 'INC0003', 'ALR0002']);
  });

  it('reads a time of day after midnight as part of a shift that crosses it', () => {
    const text = MINIMAL.replace('"08:00"', '"23:30"')
      .replace('"08:05"', '"23:59"')
      .replace('"08:12"', '"00:10"');
    expect(valid(text).timeline.map((a) => a.at)).toEqual([20, 29, 40]);
  });

  it('hashes the content, not the layout or key order', () => {
    const r = parseScenario(MINIMAL, 'minimal.json');
    if (!r.ok) throw new Error('expected ok');
    expect(r.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(r.hash).toBe(hashScenario(r.scenario));
    const compact = JSON.stringify(JSON.parse(MINIMAL));
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(MINIMAL)).reverse()));
    expect(hashScenario(valid(compact))).toBe(r.hash);
    expect(hashScenario(valid(reordered))).toBe(r.hash);
    expect(hashScenario(valid(MINIMAL.replace('"08:12"', '"08:13"')))).not.toBe(r.hash);
    expect(
      hashScenario(valid(MINIMAL.replace('"../../../scenarios/scenario.schema.json"', '"./x.json"'))),
    ).toBe(r.hash);
    // "HH:MM" and the same minute written as a number normalise to the same scenario.
    expect(hashScenario(valid(MINIMAL.replace('"08:12"', '12')))).toBe(r.hash);
  });

  it('hashes with FNV-1a 64-bit', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('looks up priorities and targets', () => {
    const s = valid(MINIMAL);
    expect(priorityOf(s, 1, 1)).toBe(1);
    expect(priorityOf(s, 2, 1)).toBe(2);
    expect(priorityOf(s, 3, 3)).toBe(4);
    expect(targetFor(s, 3)).toEqual({ priority: 3, responseMinutes: 30, resolutionMinutes: 480 });
    expect(targetFor(s, 5)).toEqual({ priority: 4, responseMinutes: 60, resolutionMinutes: 1440 });
  });

  it('refuses a text over the size limit before parsing it', () => {
    const big = `{"pad": "${'x'.repeat(SCENARIO_TEXT_LIMIT_BYTES)}"}`;
    const tooLarge = ['big.json:1:1  The file is larger than the limit of 1048576 bytes (1 MiB)'];
    expect(lines(parseScenario(big, 'big.json'))).toEqual(tooLarge);
    // Under the limit in characters, over it in UTF-8 bytes.
    const wide = `{"pad": "${'é'.repeat(SCENARIO_TEXT_LIMIT_BYTES / 2)}"}`;
    expect(lines(parseScenario(wide, 'big.json'))).toEqual(tooLarge);
  });

  it.each([
    ['42', 'x.json:1:1  The top level must be an object ({ ... }), got a number'],
    ['\n  null', 'x.json:2:3  The top level must be an object ({ ... }), got null'],
    ['"scenario"', 'x.json:1:1  The top level must be an object ({ ... }), got a string'],
    ['{}', 'x.json:1:1  missing required key "formatVersion" (at formatVersion)'],
  ])('refuses the root %j', (text, first) => {
    expect(lines(parseScenario(text, 'x.json'))[0]).toBe(first);
  });

  it('reports every problem at once, in file order', () => {
    const text = MINIMAL.replace('"group": "messaging"', '"group": "mesaging"')
      .replace('"caller": "tom.becker"', '"caller": "tom.beker"')
      .replace('"warningPercents": [50, 75]', '"warningPercents": [50, 50]');
    expect(lines(parseScenario(text, 'm.json'))).toEqual([
      'm.json:89:29  warningPercents[1] 50 must be greater than the one before it (50) (at sla.warningPercents[1])',
      'm.json:140:18  group "mesaging" is not a resolver group (did you mean "messaging"?) (at timeline[1].truth.group)',
      'm.json:159:17  caller "tom.beker" is not a user (did you mean "tom.becker"?) (at timeline[2].caller)',
    ]);
  });

  it('reports every schema problem at once, an unknown key without its "missing" twin', () => {
    const text = MINIMAL.replace('"title": "A quiet', '"Title": "A quiet').replace(
      '"lengthMinutes": 60',
      '"lengthMinutes": 5',
    );
    expect(lines(parseScenario(text, 'm.json'))).toEqual([
      'm.json:6:5  unknown key "Title" (did you mean "title"?) (at meta.Title)',
      'm.json:11:22  lengthMinutes must be at least 10, got 5 (at meta.lengthMinutes)',
    ]);
  });

  it('reports broken references together with schema errors, from the sections that pass the schema', () => {
    const text = MINIMAL.replace('"lengthMinutes": 60', '"lengthMinutes": "60"')
      .replace('"channel": "phone"', '"channel": "fone"')
      .replace('"group": "messaging"', '"group": "mesaging"')
      .replace('"at": "08:12"', '"at": "09:30"');
    // 09:30 is after the shift, but the shift's own length is broken, so times are not checked yet.
    expect(lines(parseScenario(text, 'm.json'))).toEqual([
      'm.json:11:22  lengthMinutes: expected a number, got a string (at meta.lengthMinutes)',
      'm.json:104:18  channel "fone" is not one of "phone", "chat", "email", "portal", "monitoring" (did you mean "phone"?) (at timeline[0].channel)',
      'm.json:140:18  group "mesaging" is not a resolver group (did you mean "messaging"?) (at timeline[1].truth.group)',
    ]);
  });

  it("does not let a duplicate key hide the file's other problems", () => {
    const text = MINIMAL.replace('"version": "1.0",', '"version": "1.0",\n    "version": "2.0",').replace(
      '"group": "messaging"',
      '"group": "mesaging"',
    );
    expect(lines(parseScenario(text, 'm.json'))).toEqual([
      'm.json:8:5  Duplicate key "version" (first at line 7) (at meta.version)',
      'm.json:141:18  group "mesaging" is not a resolver group (did you mean "messaging"?) (at timeline[1].truth.group)',
    ]);
  });

  it('lets every offered fix be a trap when another group owns the ticket', () => {
    const s = valid(
      MINIMAL.replace(
        '"group": "desk",\n        "article"',
        '"group": "messaging",\n        "article"',
      ).replace('"fix": "unlock",', ''),
    );
    expect(s.timeline[0]?.truth.fix).toBe(undefined);
  });

  it('never lets a "__proto__" key reach an object', () => {
    const text = MINIMAL.replace(
      '"formatVersion": 1,',
      '"formatVersion": 1, "__proto__": {"polluted": true},',
    );
    expect(lines(parseScenario(text, 'p.json'))).toEqual([
      'p.json:3:23  The key "__proto__" is not allowed (at __proto__)',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBe(undefined);
  });

  it('formats an error without a path as FILE:LINE:COL  message', () => {
    expect(
      formatScenarioError({ file: 'a.json', line: 3, column: 7, path: '', message: 'The file is empty' }),
    ).toBe('a.json:3:7  The file is empty');
  });
});
