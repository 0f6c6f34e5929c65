/**
 * The published JSON Schema (draft-07) of the scenario format, generated from the zod schema so that
 * types, validation and editor help never disagree. `test/scenario/write-schema.ts` writes it to
 * `scenarios/scenario.schema.json`; a drift test fails when the committed file is stale.
 */
import { z } from 'zod';
import { ScenarioSchema } from './schema.ts';

/** Id under which the schema is published. */
const SCENARIO_SCHEMA_ID = 'https://deskshift.local/scenario.schema.json';

/** The draft-07 JSON Schema of a scenario file as written (input side: "HH:MM" times allowed). */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ScenarioSchema, { target: 'draft-7', io: 'input' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCENARIO_SCHEMA_ID, title: 'deskshift scenario, format version 1', ...rest };
}
