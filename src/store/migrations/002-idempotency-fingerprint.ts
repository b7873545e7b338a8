import type { Migration } from './migration.js';

/**
 * A fingerprint (SHA-256 of the normalised create body) stored with each task, so that the same
 * Idempotency-Key with another body is refused (409 `idempotency_key_reused`) instead of replaying
 * a task made from other inputs. Tasks made before this have none: their keys replay as before.
 */
export const idempotencyFingerprint: Migration = {
  version: 2,
  name: 'idempotency-fingerprint',
  up: 'ALTER TABLE tasks ADD COLUMN request_fingerprint TEXT;',
};
