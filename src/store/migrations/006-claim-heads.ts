import type { Migration } from './migration.js';

/**
 * Indexes for the embedded store's claim (statements.ts, `PICK_FROM_HEADS`), which looks only at
 * each active key's oldest runnable task instead of ranking the whole queue on every claim
 * (docs/benchmarks.md, "Burst"). `tasks_claim_heads` adds `id` to `tasks_claim_order` (which it
 * replaces, being its prefix), so a key's oldest CREATED task in (created_at, id) order is one
 * seek with no sort. `tasks_leases` holds IN_PROGRESS tasks only (a create writes no entry in
 * it): a key's live running count and its expired leases are read from it without the rows.
 */
const sql = `
CREATE INDEX tasks_claim_heads ON tasks (status, key_id, created_at, id);
DROP INDEX IF EXISTS tasks_claim_order;
CREATE INDEX tasks_leases ON tasks (key_id, lease_expires_at) WHERE status = 'IN_PROGRESS';
`;

export const claimHeads: Migration = {
  version: 6,
  name: 'claim-heads',
  up: sql,
};
