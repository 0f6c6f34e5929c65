/** Every built-in scenario has its calibration test file, and the figures name no other scenario. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALIBRATION } from '../../src/eval/calibration-figures.ts';

const scenarios = readdirSync(new URL('../../scenarios', import.meta.url))
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

describe('calibration files', () => {
  it('has one test file per built-in scenario', () => {
    const files = readdirSync(new URL('.', import.meta.url))
      .filter((f) => f.endsWith('.test.ts') && f !== 'files.test.ts')
      .map((f) => f.replace(/\.test\.ts$/, ''))
      .sort();
    expect(files).toEqual(scenarios);
  });

  it('quotes figures for exactly the built-in scenarios', () => {
    expect(CALIBRATION.scenarios.map((s) => s.id).sort()).toEqual(scenarios);
  });
});
