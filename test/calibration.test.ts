/**
 * The evaluator's own test: personas of known level (0-5) play every built-in scenario. Where the
 * scenario's coverage can tell a persona's level, the clean run is inferred exactly; above what it
 * can tell, the persona is inferred at the top level it can tell (never higher). Noisy personas
 * (10 % slips, 50 seeds each): at least 90 % exact, all within one level, at most 5 % over.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coverage } from '../src/eval/index.ts';
import { calibrateScenario, renderCalibrationTable } from '../src/personas/index.ts';
import { parseScenario } from '../src/scenario/index.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../scenarios');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .sort();

describe('calibration', () => {
  it('has built-in scenarios to calibrate on', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    describe(file, () => {
      const parsed = parseScenario(readFileSync(join(dir, file), 'utf8'), file);
      if (!parsed.ok) throw new Error(`${file} does not parse: ${parsed.errors[0]?.message ?? ''}`);
      const { scenario, hash } = parsed;
      const rows = calibrateScenario(scenario, hash, { seeds: 50, noise: 0.1 });
      const cap = coverage(scenario).assessableUpTo;

      it('can tell at least Level 1 (coverage)', () => {
        expect(cap).toBeGreaterThanOrEqual(1);
      });

      it('infers every clean persona exactly, capped at what the scenario can tell', () => {
        expect(rows.map((r) => [r.persona, r.clean])).toEqual(
          rows.map((r) => [r.persona, Math.min(r.persona, cap)]),
        );
      });

      it('keeps noisy personas at >= 90 % exact, 100 % within one level, <= 5 % over', () => {
        const table = renderCalibrationTable(rows);
        for (const r of rows) {
          expect(r.exact, table).toBeGreaterThanOrEqual(45);
          expect(r.withinOne, table).toBe(50);
          expect(r.over, table).toBeLessThanOrEqual(2);
        }
      });
    });
  }
});
