import Database from 'better-sqlite3';
import type { FileRecord, StoredReferenceInput, TaskError, TaskRecord, TaskResult, TaskStage } from '../../domain/task.js';
import { InFlightLimitReached, type ApiKeyRecord, type AttemptOutcome, type EventRenderer, type FailOptions, type KeyLimits, type ListQuery, type NewKey, type NewTask, type Store, type WebhookAttempt } from '../ports.js';
import { queuePlaces, runPlanSync } from '../queue-place.js';
import { MemoryRateBuckets } from '../rate-bucket.js';
import {
  attemptParams,
  checkReplay,
  limitParams,
  eventParams,
  failParams,
  fileParams,
  filesByTask,
  keyParams,
  referenceParams,
  taskParams,
  insertedTask,
  toEvent,
  toFile,
  toKey,
  toReference,
  toTask,
  withAttempts,
  type Row,
} from '../rows.js';
import { StoreSignals } from '../signals.js';
import { Checkpointer } from './checkpointer.js';
import { migrateSqlite } from './migrate.js';
import { PreparedStatements } from './prepared.js';

type Created = { task: TaskRecord; created: boolean };

/** The embedded store: one SQLite file in WAL mode (better-sqlite3 is synchronous; calls are short). */
export class SqliteStore extends StoreSignals implements Store {
  private readonly db: Database.Database;
  private readonly q: PreparedStatements;
  private readonly dataVersion: Database.Statement;
  /** Active keys by hash, valid while the file's `data_version` and our own writes say so. */
  private keyCache = new Map<string, ApiKeyRecord>();
  private keyCacheVersion = -1;
  /**
   * Recently read or changed tasks. Safe because one process owns the data folder (its lock) and
   * every task write goes through this object, which caches the committed record after each one.
   */
  private readonly taskCache = new Map<string, TaskRecord>();
  private readonly insertTask: (t: NewTask) => Created;
  private pendingCreates: { task: NewTask; resolve: (v: Created) => void; reject: (err: unknown) => void }[] = [];
  private readonly buckets = new MemoryRateBuckets();
  private readonly checkpointer: Checkpointer;

  constructor(
    file: string,
    private readonly renderEvent: EventRenderer,
  ) {
    super();
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL is durable in WAL mode against process crashes (docs/operations.md); FULL would add
    // an fsync per commit for power loss.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    migrateSqlite(this.db);
    this.checkpointer = new Checkpointer(this.db, file);
    this.q = new PreparedStatements(this.db);
    this.dataVersion = this.db.prepare('PRAGMA data_version').pluck();
    this.insertTask = this.db.transaction((t: NewTask) => this.insertTaskRows(t));
  }

  async ping(): Promise<void> {
    this.q.get('ping');
  }

  async close(): Promise<void> {
    await this.checkpointer.close();
    if (this.db.open) this.db.close();
  }

  // ---- keys ----

  async createKey(input: NewKey) {
    return toKey(this.q.get('insertKey', keyParams(input))!);
  }

  async findKeyByHash(keyHash: string) {
    // Every authenticated request looks its key up: serve it from memory unless the file changed.
    // `data_version` moves when another connection (the `keys` CLI) commits, so a revocation there
    // still takes effect on the next request; our own key writes clear the cache directly.
    const version = this.dataVersion.get() as number;
    if (version !== this.keyCacheVersion) {
      this.keyCache = new Map();
      this.keyCacheVersion = version;
    }
    const cached = this.keyCache.get(keyHash);
    if (cached) return cached;
    const r = this.q.get('keyByHash', { key_hash: keyHash });
    if (!r) return undefined;
    const key = toKey(r);
    if (this.keyCache.size < 10_000) this.keyCache.set(keyHash, key);
    return key;
  }

  async getKey(id: string) {
    const r = this.q.get('keyById', { id });
    return r ? toKey(r) : undefined;
  }

  async listKeys() {
    return this.q.all('listKeys').map(toKey);
  }

  async revokeKey(id: string, at: number) {
    this.keyCache.clear();
    return this.q.run('revokeKey', { id, at }) > 0;
  }

  async rotateWebhookSecret(id: string, secret: string, graceUntil: number) {
    this.keyCache.clear();
    const r = this.q.get('rotateWebhookSecret', { id, secret, grace_until: graceUntil });
    return r ? toKey(r) : undefined;
  }

  async countActiveKeys() {
    return this.q.get('countActiveKeys')!.n as number;
  }

  async updateKeyLimits(id: string, limits: Partial<KeyLimits>) {
    this.keyCache.clear();
    return this.db
      .transaction(() => {
        const current = this.q.get('keyById', { id });
        if (!current) return undefined;
        const r = this.q.get('updateKeyLimits', { id, ...limitParams({ ...toKey(current).limits, ...limits }) });
        return r ? toKey(r) : undefined;
      })
      .immediate();
  }

  async drawRateToken(keyId: string, ratePerSecond: number, burst: number, now: number) {
    return this.buckets.draw(keyId, ratePerSecond, burst, now);
  }

  // ---- tasks ----

  private readTask(id: string): TaskRecord | undefined {
    const r = this.q.get('taskById', { id });
    return r ? this.toTask(r) : undefined;
  }

  private toTask(r: Row, files?: FileRecord[]): TaskRecord {
    return toTask(r, files ?? (r.status === 'COMPLETED' ? this.q.all('filesOfTask', { task_id: r.id }).map(toFile) : []));
  }

  /**
   * Group commit: creates that arrive in the same event-loop turn share one transaction (one WAL
   * commit), each in its own savepoint; every caller is answered after that commit, so a task is
   * still durable before its 200.
   */
  async createTask(t: NewTask): Promise<Created> {
    return new Promise((resolve, reject) => {
      this.pendingCreates.push({ task: t, resolve, reject });
      if (this.pendingCreates.length === 1) setImmediate(() => this.flushCreates());
    });
  }

  private flushCreates(): void {
    const batch = this.pendingCreates;
    this.pendingCreates = [];
    const outcomes: ({ ok: true; value: Created } | { ok: false; err: unknown })[] = [];
    try {
      this.db
        .transaction(() => {
          for (const item of batch) {
            try {
              // A task without references is one INSERT, atomic on its own (SQLite undoes a failed
              // statement, triggers included): only several rows need a savepoint of the batch.
              const t = item.task;
              outcomes.push({ ok: true, value: t.references.length ? this.insertTask(t) : this.insertTaskRows(t) });
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
  private insertTaskRows(t: NewTask): Created {
    const replay = () => {
      const existing = this.q.get('taskByIdempotencyKey', { key_id: t.keyId, idempotency_key: t.idempotencyKey });
      return existing ? { task: this.readTask(checkReplay(t, existing))!, created: false } : undefined;
    };
    // A replay is answered even at the in-flight cap: it stores nothing.
    const earlier = t.idempotencyKey !== null ? replay() : undefined;
    if (earlier) return earlier;
    if (t.maxInFlight != null && (this.q.get('countInFlight', { key_id: t.keyId })!.n as number) >= t.maxInFlight) {
      throw new InFlightLimitReached(t.maxInFlight);
    }
    const params = taskParams(t);
    if (!this.q.run('insertTask', params)) return replay()!;
    for (const r of t.references) this.q.run('insertReference', referenceParams(t.id, r));
    return { task: insertedTask(t, params), created: true };
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
    const filter = { key_id: keyId, status: q.status ?? null };
    const total = this.q.get('countTasks', filter)!.n as number;
    const rows = this.q.all('listTasks', { ...filter, limit: q.perPage, offset: (q.page - 1) * q.perPage });
    const completed = rows.filter((r) => r.status === 'COMPLETED').map((r) => r.id as string);
    const files = filesByTask(completed.length ? this.q.all('filesOfTasks', { task_ids: completed }) : []);
    return { tasks: rows.map((r) => this.toTask(r, files.get(r.id) ?? [])), total };
  }

  async getReferences(taskId: string): Promise<StoredReferenceInput[]> {
    return this.q.all('referencesOfTask', { task_id: taskId }).map(toReference);
  }

  /** Writes the webhook event of a status change, inside the caller's transaction. */
  private writeEvent(task: TaskRecord, now: number): boolean {
    if (!task.webhookUrl) return false;
    this.q.run('insertEvent', eventParams(task, this.renderEvent(task), now));
    return true;
  }

  private cacheTask(task: TaskRecord): void {
    this.taskCache.delete(task.id);
    this.taskCache.set(task.id, task);
    if (this.taskCache.size > 10_000) this.taskCache.delete(this.taskCache.keys().next().value!);
  }

  /** Runs status changes in one IMMEDIATE transaction, then caches and announces what it committed. */
  private changeAll(fn: () => { tasks: TaskRecord[]; event: boolean }): TaskRecord[] {
    const out = this.db.transaction(fn).immediate();
    for (const t of out.tasks) this.cacheTask(t);
    if (out.event) this.emitter.emit('events');
    for (const t of out.tasks) this.emitter.emit('changed', t);
    return out.tasks;
  }

  private change(fn: () => { task?: TaskRecord; event: boolean }): TaskRecord | undefined {
    return this.changeAll(() => (({ task, event }) => ({ tasks: task ? [task] : [], event }))(fn()))[0];
  }

  async claim(owner: string, now: number, leaseMs: number, maxRuns: number, defaultMaxRunning = 0) {
    return (await this.claimMany(owner, now, leaseMs, maxRuns, defaultMaxRunning, 1))[0];
  }

  async claimMany(owner: string, now: number, leaseMs: number, maxRuns: number, defaultMaxRunning = 0, limit = 1) {
    return this.changeAll(() => {
      const tasks: TaskRecord[] = [];
      let event = false;
      while (tasks.length < limit) {
        const next = this.q.get('pickNextTask', { now, max_runs: maxRuns, max_running: defaultMaxRunning });
        if (!next) break;
        this.q.run('takeTask', { id: next.id, owner, until: now + leaseMs, now });
        const task = this.readTask(next.id)!;
        if (next.status === 'CREATED' && this.writeEvent(task, now)) event = true;
        tasks.push(task);
      }
      return { tasks, event };
    });
  }

  async queuePosition(taskId: string) {
    return (await this.queuePositions([taskId])).get(taskId) ?? null;
  }

  async queuePositions(taskIds: readonly string[]) {
    if (!taskIds.length) return new Map<string, number>();
    // Synchronous, in one turn: the counts and the scans see the same committed state.
    // The cache holds committed records, so a cached task's key, age and status need no read.
    return runPlanSync(queuePlaces(taskIds, (id) => this.taskCache.get(id)), (name, params) => this.q.all(name, params));
  }

  async setStage(id: string, owner: string, stage: TaskStage) {
    const task = this.change(() => (this.q.run('setTaskStage', { id, owner, stage }) ? { task: this.readTask(id)!, event: false } : { event: false }));
    return task !== undefined;
  }

  async renewLease(id: string, owner: string, until: number) {
    return this.q.run('renewLease', { id, owner, until }) > 0;
  }

  async expireAllLeases() {
    this.q.run('releaseEventLeases');
    return this.q.run('expireTaskLeases');
  }

  async failLostTasks(now: number, maxRuns: number, message: string) {
    const ids = this.q.all('lostTasks', { now, max_runs: maxRuns }).map((r) => r.id as string);
    let n = 0;
    for (const id of ids) if (await this.fail(id, now, { code: 'worker_lost', message }, { leaseBefore: now })) n++;
    return n;
  }

  async complete(id: string, owner: string, now: number, files: FileRecord[], result: TaskResult) {
    return this.change(() => {
      if (!this.q.run('completeTask', { id, owner, now, result: JSON.stringify(result) })) return { event: false };
      for (const f of files) this.q.run('insertFile', fileParams(f));
      this.q.run('deleteReferences', { task_id: id });
      const task = this.readTask(id)!;
      return { task, event: this.writeEvent(task, now) };
    });
  }

  async fail(id: string, now: number, error: TaskError, opts: FailOptions = {}) {
    return this.change(() => {
      if (!this.q.run('failTask', failParams(id, now, error, opts))) return { event: false };
      this.q.run('deleteReferences', { task_id: id });
      const task = this.readTask(id)!;
      return { task, event: this.writeEvent(task, now) };
    });
  }

  async depths() {
    const row = this.q.get('depths')!;
    return { queue: Number(row.queue), outbox: Number(row.outbox) };
  }

  // ---- files ----

  async getFile(id: string) {
    const r = this.q.get('fileById', { id });
    return r ? toFile(r) : undefined;
  }

  async expiredFiles(now: number, limit: number) {
    return this.q.all('expiredFiles', { now, limit }).map(toFile);
  }

  async markFilesDeleted(ids: string[], now: number) {
    if (ids.length) this.q.run('markFilesDeleted', { ids, now });
  }

  // ---- webhook outbox ----

  async claimDueEvents(now: number, limit: number, leaseMs: number) {
    return this.db
      .transaction(() => {
        const rows = this.q.all('pickDueEvents', { now, limit });
        if (rows.length) this.q.run('leaseEvents', { ids: rows.map((r) => r.id), until: now + leaseMs });
        return rows.map(toEvent);
      })
      .immediate();
  }

  async recordAttempt(a: WebhookAttempt, outcome: AttemptOutcome) {
    this.db
      .transaction(() => {
        this.q.run('insertAttempt', attemptParams(a));
        const event = { id: a.eventId, attempt: a.attempt };
        if (outcome.kind === 'delivered') this.q.run('eventDelivered', { ...event, delivered_at: a.attemptedAt + a.durationMs });
        else if (outcome.kind === 'retry') this.q.run('eventRetry', { ...event, at: outcome.at });
        else {
          this.q.run('eventExhausted', event);
          if (outcome.kind === 'gone') this.q.run('exhaustSameTarget', { id: a.eventId });
        }
      })
      .immediate();
  }

  async nextDueAt() {
    return (this.q.get('nextDueAt')!.t as number | null) ?? null;
  }

  async listDeliveries(keyId: string, opts: { taskId?: string; limit: number }) {
    const events = this.q.all('listEvents', { key_id: keyId, task_id: opts.taskId ?? null, limit: opts.limit }).map(toEvent);
    if (!events.length) return [];
    return withAttempts(events, this.q.all('attemptsOfEvents', { event_ids: events.map((e) => e.id) }));
  }

  async redeliver(eventId: string, keyId: string, now: number) {
    const r = this.q.get('redeliver', { id: eventId, key_id: keyId, now });
    if (!r) return undefined;
    this.emitter.emit('events');
    return toEvent(r);
  }
}
