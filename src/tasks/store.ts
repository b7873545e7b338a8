import type { WebhookOutbox } from '../webhooks/outbox.js';
import type {
  FileRecord,
  StoredReferenceInput,
  TaskError,
  TaskParams,
  TaskRecord,
  TaskResult,
  TaskStatus,
} from './task.js';

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
}

export interface NewTask {
  id: string;
  keyId: string;
  prompt: string;
  params: TaskParams;
  references: StoredReferenceInput[];
  webhookUrl: string | null;
  idempotencyKey: string | null;
  createdAt: number;
}

/** Renders the webhook body of a task at the moment of a status change (the task object, bare). */
export type EventRenderer = (task: TaskRecord) => string;

export interface ListQuery {
  page: number;
  perPage: number;
  status?: TaskStatus;
}

export interface KeyStore {
  createKey(input: { id: string; name: string; keyHash: string; prefix: string; webhookSecret: string; createdAt: number }): Promise<ApiKeyRecord>;
  findKeyByHash(keyHash: string): Promise<ApiKeyRecord | undefined>;
  getKey(id: string): Promise<ApiKeyRecord | undefined>;
  listKeys(): Promise<ApiKeyRecord[]>;
  revokeKey(id: string, at: number): Promise<boolean>;
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

  /** Takes the oldest runnable task (CREATED, or IN_PROGRESS with an expired lease and runs left),
   *  marks it IN_PROGRESS under `owner` until `now + leaseMs`, and counts a run. */
  claim(owner: string, now: number, leaseMs: number, maxRuns: number): Promise<TaskRecord | undefined>;
  /** Extends the lease; false when the task is no longer this owner's (finished, cancelled, taken). */
  renewLease(id: string, owner: string, until: number): Promise<boolean>;
  /** Ends task and webhook-event leases held by dead processes now (embedded mode: the data folder lock proves it). */
  expireAllLeases(): Promise<number>;
  /** Fails IN_PROGRESS tasks whose lease expired after their last allowed run: `worker_lost`. */
  failLostTasks(now: number, maxRuns: number, message: string): Promise<number>;
  complete(id: string, owner: string, now: number, files: FileRecord[], result: TaskResult): Promise<TaskRecord | undefined>;
  /** Fails a task that is not final yet. With `owner`, only while that owner holds it. */
  fail(id: string, now: number, error: TaskError, opts?: { owner?: string; result?: Partial<TaskResult> }): Promise<TaskRecord | undefined>;
  /** Tasks that are neither COMPLETED nor FAILED (readiness, drills). */
  countUnfinished(): Promise<number>;
}

export interface FileStore {
  getFile(id: string): Promise<FileRecord | undefined>;
  /** Files whose retention has passed and are not yet deleted. */
  expiredFiles(now: number, limit: number): Promise<FileRecord[]>;
  markFilesDeleted(ids: string[], now: number): Promise<void>;
}

export interface Store extends KeyStore, TaskStore, FileStore, WebhookOutbox {
  /** Called after each committed change that wrote webhook events (wakes the deliverer). */
  onEvents(listener: () => void): void;
  /** Called after each committed task creation (wakes the worker). */
  onTaskCreated(listener: () => void): void;
  /** Called after each committed status change of a task (wait mode, event streams). */
  onTaskChanged(listener: (task: TaskRecord) => void): () => void;
  ping(): Promise<void>;
  close(): Promise<void>;
}
