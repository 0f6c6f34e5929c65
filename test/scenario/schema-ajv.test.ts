/**
 * The *published* `scenarios/scenario.schema.json`, read by a separate JSON Schema validator (Ajv,
 * draft-07, strict), as editors and other tools read it: every built-in scenario and valid fixture
 * passes, and the invalid fixtures that break a rule a schema can say are refused. The drift test
 * checks the file equals what zod generates; this one checks that what it says is right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH } from './schema-file.ts';

const SCENARIOS = new URL('../../scenarios/', import.meta.url);
const ROOT = new URL('../../', import.meta.url);
/** Folders of valid scenario fixtures, relative to the repository. */
const VALID_DIRS = ['test/fixtures/valid/', 'test/store/fixtures/'];
const INVALID = new URL('../fixtures/invalid/', import.meta.url);

const jsonFiles = (dir: URL): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort();

const validate = new Ajv({ strict: true, allErrors: false }).compile(
  JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')),
);

/** Ajv's first complaint as `PATH message`, or null when the value validates. */
function firstError(value: unknown): string | null {
  if (validate(value)) return null;
  const e = validate.errors?.[0];
  return e === undefined ? 'invalid without an error' : `${e.instancePath || '/'} ${e.message}`;
}

/** Invalid fixtures whose fault the schema itself can express, with Ajv's first complaint. */
const REFUSED_BY_SCHEMA: Record<string, string> = {
  'bad-clock.json': '/timeline/2/at must be integer',
  'bad-id.json': '/organisation/groups/0/id must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"',
  'deep-nesting.json': '/meta/goals/0 must be string',
  'enum-typo.json': '/timeline/0/channel must be equal to one of the allowed values',
  'fix-outcome-typo.json': '/timeline/0/fixes/1/outcome must be equal to one of the allowed values',
  'format-version.json': '/formatVersion must be equal to constant',
  'impact-out-of-range.json': '/timeline/0/truth/impact must be equal to constant',
  'indicator-typo.json': '/timeline/0/evidence/0 must be equal to one of the allowed values',
  'missing-key.json': "/timeline/2 must have required property 'subject'",
  'not-whole-number.json': '/organisation/users/0/patienceMinutes must be integer',
  'proto-key.json': '/organisation must NOT have additional properties',
  'question-delay-range.json': '/timeline/2/questions/0/delayMinutes must be <= 240',
  'root-array.json': '/ must be object',
  'rule-missing-unknown.json': '/rules/0/missing must be equal to one of the allowed values',
  'rule-neutral-false.json': '/rules/0/neutral must be equal to constant',
  'rule-order-empty-list.json': '/rules/0/onlyAfter must be object',
  'rule-order-string.json': '/rules/0/onlyAfter must be object',
  'too-long.json': '/meta/title must NOT have more than 120 characters',
  'unknown-key-nested.json': '/timeline/2/questions/0 must NOT have additional properties',
  'unknown-key-typo.json': "/meta must have required property 'title'",
  'wrong-type.json': '/meta/lengthMinutes must be integer',
};

describe('the published scenario schema, read by Ajv', () => {
  it.each(jsonFiles(SCENARIOS))('accepts scenarios/%s', (file) => {
    expect(firstError(JSON.parse(readFileSync(new URL(file, SCENARIOS), 'utf8')))).toBe(null);
  });

  const valid = VALID_DIRS.flatMap((dir) => jsonFiles(new URL(dir, ROOT)).map((f) => `${dir}${f}`));
  it.each(valid)('accepts %s', (path) => {
    expect(firstError(JSON.parse(readFileSync(new URL(path, ROOT), 'utf8')))).toBe(null);
  });

  it('finds the valid fixtures', () => {
    expect(valid).toEqual(['test/fixtures/valid/minimal.json', 'test/store/fixtures/small-desk.json']);
  });

  it.each(Object.entries(REFUSED_BY_SCHEMA))('refuses test/fixtures/invalid/%s: %s', (file, error) => {
    expect(firstError(JSON.parse(readFileSync(new URL(file, INVALID), 'utf8')))).toBe(error);
  });

  it('refuses no other invalid fixture (the rest need the semantic checks, or are not JSON)', () => {
    const refused: string[] = [];
    for (const file of jsonFiles(INVALID)) {
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(new URL(file, INVALID), 'utf8'));
      } catch {
        continue; // syntax fixtures: no validator sees them
      }
      if (firstError(value) !== null) refused.push(file);
    }
    expect(refused).toEqual(Object.keys(REFUSED_BY_SCHEMA));
  });
});
