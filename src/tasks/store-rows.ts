import type { WebhookAttempt, WebhookEvent } from '../webhooks/outbox.js';
import type { ApiKeyRecord } from './store.js';
import type { FileRecord, StoredReferenceInput, TaskRecord } from './task.js';

// Rows as both SQL stores read them (the same column names in SQLite and Postgres) into records.

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
  };
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
