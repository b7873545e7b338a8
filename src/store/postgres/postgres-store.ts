import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FileRecord, StoredReferenceInput, TaskError, TaskRecord, TaskResult, TaskStage } from '../../domain/task.js';
import { InFlightLimitReached, type AttemptOutcome, type EventRenderer, type FailOptions, type KeyLimits, type ListQuery, type NewKey, type NewTask, type Store, type WebhookAttempt } from '../ports.js';
import { queuePlaces, runPlan } from '../queue-place.js';
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
  toEvent,
  toFile,
  toKey,
  toReference,
  toTask,
  withAttempts,
} from '../rows.js';
import { StoreSignals } from '../signals.js';
import { NotificationListener } from './listener.js';
import { migratePostgres } from './migrate.js';
import { checkSchemaName, inSnapshot, pgTypes, query, type Db } from './queries.js';

/** What one committed transaction changed, announced after COMMIT (here and, via NOTIFY, elsewhere). */
interface Change {
  tasks?: TaskRecord[];
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
 * The scale-out store: several processes share one Postgres. Claims lock with `SKIP LOCKED`;
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
    const config: pg.PoolConfig = { connectionString: url, types: pgTypes, ...(schema ? { options: `-c search_path=${schema}` } : {}) };
    const pool = new pg.Pool(config);
    pool.on('error', onError);
    try {
      await migratePostgres(pool, schema);
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
    await query(this.pool, 'ping');
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
    for (const t of change.tasks ?? []) kinds.push(`changed ${t.id}`);
    for (const kind of kinds) await c.query('SELECT pg_notify($1, $2)', [this.channel, `${this.instance} ${kind}`]);
  }

  private announce(change: Change): void {
    if (change.created) this.emitter.emit('task');
    if (change.events) this.emitter.emit('events');
    for (const t of change.tasks ?? []) this.emitter.emit('changed', t);
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

  async createKey(input: NewKey) {
    return toKey((await query(this.pool, 'insertKey', keyParams(input))).rows[0]);
  }

  async findKeyByHash(keyHash: string) {
    const { rows } = await query(this.pool, 'keyByHash', { key_hash: keyHash });
    return rows[0] ? toKey(rows[0]) : undefined;
  }

  async getKey(id: string) {
    const { rows } = await query(this.pool, 'keyById', { id });
    return rows[0] ? toKey(rows[0]) : undefined;
  }

  async listKeys() {
    return (await query(this.pool, 'listKeys')).rows.map(toKey);
  }

  async revokeKey(id: string, at: number) {
    return ((await query(this.pool, 'revokeKey', { id, at })).rowCount ?? 0) > 0;
  }

  async rotateWebhookSecret(id: string, secret: string, graceUntil: number) {
    const { rows } = await query(this.pool, 'rotateWebhookSecret', { id, secret, grace_until: graceUntil });
    return rows[0] ? toKey(rows[0]) : undefined;
  }

  async countActiveKeys() {
    return (await query(this.pool, 'countActiveKeys')).rows[0].n as number;
  }

  async updateKeyLimits(id: string, limits: Partial<KeyLimits>) {
    return this.tx(async (c) => {
      const current = (await query(c, 'keyById', { id })).rows[0];
      if (!current) return undefined;
      const { rows } = await query(c, 'updateKeyLimits', { id, ...limitParams({ ...toKey(current).limits, ...limits }) });
      return rows[0] ? toKey(rows[0]) : undefined;
    });
  }

  /** One row per key, updated atomically: every process on this database draws on the same bucket. */
  async drawRateToken(keyId: string, ratePerSecond: number, burst: number, now: number) {
    const { rows } = await query(this.pool, 'drawRateToken', { key_id: keyId, rate: ratePerSecond, burst, now });
    return { allowed: Number(rows[0].allowed) === 1, tokens: Number(rows[0].tokens) };
  }

  // ---- tasks ----

  private async readTask(db: Db, id: string): Promise<TaskRecord | undefined> {
    const { rows } = await query(db, 'taskById', { id });
    if (!rows[0]) return undefined;
    const files = rows[0].status === 'COMPLETED' ? (await query(db, 'filesOfTask', { task_id: id })).rows.map(toFile) : [];
    return toTask(rows[0], files);
  }

  async createTask(t: NewTask): Promise<{ task: TaskRecord; created: boolean }> {
    return this.tx(async (c, change) => {
      const replay = async () => {
        const { rows } = await query(c, 'taskByIdempotencyKey', { key_id: t.keyId, idempotency_key: t.idempotencyKey });
        return rows[0] ? { task: (await this.readTask(c, checkReplay(t, rows[0])))!, created: false } : undefined;
      };
      // A replay is answered even at the in-flight cap: it stores nothing.
      const earlier = t.idempotencyKey !== null ? await replay() : undefined;
      if (earlier) return earlier;
      if (t.maxInFlight != null) {
        // Creates of one key take turns here, so two processes cannot both see room for the last task.
        await query(c, 'lockKeyTasks', { key_id: t.keyId });
        if (((await query(c, 'countInFlight', { key_id: t.keyId })).rows[0].n as number) >= t.maxInFlight) {
          throw new InFlightLimitReached(t.maxInFlight);
        }
      }
      if (!(await query(c, 'insertTask', taskParams(t))).rowCount) return (await replay())!;
      for (const r of t.references) await query(c, 'insertReference', referenceParams(t.id, r));
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
    const filter = { key_id: keyId, status: q.status ?? null };
    const total = (await query(this.pool, 'countTasks', filter)).rows[0].n as number;
    const { rows } = await query(this.pool, 'listTasks', { ...filter, limit: q.perPage, offset: (q.page - 1) * q.perPage });
    const completed = rows.filter((r) => r.status === 'COMPLETED').map((r) => r.id as string);
    const files = filesByTask(completed.length ? (await query(this.pool, 'filesOfTasks', { task_ids: completed })).rows : []);
    return { tasks: rows.map((r) => toTask(r, files.get(r.id) ?? [])), total };
  }

  async getReferences(taskId: string): Promise<StoredReferenceInput[]> {
    return (await query(this.pool, 'referencesOfTask', { task_id: taskId })).rows.map(toReference);
  }

  /** Writes the webhook event of a status change, inside the caller's transaction. */
  private async writeEvent(c: pg.PoolClient, task: TaskRecord, now: number): Promise<boolean> {
    if (!task.webhookUrl) return false;
    await query(c, 'insertEvent', eventParams(task, this.renderEvent(task), now));
    return true;
  }

  async claim(owner: string, now: number, leaseMs: number, maxRuns: number, defaultMaxRunning = 0) {
    return (await this.claimMany(owner, now, leaseMs, maxRuns, defaultMaxRunning, 1))[0];
  }

  async claimMany(owner: string, now: number, leaseMs: number, maxRuns: number, defaultMaxRunning = 0, limit = 1) {
    return this.tx(async (c, change) => {
      const tasks: TaskRecord[] = (change.tasks = []);
      while (tasks.length < limit) {
        const next = (await query(c, 'pickNextTask', { now, max_runs: maxRuns, max_running: defaultMaxRunning })).rows[0];
        if (!next) break;
        await query(c, 'takeTask', { id: next.id, owner, until: now + leaseMs, now });
        const task = (await this.readTask(c, next.id))!;
        if (next.status === 'CREATED' && (await this.writeEvent(c, task, now))) change.events = true;
        tasks.push(task);
      }
      return tasks;
    });
  }

  async queuePosition(taskId: string) {
    return (await this.queuePositions([taskId])).get(taskId) ?? null;
  }

  async queuePositions(taskIds: readonly string[]) {
    if (!taskIds.length) return new Map<string, number>();
    return inSnapshot(this.pool, (c) => runPlan(queuePlaces(taskIds), async (name, params) => (await query(c, name, params)).rows));
  }

  async setStage(id: string, owner: string, stage: TaskStage) {
    return this.tx(async (c, change) => {
      if (!(await query(c, 'setTaskStage', { id, owner, stage })).rowCount) return false;
      change.tasks = [(await this.readTask(c, id))!];
      return true;
    });
  }

  async renewLease(id: string, owner: string, until: number) {
    return ((await query(this.pool, 'renewLease', { id, owner, until })).rowCount ?? 0) > 0;
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
    const { rows } = await query(this.pool, 'lostTasks', { now, max_runs: maxRuns });
    let n = 0;
    for (const r of rows) if (await this.fail(r.id, now, { code: 'worker_lost', message }, { leaseBefore: now })) n++;
    return n;
  }

  async complete(id: string, owner: string, now: number, files: FileRecord[], result: TaskResult) {
    return this.tx(async (c, change) => {
      if (!(await query(c, 'completeTask', { id, owner, now, result: JSON.stringify(result) })).rowCount) return undefined;
      for (const f of files) await query(c, 'insertFile', fileParams(f));
      await query(c, 'deleteReferences', { task_id: id });
      const task = (await this.readTask(c, id))!;
      change.events = await this.writeEvent(c, task, now);
      change.tasks = [task];
      return task;
    });
  }

  async fail(id: string, now: number, error: TaskError, opts: FailOptions = {}) {
    return this.tx(async (c, change) => {
      if (!(await query(c, 'failTask', failParams(id, now, error, opts))).rowCount) return undefined;
      await query(c, 'deleteReferences', { task_id: id });
      const task = (await this.readTask(c, id))!;
      change.events = await this.writeEvent(c, task, now);
      change.tasks = [task];
      return task;
    });
  }

  async depths() {
    const row = (await query(this.pool, 'depths')).rows[0];
    return { queue: Number(row.queue), outbox: Number(row.outbox) };
  }

  // ---- files ----

  async getFile(id: string) {
    const { rows } = await query(this.pool, 'fileById', { id });
    return rows[0] ? toFile(rows[0]) : undefined;
  }

  async expiredFiles(now: number, limit: number) {
    return (await query(this.pool, 'expiredFiles', { now, limit })).rows.map(toFile);
  }

  async markFilesDeleted(ids: string[], now: number) {
    if (ids.length) await query(this.pool, 'markFilesDeleted', { ids, now });
  }

  // ---- webhook outbox ----

  async claimDueEvents(now: number, limit: number, leaseMs: number) {
    return this.tx(async (c) => {
      const { rows } = await query(c, 'pickDueEvents', { now, limit });
      if (rows.length) await query(c, 'leaseEvents', { ids: rows.map((r) => r.id), until: now + leaseMs });
      return rows.map(toEvent);
    });
  }

  async recordAttempt(a: WebhookAttempt, outcome: AttemptOutcome) {
    await this.tx(async (c) => {
      await query(c, 'insertAttempt', attemptParams(a));
      const event = { id: a.eventId, attempt: a.attempt };
      if (outcome.kind === 'delivered') await query(c, 'eventDelivered', { ...event, delivered_at: a.attemptedAt + a.durationMs });
      else if (outcome.kind === 'retry') await query(c, 'eventRetry', { ...event, at: outcome.at });
      else {
        await query(c, 'eventExhausted', event);
        if (outcome.kind === 'gone') await query(c, 'exhaustSameTarget', { id: a.eventId });
      }
    });
  }

  async nextDueAt() {
    return ((await query(this.pool, 'nextDueAt')).rows[0].t as number | null) ?? null;
  }

  async listDeliveries(keyId: string, opts: { taskId?: string; limit: number }) {
    const filter = { key_id: keyId, task_id: opts.taskId ?? null, limit: opts.limit };
    const events = (await query(this.pool, 'listEvents', filter)).rows.map(toEvent);
    if (!events.length) return [];
    return withAttempts(events, (await query(this.pool, 'attemptsOfEvents', { event_ids: events.map((e) => e.id) })).rows);
  }

  async redeliver(eventId: string, keyId: string, now: number) {
    return this.tx(async (c, change) => {
      const { rows } = await query(c, 'redeliver', { id: eventId, key_id: keyId, now });
      if (!rows[0]) return undefined;
      change.events = true;
      return toEvent(rows[0]);
    });
  }
}
