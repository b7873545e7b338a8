import type { Migration } from './migration.js';

/**
 * Each key's count of CREATED (`queued`) and IN_PROGRESS (`running`) tasks, kept by triggers in
 * the same transaction as every status change, so that the in-flight cap and a task's queue
 * position (src/store/queue-place.ts) read a key's counts in one row instead of counting its
 * tasks: with tens of thousands queued, counting on every create cost milliseconds each
 * (docs/benchmarks.md, "HTTP"). Existing tasks are counted once here. `tasks_queue_order`
 * replaces `tasks_by_status` (its prefix): it covers the scans that count one key's queued tasks
 * before or after a task in the claim order's (created_at, id).
 */
const COUNTED = `('CREATED', 'IN_PROGRESS')`;

const common = `
CREATE TABLE task_counts (
  key_id TEXT PRIMARY KEY,
  queued BIGINT NOT NULL,
  running BIGINT NOT NULL
);
INSERT INTO task_counts (key_id, queued, running)
  SELECT key_id, SUM(CASE WHEN status = 'CREATED' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'IN_PROGRESS' THEN 1 ELSE 0 END)
  FROM tasks WHERE status IN ${COUNTED} GROUP BY key_id;
DROP INDEX IF EXISTS tasks_by_status;
CREATE INDEX tasks_queue_order ON tasks (status, created_at, id, key_id);
`;

/** SQLite: a boolean is 0 or 1 already. */
const sqliteAdd = (row: 'NEW') => `INSERT INTO task_counts (key_id, queued, running)
    VALUES (${row}.key_id, ${row}.status = 'CREATED', ${row}.status = 'IN_PROGRESS')
    ON CONFLICT (key_id) DO UPDATE SET queued = queued + excluded.queued, running = running + excluded.running;`;
const sqliteRemove = (row: 'OLD') => `UPDATE task_counts
    SET queued = queued - (${row}.status = 'CREATED'), running = running - (${row}.status = 'IN_PROGRESS')
    WHERE key_id = ${row}.key_id;`;

const sqlite = `${common}
CREATE TRIGGER task_counts_insert AFTER INSERT ON tasks WHEN NEW.status IN ${COUNTED} BEGIN
  ${sqliteAdd('NEW')}
END;
CREATE TRIGGER task_counts_delete AFTER DELETE ON tasks WHEN OLD.status IN ${COUNTED} BEGIN
  ${sqliteRemove('OLD')}
END;
CREATE TRIGGER task_counts_update AFTER UPDATE OF status, key_id ON tasks
  WHEN OLD.status IS NOT NEW.status OR OLD.key_id IS NOT NEW.key_id BEGIN
  ${sqliteRemove('OLD')}
  ${sqliteAdd('NEW')}
END;
`;

// Other processes may still be writing tasks (a rolling upgrade): held from before the backfill
// until the triggers exist, so that no task written in between goes uncounted. SQLite's one writer
// holds the whole file already.
const postgres = `LOCK TABLE tasks IN SHARE ROW EXCLUSIVE MODE;
${common}
CREATE FUNCTION count_task_states() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.status IN ${COUNTED} THEN
    UPDATE task_counts SET queued = queued - (OLD.status = 'CREATED')::int, running = running - (OLD.status = 'IN_PROGRESS')::int
      WHERE key_id = OLD.key_id;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status IN ${COUNTED} THEN
    INSERT INTO task_counts AS c (key_id, queued, running)
      VALUES (NEW.key_id, (NEW.status = 'CREATED')::int, (NEW.status = 'IN_PROGRESS')::int)
      ON CONFLICT (key_id) DO UPDATE SET queued = c.queued + EXCLUDED.queued, running = c.running + EXCLUDED.running;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER task_counts_insert_delete AFTER INSERT OR DELETE ON tasks FOR EACH ROW EXECUTE FUNCTION count_task_states();
CREATE TRIGGER task_counts_update AFTER UPDATE OF status, key_id ON tasks FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.key_id IS DISTINCT FROM NEW.key_id) EXECUTE FUNCTION count_task_states();
`;

export const taskCounts: Migration = {
  version: 5,
  name: 'task-counts',
  up: { sqlite, postgres },
};
