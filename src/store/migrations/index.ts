import { initial } from './001-initial.js';
import { idempotencyFingerprint } from './002-idempotency-fingerprint.js';
import { keyLimits } from './003-key-limits.js';
import { taskStage } from './004-task-stage.js';
import { taskCounts } from './005-task-counts.js';
import { claimHeads } from './006-claim-heads.js';
import { checkedRegistry } from './migration.js';

/**
 * Every schema migration, by version. To change the schema, add `NNN-what.ts` next to this file
 * exporting a `Migration` with the next version, and list it here (docs/operations.md,
 * "Upgrades and migrations"). Never edit a migration that has shipped: add a new one.
 */
export const MIGRATIONS = checkedRegistry([initial, idempotencyFingerprint, keyLimits, taskStage, taskCounts, claimHeads]);
