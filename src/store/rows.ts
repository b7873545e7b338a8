import { randomBytes } from 'node:crypto';
import type { FileRecord, StoredReferenceInput, TaskError, TaskRecord } from '../domain/task.js';
import { IdempotencyKeyReused, NO_KEY_LIMITS, type ApiKeyRecord, type FailOptions, type KeyLimits, type NewKey, type NewTask, type WebhookAttempt, type WebhookEvent } from './ports.js';
import type { Params } from './sql/dialect.js';

// Rows as both SQL stores read them (the same column names in SQLite and Postgres) into records,
// and records into the named parameters of the statements that write them (sql/statements.ts).

export type Row = Record<string, any>;

export function toKey(r: Row): ApiKeyRecord {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    webhookSecret: r.webhook_secret,
    previousWebhookSecret: r.previous_webhook_secret,
    previousSecretExpiresAt: r.previous_secret_expires_at,
    limits: {
      ratePerSecond: r.rate_per_second ?? null,
      burst: r.rate_burst ?? null,
      maxInFlight: r.max_in_flight ?? null,
      maxRunning: r.max_running ?? null,
    },
  };
}

/** The limit columns of api_keys as named parameters. */
export function limitParams(l: KeyLimits): Params {
  return { rate_per_second: l.ratePerSecond, rate_burst: l.burst, max_in_flight: l.maxInFlight, max_running: l.maxRunning };
}

export function toFile(r: Row): FileRecord {
  return {
    id: r.id,
    taskId: r.task_id,
    keyId: r.key_id,
    index: r.idx,
    mimeType: r.mime_type,
    extension: r.extension,
    bytes: r.bytes,
    width: r.width,
    height: r.height,
    etag: r.etag,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
  };
}

export function toEvent(r: Row): WebhookEvent {
  return {
    id: r.id,
    taskId: r.task_id,
    keyId: r.key_id,
    url: r.url,
    status: r.status,
    payload: r.payload,
    state: r.state,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    createdAt: r.created_at,
    deliveredAt: r.delivered_at,
  };
}

export function toAttempt(r: Row): WebhookAttempt {
  return {
    eventId: r.event_id,
    attempt: r.attempt,
    attemptedAt: r.attempted_at,
    statusCode: r.status_code,
    error: r.error,
    durationMs: r.duration_ms,
  };
}

export function toTask(r: Row, files: FileRecord[]): TaskRecord {
  return {
    id: r.id,
    keyId: r.key_id,
    status: r.status,
    prompt: r.prompt,
    params: JSON.parse(r.params),
    referenceCount: r.reference_count,
    webhookUrl: r.webhook_url,
    idempotencyKey: r.idempotency_key,
    runs: r.runs,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    error: r.error_code ? { code: r.error_code, message: r.error_message } : null,
    result: r.result ? JSON.parse(r.result) : null,
    files,
    ...(r.stage ? { stage: r.stage } : {}),
  };
}

/**
 * The record of a task just inserted, as `toTask` would read it back (the INSERT's values and the
 * columns' defaults): the embedded store answers a create without a read after its write.
 */
export function insertedTask(t: NewTask, params: Params): TaskRecord {
  return {
    id: t.id,
    keyId: t.keyId,
    status: 'CREATED',
    prompt: t.prompt,
    params: JSON.parse(params.params as string),
    referenceCount: t.references.length,
    webhookUrl: t.webhookUrl,
    idempotencyKey: t.idempotencyKey,
    runs: 0,
    createdAt: t.createdAt,
    updatedAt: t.createdAt,
    startedAt: null,
    finishedAt: null,
    error: null,
    result: null,
    files: [],
  };
}

export function toReference(r: Row): StoredReferenceInput {
  return {
    index: r.idx,
    kind: r.kind,
    url: r.url ?? undefined,
    bytes: r.bytes ?? undefined,
    mimeType: r.mime_type ?? undefined,
    text: r.text ?? undefined,
  };
}

/**
 * A create met an earlier task with its idempotency key (`row`: its id and fingerprint): the same
 * request replays it; another request is refused. Tasks stored before fingerprints replay as before.
 */
export function checkReplay(t: NewTask, row: Row): string {
  if (t.idempotencyKey !== null && t.fingerprint && row.request_fingerprint && row.request_fingerprint !== t.fingerprint) {
    throw new IdempotencyKeyReused(t.idempotencyKey, row.id);
  }
  return row.id;
}

/** Files by task id, each list in index order as the rows came. */
export function filesByTask(rows: Row[]): Map<string, FileRecord[]> {
  const files = new Map<string, FileRecord[]>();
  for (const r of rows) {
    const list = files.get(r.task_id) ?? [];
    list.push(toFile(r));
    files.set(r.task_id, list);
  }
  return files;
}

/** Attaches each event's attempts (rows ordered by attempt) to it. */
export function withAttempts(events: WebhookEvent[], attemptRows: Row[]): (WebhookEvent & { attemptsLog: WebhookAttempt[] })[] {
  const attempts = attemptRows.map(toAttempt);
  return events.map((e) => ({ ...e, attemptsLog: attempts.filter((a) => a.eventId === e.id) }));
}

export function keyParams(k: NewKey): Params {
  return {
    id: k.id,
    name: k.name,
    key_hash: k.keyHash,
    prefix: k.prefix,
    created_at: k.createdAt,
    webhook_secret: k.webhookSecret,
    ...limitParams(k.limits ?? NO_KEY_LIMITS),
  };
}

export function taskParams(t: NewTask): Params {
  return {
    id: t.id,
    key_id: t.keyId,
    prompt: t.prompt,
    params: JSON.stringify(t.params),
    reference_count: t.references.length,
    webhook_url: t.webhookUrl,
    idempotency_key: t.idempotencyKey,
    request_fingerprint: t.fingerprint ?? null,
    created_at: t.createdAt,
  };
}

export function referenceParams(taskId: string, r: StoredReferenceInput): Params {
  return {
    task_id: taskId,
    idx: r.index,
    kind: r.kind,
    url: r.url ?? null,
    bytes: r.bytes ?? null,
    mime_type: r.mimeType ?? null,
    text: r.text ?? null,
  };
}

export function failParams(id: string, now: number, error: TaskError, opts: FailOptions): Params {
  const result = opts.result ? JSON.stringify(opts.result) : null;
  return { id, now, code: error.code, message: error.message, result, owner: opts.owner ?? null, lease_before: opts.leaseBefore ?? null };
}

export function fileParams(f: FileRecord): Params {
  return {
    id: f.id,
    task_id: f.taskId,
    key_id: f.keyId,
    idx: f.index,
    mime_type: f.mimeType,
    extension: f.extension,
    bytes: f.bytes,
    width: f.width,
    height: f.height,
    etag: f.etag,
    created_at: f.createdAt,
    expires_at: f.expiresAt,
  };
}

/** The outbox row announcing `task`'s current status; its id is the `webhook-id` receivers dedupe on. */
export function eventParams(task: TaskRecord, payload: string, now: number): Params {
  return {
    id: `msg_${randomBytes(16).toString('hex')}`,
    task_id: task.id,
    key_id: task.keyId,
    url: task.webhookUrl,
    status: task.status,
    payload,
    now,
  };
}

export function attemptParams(a: WebhookAttempt): Params {
  return {
    event_id: a.eventId,
    attempt: a.attempt,
    attempted_at: a.attemptedAt,
    status_code: a.statusCode,
    error: a.error,
    duration_ms: a.durationMs,
  };
}
