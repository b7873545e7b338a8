import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import type { AttemptOutcome, WebhookAttempt } from '../webhooks/outbox.js';
import type { ApiKeyRecord, EventRenderer, ListQuery, NewTask, Store } from './store.js';
import { StoreSignals } from './store-signals.js';
import type { FileRecord, StoredReferenceInput, TaskError, TaskRecord, TaskResult } from './task.js';
import { storeSchema } from './schema.js';
import { toAttempt, toEvent, toFile, toKey, toReference, toTask, type Row } from './store-rows.js';

/** The embedded store: one SQLite file in WAL mode (better-sqlite3 is synchronous; calls are short). */
export class SqliteStore extends StoreSignals implements Store {
  private readonly db: Database.Database;
  /** Statements compiled once: better-sqlite3 compiles the SQL on every `prepare`. */
  private readonly statements = new Map<string, Database.Statement>();
  /** Active keys by hash, valid while the file's `data_version` and our own writes say so. */
  private keyCache = new Map<string, ApiKeyRecord>();
  private keyCacheVersion = -1;
  private readonly insertTask: (t: NewTask) => { task: TaskRecord; created: boolean };
  /**
   * Recently read or changed tasks. Safe because one process owns the data folder (its lock) and
   * every task write goes through this object, which caches the committed record after each one.
   */
  private readonly taskCache = new Map<string, TaskRecord>();

  constructor(
    file: string,
    private readonly renderEvent: EventRenderer,
  ) {
    super();
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL is durable in WAL mode against process crashes (the case the spec asks for); FULL
    // would add an fsync per commit for power loss.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(storeSchema('BLOB'));
    this.migrate();
    this.insertTask = this.db.transaction((t: NewTask) => this.insertTaskRows(t));
  }

  /** Columns added after the first schema, for data folders made by an earlier version. */
  private migrate(): void {
    const columns = (this.db.prepare('PRAGMA table_info(webhook_events)').all() as Row[]).map((c) => c.name);
    if (!columns.includes('leased_until')) this.db.exec('ALTER TABLE webhook_events ADD COLUMN leased_until BIGINT');
  }

  private sql(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) {
      stmt = this.db.prepare(text);
      this.statements.set(text, stmt);
    }
    return stmt;
  }

  async ping(): Promise<void> {
    this.sql('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** `PRAGMA integrity_check` (drills). */
  integrityCheck(): string {
    return String(this.db.pragma('integrity_check', { simple: true }));
  }

  // ---- keys ----

  async createKey(input: {
    id: string;
    name: string;
    keyHash: string;
    prefix: string;
    webhookSecret: string;
    createdAt: number;
  }) {
    this.sql('INSERT INTO api_keys (id, name, key_hash, prefix, created_at, webhook_secret) VALUES (?, ?, ?, ?, ?, ?)').run(
      input.id,
      input.name,
      input.keyHash,
      input.prefix,
      input.createdAt,
      input.webhookSecret,
    );
    return (await this.getKey(input.id))!;
  }

  async findKeyByHash(keyHash: string) {
    // Every authenticated request looks its key up: serve it from memory unless the file changed.
    // `data_version` moves when another connection (the `keys` CLI) commits, so a revocation there
    // still takes effect on the next request; our own key writes clear the cache directly.
    const version = this.sql('PRAGMA data_version').pluck().get() as number;
    if (version !== this.keyCacheVersion) {
      this.keyCache = new Map();
      this.keyCacheVersion = version;
    }
    const cached = this.keyCache.get(keyHash);
    if (cached) return cached;
    const r = this.sql('SELECT * FROM api_keys WHERE key_hash = ?').get(keyHash) as Row | undefined;
    if (!r) return undefined;
    const key = toKey(r);
    if (this.keyCache.size < 10_000) this.keyCache.set(keyHash, key);
    return key;
  }

  async getKey(id: string) {
    const r = this.sql('SELECT * FROM api_keys WHERE id = ?').get(id) as Row | undefined;
    return r ? toKey(r) : undefined;
  }

  async listKeys() {
    return (this.sql('SELECT * FROM api_keys ORDER BY created_at').all() as Row[]).map(toKey);
  }

  async revokeKey(id: string, at: number) {
    this.keyCache.clear();
    return this.sql('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id).changes > 0;
  }

  async rotateWebhookSecret(id: string, secret: string, graceUntil: number) {
    this.keyCache.clear();
    const changed = this.sql(
      `UPDATE api_keys SET previous_webhook_secret = webhook_secret, previous_secret_expires_at = ?,
         webhook_secret = ? WHERE id = ?`,
    ).run(graceUntil, secret, id).changes;
    return changed ? this.getKey(id) : undefined;
  }

  async countActiveKeys() {
    return (this.sql('SELECT COUNT(*) AS n FROM api_keys WHERE revoked_at IS NULL').get() as Row).n as number;
  }

  // ---- tasks ----

  private readTask(id: string): TaskRecord | undefined {
    const r = this.sql('SELECT * FROM tasks WHERE id = ?').get(id) as Row | undefined;
    return r ? this.toTask(r) : undefined;
  }

  private toTask(r: Row, files?: FileRecord[]): TaskRecord {
    return toTask(
      r,
      files ??
        (r.status === 'COMPLETED'
          ? (this.sql('SELECT * FROM files WHERE task_id = ? ORDER BY idx').all(r.id) as Row[]).map(toFile)
          : []),
    );
  }

  /**
   * Group commit: creates that arrive in the same event-loop turn share one transaction (one WAL
   * commit), each in its own savepoint; every caller is answered after that commit, so a task is
   * still durable before its 200.
   */
  async createTask(t: NewTask): Promise<{ task: TaskRecord; created: boolean }> {
    return new Promise((resolve, reject) => {
      this.pendingCreates.push({ task: t, resolve, reject });
      if (this.pendingCreates.length === 1) setImmediate(() => this.flushCreates());
    });
  }

  private pendingCreates: {
    task: NewTask;
    resolve: (v: { task: TaskRecord; created: boolean }) => void;
    reject: (err: unknown) => void;
  }[] = [];

  private flushCreates(): void {
    const batch = this.pendingCreates;
    this.pendingCreates = [];
    const outcomes: ({ ok: true; value: { task: TaskRecord; created: boolean } } | { ok: false; err: unknown })[] = [];
    try {
      this.db
        .transaction(() => {
          for (const item of batch) {
            try {
              outcomes.push({ ok: true, value: this.insertTask(item.task) });
            } catch (err) {
              outcomes.push({ ok: false, err });
            }
          }
        })
        .immediate();
    } catch (err) {
      for (const item of batch) item.reject(err);
      return;
    }
    batch.forEach((item, i) => {
      const o = outcomes[i];
      if (o.ok) this.cacheTask(o.value.task);
      if (o.ok) item.resolve(o.value);
      else item.reject(o.err);
    });
    if (outcomes.some((o) => o.ok && o.value.created)) this.emitter.emit('task');
  }

  /** One task's inserts; run as `insertTask`, a savepoint of the batch's transaction. */
  private insertTaskRows(t: NewTask): { task: TaskRecord; created: boolean } {
    if (t.idempotencyKey) {
      const existing = this.sql('SELECT id FROM tasks WHERE key_id = ? AND idempotency_key = ?').get(
        t.keyId,
        t.idempotencyKey,
      ) as Row | undefined;
      if (existing) return { task: this.readTask(existing.id)!, created: false };
    }
    this.sql(
      `INSERT INTO tasks (id, key_id, status, prompt, params, reference_count, webhook_url, idempotency_key,
       runs, created_at, updated_at) VALUES (?, ?, 'CREATED', ?, ?, ?, ?, ?, 0, ?, ?)`,
    ).run(
      t.id,
      t.keyId,
      t.prompt,
      JSON.stringify(t.params),
      t.references.length,
      t.webhookUrl,
      t.idempotencyKey,
      t.createdAt,
      t.createdAt,
    );
    const ref = this.sql(
      'INSERT INTO task_references (task_id, idx, kind, url, bytes, mime_type, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const r of t.references) {
      ref.run(t.id, r.index, r.kind, r.url ?? null, r.bytes ?? null, r.mimeType ?? null, r.text ?? null);
    }
    return { task: this.readTask(t.id)!, created: true };
  }

  async getTask(id: string, keyId?: string) {
    let task = this.taskCache.get(id);
    if (!task) {
      task = this.readTask(id);
      if (task) this.cacheTask(task);
    }
    if (!task || (keyId !== undefined && task.keyId !== keyId)) return undefined;
    return task;
  }

  async listTasks(keyId: string, q: ListQuery) {
    const where = q.status ? 'key_id = ? AND status = ?' : 'key_id = ?';
    const args: unknown[] = q.status ? [keyId, q.status] : [keyId];
    const total = (this.sql(`SELECT COUNT(*) AS n FROM tasks WHERE ${where}`).get(...args) as Row).n as number;
    const rows = this.sql(`SELECT * FROM tasks WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`).all(
      ...args,
      q.perPage,
      (q.page - 1) * q.perPage,
    ) as Row[];
    const ids = rows.filter((r) => r.status === 'COMPLETED').map((r) => r.id);
    const files = new Map<string, FileRecord[]>();
    if (ids.length) {
      const fileRows = this.sql(`SELECT * FROM files WHERE task_id IN (${ids.map(() => '?').join(',')}) ORDER BY idx`).all(
        ...ids,
      ) as Row[];
      for (const f of fileRows) {
        const list = files.get(f.task_id) ?? [];
        list.push(toFile(f));
        files.set(f.task_id, list);
      }
    }
    return { tasks: rows.map((r) => this.toTask(r, files.get(r.id) ?? [])), total };
  }

  async getReferences(taskId: string): Promise<StoredReferenceInput[]> {
    const rows = this.sql('SELECT * FROM task_references WHERE task_id = ? ORDER BY idx').all(taskId) as Row[];
    return rows.map(toReference);
  }

  /** Writes the webhook event of a status change, inside the caller's transaction. */
  private writeEvent(task: TaskRecord, now: number): boolean {
    if (!task.webhookUrl) return false;
    this.sql(
      `INSERT INTO webhook_events (id, task_id, key_id, url, status, payload, state, attempts, next_attempt_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)`,
    ).run(
      `msg_${randomBytes(16).toString('hex')}`,
      task.id,
      task.keyId,
      task.webhookUrl,
      task.status,
      this.renderEvent(task),
      now,
      now,
    );
    return true;
  }

  private cacheTask(task: TaskRecord): void {
    this.taskCache.delete(task.id);
    this.taskCache.set(task.id, task);
    if (this.taskCache.size > 10_000) this.taskCache.delete(this.taskCache.keys().next().value!);
  }

  private afterCommit(wroteEvent: boolean, task: TaskRecord | undefined) {
    if (task) this.cacheTask(task);
    if (wroteEvent) this.emitter.emit('events');
    if (task) this.emitter.emit('changed', task);
  }

  async claim(owner: string, now: number, leaseMs: number, maxRuns: number) {
    const tx = this.db.transaction(() => {
      const row = this.sql(
        `SELECT id, status FROM tasks
           WHERE status = 'CREATED' OR (status = 'IN_PROGRESS' AND lease_expires_at < ? AND runs < ?)
           ORDER BY created_at, id LIMIT 1`,
      ).get(now, maxRuns) as Row | undefined;
      if (!row) return { task: undefined, event: false };
      this.sql(
        `UPDATE tasks SET status = 'IN_PROGRESS', lease_owner = ?, lease_expires_at = ?, runs = runs + 1,
           started_at = COALESCE(started_at, ?), updated_at = ? WHERE id = ?`,
      ).run(owner, now + leaseMs, now, now, row.id);
      const task = this.readTask(row.id)!;
      // A re-run after a crash does not change the status, so it sends no second IN_PROGRESS event.
      const event = row.status === 'CREATED' ? this.writeEvent(task, now) : false;
      return { task, event };
    });
    const out = tx.immediate();
    this.afterCommit(out.event, out.task);
    return out.task;
  }

  async renewLease(id: string, owner: string, until: number) {
    return (
      this.sql(`UPDATE tasks SET lease_expires_at = ? WHERE id = ? AND lease_owner = ? AND status = 'IN_PROGRESS'`).run(
        until,
        id,
        owner,
      ).changes > 0
    );
  }

  async expireAllLeases() {
    this.sql(`UPDATE webhook_events SET leased_until = NULL WHERE leased_until IS NOT NULL`).run();
    return this.sql(`UPDATE tasks SET lease_expires_at = 0 WHERE status = 'IN_PROGRESS'`).run().changes;
  }

  async failLostTasks(now: number, maxRuns: number, message: string) {
    const ids = (
      this.sql(`SELECT id FROM tasks WHERE status = 'IN_PROGRESS' AND lease_expires_at < ? AND runs >= ?`).all(
        now,
        maxRuns,
      ) as Row[]
    ).map((r) => r.id as string);
    let n = 0;
    for (const id of ids) if (await this.fail(id, now, { code: 'worker_lost', message })) n++;
    return n;
  }

  async complete(id: string, owner: string, now: number, files: FileRecord[], result: TaskResult) {
    const tx = this.db.transaction(() => {
      const changed = this.sql(
        `UPDATE tasks SET status = 'COMPLETED', result = ?, finished_at = ?, updated_at = ?, lease_owner = NULL,
           lease_expires_at = NULL WHERE id = ? AND status = 'IN_PROGRESS' AND lease_owner = ?`,
      ).run(JSON.stringify(result), now, now, id, owner).changes;
      if (!changed) return { task: undefined, event: false };
      const insert = this.sql(
        `INSERT INTO files (id, task_id, key_id, idx, mime_type, extension, bytes, width, height, etag, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const f of files) {
        insert.run(
          f.id,
          f.taskId,
          f.keyId,
          f.index,
          f.mimeType,
          f.extension,
          f.bytes,
          f.width,
          f.height,
          f.etag,
          f.createdAt,
          f.expiresAt,
        );
      }
      this.sql('DELETE FROM task_references WHERE task_id = ?').run(id);
      const task = this.readTask(id)!;
      return { task, event: this.writeEvent(task, now) };
    });
    const out = tx.immediate();
    this.afterCommit(out.event, out.task);
    return out.task;
  }

  async fail(id: string, now: number, error: TaskError, opts: { owner?: string; result?: Partial<TaskResult> } = {}) {
    const tx = this.db.transaction(() => {
      const ownerClause = opts.owner ? ' AND lease_owner = ?' : '';
      const args: unknown[] = [error.code, error.message, opts.result ? JSON.stringify(opts.result) : null, now, now, id];
      if (opts.owner) args.push(opts.owner);
      const changed = this.sql(
        `UPDATE tasks SET status = 'FAILED', error_code = ?, error_message = ?, result = COALESCE(?, result),
           finished_at = ?, updated_at = ?, lease_owner = NULL, lease_expires_at = NULL
           WHERE id = ? AND status IN ('CREATED', 'IN_PROGRESS')${ownerClause}`,
      ).run(...args).changes;
      if (!changed) return { task: undefined, event: false };
      this.sql('DELETE FROM task_references WHERE task_id = ?').run(id);
      const task = this.readTask(id)!;
      return { task, event: this.writeEvent(task, now) };
    });
    const out = tx.immediate();
    this.afterCommit(out.event, out.task);
    return out.task;
  }

  async countUnfinished() {
    return (this.sql(`SELECT COUNT(*) AS n FROM tasks WHERE status IN ('CREATED', 'IN_PROGRESS')`).get() as Row).n as number;
  }

  // ---- files ----

  async getFile(id: string) {
    const r = this.sql('SELECT * FROM files WHERE id = ? AND deleted_at IS NULL').get(id) as Row | undefined;
    return r ? toFile(r) : undefined;
  }

  async expiredFiles(now: number, limit: number) {
    return (this.sql('SELECT * FROM files WHERE deleted_at IS NULL AND expires_at <= ? LIMIT ?').all(now, limit) as Row[]).map(
      toFile,
    );
  }

  async markFilesDeleted(ids: string[], now: number) {
    const stmt = this.sql('UPDATE files SET deleted_at = ? WHERE id = ?');
    this.db.transaction(() => ids.forEach((id) => stmt.run(now, id)))();
  }

  // ---- webhook outbox ----

  async claimDueEvents(now: number, limit: number, leaseMs: number) {
    const tx = this.db.transaction(() => {
      const rows = this.sql(
        `SELECT * FROM webhook_events WHERE state = 'pending' AND next_attempt_at <= ?
         AND (leased_until IS NULL OR leased_until <= ?) ORDER BY next_attempt_at LIMIT ?`,
      ).all(now, now, limit) as Row[];
      // The lease is its own column, so a crash during an attempt leaves the event due at its own
      // time: the next start releases leases and sends it at once.
      const lease = this.sql('UPDATE webhook_events SET leased_until = ? WHERE id = ?');
      for (const r of rows) lease.run(now + leaseMs, r.id);
      return rows.map(toEvent);
    });
    return tx.immediate();
  }

  async recordAttempt(a: WebhookAttempt, outcome: AttemptOutcome) {
    this.db
      .transaction(() => {
        this.sql(
          `INSERT INTO webhook_attempts (event_id, attempt, attempted_at, status_code, error, duration_ms)
             VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(a.eventId, a.attempt, a.attemptedAt, a.statusCode, a.error, a.durationMs);
        const end = a.attemptedAt + a.durationMs;
        this.sql('UPDATE webhook_events SET leased_until = NULL WHERE id = ?').run(a.eventId);
        if (outcome.kind === 'delivered') {
          this.sql(
            `UPDATE webhook_events SET state = 'delivered', attempts = ?, next_attempt_at = NULL, delivered_at = ? WHERE id = ?`,
          ).run(a.attempt, end, a.eventId);
        } else if (outcome.kind === 'retry') {
          this.sql('UPDATE webhook_events SET attempts = ?, next_attempt_at = ? WHERE id = ?').run(
            a.attempt,
            outcome.at,
            a.eventId,
          );
        } else {
          this.sql(`UPDATE webhook_events SET state = 'exhausted', attempts = ?, next_attempt_at = NULL WHERE id = ?`).run(
            a.attempt,
            a.eventId,
          );
          if (outcome.kind === 'gone') {
            // A 410 ends retries for that task's URL at once (spec webhooks-and-network.md, "Delivery").
            const ev = this.sql('SELECT task_id, url FROM webhook_events WHERE id = ?').get(a.eventId) as Row;
            this.sql(
              `UPDATE webhook_events SET state = 'exhausted', next_attempt_at = NULL
                 WHERE task_id = ? AND url = ? AND state = 'pending'`,
            ).run(ev.task_id, ev.url);
          }
        }
      })
      .immediate();
  }

  async nextDueAt() {
    const r = this.sql(
      `SELECT MIN(CASE WHEN leased_until > next_attempt_at THEN leased_until ELSE next_attempt_at END) AS t
       FROM webhook_events WHERE state = 'pending'`,
    ).get() as Row;
    return (r.t as number | null) ?? null;
  }

  async listDeliveries(keyId: string, opts: { taskId?: string; limit: number }) {
    const where = opts.taskId ? 'key_id = ? AND task_id = ?' : 'key_id = ?';
    const args: unknown[] = opts.taskId ? [keyId, opts.taskId] : [keyId];
    const events = (
      this.sql(`SELECT * FROM webhook_events WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT ?`).all(
        ...args,
        opts.limit,
      ) as Row[]
    ).map(toEvent);
    const attempts = this.sql('SELECT * FROM webhook_attempts WHERE event_id = ? ORDER BY attempt');
    return events.map((e) => ({ ...e, attemptsLog: (attempts.all(e.id) as Row[]).map(toAttempt) }));
  }

  async redeliver(eventId: string, keyId: string, now: number) {
    const changed = this.sql(
      `UPDATE webhook_events SET state = 'pending', next_attempt_at = ?, delivered_at = NULL WHERE id = ? AND key_id = ?`,
    ).run(now, eventId, keyId).changes;
    if (!changed) return undefined;
    this.emitter.emit('events');
    return toEvent(this.sql('SELECT * FROM webhook_events WHERE id = ?').get(eventId) as Row);
  }
}
