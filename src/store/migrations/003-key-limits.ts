import type { Migration } from './migration.js';

/**
 * Per-key limits (docs/operations.md, "Per-key limits"): the token bucket's sustained rate and
 * burst, the most tasks in flight (CREATED + IN_PROGRESS) and running (IN_PROGRESS) at once. NULL
 * takes the server's default (BANANASTAND_KEY_*). `rate_buckets` holds each key's bucket when
 * several processes share one Postgres, so that their requests draw on one budget; the embedded
 * store keeps buckets in memory (one process owns the data folder) and leaves the table empty.
 * `tasks_claim_order` serves the claim's per-key ranking of queued tasks.
 */
const sql = (real: string) => `
ALTER TABLE api_keys ADD COLUMN rate_per_second ${real};
ALTER TABLE api_keys ADD COLUMN rate_burst INTEGER;
ALTER TABLE api_keys ADD COLUMN max_in_flight INTEGER;
ALTER TABLE api_keys ADD COLUMN max_running INTEGER;
CREATE TABLE rate_buckets (
  key_id TEXT PRIMARY KEY,
  tokens ${real} NOT NULL,
  updated_at BIGINT NOT NULL,
  allowed INTEGER NOT NULL
);
CREATE INDEX tasks_claim_order ON tasks (status, key_id, created_at);
`;

export const keyLimits: Migration = {
  version: 3,
  name: 'key-limits',
  up: { sqlite: sql('REAL'), postgres: sql('DOUBLE PRECISION') },
};
