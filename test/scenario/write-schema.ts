/** Writes `scenarios/scenario.schema.json` from the zod schema: `npx tsx test/scenario/write-schema.ts`. */
import { writeFileSync } from 'node:fs';
import { expectedSchemaText, SCHEMA_PATH } from './schema-file.ts';

writeFileSync(SCHEMA_PATH, expectedSchemaText());
process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
