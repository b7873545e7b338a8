import pg from 'pg';
import type { Row } from '../rows.js';
import { bind, compile, postgresDialect, type Params } from '../sql/dialect.js';
import { buildStatements, type StatementName } from '../sql/statements.js';

const SOURCES = buildStatements(postgresDialect);
const COMPILED = Object.fromEntries(
  Object.entries(SOURCES).map(([name, source]) => [name, compile(source, postgresDialect.name)]),
) as Record<StatementName, ReturnType<typeof compile>>;

export type Db = pg.Pool | pg.PoolClient;

/** Runs one of the shared statements on the pool or inside a transaction's client. */
export async function query(db: Db, name: StatementName, params: Params = {}): Promise<pg.QueryResult<Row>> {
  const statement = COMPILED[name];
  return db.query(statement.text, bind(statement, params, postgresDialect.name));
}

// Epoch milliseconds are BIGINT (int8, oid 20), which node-postgres returns as strings to be safe
// past 2^53; ours stay far below, and counts are int8 too. Per pool, not pg.types: others may differ.
const INT8_OID = 20;
export const pgTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format),
} as pg.CustomTypesConfig;

/** Schema names are spliced into SQL and connection options, so only plain identifiers pass. */
export function checkSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`Invalid Postgres schema name "${schema}": use lowercase letters, digits and _ (at most 63).`);
  }
  return schema;
}

/** Runs `fn` on one client inside a read-only REPEATABLE READ transaction: every statement sees one snapshot. */
export async function inSnapshot<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch((e: Error) => (broken = e));
    throw err;
  } finally {
    client.release(broken);
  }
}
