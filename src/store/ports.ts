import type {
  FileRecord,
  StoredReferenceInput,
  TaskError,
  TaskParams,
  TaskRecord,
  TaskResult,
  TaskStage,
  TaskStatus,
} from '../domain/task.js';

// The store's ports: what the API, the worker, the sweeper and the webhook deliverer ask of durable
// state. Both SQL executors (sqlite/, postgres/) implement all of them and pass one contract suite.

export interface ApiKeyRecord {
  id: string;
  name: string;
  /** The first characters of the key, safe to show (`bs_live_ab12…`). */
  prefix: string;
  createdAt: number;
  revokedAt: number | null;
  webhookSecret: string;
  /** The previous secret, still signing until `previousSecretExpiresAt` (rotation grace). */
  previousWebhookSecret: string | null;
  previousSecretExpiresAt: number | null;
  /** This key's own limits; null fields take the server's defaults (docs/operations.md, "Per-key limits"). */
  limits: KeyLimits;
}

/** Per-key limits as stored: null means "the server's default". */
export interface KeyLimits {
  /** Token bucket: requests per second, sustained. */
  ratePerSecond: number | null;
  /** Token bucket: its size, the requests allowed at once after a quiet spell. */
  burst: number | null;
  /** Tasks CREATED or IN_PROGRESS at once; a create beyond it answers 429. */
  maxInFlight: number | null;
  /** Tasks IN_PROGRESS at once, deployment-wide; the claim passes over the key's other tasks. 0: no cap. */
  maxRunning: number | null;
}

export const NO_KEY_LIMITS: KeyLimits = Object.freeze({ ratePerSecond: null, burst: null, maxInFlight: null, maxRunning: null });

export interface NewKey {
  id: string;
  name: string;
  keyHash: string;
  prefix: string;
  webhookSecret: string;
  createdAt: number;
  limits?: KeyLimits;
}

/** What narrows a `fail`: only while `owner` holds the task, only if its lease ran out before `leaseBefore`; results to keep. */
export interface FailOptions {
  owner?: string;
  result?: Partial<TaskResult>;
  leaseBefore?: number;
}

export interface NewTask {
  id: string;
  keyId: string;
  prompt: string;
  params: TaskParams;
  references: StoredReferenceInput[];
  webhookUrl: string | null;
  idempotencyKey: string | null;
  /** SHA-256 of the normalised request, compared when the idempotency key is seen again. */
  fingerprint?: string | null;
  /** Refuse the task when the key already has this many CREATED or IN_PROGRESS (null: no cap). */
  maxInFlight?: number | null;
  createdAt: number;
}

/** The same Idempotency-Key came with another request body: nothing was stored. */
export class IdempotencyKeyReused extends Error {
  constructor(
    readonly idempotencyKey: string,
    readonly taskId: string,
  ) {
    super(`Idempotency-Key ${JSON.stringify(idempotencyKey)} was already used for task ${taskId} with another request body`);
    this.name = 'IdempotencyKeyReused';
  }
}

/** The key already has `limit` tasks CREATED or IN_PROGRESS: nothing was stored. */
export class InFlightLimitReached extends Error {
  constructor(readonly limit: number) {
    super(`the key already has ${limit} tasks in flight`);
    this.name = 'InFlightLimitReached';
  }
}

/** What one draw on a key's token bucket found. */
export interface RateDraw {
  allowed: boolean;
  /** Tokens left after the draw (fractional). */
  tokens: number;
}

/** Renders the webhook body of a task at the moment of a status change (the task object, bare). */
export type EventRenderer = (task: TaskRecord) => string;

export interface ListQuery {
  page: number;
  perPage: number;
  status?: TaskStatus;
}

export interface KeyStore {
  createKey(input: NewKey): Promise<ApiKeyRecord>;
  findKeyByHash(keyHash: string): Promise<ApiKeyRecord | undefined>;
  getKey(id: string): Promise<ApiKeyRecord | undefined>;
  /** Every key, oldest first (ties by id). */
  listKeys(): Promise<ApiKeyRecord[]>;
  revokeKey(id: string, at: number): Promise<boolean>;
  /** Sets the given limit fields (null: back to the default); undefined when no such key. */
  updateKeyLimits(id: string, limits: Partial<KeyLimits>): Promise<ApiKeyRecord | undefined>;
  rotateWebhookSecret(id: string, secret: string, graceUntil: number): Promise<ApiKeyRecord | undefined>;
  countActiveKeys(): Promise<number>;
}

/**
 * Durable tasks. Every status change is one atomic operation that also writes its webhook event
 * (the outbox) when the task has a webhook_url; statuses only move forward.
 */
export interface TaskStore {
  /** Inserts the task (and its inline reference bytes). With an idempotency key already used by the
   *  same API key, returns the existing task instead and `created: false`. */
  createTask(task: NewTask): Promise<{ task: TaskRecord; created: boolean }>;
  getTask(id: string, keyId?: string): Promise<TaskRecord | undefined>;
  listTasks(keyId: string, query: ListQuery): Promise<{ tasks: TaskRecord[]; total: number }>;
  /** The reference inputs of a task, in order, with inline bytes. */
  getReferences(taskId: string): Promise<StoredReferenceInput[]>;

  /**
   * Takes the next runnable task (CREATED, or IN_PROGRESS with an expired lease and runs left) in
   * round-robin order across keys, marks it IN_PROGRESS under `owner` until `now + leaseMs`, and
   * counts a run. The order: each runnable task ranks as (its key's live IN_PROGRESS count) + (its
   * place among its key's runnable tasks, oldest first); lowest rank first, then oldest, then id.
   * A key at its running cap (its `maxRunning`, else `defaultMaxRunning`; 0 = none) is passed over.
   */
  claim(owner: string, now: number, leaseMs: number, maxRuns: number, defaultMaxRunning?: number): Promise<TaskRecord | undefined>;
  /**
   * Up to `limit` claims in one transaction, each taken as `claim` would take it after the ones
   * before: the same order, one commit (a burst's start pays one per batch, not one per task).
   */
  claimMany(owner: string, now: number, leaseMs: number, maxRuns: number, defaultMaxRunning: number, limit: number): Promise<TaskRecord[]>;
  /** How many CREATED tasks the claim order puts before this one (0: next); null when it is not CREATED. */
  queuePosition(taskId: string): Promise<number | null>;
  /** The same for many tasks in one read of the queue: task id → tasks ahead, for those of them that are CREATED. */
  queuePositions(taskIds: readonly string[]): Promise<Map<string, number>>;
  /** Records what the run is doing and announces the change; false when the task is no longer this owner's. */
  setStage(id: string, owner: string, stage: TaskStage): Promise<boolean>;
  /** Extends the lease; false when the task is no longer this owner's (finished, cancelled, taken). */
  renewLease(id: string, owner: string, until: number): Promise<boolean>;
  /** Ends task and webhook-event leases held by dead processes now (embedded mode: the data folder lock proves it). */
  expireAllLeases(): Promise<number>;
  /** Fails IN_PROGRESS tasks whose lease expired after their last allowed run: `worker_lost`. */
  failLostTasks(now: number, maxRuns: number, message: string): Promise<number>;
  complete(id: string, owner: string, now: number, files: FileRecord[], result: TaskResult): Promise<TaskRecord | undefined>;
  /**
   * Fails a task that is not final yet. With `owner`, only while that owner holds it; with
   * `leaseBefore`, only while its lease still ends before then (a lost task whose owner renewed it
   * after all is left running).
   */
  fail(id: string, now: number, error: TaskError, opts?: FailOptions): Promise<TaskRecord | undefined>;
}

/**
 * Per-key token buckets: a draw refills `ratePerSecond` tokens a second up to `burst`, then takes
 * one if there is one. Postgres keeps the bucket in a row (one budget for every process on the
 * database); SQLite keeps it in memory (one process owns the data folder).
 */
export interface RateBuckets {
  drawRateToken(keyId: string, ratePerSecond: number, burst: number, now: number): Promise<RateDraw>;
}

export interface FileStore {
  getFile(id: string): Promise<FileRecord | undefined>;
  /** Files whose retention has passed and are not yet deleted, soonest expired first (ties by id). */
  expiredFiles(now: number, limit: number): Promise<FileRecord[]>;
  markFilesDeleted(ids: string[], now: number): Promise<void>;
}

export type WebhookEventState = 'pending' | 'delivered' | 'exhausted';

export interface WebhookEvent {
  /** Sent as `webhook-id`; the same on every attempt of this event. */
  id: string;
  taskId: string;
  keyId: string;
  url: string;
  /** The task status this event announces: IN_PROGRESS, COMPLETED or FAILED. */
  status: string;
  /** The exact JSON body to send (the task object at the moment of the change, without `data`). */
  payload: string;
  state: WebhookEventState;
  /** Attempts made so far. */
  attempts: number;
  /** Epoch ms of the next attempt; null once delivered or exhausted. */
  nextAttemptAt: number | null;
  createdAt: number;
  deliveredAt: number | null;
}

export interface WebhookAttempt {
  eventId: string;
  /** 1-based. */
  attempt: number;
  attemptedAt: number;
  /** HTTP status received, or null on a network error / timeout / refusal. */
  statusCode: number | null;
  /** Network error or refusal text, or a short reason ("redirect not followed"). */
  error: string | null;
  durationMs: number;
}

export type AttemptOutcome =
  | { kind: 'delivered' }
  | { kind: 'retry'; at: number }
  | { kind: 'exhausted' }
  /** A 410: stop this event and every pending event of the same task to the same URL. */
  | { kind: 'gone' };

/** The durable webhook outbox as the deliverer sees it. */
export interface WebhookOutbox {
  /**
   * Takes up to `limit` pending events due at `now` and leases them until `now + leaseMs`, so that
   * no other deliverer takes them meanwhile (a crashed deliverer's events come back then).
   * Earliest due first.
   */
  claimDueEvents(now: number, limit: number, leaseMs: number): Promise<WebhookEvent[]>;
  /** Records one attempt and its outcome atomically. */
  recordAttempt(attempt: WebhookAttempt, outcome: AttemptOutcome): Promise<void>;
  /** Epoch ms of the earliest pending attempt, to sleep until then. */
  nextDueAt(): Promise<number | null>;
  /** The key's events (optionally of one task) with their attempts, newest first. */
  listDeliveries(keyId: string, opts: { taskId?: string; limit: number }): Promise<(WebhookEvent & { attemptsLog: WebhookAttempt[] })[]>;
  /** Makes an event of this key pending again, due now. Undefined when the key does not own it. */
  redeliver(eventId: string, keyId: string, now: number): Promise<WebhookEvent | undefined>;
}

export interface Store extends KeyStore, TaskStore, FileStore, WebhookOutbox, RateBuckets {
  /** Called after each committed change that wrote webhook events (wakes the deliverer). */
  onEvents(listener: () => void): void;
  /** Called after each committed task creation (wakes the worker). */
  onTaskCreated(listener: () => void): () => void;
  /** Called after each committed status change of a task (wait mode, event streams). */
  onTaskChanged(listener: (task: TaskRecord) => void): () => void;
  /** Tasks waiting to be claimed and webhook events not yet settled, deployment-wide (metrics). */
  depths(): Promise<{ queue: number; outbox: number }>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
