import type pg from 'pg';
import { MIGRATIONS } from '../migrations/index.js';
import { LEGACY_COLUMNS, migrationSql, pendingMigrations, type Migration } from '../migrations/migration.js';

/**
 * Brings the schema to the latest version, recorded in `schema_migrations`. A session advisory
 * lock (per schema) makes processes starting together take turns: the second finds the work done.
 * Each migration commits in its own transaction with its row in `schema_migrations`.
 */
export async function migratePostgres(
  pool: pg.Pool,
  schema: string | undefined,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('bananastand migrations ' || COALESCE($1, current_schema(), '')))`, [
      schema ?? null,
    ]);
    await migrateLocked(client, schema, migrations);
  } catch (err) {
    await client.query('ROLLBACK').catch((e: Error) => (broken = e));
    throw err;
  } finally {
    // Ending the session would release the lock too: a broken connection is destroyed, not reused.
    await client.query('SELECT pg_advisory_unlock_all()').catch((e: Error) => (broken ??= e));
    client.release(broken);
  }
}

async function migrateLocked(client: pg.PoolClient, schema: string | undefined, migrations: readonly Migration[]): Promise<void> {
  // The pool's search_path names `schema`; once it exists, unqualified tables land in it.
  if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await client.query(
    `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`,
  );
  const current = Number((await client.query('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations')).rows[0].v);
  if (current === 0 && (await client.query(`SELECT to_regclass('api_keys') AS t`)).rows[0].t) {
    for (const { table, column, type } of LEGACY_COLUMNS) {
      await client.query(`ALTER TABLE IF EXISTS ${table} ADD COLUMN IF NOT EXISTS ${column} ${type}`);
    }
  }
  for (const m of pendingMigrations(current, migrations)) {
    await client.query('BEGIN');
    await client.query(migrationSql(m, 'postgres'));
    await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, Date.now()]);
    await client.query('COMMIT');
  }
}
