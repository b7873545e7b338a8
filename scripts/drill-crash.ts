import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { apiClient, isFinal, until, type ApiClient, type Task } from '../bench/lib/api.js';
import { freePort, startBananastand, tempDir, type ChildServer, type ServerBuild } from '../bench/lib/processes.js';
import { startReceiver } from '../bench/lib/receiver.js';

/**
 * The crash drill: tasks with webhooks are created against the server (the build, or src/ with `from`)
 * while it is killed with SIGKILL at random moments and restarted on the same data folder. At the end
 * nothing may be lost: every accepted task is COMPLETED or FAILED, every webhook event (IN_PROGRESS
 * and the final status) reached the receiver at least once, every file of a COMPLETED task is served
 * whole, and the database passes `PRAGMA integrity_check`.
 */

export interface CrashDrillOptions {
  tasks: number;
  kills: number;
  resolutions: string[];
  /** A kill comes this long after the server is ready: uniform in [min, max] ms. */
  killAfterMs: [number, number];
  seed: number;
  /** How long the last life may take to finish everything. */
  finishTimeoutMs: number;
  /** The server run: dist/ (default, what ships) or src/ through tsx (the suite's drill: no build needed). */
  from?: ServerBuild;
  log?: (line: string) => void;
}

export interface CrashDrillReport {
  seed: number;
  accepted: number;
  /** POSTs cut off by a kill: the client cannot know whether they were stored (both are fine). */
  cutOff: number;
  /** Every task in the database, by final status (includes stored cut-off POSTs). */
  statuses: Record<string, number>;
  failures: Record<string, number>;
  kills: { life: number; afterMs: number; created: number; unfinished: number }[];
  /** Accepted task ids the server no longer knows. */
  lostTasks: string[];
  /** Tasks (accepted, or stored from a cut-off POST) not COMPLETED or FAILED at the end. */
  unfinished: string[];
  /** `task_id status` pairs never received by the webhook receiver (every task in the database). */
  missingWebhooks: string[];
  /** Files of COMPLETED tasks that are missing or not the advertised bytes. */
  badFiles: string[];
  integrity: string;
  /** Outbox events not delivered at the end (`state count`). */
  undeliveredEvents: string[];
  /** Image files on disk no task refers to (an image stored just before a kill). Not a loss. */
  orphanFiles: number;
  webhookReceipts: number;
  durationMs: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function crashDrill(opts: CrashDrillOptions): Promise<CrashDrillReport> {
  const started = Date.now();
  const log = opts.log ?? (() => {});
  const random = mulberry32(opts.seed);
  const dir = tempDir('bananastand-drill-crash-');
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  const receiver = await startReceiver();
  const env = {
    BANANASTAND_LOG_LEVEL: 'warn',
    // Short retries and timeouts: a webhook cut off by a kill is retried within seconds, not minutes.
    BANANASTAND_WEBHOOK_RETRY_SCHEDULE: '100ms,200ms,500ms,1s,1s,1s,1s,1s,1s,1s,1s,1s',
    BANANASTAND_WEBHOOK_TIMEOUT: '2s',
  };
  const accepted: string[] = [];
  let cutOff = 0;
  const kills: CrashDrillReport['kills'] = [];
  let server: ChildServer | undefined;

  try {
    for (let life = 0; life <= opts.kills; life++) {
      server = await startBananastand({ dataDir, port, env, from: opts.from });
      const api = apiClient(server.url);
      const last = life === opts.kills;
      // Spread the tasks over the lives; the last life creates whatever is left.
      const quota = last ? opts.tasks - accepted.length : Math.min(Math.ceil(opts.tasks / (opts.kills + 1)), opts.tasks - accepted.length);
      let toCreate = quota;
      let alive = true;
      const createdBefore = accepted.length;
      const creator = async () => {
        while (alive && toCreate > 0) {
          toCreate--;
          const i = accepted.length + cutOff;
          try {
            const t = await api.create({
              prompt: `a lighthouse in a storm, drill task ${i}`,
              resolution: opts.resolutions[i % opts.resolutions.length],
              aspect_ratio: i % 3 === 0 ? '16:9' : '1:1',
              webhook_url: `${receiver.url}?n=${i}`,
            });
            accepted.push(t.task_id);
          } catch {
            if (alive) throw new Error(`create failed while the server was up (life ${life})`);
            cutOff++;
          }
        }
      };
      const creators = Promise.all([creator(), creator(), creator()]);
      if (!last) {
        const afterMs = Math.round(opts.killAfterMs[0] + random() * (opts.killAfterMs[1] - opts.killAfterMs[0]));
        await new Promise((r) => setTimeout(r, afterMs));
        alive = false;
        await server.kill();
        await creators;
        const unfinished = countUnfinished(dataDir);
        kills.push({ life, afterMs, created: accepted.length - createdBefore, unfinished });
        log(`life ${life}: SIGKILL after ${afterMs} ms; ${accepted.length - createdBefore} tasks accepted, ${unfinished} unfinished at the kill`);
      } else {
        await creators;
      }
    }

    // The last life: wait (bounded) until every task is final and every event has arrived.
    const api = apiClient(server!.url);
    const finalTasks = new Map<string, Task>();
    const lostTasks: string[] = [];
    const deadline = Date.now() + opts.finishTimeoutMs;
    while (Date.now() < deadline) {
      for (const id of accepted) {
        if (finalTasks.has(id) || lostTasks.includes(id)) continue;
        try {
          const t = await api.get(id);
          if (isFinal(t)) finalTasks.set(id, t);
        } catch (err) {
          if (/^404/.test((err as Error).message)) lostTasks.push(id);
          else throw err;
        }
      }
      if (finalTasks.size + lostTasks.length === accepted.length) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const unfinished = accepted.filter((id) => !finalTasks.has(id) && !lostTasks.includes(id));
    log(`all ${finalTasks.size} accepted tasks final (${unfinished.length} not) after the last restart`);

    // POSTs cut off by a kill may have been stored: they must end and send their webhooks too.
    for (const t of await allTasks(api)) {
      if (finalTasks.has(t.task_id)) continue;
      const done = isFinal(t) ? t : (await api.waitFinal(t.task_id, { everyMs: 200, timeoutMs: Math.max(1000, deadline - Date.now()) }).catch(() => undefined))?.task;
      if (done) finalTasks.set(t.task_id, done);
      else unfinished.push(t.task_id);
    }

    const missing = () =>
      [...finalTasks.values()].flatMap((t) =>
        ['IN_PROGRESS', t.status]
          .filter((s) => !receiver.receipts.some((r) => r.taskId === t.task_id && r.status === s))
          .map((s) => `${t.task_id} ${s}`),
      );
    await until(() => (missing().length === 0 ? true : undefined), Math.max(1000, deadline - Date.now()), 'every webhook', 100).catch(
      () => undefined,
    );
    const missingWebhooks = missing();

    const badFiles: string[] = [];
    for (const t of finalTasks.values()) {
      if (t.status !== 'COMPLETED') continue;
      if (!t.generated.length) badFiles.push(`${t.task_id}: COMPLETED without images`);
      for (const [i, url] of t.generated.entries()) {
        const res = await fetch(url);
        const bytes = Buffer.from(await res.arrayBuffer());
        if (res.status !== 200 || bytes.length !== t.images?.[i]?.bytes) {
          badFiles.push(`${url}: ${res.status}, ${bytes.length} bytes (advertised ${t.images?.[i]?.bytes})`);
        }
      }
    }

    await server!.stop();
    const db = new Database(path.join(dataDir, 'bananastand.db'), { readonly: true });
    let integrity: string;
    let undeliveredEvents: string[];
    let statuses: Record<string, number>;
    let failures: Record<string, number>;
    let referenced: Set<string>;
    try {
      integrity = String(db.pragma('integrity_check', { simple: true }));
      undeliveredEvents = (db.prepare(`SELECT state, COUNT(*) AS n FROM webhook_events WHERE state != 'delivered' GROUP BY state`).all() as { state: string; n: number }[]).map(
        (r) => `${r.state} ${r.n}`,
      );
      statuses = Object.fromEntries((db.prepare('SELECT status, COUNT(*) AS n FROM tasks GROUP BY status').all() as { status: string; n: number }[]).map((r) => [r.status, r.n]));
      failures = Object.fromEntries(
        (db.prepare(`SELECT error_code, COUNT(*) AS n FROM tasks WHERE status = 'FAILED' GROUP BY error_code`).all() as { error_code: string; n: number }[]).map((r) => [r.error_code, r.n]),
      );
      referenced = new Set((db.prepare('SELECT id, extension FROM files').all() as { id: string; extension: string }[]).map((f) => `${f.id}.${f.extension}`));
    } finally {
      db.close();
    }
    const onDisk = listFiles(path.join(dataDir, 'files')).filter((f) => !f.endsWith('.tmp'));
    return {
      seed: opts.seed,
      accepted: accepted.length,
      cutOff,
      statuses,
      failures,
      kills,
      lostTasks,
      unfinished,
      missingWebhooks,
      badFiles,
      integrity,
      undeliveredEvents,
      orphanFiles: onDisk.filter((f) => !referenced.has(f)).length,
      webhookReceipts: receiver.receipts.length,
      durationMs: Date.now() - started,
    };
  } finally {
    await server?.kill();
    await receiver.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every task of the key, through the list route (newest first, 100 a page). */
async function allTasks(api: ApiClient): Promise<Task[]> {
  const out: Task[] = [];
  for (let page = 1; page <= 1000; page++) {
    const { data, meta } = await api.list(`?page=${page}&per_page=100`);
    out.push(...data);
    if (out.length >= meta.total || data.length === 0) break;
  }
  return out;
}

/** Unfinished tasks as the killed process left them, read straight from its database. */
function countUnfinished(dataDir: string): number {
  const db = new Database(path.join(dataDir, 'bananastand.db'), { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE status IN ('CREATED', 'IN_PROGRESS')`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function listFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
}
