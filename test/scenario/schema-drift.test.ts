/** The committed JSON Schema matches the zod schema, and it explains every property to an editor. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../../src/scenario/json-schema.ts';
import { expectedSchemaText, SCHEMA_PATH } from './schema-file.ts';

type Node = { [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every property schema under `properties`, with its path, and every object schema. */
function walk(
  node: unknown,
  path: string,
  visit: (path: string, node: Node, isProperty: boolean) => void,
  isProperty = false,
): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      walk(item, `${path}[${i}]`, visit);
    });
    return;
  }
  if (!isNode(node)) return;
  visit(path, node, isProperty);
  for (const [key, child] of Object.entries(node)) {
    if (key === 'properties' && isNode(child)) {
      for (const [name, prop] of Object.entries(child)) walk(prop, `${path}.${name}`, visit, true);
    } else walk(child, `${path}/${key}`, visit);
  }
}

describe('scenarios/scenario.schema.json', () => {
  it('is up to date with src/scenario/schema.ts', () => {
    const committed = existsSync(SCHEMA_PATH) ? readFileSync(SCHEMA_PATH, 'utf8') : '';
    const message = 'scenarios/scenario.schema.json is stale: run `npx tsx test/scenario/write-schema.ts`';
    expect(committed === expectedSchemaText(), message).toBe(true);
  });

  it('is draft-07 with an id and a title', () => {
    const schema = buildJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe('https://deskshift.local/scenario.schema.json');
    expect(schema.title).toBe('deskshift scenario, format version 1');
  });

  it('describes every property and closes every object', () => {
    const undescribed: string[] = [];
    const open: string[] = [];
    let properties = 0;
    walk(buildJsonSchema(), '$', (path, node, isProperty) => {
      if (isProperty) {
        properties++;
        if (typeof node.description !== 'string' || node.description === '') undescribed.push(path);
      }
      if (node.type === 'object' && node.additionalProperties !== false) open.push(path);
    });
    expect(undescribed).toEqual([]);
    expect(open).toEqual([]);
    expect(properties).toBeGreaterThan(100);
  });
});
