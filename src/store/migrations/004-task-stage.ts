import type { Migration } from './migration.js';

/**
 * What an IN_PROGRESS task is doing (docs/api.md, "Queue position and stage"): the run writes
 * `fetching_references`, `generating` or `storing` as it goes, so that every API process reading
 * the store can answer it. NULL before the first run writes it.
 */
export const taskStage: Migration = {
  version: 4,
  name: 'task-stage',
  up: 'ALTER TABLE tasks ADD COLUMN stage TEXT;',
};
