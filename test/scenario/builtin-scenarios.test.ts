/** Every scenario shipped in `scenarios/` validates and points its editor at the published schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatScenarioError, parseScenario } from '../../src/scenario/index.ts';

const DIR = new URL('../../scenarios/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .sort();

describe('built-in scenarios', () => {
  it('there is at least one', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(1);
  });

  it.each(FILES)('scenarios/%s is valid', (file) => {
    const text = readFileSync(new URL(file, DIR), 'utf8');
    const result = parseScenario(text, `scenarios/${file}`);
    expect(result.ok ? [] : result.errors.map(formatScenarioError)).toEqual([]);
    expect(result.ok && result.scenario.$schema).toBe('./scenario.schema.json');
  });
});
