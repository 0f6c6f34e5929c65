/**
 * Holds the indicator catalogue against the competency file, so that neither drifts: every
 * statement of the file is one indicator at its level, verbatim (Level 2's repeated statement
 * counts once), and nothing else is in the catalogue.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS, INDICATORS } from '../../src/eval/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const FILE = resolve(here, '../../assets/competency/service-management.txt');

/** Statements per level, whitespace collapsed, in file order. */
function statements(text: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let level = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^Level ([1-5]) \(/.exec(line);
    if (heading !== null) level = Number(heading[1]);
    else if (line.startsWith('•') && level > 0) {
      out.set(level, [...(out.get(level) ?? []), line.slice(1).replace(/\s+/g, ' ').trim()]);
    }
  }
  return out;
}

describe('indicator catalogue', () => {
  const file = statements(readFileSync(FILE, 'utf8'));

  it('has 34 indicators with unique ids, 2/7/9/8/8 per level', () => {
    expect(INDICATORS).toHaveLength(34);
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(34);
    expect(INDICATORS.map((i) => i.id)).toEqual([...INDICATOR_IDS]);
    expect([1, 2, 3, 4, 5].map((l) => INDICATORS.filter((i) => i.level === l).length)).toEqual([
      2, 7, 9, 8, 8,
    ]);
  });

  it('holds every statement of the file verbatim at its level, the repeated one once', () => {
    for (const [level, texts] of file) {
      const unique = [...new Set(texts.map((t) => t.replace(/deviation\.$/, 'deviations.')))];
      expect(INDICATORS.filter((i) => i.level === level).map((i) => i.text)).toEqual(unique);
    }
    expect(file.get(2)).toHaveLength(8);
    expect(file.get(2)?.[7]).toBe('Monitor service levels, review and report service delivery deviation.');
  });

  it('ids name their level', () => {
    for (const i of INDICATORS) expect(i.id.startsWith(`L${i.level}.`)).toBe(true);
  });
});
