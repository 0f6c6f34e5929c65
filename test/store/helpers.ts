/** Shared set-up for the store tests: the small fixture scenario, parsed by the real validator. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

export function loadFixture(): { scenario: Scenario; hash: string; text: string } {
  const text = readFileSync(join(import.meta.dirname, 'fixtures', 'small-desk.json'), 'utf8');
  const parsed = parseScenario(text, 'small-desk.json');
  if (!parsed.ok) throw new Error(`fixture invalid: ${JSON.stringify(parsed.errors)}`);
  return { scenario: parsed.scenario, hash: parsed.hash, text };
}
