import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { checkedRegistry, type Migration } from '../../src/store/migrations/migration.js';
import { migratePostgres } from '../../src/store/postgres/migrate.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { migrateSqlite } from '../../src/store/sqlite/migrate.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { renderEvent } from './store-contract.js';

const url = process.env.BANANASTAND_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bananastand-migrations-'));
const prefix = `bs_mig_${randomBytes(4).toString('hex')}`;
let n = 0;
const schemas: string[] = [];
const pools: pg.Pool[] = [];

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const p of pools) await p.end();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await admin.end();
});

const latest = MIGRATIONS[MIGRATIONS.length - 1].version;

// A column migration, then one that fails halfway: the first must stay, the second leave nothing.
const addNote: Migration = { version: latest + 1, name: 'task-note', up: 'ALTER TABLE tasks ADD COLUMN note TEXT' };
const broken: Migration = {
  version: latest + 2,
  name: 'broken',
  up: 'CREATE TABLE half_done (id TEXT); ALTER TABLE no_such_table ADD COLUMN x TEXT',
};

// Tasks in a database before migration 005, and the per-key counts it must derive and then keep.
const TASKS_BEFORE = [
  ['t1', 'k1', 'CREATED'],
  ['t2', 'k1', 'CREATED'],
  ['t3', 'k1', 'IN_PROGRESS'],
  ['t4', 'k1', 'COMPLETED'],
  ['t5', 'k2', 'FAILED'],
  ['t6', 'k3', 'IN_PROGRESS'],
] as const;
const COUNTS_AFTER = [
  { key_id: 'k1', queued: 2, running: 1 },
  { key_id: 'k3', queued: 0, running: 1 },
];
const COUNTS_CHANGED = [
  { key_id: 'k1', queued: 0, running: 1 },
  { key_id: 'k2', queued: 1, running: 0 },
  { key_id: 'k3', queued: 0, running: 1 },
];

describe('the migration registry', () => {
  it('numbers the migrations 1, 2, 3… in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(MIGRATIONS[0].name).toBe('initial');
  });

  it('sorts a registry listed out of order and refuses gaps and repeats', () => {
    expect(checkedRegistry([addNote, ...MIGRATIONS]).map((m) => m.version)).toEqual([...MIGRATIONS.map((m) => m.version), addNote.version]);
    expect(() => checkedRegistry([...MIGRATIONS, broken])).toThrow(/without gaps or repeats: found .*src\/store\/migrations\/index\.ts/);
    expect(() => checkedRegistry([...MIGRATIONS, addNote, { ...addNote, name: 'twin' }])).toThrow(/without gaps or repeats/);
  });
});

describe('SQLite migrations (PRAGMA user_version)', () => {
  const file = () => path.join(dir, `m-${++n}.db`);
  const version = (db: Database.Database) => db.pragma('user_version', { simple: true });
  const columns = (db: Database.Database, table: string) =>
    (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

  it('a new file gets every migration and records the latest version', async () => {
    const f = file();
    await new SqliteStore(f, renderEvent).close();
    const db = new Database(f);
    expect(version(db)).toBe(latest);
    expect(columns(db, 'webhook_events')).toContain('leased_until');
    db.close();
  });

  it('applies the migrations above the recorded version in order, each in its own transaction', () => {
    const db = new Database(file());
    migrateSqlite(db);
    expect(() => migrateSqlite(db, [...MIGRATIONS, addNote, broken])).toThrow(/no such table: no_such_table/);
    expect(version(db)).toBe(addNote.version);
    expect(columns(db, 'tasks')).toContain('note');
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'half_done'`).get()).toBeUndefined();
    // Already applied: a second run does nothing (an ALTER twice would fail).
    migrateSqlite(db, [...MIGRATIONS, addNote]);
    db.close();
  });

  it('005 counts the tasks already in flight per key, and its triggers follow inserts, status changes and deletes', () => {
    const db = new Database(file());
    migrateSqlite(db, MIGRATIONS.slice(0, 4));
    const insert = db.prepare(`INSERT INTO tasks (id, key_id, status, prompt, params, reference_count, created_at, updated_at)
      VALUES (?, ?, ?, 'p', '{}', 0, 1, 1)`);
    for (const [id, key, status] of TASKS_BEFORE) insert.run(id, key, status);
    migrateSqlite(db);
    const counts = () => db.prepare('SELECT key_id, queued, running FROM task_counts WHERE queued + running > 0 ORDER BY key_id').all();
    expect(counts()).toEqual(COUNTS_AFTER);
    insert.run('t9', 'k2', 'CREATED');
    db.prepare(`UPDATE tasks SET status = 'IN_PROGRESS' WHERE id = 't1'`).run();
    db.prepare(`UPDATE tasks SET status = 'COMPLETED' WHERE id = 't3'`).run();
    db.prepare(`DELETE FROM tasks WHERE id = 't2'`).run();
    expect(counts()).toEqual(COUNTS_CHANGED);
    db.close();
  });

  it('refuses a file upgraded by a newer release, naming both versions', async () => {
    const f = file();
    await new SqliteStore(f, renderEvent).close();
    const db = new Database(f);
    db.pragma(`user_version = ${latest + 5}`);
    db.close();
    expect(() => new SqliteStore(f, renderEvent)).toThrow(
      `The database is at schema version ${latest + 5}, but this bananastand release knows versions up to ${latest}`,
    );
  });
});

describe('Postgres migrations (schema_migrations under an advisory lock)', () => {
  function pool(schema: string): pg.Pool {
    schemas.push(schema);
    const p = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}` });
    pools.push(p);
    return p;
  }
  const fresh = () => `${prefix}_${++n}`;
  const applied = async (p: pg.Pool) => (await p.query('SELECT version, name FROM schema_migrations ORDER BY version')).rows;

  it('a new schema gets every migration, one row each', async () => {
    const schema = fresh();
    const store = await PostgresStore.connect(url, renderEvent, { schema });
    await store.close();
    expect(await applied(pool(schema))).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
  });

  it('005 counts the tasks already in flight per key, and its triggers follow inserts, status changes and deletes', async () => {
    const schema = fresh();
    const p = pool(schema);
    await migratePostgres(p, schema, MIGRATIONS.slice(0, 4));
    const insert = (id: string, key: string, status: string) =>
      p.query(`INSERT INTO tasks (id, key_id, status, prompt, params, reference_count, created_at, updated_at)
        VALUES ($1, $2, $3, 'p', '{}', 0, 1, 1)`, [id, key, status]);
    for (const [id, key, status] of TASKS_BEFORE) await insert(id, key, status);
    await migratePostgres(p, schema);
    const counts = async () =>
      (await p.query('SELECT key_id, queued::int AS queued, running::int AS running FROM task_counts WHERE queued + running > 0 ORDER BY key_id')).rows;
    expect(await counts()).toEqual(COUNTS_AFTER);
    await insert('t9', 'k2', 'CREATED');
    await p.query(`UPDATE tasks SET status = 'IN_PROGRESS' WHERE id = 't1'`);
    await p.query(`UPDATE tasks SET status = 'COMPLETED' WHERE id = 't3'`);
    await p.query(`DELETE FROM tasks WHERE id = 't2'`);
    expect(await counts()).toEqual(COUNTS_CHANGED);
  });

  it('applies pending migrations in order and rolls back the one that fails', async () => {
    const schema = fresh();
    const p = pool(schema);
    await migratePostgres(p, schema);
    await expect(migratePostgres(p, schema, [...MIGRATIONS, addNote, broken])).rejects.toThrow(/no_such_table/);
    expect((await applied(p)).map((r) => r.version)).toEqual([...MIGRATIONS.map((m) => m.version), addNote.version]);
    expect((await p.query(`SELECT to_regclass('half_done') AS t`)).rows[0].t).toBeNull();
    await p.query(`INSERT INTO tasks (id, key_id, status, prompt, params, reference_count, created_at, updated_at, note)
      VALUES ('t', 'k', 'CREATED', 'p', '{}', 0, 1, 1, 'kept')`);
  });

  it('processes starting together take turns: each migration runs once', async () => {
    const schema = fresh();
    // Slow and not idempotent: without the lock, the second ALTER would fail on the existing column.
    const slow: Migration = { version: latest + 1, name: 'slow', up: 'SELECT pg_sleep(0.3); ALTER TABLE tasks ADD COLUMN note TEXT' };
    const [a, b] = [pool(schema), pool(schema)];
    await Promise.all([migratePostgres(a, schema, [...MIGRATIONS, slow]), migratePostgres(b, schema, [...MIGRATIONS, slow])]);
    expect((await applied(a)).map((r) => r.version)).toEqual([...MIGRATIONS.map((m) => m.version), slow.version]);
  });

  it('refuses a schema upgraded by a newer release', async () => {
    const schema = fresh();
    const p = pool(schema);
    await migratePostgres(p, schema);
    await p.query(`INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, 'from-the-future', 1)`, [latest + 3]);
    await expect(PostgresStore.connect(url, renderEvent, { schema })).rejects.toThrow(
      `The database is at schema version ${latest + 3}, but this bananastand release knows versions up to ${latest}`,
    );
  });
});
