import type { Dialect } from './dialect.js';

/**
 * Every statement the stores run, each written once with named parameters (`:id`). Where SQLite
 * and Postgres truly differ (list membership, row locks for claims) the dialect supplies the
 * fragment; everything else, including `ON CONFLICT … DO NOTHING` and `RETURNING`, both speak alike.
 * An optional filter is `(column = :p OR :p IS NULL)`, comparison first: Postgres types a parameter
 * where it first appears, and `:p IS NULL` alone gives it no type.
 */
/** A bucket's tokens after refilling at `:rate` per second since its last draw, at most `:burst`. */
const ELAPSED_MS = 'CASE WHEN CAST(:now AS BIGINT) > rate_buckets.updated_at THEN CAST(:now AS BIGINT) - rate_buckets.updated_at ELSE 0 END';
const GROWN = `rate_buckets.tokens + (${ELAPSED_MS}) * CAST(:rate AS DOUBLE PRECISION) / 1000.0`;
const REFILLED = `(CASE WHEN ${GROWN} > CAST(:burst AS DOUBLE PRECISION) THEN CAST(:burst AS DOUBLE PRECISION) ELSE ${GROWN} END)`;

/**
 * Round-robin across keys (docs/operations.md, "Fair scheduling"): a runnable task ranks as its
 * key's live IN_PROGRESS count plus its place among the key's runnable tasks, so a key with 1,000
 * queued tasks and one with 1 take turns. A key at its running cap is passed over. `status` is
 * returned so that a re-run after a crash (already IN_PROGRESS) sends no second event.
 *
 * With concurrent claimers (Postgres) every runnable task is a candidate, so that one another
 * process is locking is passed over for the next. The runnable test is repeated on `t` itself:
 * Postgres re-checks only `t`'s own conditions on the row it locks, so a task another process
 * claimed and committed meanwhile is passed over, not re-taken.
 */
const PICK_FROM_ALL = (d: Dialect) => `SELECT t.id, t.status FROM tasks t
      JOIN (SELECT c.id, ROW_NUMBER() OVER (PARTITION BY c.key_id ORDER BY c.created_at, c.id) AS place FROM tasks c
        WHERE c.status = 'CREATED' OR (c.status = 'IN_PROGRESS' AND c.lease_expires_at < :now AND c.runs < :max_runs)) q
        ON q.id = t.id
      LEFT JOIN (SELECT key_id, COUNT(*) AS n FROM tasks WHERE status = 'IN_PROGRESS' AND lease_expires_at >= :now
        GROUP BY key_id) r ON r.key_id = t.key_id
      LEFT JOIN api_keys k ON k.id = t.key_id
      WHERE (t.status = 'CREATED' OR (t.status = 'IN_PROGRESS' AND t.lease_expires_at < :now AND t.runs < :max_runs))
        AND (COALESCE(k.max_running, :max_running) = 0 OR COALESCE(r.n, 0) < COALESCE(k.max_running, :max_running))
      ORDER BY COALESCE(r.n, 0) + q.place, t.created_at, t.id LIMIT 1 ${d.claimLockOf('t')}`;

/**
 * The same pick with one writer (SQLite), without ranking the whole queue on every claim (that
 * cost milliseconds per claim with a thousand queued, docs/benchmarks.md, "Burst"): a key's oldest
 * runnable task ranks below its others, so the winner is always some key's oldest. The candidates
 * are each active key's oldest CREATED task and its oldest IN_PROGRESS task whose lease ran out
 * (task_counts names the active keys; migration 006's indexes find each in one seek), ranked by
 * the key's live IN_PROGRESS count, counted once per key (MATERIALIZED) from `tasks_leases`.
 */
const PICK_FROM_HEADS = `WITH heads AS (
        SELECT a.key_id, (SELECT c.id FROM tasks c INDEXED BY tasks_claim_heads WHERE c.status = 'CREATED'
          AND c.key_id = a.key_id ORDER BY c.created_at, c.id LIMIT 1) AS id FROM task_counts a WHERE a.queued > 0
        UNION ALL
        SELECT a.key_id, (SELECT c.id FROM tasks c INDEXED BY tasks_leases WHERE c.status = 'IN_PROGRESS'
          AND c.key_id = a.key_id AND c.lease_expires_at < :now AND c.runs < :max_runs ORDER BY c.created_at, c.id LIMIT 1)
          FROM task_counts a WHERE a.running > 0),
      ranked AS MATERIALIZED (SELECT h.id, (SELECT COUNT(*) FROM tasks r INDEXED BY tasks_leases
          WHERE r.status = 'IN_PROGRESS' AND r.key_id = h.key_id AND r.lease_expires_at >= :now) AS n,
          COALESCE(k.max_running, :max_running) AS cap
        FROM heads h LEFT JOIN api_keys k ON k.id = h.key_id WHERE h.id IS NOT NULL)
      SELECT t.id, t.status FROM ranked q JOIN tasks t ON t.id = q.id
      WHERE q.cap = 0 OR q.n < q.cap ORDER BY q.n, t.created_at, t.id LIMIT 1`;

export function buildStatements(d: Dialect) {
  return {
    ping: 'SELECT 1',

    // ---- keys ----
    insertKey: `INSERT INTO api_keys (id, name, key_hash, prefix, created_at, webhook_secret, rate_per_second, rate_burst,
      max_in_flight, max_running) VALUES (:id, :name, :key_hash, :prefix, :created_at, :webhook_secret, :rate_per_second,
      :rate_burst, :max_in_flight, :max_running) RETURNING *`,
    updateKeyLimits: `UPDATE api_keys SET rate_per_second = :rate_per_second, rate_burst = :rate_burst,
      max_in_flight = :max_in_flight, max_running = :max_running WHERE id = :id RETURNING *`,
    keyByHash: 'SELECT * FROM api_keys WHERE key_hash = :key_hash',
    keyById: 'SELECT * FROM api_keys WHERE id = :id',
    listKeys: 'SELECT * FROM api_keys ORDER BY created_at, id',
    revokeKey: 'UPDATE api_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL',
    rotateWebhookSecret: `UPDATE api_keys SET previous_webhook_secret = webhook_secret,
      previous_secret_expires_at = :grace_until, webhook_secret = :secret WHERE id = :id RETURNING *`,
    countActiveKeys: 'SELECT COUNT(*) AS n FROM api_keys WHERE revoked_at IS NULL',

    // ---- tasks ----
    // The unique (key_id, idempotency_key) index makes a concurrent twin wait for ours, then skip.
    insertTask: `INSERT INTO tasks (id, key_id, status, prompt, params, reference_count, webhook_url,
      idempotency_key, request_fingerprint, runs, created_at, updated_at)
      VALUES (:id, :key_id, 'CREATED', :prompt, :params, :reference_count, :webhook_url, :idempotency_key,
      :request_fingerprint, 0, :created_at, :created_at)
      ON CONFLICT (key_id, idempotency_key) DO NOTHING`,
    taskByIdempotencyKey: `SELECT id, request_fingerprint FROM tasks
      WHERE key_id = :key_id AND idempotency_key = :idempotency_key`,
    // Serialises one key's creates while they count its tasks in flight (SQLite: the write lock does).
    lockKeyTasks: d.keyLock(':key_id'),
    // One row per key, kept by triggers (migration 005): no count of the key's tasks on every create.
    countInFlight: 'SELECT COALESCE(MAX(queued + running), 0) AS n FROM task_counts WHERE key_id = :key_id',
    insertReference: `INSERT INTO task_references (task_id, idx, kind, url, bytes, mime_type, text)
      VALUES (:task_id, :idx, :kind, :url, :bytes, :mime_type, :text)`,
    taskById: 'SELECT * FROM tasks WHERE id = :id',
    countTasks: 'SELECT COUNT(*) AS n FROM tasks WHERE key_id = :key_id AND (status = :status OR :status IS NULL)',
    listTasks: `SELECT * FROM tasks WHERE key_id = :key_id AND (status = :status OR :status IS NULL)
      ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset`,
    filesOfTask: 'SELECT * FROM files WHERE task_id = :task_id ORDER BY idx',
    filesOfTasks: `SELECT * FROM files WHERE ${d.inList('task_id', ':task_ids')} ORDER BY task_id, idx`,
    referencesOfTask: 'SELECT * FROM task_references WHERE task_id = :task_id ORDER BY idx',
    deleteReferences: 'DELETE FROM task_references WHERE task_id = :task_id',
    insertEvent: `INSERT INTO webhook_events (id, task_id, key_id, url, status, payload, state, attempts,
      next_attempt_at, created_at) VALUES (:id, :task_id, :key_id, :url, :status, :payload, 'pending', 0, :now, :now)`,
    pickNextTask: d.concurrentClaims ? PICK_FROM_ALL(d) : PICK_FROM_HEADS,
    // The same ranking as pickNextTask over CREATED tasks (running caps aside), numbered in the
    // claim order: `ahead` is how many come first. One walk of the whole queue answers for any number
    // of tasks: src/store/queue-place.ts reads it only when counting around each task would cost more.
    queuePositions: `WITH q AS (SELECT c.id, c.key_id, c.created_at,
        ROW_NUMBER() OVER (PARTITION BY c.key_id ORDER BY c.created_at, c.id) AS place FROM tasks c WHERE c.status = 'CREATED'),
      r AS (SELECT key_id, COUNT(*) AS n FROM tasks WHERE status = 'IN_PROGRESS' GROUP BY key_id),
      o AS (SELECT q.id, ROW_NUMBER() OVER (ORDER BY q.place + COALESCE(r.n, 0), q.created_at, q.id) - 1 AS ahead
        FROM q LEFT JOIN r ON r.key_id = q.key_id)
      SELECT id, ahead FROM o WHERE ${d.inList('o.id', ':ids')}`,
    // What src/store/queue-place.ts derives the same places from, without ranking the queue: each
    // key's counts, and one key's queued tasks before or after a task (created_at, id), at most :limit.
    queueCounts: 'SELECT key_id, queued, running FROM task_counts WHERE queued > 0',
    // By id alone: with `status = 'CREATED'` too, SQLite would walk every queued task's index entry.
    queueTargets: `SELECT id, key_id, created_at, status FROM tasks WHERE ${d.inList('id', ':ids')}`,
    queuedBefore: `SELECT key_id, COUNT(*) AS n FROM (SELECT key_id FROM tasks WHERE status = 'CREATED'
      AND created_at <= :created_at AND (created_at < :created_at OR id < :id) LIMIT :limit) s GROUP BY key_id`,
    queuedFrom: `SELECT id, key_id FROM tasks WHERE status = 'CREATED' AND created_at >= :created_at
      ORDER BY created_at, id LIMIT :limit`,
    queuedAfter: `SELECT key_id, COUNT(*) AS n FROM (SELECT key_id FROM tasks WHERE status = 'CREATED'
      AND created_at >= :created_at AND (created_at > :created_at OR id > :id) LIMIT :limit) s GROUP BY key_id`,
    // A re-run starts afresh: the stage an interrupted run wrote is not what this run does. A task
    // without references goes straight to the engine (a worker claims only with an engine slot
    // free, src/tasks/stages.ts), so its stage is written here, saving the run a commit of its own.
    takeTask: `UPDATE tasks SET status = 'IN_PROGRESS', lease_owner = :owner, lease_expires_at = :until,
      runs = runs + 1, started_at = COALESCE(started_at, :now), updated_at = :now,
      stage = CASE WHEN reference_count = 0 THEN 'generating' ELSE NULL END WHERE id = :id`,
    // The run's stage (docs/api.md, "Queue position and stage"): only while this owner holds the task.
    setTaskStage: `UPDATE tasks SET stage = :stage WHERE id = :id AND lease_owner = :owner AND status = 'IN_PROGRESS'`,
    renewLease: `UPDATE tasks SET lease_expires_at = :until
      WHERE id = :id AND lease_owner = :owner AND status = 'IN_PROGRESS'`,
    expireTaskLeases: `UPDATE tasks SET lease_expires_at = 0 WHERE status = 'IN_PROGRESS'`,
    releaseEventLeases: 'UPDATE webhook_events SET leased_until = NULL WHERE leased_until IS NOT NULL',
    lostTasks: `SELECT id FROM tasks WHERE status = 'IN_PROGRESS' AND lease_expires_at < :now AND runs >= :max_runs`,
    completeTask: `UPDATE tasks SET status = 'COMPLETED', result = :result, finished_at = :now, updated_at = :now,
      lease_owner = NULL, lease_expires_at = NULL WHERE id = :id AND status = 'IN_PROGRESS' AND lease_owner = :owner`,
    insertFile: `INSERT INTO files (id, task_id, key_id, idx, mime_type, extension, bytes, width, height, etag,
      created_at, expires_at) VALUES (:id, :task_id, :key_id, :idx, :mime_type, :extension, :bytes, :width, :height,
      :etag, :created_at, :expires_at)`,
    // Without an owner (cancel, recovery) any unfinished task fails; with one, only while it holds it.
    failTask: `UPDATE tasks SET status = 'FAILED', error_code = :code, error_message = :message,
      result = COALESCE(:result, result), finished_at = :now, updated_at = :now, lease_owner = NULL,
      lease_expires_at = NULL
      WHERE id = :id AND status IN ('CREATED', 'IN_PROGRESS') AND (lease_owner = :owner OR :owner IS NULL)
      AND (lease_expires_at < :lease_before OR :lease_before IS NULL)`,
    // Metrics gauges, read on each scrape: both counts walk an index (tasks_queue_order, webhook_events_due).
    depths: `SELECT (SELECT COUNT(*) FROM tasks WHERE status = 'CREATED') AS queue,
      (SELECT COUNT(*) FROM webhook_events WHERE state = 'pending') AS outbox`,

    // ---- per-key token buckets (Postgres; SQLite keeps them in memory) ----
    // One atomic statement: refill by the time since the last draw (never backwards), take a token
    // if one is there, and say whether it did. Casts keep Postgres from typing the rate as an integer.
    drawRateToken: `INSERT INTO rate_buckets (key_id, tokens, updated_at, allowed)
      VALUES (:key_id, CAST(:burst AS DOUBLE PRECISION) - 1, :now, 1)
      ON CONFLICT (key_id) DO UPDATE SET
        tokens = ${REFILLED} - CASE WHEN ${REFILLED} >= 1 THEN 1 ELSE 0 END,
        allowed = CASE WHEN ${REFILLED} >= 1 THEN 1 ELSE 0 END,
        updated_at = CASE WHEN CAST(:now AS BIGINT) > rate_buckets.updated_at THEN :now ELSE rate_buckets.updated_at END
      RETURNING tokens, allowed`,

    // ---- files ----
    fileById: 'SELECT * FROM files WHERE id = :id AND deleted_at IS NULL',
    expiredFiles: `SELECT * FROM files WHERE deleted_at IS NULL AND expires_at <= :now
      ORDER BY expires_at, id LIMIT :limit`,
    markFilesDeleted: `UPDATE files SET deleted_at = :now WHERE ${d.inList('id', ':ids')}`,

    // ---- webhook outbox ----
    pickDueEvents: `SELECT * FROM webhook_events WHERE state = 'pending' AND next_attempt_at <= :now
      AND (leased_until IS NULL OR leased_until <= :now) ORDER BY next_attempt_at, created_at, id LIMIT :limit
      ${d.claimLock}`,
    // The lease is its own column, so a crash during an attempt leaves the event due at its own
    // time: the next start releases leases and sends it at once.
    leaseEvents: `UPDATE webhook_events SET leased_until = :until WHERE ${d.inList('id', ':ids')}`,
    insertAttempt: `INSERT INTO webhook_attempts (event_id, attempt, attempted_at, status_code, error, duration_ms)
      VALUES (:event_id, :attempt, :attempted_at, :status_code, :error, :duration_ms)`,
    eventDelivered: `UPDATE webhook_events SET state = 'delivered', attempts = :attempt, next_attempt_at = NULL,
      leased_until = NULL, delivered_at = :delivered_at WHERE id = :id`,
    eventRetry: `UPDATE webhook_events SET attempts = :attempt, next_attempt_at = :at, leased_until = NULL
      WHERE id = :id`,
    eventExhausted: `UPDATE webhook_events SET state = 'exhausted', attempts = :attempt, next_attempt_at = NULL,
      leased_until = NULL WHERE id = :id`,
    // A 410 ends retries for that task's URL at once (docs/webhooks.md).
    exhaustSameTarget: `UPDATE webhook_events SET state = 'exhausted', next_attempt_at = NULL
      WHERE (task_id, url) = (SELECT task_id, url FROM webhook_events WHERE id = :id) AND state = 'pending'`,
    nextDueAt: `SELECT MIN(CASE WHEN leased_until > next_attempt_at THEN leased_until ELSE next_attempt_at END) AS t
      FROM webhook_events WHERE state = 'pending'`,
    listEvents: `SELECT * FROM webhook_events WHERE key_id = :key_id AND (task_id = :task_id OR :task_id IS NULL)
      ORDER BY created_at DESC, id DESC LIMIT :limit`,
    attemptsOfEvents: `SELECT * FROM webhook_attempts WHERE ${d.inList('event_id', ':event_ids')}
      ORDER BY event_id, attempt`,
    redeliver: `UPDATE webhook_events SET state = 'pending', next_attempt_at = :now, delivered_at = NULL
      WHERE id = :id AND key_id = :key_id RETURNING *`,
  };
}

export type StatementName = keyof ReturnType<typeof buildStatements>;
