/** Where the published JSON Schema lives and the exact text it should have; shared by the writer and the drift test. */
import { fileURLToPath } from 'node:url';
import { buildJsonSchema } from '../../src/scenario/json-schema.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));

/** The committed file's expected content: the generated schema, two-space indented, with a final newline. */
export function expectedSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
