import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { AttemptOutcome, WebhookAttempt } from '../webhooks/outbox.js';
import { NotificationListener } from './postgres-listener.js';
import { checkSchemaName, POSTGRES_SCHEMA } from './postgres-schema.js';
import type { EventRenderer, ListQuery, NewTask, Store } from './store.js';
import { StoreSignals } from './store-signals.js';
import type { FileRecord, StoredReferenceInput, TaskError, TaskRecord, TaskResult } from './task.js';

import { toAttempt, toEvent, toFile, toKey, toReference, toTask } from './store-rows.js';
type Db = pg.Pool | pg.PoolClient;

// Epoch milliseconds are BIGINT (int8, oid 20), which node-postgres returns as strings to be safe
// past 2^53; ours stay far below, and counts are int8 too. Per pool, not pg.types: others may differ.
const INT8_OID = 20;
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format),
} as pg.CustomTypesConfig;

/** What one committed transaction changed, announced after COMMIT (here and, via NOTIFY, elsewhere). */
interface Change {
  task?: TaskRecord;
  events?: boolean;
  created?: boolean;
}

export interface PostgresStoreOptions {
  /** Tables live in this schema (created if missing); default: the connection's search_path. */
  schema?: string;
  /** Connection errors of idle pooled clients and of the listener (they are retried, not thrown). */
  onConnectionError?: (err: Error) => void;
}

/**
 * The scale-out store: several processes share one Postgres. Claims use `FOR UPDATE SKIP LOCKED`;
 * wake-ups cross processes with LISTEN/NOTIFY. No task cache: another process may change any row.
 */
export class PostgresStore extends StoreSignals implements Store {
  /** Tells our own NOTIFYs apart from other processes' (we already announced those locally). */
  private readonly instance = randomBytes(8).toString('hex');

  private constructor(
    private readonly pool: pg.Pool,
    private readonly listener: NotificationListener,
    private readonly channel: string,
    private readonly renderEvent: EventRenderer,
  ) {
    super();
  }

  static async connect(url: string, renderEvent: EventRenderer, opts: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const schema = opts.schema === undefined ? undefined : checkSchemaName(opts.schema);
    const onError = opts.onConnectionError ?? (() => {});
    const config: pg.PoolConfig = { connectionString: url, types, ...(schema ? { options: `-c search_path=${schema}` } : {}) };
    const pool = new pg.Pool(config);
    pool.on('error', onError);
    try {
      await createSchema(pool, schema);
    } catch (err) {
      await pool.end().catch(() => {});
      throw err;
    }
    const channel = `bananastand_${schema ?? 'public'}`;
    let store: PostgresStore | undefined;
    const listener = new NotificationListener(config, channel, {
      onPayload: (p) => store?.onNotification(p),
      onReconnect: () => store?.wakeAll(),
      onError,
    });
    store = new PostgresStore(pool, listener, channel, renderEvent);
    await listener.start();
    return store;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.listener.close();
    await this.pool.end();
  }

  // ---- change announcements ----

  /** Runs `fn` in one transaction; its NOTIFYs are delivered only if it commits (Postgres NOTIFY docs). */
  private async tx<T>(fn: (c: pg.PoolClient, change: Change) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const change: Change = {};
    let broken: Error | undefined;
    let out!: T;
    try {
      await client.query('BEGIN');
      out = await fn(client, change);
      await this.notify(client, change);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw err;
    } finally {
      client.release(broken);
    }
    this.announce(change);
    return out;
  }

  private async notify(c: pg.PoolClient, change: Change): Promise<void> {
    const kinds: string[] = [];
    if (change.created) kinds.push('task');
    if (change.events) kinds.push('events');
    if (change.task) kinds.push(`changed ${change.task.id}`);
    for (const kind of kinds) await c.query('SELECT pg_notify($1, $2)', [this.channel, `${this.instance} ${kind}`]);
  }

  private announce(change: Change): void {
    if (change.created) this.emitter.emit('task');
    if (change.events) this.emitter.emit('events');
    if (change.task) this.emitter.emit('changed', change.task);
  }

  private onNotification(payload: string): void {
    const [from, kind, taskId] = payload.split(' ');
    if (from === this.instance) return;
    if (kind === 'task') this.emitter.emit('task');
    else if (kind === 'events') this.emitter.emit('events');
    else if (kind === 'changed' && taskId && this.emitter.listenerCount('changed') > 0) {
      this.readTask(this.pool, taskId).then(
        (task) => task && this.emitter.emit('changed', task),
        () => {},
      );
    }
  }

  /** After the listener was away: whatever was announced meanwhile may be waiting. */
  private wakeAll(): void {
    this.emitter.emit('task');
    this.emitter.emit('events');
  }

  // ---- keys ----

  async createKey(input: { id: string; name: string; keyHash: string; prefix: string; webhookSecret: string; createdAt: number }) {
    const { rows } = await this.pool.query(
      `INSERT INTO api_keys (id, name, key_hash, prefix, created_at, webhook_secret) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [input.id, input.name, input.keyHash, input.prefix, input.createdAt, input.webhookSecret],
    );
    return toKey(rows[0]);
  }

  async findKeyByHash(keyHash: string) {
    const { rows } = await this.pool.query('SELECT * FROM api_keys WHERE key_hash = $1', [keyHash]);
    return rows[0] ? toKey(rows[0]) : undefined;
  }

  async getKey(id: string) {
    const { rows } = await this.pool.query('SELECT * FROM api_keys WHERE id = $1', [id]);
    return rows[0] ? toKey(rows[0]) : undefined;
  }

  async listKeys() {
    return (await this.pool.query('SELECT * FROM api_keys ORDER BY created_at, id')).rows.map(toKey);
  }

  async revokeKey(id: string, at: number) {
    const r = await this.pool.query('UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id]);
    return (r.rowCount ?? 0) > 0;
  }

  async rotateWebhookSecret(id: string, secret: string, graceUntil: number) {
    const { rows } = await this.pool.query(
      `UPDATE api_keys SET previous_webhook_secret = webhook_secret, previous_secret_expires_at = $1, webhook_secret = $2
       WHERE id = $3 RETURNING *`,
      [graceUntil, secret, id],
    );
    return rows[0] ? toKey(rows[0]) : undefined;
  }

  async countActiveKeys() {
    return (await this.pool.query('SELECT COUNT(*) AS n FROM api_keys WHERE revoked_at IS NULL')).rows[0].n as number;
  }

  // ---- tasks ----

  private async readTask(db: Db, id: string): Promise<TaskRecord | undefined> {
    const { rows } = await db.query('SELECT * FROM tasks WHERE id = $1', [id]);
    if (!rows[0]) return undefined;
    const files =
      rows[0].status === 'COMPLETED'
        ? (await db.query('SELECT * FROM files WHERE task_id = $1 ORDER BY idx', [id])).rows.map(toFile)
        : [];
    return toTask(rows[0], files);
  }

  async createTask(t: NewTask): Promise<{ task: TaskRecord; created: boolean }> {
    return this.tx(async (c, change) => {
      // ON CONFLICT on (key_id, idempotency_key): a concurrent twin waits for ours, then finds it.
      const inserted = await c.query(
        `INSERT INTO tasks (id, key_id, status, prompt, params, reference_count, webhook_url, idempotency_key,
         runs, created_at, updated_at) VALUES ($1, $2, 'CREATED', $3, $4, $5, $6, $7, 0, $8, $8)
         ON CONFLICT (key_id, idempotency_key) DO NOTHING`,
        [t.id, t.keyId, t.prompt, JSON.stringify(t.params), t.references.length, t.webhookUrl, t.idempotencyKey, t.createdAt],
      );
      if (!inserted.rowCount) {
        const { rows } = await c.query('SELECT id FROM tasks WHERE key_id = $1 AND idempotency_key = $2', [t.keyId, t.idempotencyKey]);
        return { task: (await this.readTask(c, rows[0].id))!, created: false };
      }
      for (const r of t.references) {
        await c.query(
          'INSERT INTO task_references (task_id, idx, kind, url, bytes, mime_type, text) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [t.id, r.index, r.kind, r.url ?? null, r.bytes ?? null, r.mimeType ?? null, r.text ?? null],
        );
      }
      change.created = true;
      return { task: (await this.readTask(c, t.id))!, created: true };
    });
  }

  async getTask(id: string, keyId?: string) {
    const task = await this.readTask(this.pool, id);
    if (!task || (keyId !== undefined && task.keyId !== keyId)) return undefined;
    return task;
  }

  async listTasks(keyId: string, q: ListQuery) {
    const where = q.status ? 'key_id = $1 AND status = $2' : 'key_id = $1';
    const args: unknown[] = q.status ? [keyId, q.status] : [keyId];
    const total = (await this.pool.query(`SELECT COUNT(*) AS n FROM tasks WHERE ${where}`, args)).rows[0].n as number;
    const n = args.length;
    const { rows } = await this.pool.query(
      `SELECT * FROM tasks WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...args, q.perPage, (q.page - 1) * q.perPage],
    );
    const ids = rows.filter((r) => r.status === 'COMPLETED').map((r) => r.id as string);
    const files = new Map<string, FileRecord[]>();
    if (ids.length) {
      const fileRows = (await this.pool.query('SELECT * FROM files WHERE task_id = ANY($1) ORDER BY idx', [ids])).rows;
      for (const f of fileRows) {
        const list = files.get(f.task_id) ?? [];
        list.push(toFile(f));
        files.set(f.task_id, list);
      }
    }
    return { tasks: rows.map((r) => toTask(r, files.get(r.id) ?? [])), total };
  }

  async getReferences(taskId: string): Promise<StoredReferenceInput[]> {
    const { rows } = await this.pool.query('SELECT * FROM task_references WHERE task_id = $1 ORDER BY idx', [taskId]);
    return rows.map(toReference);
  }

  /** Writes the webhook event of a status change, inside the caller's transaction. */
  private async writeEvent(c: pg.PoolClient, task: TaskRecord, now: number): Promise<boolean> {
    if (!task.webhookUrl) return false;
    await c.query(
      `INSERT INTO webhook_events (id, task_id, key_id, url, status, payload, state, attempts, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'pending', 0, $7, $7)`,
      [`msg_${randomBytes(16).toString('hex')}`, task.id, task.keyId, task.webhookUrl, task.status, this.renderEvent(task), now],
    );
    return true;
  }

  async claim(owner: string, now: number, leaseMs: number, maxRuns: number) {
    return this.tx(async (c, change) => {
      // SKIP LOCKED: concurrent claimers pass over a row another is taking instead of waiting for it.
      const { rows } = await c.query(
        `WITH next AS (
           SELECT id, status FROM tasks
           WHERE status = 'CREATED' OR (status = 'IN_PROGRESS' AND lease_expires_at < $1 AND runs < $2)
           ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
         UPDATE tasks t SET status = 'IN_PROGRESS', lease_owner = $3, lease_expires_at = $4, runs = t.runs + 1,
           started_at = COALESCE(t.started_at, $1), updated_at = $1
         FROM next WHERE t.id = next.id RETURNING t.id, next.status AS previous_status`,
        [now, maxRuns, owner, now + leaseMs],
      );
      if (!rows[0]) return undefined;
      const task = (await this.readTask(c, rows[0].id))!;
      // A re-run after a crash does not change the status, so it sends no second IN_PROGRESS event.
      change.events = rows[0].previous_status === 'CREATED' && (await this.writeEvent(c, task, now));
      change.task = task;
      return task;
    });
  }

  async renewLease(id: string, owner: string, until: number) {
    const r = await this.pool.query(
      `UPDATE tasks SET lease_expires_at = $1 WHERE id = $2 AND lease_owner = $3 AND status = 'IN_PROGRESS'`,
      [until, id, owner],
    );
    return (r.rowCount ?? 0) > 0;
  }

  /**
   * A no-op: other live processes hold leases in the same database, and nothing here can tell a
   * dead owner from a live one, so a crashed process's tasks and events come back when their
   * leases expire (docs/scale-out.md).
   */
  async expireAllLeases() {
    return 0;
  }

  async failLostTasks(now: number, maxRuns: number, message: string) {
    const { rows } = await this.pool.query(
      `SELECT id FROM tasks WHERE status = 'IN_PROGRESS' AND lease_expires_at < $1 AND runs >= $2`,
      [now, maxRuns],
    );
    let n = 0;
    for (const r of rows) if (await this.fail(r.id, now, { code: 'worker_lost', message })) n++;
    return n;
  }

  async complete(id: string, owner: string, now: number, files: FileRecord[], result: TaskResult) {
    return this.tx(async (c, change) => {
      const changed = await c.query(
        `UPDATE tasks SET status = 'COMPLETED', result = $1, finished_at = $2, updated_at = $2, lease_owner = NULL,
         lease_expires_at = NULL WHERE id = $3 AND status = 'IN_PROGRESS' AND lease_owner = $4`,
        [JSON.stringify(result), now, id, owner],
      );
      if (!changed.rowCount) return undefined;
      for (const f of files) {
        await c.query(
          `INSERT INTO files (id, task_id, key_id, idx, mime_type, extension, bytes, width, height, etag, created_at, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [f.id, f.taskId, f.keyId, f.index, f.mimeType, f.extension, f.bytes, f.width, f.height, f.etag, f.createdAt, f.expiresAt],
        );
      }
      await c.query('DELETE FROM task_references WHERE task_id = $1', [id]);
      const task = (await this.readTask(c, id))!;
      change.events = await this.writeEvent(c, task, now);
      change.task = task;
      return task;
    });
  }

  async fail(id: string, now: number, error: TaskError, opts: { owner?: string; result?: Partial<TaskResult> } = {}) {
    return this.tx(async (c, change) => {
      const args: unknown[] = [error.code, error.message, opts.result ? JSON.stringify(opts.result) : null, now, id];
      if (opts.owner) args.push(opts.owner);
      const changed = await c.query(
        `UPDATE tasks SET status = 'FAILED', error_code = $1, error_message = $2, result = COALESCE($3, result),
         finished_at = $4, updated_at = $4, lease_owner = NULL, lease_expires_at = NULL
         WHERE id = $5 AND status IN ('CREATED', 'IN_PROGRESS')${opts.owner ? ' AND lease_owner = $6' : ''}`,
        args,
      );
      if (!changed.rowCount) return undefined;
      await c.query('DELETE FROM task_references WHERE task_id = $1', [id]);
      const task = (await this.readTask(c, id))!;
      change.events = await this.writeEvent(c, task, now);
      change.task = task;
      return task;
    });
  }

  async countUnfinished() {
    return (await this.pool.query(`SELECT COUNT(*) AS n FROM tasks WHERE status IN ('CREATED', 'IN_PROGRESS')`)).rows[0].n as number;
  }

  // ---- files ----

  async getFile(id: string) {
    const { rows } = await this.pool.query('SELECT * FROM files WHERE id = $1 AND deleted_at IS NULL', [id]);
    return rows[0] ? toFile(rows[0]) : undefined;
  }

  async expiredFiles(now: number, limit: number) {
    const { rows } = await this.pool.query(
      'SELECT * FROM files WHERE deleted_at IS NULL AND expires_at <= $1 ORDER BY expires_at, id LIMIT $2',
      [now, limit],
    );
    return rows.map(toFile);
  }

  async markFilesDeleted(ids: string[], now: number) {
    if (ids.length) await this.pool.query('UPDATE files SET deleted_at = $1 WHERE id = ANY($2)', [now, ids]);
  }

  // ---- webhook outbox ----

  async claimDueEvents(now: number, limit: number, leaseMs: number) {
    const { rows } = await this.pool.query(
      `WITH due AS (
         SELECT id FROM webhook_events WHERE state = 'pending' AND next_attempt_at <= $1
         AND (leased_until IS NULL OR leased_until <= $1) ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       UPDATE webhook_events e SET leased_until = $3 FROM due WHERE e.id = due.id RETURNING e.*`,
      [now, limit, now + leaseMs],
    );
    return rows.map(toEvent).sort((a, b) => (a.nextAttemptAt ?? 0) - (b.nextAttemptAt ?? 0) || a.createdAt - b.createdAt);
  }

  async recordAttempt(a: WebhookAttempt, outcome: AttemptOutcome) {
    await this.tx(async (c) => {
      await c.query(
        `INSERT INTO webhook_attempts (event_id, attempt, attempted_at, status_code, error, duration_ms)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [a.eventId, a.attempt, a.attemptedAt, a.statusCode, a.error, a.durationMs],
      );
      if (outcome.kind === 'delivered') {
        await c.query(
          `UPDATE webhook_events SET state = 'delivered', attempts = $1, next_attempt_at = NULL, leased_until = NULL,
           delivered_at = $2 WHERE id = $3`,
          [a.attempt, a.attemptedAt + a.durationMs, a.eventId],
        );
      } else if (outcome.kind === 'retry') {
        await c.query('UPDATE webhook_events SET attempts = $1, next_attempt_at = $2, leased_until = NULL WHERE id = $3', [
          a.attempt,
          outcome.at,
          a.eventId,
        ]);
      } else {
        await c.query(
          `UPDATE webhook_events SET state = 'exhausted', attempts = $1, next_attempt_at = NULL, leased_until = NULL WHERE id = $2`,
          [a.attempt, a.eventId],
        );
        if (outcome.kind === 'gone') {
          // A 410 ends retries for that task's URL at once (spec webhooks-and-network.md, "Delivery").
          await c.query(
            `UPDATE webhook_events SET state = 'exhausted', next_attempt_at = NULL
             WHERE (task_id, url) = (SELECT task_id, url FROM webhook_events WHERE id = $1) AND state = 'pending'`,
            [a.eventId],
          );
        }
      }
    });
  }

  async nextDueAt() {
    const { rows } = await this.pool.query(
      `SELECT MIN(CASE WHEN leased_until > next_attempt_at THEN leased_until ELSE next_attempt_at END) AS t
       FROM webhook_events WHERE state = 'pending'`,
    );
    return (rows[0].t as number | null) ?? null;
  }

  async listDeliveries(keyId: string, opts: { taskId?: string; limit: number }) {
    const where = opts.taskId ? 'key_id = $1 AND task_id = $2' : 'key_id = $1';
    const args: unknown[] = opts.taskId ? [keyId, opts.taskId] : [keyId];
    const events = (
      await this.pool.query(`SELECT * FROM webhook_events WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $${args.length + 1}`, [
        ...args,
        opts.limit,
      ])
    ).rows.map(toEvent);
    if (!events.length) return [];
    const attempts = (
      await this.pool.query('SELECT * FROM webhook_attempts WHERE event_id = ANY($1) ORDER BY attempt', [events.map((e) => e.id)])
    ).rows.map(toAttempt);
    return events.map((e) => ({ ...e, attemptsLog: attempts.filter((a) => a.eventId === e.id) }));
  }

  async redeliver(eventId: string, keyId: string, now: number) {
    return this.tx(async (c, change) => {
      const { rows } = await c.query(
        `UPDATE webhook_events SET state = 'pending', next_attempt_at = $1, delivered_at = NULL
         WHERE id = $2 AND key_id = $3 RETURNING *`,
        [now, eventId, keyId],
      );
      if (!rows[0]) return undefined;
      change.events = true;
      return toEvent(rows[0]);
    });
  }
}

/** Creates the schema and tables once; the advisory lock keeps processes starting together from racing. */
async function createSchema(pool: pg.Pool, schema: string | undefined): Promise<void> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('bananastand schema'))`);
    if (schema) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await client.query(`SET LOCAL search_path TO "${schema}"`);
    }
    await client.query(POSTGRES_SCHEMA);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch((e: Error) => (broken = e));
    throw err;
  } finally {
    client.release(broken);
  }
}
