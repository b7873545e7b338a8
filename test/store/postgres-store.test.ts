import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/create-store.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { TaskRecord } from '../../src/domain/task.js';
import { limitsContract } from './limits-contract.js';
import { renderEvent, storeContract } from './store-contract.js';

const url = process.env.BANANASTAND_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const prefix = `bs_test_${randomBytes(4).toString('hex')}`;
let admin: pg.Client | undefined;
let n = 0;

beforeAll(async () => {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    admin = client;
  } catch (err) {
    // Not a skip: CI has Postgres, and a silently skipped store is an untested store.
    throw new Error(`PostgresStore tests need Postgres at ${url} (set BANANASTAND_TEST_DATABASE_URL): ${(err as Error).message}`);
  }
});

afterAll(async () => {
  if (!admin) return;
  const { rows } = await admin.query('SELECT nspname FROM pg_namespace WHERE nspname LIKE $1', [`${prefix}%`]);
  for (const r of rows) await admin.query(`DROP SCHEMA "${r.nspname}" CASCADE`);
  await admin.end();
});

const freshSchema = () => `${prefix}_${++n}`;

storeContract('PostgresStore', () => PostgresStore.connect(url, renderEvent, { schema: freshSchema() }));
limitsContract('PostgresStore', () => PostgresStore.connect(url, renderEvent, { schema: freshSchema() }));

async function until(check: () => boolean, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for a notification');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const task = (id: string, createdAt: number) => ({
  id,
  keyId: 'key_a',
  prompt: 'a harbour at night',
  params: { aspectRatio: '1:1' as const, resolution: '1K' as const, useGoogleSearch: false },
  references: [],
  webhookUrl: 'https://hooks.example.com/in',
  idempotencyKey: null,
  createdAt,
});

describe('PostgresStore across processes', () => {
  it('two stores on one schema share tasks and wake each other through LISTEN/NOTIFY', async () => {
    const schema = freshSchema();
    const a = await PostgresStore.connect(url, renderEvent, { schema });
    const b = await PostgresStore.connect(url, renderEvent, { schema });
    try {
      let created = 0;
      let events = 0;
      const changed: TaskRecord[] = [];
      b.onTaskCreated(() => created++);
      b.onEvents(() => events++);
      b.onTaskChanged((t) => changed.push(t));

      await a.createTask(task('task_x', 1));
      await until(() => created === 1);
      const claimed = await b.claim('b', 10_000, 60_000, 3);
      expect(claimed?.id).toBe('task_x');
      expect(await a.claim('a', 10_000, 60_000, 3)).toBeUndefined();

      await a.fail('task_x', 11_000, { code: 'cancelled', message: 'stop' });
      await until(() => changed.some((t) => t.status === 'FAILED'));
      expect(changed.map((t) => t.status)).toEqual(['IN_PROGRESS', 'FAILED']);
      await until(() => events === 2);
      expect(await b.nextDueAt()).toBe(10_000);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('reconnects its listener after the connection is killed, without crashing', async () => {
    const schema = freshSchema();
    const errors: Error[] = [];
    const a = await PostgresStore.connect(url, renderEvent, { schema });
    const b = await PostgresStore.connect(url, renderEvent, { schema, onConnectionError: (e) => errors.push(e) });
    try {
      let created = 0;
      b.onTaskCreated(() => created++);
      const killed = await admin!.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'bananastand-listener' AND query = $1`,
        [`LISTEN "bananastand_${schema}"`],
      );
      expect(killed.rowCount).toBe(2);
      // The reconnect wakes the worker once, for whatever was announced while away.
      await until(() => created >= 1);
      created = 0;
      await a.createTask(task('task_y', 1));
      await until(() => created === 1);
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('createStore picks Postgres for postgres:// URLs and SQLite without one', async () => {
    const pgStore = await createStore({ databaseUrl: url, dataDir: '/nonexistent' }, renderEvent, { schema: freshSchema() });
    expect(pgStore).toBeInstanceOf(PostgresStore);
    await pgStore.close();
    const dir = (await import('node:fs')).mkdtempSync((await import('node:path')).join((await import('node:os')).tmpdir(), 'bs-create-'));
    const sqlite = await createStore({ dataDir: dir }, renderEvent);
    expect(sqlite).toBeInstanceOf(SqliteStore);
    await sqlite.close();
    await expect(createStore({ databaseUrl: 'mysql://x/y', dataDir: dir }, renderEvent)).rejects.toThrow(/postgres:\/\//);
  });
});
