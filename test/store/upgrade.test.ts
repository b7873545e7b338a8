import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/keys/keys.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import type { Store } from '../../src/store/ports.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { startRuntime, tempDir, TASKS } from '../helpers/runtime.js';
import { KEY, POSTGRES_SCHEMA, T, rows, SQLITE_SCHEMA, SQLITE_SCHEMA_BEFORE_LEASES } from './fixtures/d03482d-schema.js';
import { renderEvent } from './store-contract.js';

// Opens what release d03482d left behind (its schema verbatim, rows as it wrote them) with this
// code: every key, task, file and outbox event must still be there and usable.

const url = process.env.BANANASTAND_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schemaPrefix = `bs_upgrade_${randomBytes(4).toString('hex')}`;
const schemas: string[] = [];
const latest = MIGRATIONS[MIGRATIONS.length - 1].version;
const data = rows(hashApiKey(KEY));

afterAll(async () => {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await admin.end();
});

/** The d03482d rows, minus the columns a schema does not have. */
function inserts(skip: string[] = []): { sql: (ph: (i: number) => string) => string; values: unknown[] }[] {
  return Object.entries(data).flatMap(([table, list]) =>
    list.map((row) => {
      const columns = Object.keys(row).filter((c) => !skip.includes(c));
      return {
        sql: (ph: (i: number) => string) => `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => ph(i)).join(', ')})`,
        values: columns.map((c) => row[c]),
      };
    }),
  );
}

function d03482dDataFolder(schema: string, skip: string[] = []): string {
  const dir = tempDir('bananastand-d03482d-');
  const db = new Database(path.join(dir, 'bananastand.db'));
  db.pragma('journal_mode = WAL');
  db.exec(schema);
  for (const ins of inserts(skip)) db.prepare(ins.sql(() => '?')).run(...ins.values);
  db.close();
  return dir;
}

async function d03482dPostgresSchema(): Promise<string> {
  const schema = `${schemaPrefix}_${schemas.length + 1}`;
  schemas.push(schema);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA "${schema}"`);
    await client.query(`SET search_path TO "${schema}"`);
    await client.query(POSTGRES_SCHEMA);
    for (const ins of inserts()) await client.query(ins.sql((i) => `$${i + 1}`), ins.values);
  } finally {
    await client.end();
  }
  return schema;
}

/** What a d03482d store held must read back the same, and the store must go on working. */
async function expectIntactAndUsable(store: Store): Promise<void> {
  const live = await store.findKeyByHash(hashApiKey(KEY));
  expect(live).toEqual({
    id: 'key_live',
    name: 'bootstrap-1',
    prefix: 'bs_d03482d…',
    createdAt: 100,
    revokedAt: null,
    webhookSecret: 'whsec_new',
    previousWebhookSecret: 'whsec_old',
    previousSecretExpiresAt: 90_000,
    // Limits came with migration 003: none set, the server's defaults apply.
    limits: { ratePerSecond: null, burst: null, maxInFlight: null, maxRunning: null },
  });
  expect((await store.listKeys()).map((k) => [k.id, k.revokedAt])).toEqual([
    ['key_live', null],
    ['key_gone', 300],
  ]);
  expect(await store.countActiveKeys()).toBe(1);

  const done = await store.getTask(T.done, 'key_live');
  expect(done).toMatchObject({ status: 'COMPLETED', runs: 1, finishedAt: 1_300, result: JSON.parse(data.tasks[2].result as string) });
  expect(done?.files).toEqual([
    {
      id: 'file_done_0_capability_abcdefghij',
      taskId: T.done,
      keyId: 'key_live',
      index: 0,
      mimeType: 'image/png',
      extension: 'png',
      bytes: 123_456,
      width: 1376,
      height: 768,
      etag: '"etag0"',
      createdAt: 1_300,
      expiresAt: 500_000,
    },
  ]);
  expect(await store.getFile('file_done_0_capability_abcdefghij')).toEqual(done?.files[0]);
  expect(await store.getTask(T.failed)).toMatchObject({
    status: 'FAILED',
    error: { code: 'content_blocked', message: 'The prompt was blocked.' },
  });
  const listed = await store.listTasks('key_live', { page: 1, perPage: 10 });
  expect([listed.total, listed.tasks.map((t) => t.id)]).toEqual([4, [T.running, T.queued, T.done, T.failed]]);
  expect(await store.getReferences(T.queued)).toEqual([
    { index: 0, kind: 'inline', url: undefined, bytes: data.task_references[0].bytes, mimeType: 'image/png', text: undefined },
    { index: 1, kind: 'url', url: 'https://example.com/cat.jpg', bytes: undefined, mimeType: undefined, text: 'the cat' },
  ]);

  const deliveries = await store.listDeliveries('key_live', { limit: 10 });
  expect(deliveries.map((d) => [d.id, d.state, d.attemptsLog.map((a) => a.statusCode)])).toEqual([
    ['msg_failed', 'exhausted', [null]],
    ['msg_done_completed', 'pending', [503]],
    ['msg_done_started', 'delivered', [204]],
  ]);
  expect(await store.nextDueAt()).toBe(20_000);

  // Usable: the queued task is claimed (with its IN_PROGRESS event), then the abandoned one, the
  // idempotency key still answers with the old task, and the pending event is leased and recorded.
  const claimed = await store.claim('worker-new', 10_000, 60_000, 3);
  expect(claimed).toMatchObject({ id: T.queued, status: 'IN_PROGRESS', runs: 1 });
  expect(await store.claim('worker-new', 10_000, 60_000, 3)).toMatchObject({ id: T.running, runs: 2 });
  const replay = await store.createTask({
    id: 'task_twin',
    keyId: 'key_live',
    prompt: 'again',
    params: JSON.parse(data.tasks[0].params as string),
    references: [],
    webhookUrl: null,
    idempotencyKey: 'idem-1',
    createdAt: 11_000,
  });
  expect([replay.created, replay.task.id]).toEqual([false, T.queued]);
  const due = await store.claimDueEvents(30_000, 10, 5_000);
  // Earliest due first: the new IN_PROGRESS event (due 10 000) before the old retry (due 20 000).
  expect(due.map((e) => [e.taskId, e.status])).toEqual([
    [T.queued, 'IN_PROGRESS'],
    [T.done, 'COMPLETED'],
  ]);
  await store.recordAttempt(
    { eventId: 'msg_done_completed', attempt: 2, attemptedAt: 30_000, statusCode: 200, error: null, durationMs: 5 },
    { kind: 'delivered' },
  );
  const [completed] = await store.listDeliveries('key_live', { taskId: T.done, limit: 1 });
  expect([completed.state, completed.attemptsLog.map((a) => a.attempt)]).toEqual(['delivered', [1, 2]]);
  expect(await store.complete(T.queued, 'worker-new', 12_000, [], JSON.parse(data.tasks[2].result as string))).toMatchObject({
    status: 'COMPLETED',
  });
}

describe('upgrading a d03482d SQLite data folder', () => {
  it('keeps every key, task, file and outbox event, and records schema version 1+', async () => {
    const dir = d03482dDataFolder(SQLITE_SCHEMA);
    const store = new SqliteStore(path.join(dir, 'bananastand.db'), renderEvent);
    try {
      await expectIntactAndUsable(store);
    } finally {
      await store.close();
    }
    const db = new Database(path.join(dir, 'bananastand.db'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    db.close();
  });

  it('adds the columns older folders lacked (leased_until) before adopting them', async () => {
    const dir = d03482dDataFolder(SQLITE_SCHEMA_BEFORE_LEASES, ['leased_until']);
    const store = new SqliteStore(path.join(dir, 'bananastand.db'), renderEvent);
    try {
      await expectIntactAndUsable(store);
    } finally {
      await store.close();
    }
  });

  it('the server starts on it and the old key authenticates', async () => {
    const dir = d03482dDataFolder(SQLITE_SCHEMA);
    const rt = await startRuntime({ BANANASTAND_DATA_DIR: dir, BANANASTAND_API_KEYS: KEY }, { start: false });
    try {
      const res = await rt.app.inject({ method: 'GET', url: `${TASKS}/${T.done}`, headers: { 'x-magnific-api-key': KEY } });
      expect(res.statusCode).toBe(200);
      expect(res.json().data).toMatchObject({ task_id: T.done, status: 'COMPLETED' });
      expect(res.json().data.generated).toHaveLength(1);
    } finally {
      await rt.close();
    }
  });
});

describe('upgrading a d03482d Postgres schema', () => {
  it('keeps every key, task, file and outbox event, and records the migrations', async () => {
    const schema = await d03482dPostgresSchema();
    const store = await PostgresStore.connect(url, renderEvent, { schema });
    try {
      await expectIntactAndUsable(store);
    } finally {
      await store.close();
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows: applied } = await client.query(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
    await client.end();
    expect(applied.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });
});
