import { storeSchema } from './schema.js';

/** The shared schema in Postgres types (BYTEA for reference bytes). */
export const POSTGRES_SCHEMA = storeSchema('BYTEA');

/** Schema names are spliced into SQL and connection options, so only plain identifiers pass. */
export function checkSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`Invalid Postgres schema name "${schema}": use lowercase letters, digits and _ (at most 63).`);
  }
  return schema;
}
