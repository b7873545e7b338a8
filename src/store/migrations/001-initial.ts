import type { Migration } from './migration.js';

/**
 * The schema as released up to d03482d, unchanged, in portable SQL: BIGINT epoch milliseconds, TEXT
 * JSON; only the type of raw bytes differs (SQLite BLOB, Postgres BYTEA). `IF NOT EXISTS` lets it
 * also adopt a database made before numbered migrations, whose tables are already these.
 */
function initialSchema(binary: 'BLOB' | 'BYTEA'): string {
  return `
CREATE TABLE IF NOT EXISTS api_keys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,
  prefix TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  revoked_at BIGINT,
  webhook_secret TEXT NOT NULL,
  previous_webhook_secret TEXT,
  previous_secret_expires_at BIGINT
);
CREATE TABLE IF NOT EXISTS tasks (
  id TEXT PRIMARY KEY,
  key_id TEXT NOT NULL,
  status TEXT NOT NULL,
  prompt TEXT NOT NULL,
  params TEXT NOT NULL,
  reference_count INTEGER NOT NULL,
  webhook_url TEXT,
  idempotency_key TEXT,
  runs INTEGER NOT NULL DEFAULT 0,
  lease_owner TEXT,
  lease_expires_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  started_at BIGINT,
  finished_at BIGINT,
  error_code TEXT,
  error_message TEXT,
  result TEXT
);
CREATE INDEX IF NOT EXISTS tasks_by_key ON tasks (key_id, created_at);
CREATE INDEX IF NOT EXISTS tasks_by_status ON tasks (status, created_at);
CREATE UNIQUE INDEX IF NOT EXISTS tasks_idempotency ON tasks (key_id, idempotency_key);
CREATE TABLE IF NOT EXISTS task_references (
  task_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  url TEXT,
  bytes ${binary},
  mime_type TEXT,
  text TEXT,
  PRIMARY KEY (task_id, idx)
);
CREATE TABLE IF NOT EXISTS files (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL,
  key_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  mime_type TEXT NOT NULL,
  extension TEXT NOT NULL,
  bytes BIGINT NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  etag TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  deleted_at BIGINT
);
CREATE INDEX IF NOT EXISTS files_by_task ON files (task_id, idx);
CREATE INDEX IF NOT EXISTS files_by_expiry ON files (deleted_at, expires_at);
CREATE TABLE IF NOT EXISTS webhook_events (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL,
  key_id TEXT NOT NULL,
  url TEXT NOT NULL,
  status TEXT NOT NULL,
  payload TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT,
  leased_until BIGINT,
  created_at BIGINT NOT NULL,
  delivered_at BIGINT
);
CREATE INDEX IF NOT EXISTS webhook_events_due ON webhook_events (state, next_attempt_at);
CREATE INDEX IF NOT EXISTS webhook_events_by_task ON webhook_events (key_id, task_id, created_at);
CREATE TABLE IF NOT EXISTS webhook_attempts (
  event_id TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  attempted_at BIGINT NOT NULL,
  status_code INTEGER,
  error TEXT,
  duration_ms INTEGER NOT NULL,
  PRIMARY KEY (event_id, attempt)
);
`;
}

export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: { sqlite: initialSchema('BLOB'), postgres: initialSchema('BYTEA') },
};
