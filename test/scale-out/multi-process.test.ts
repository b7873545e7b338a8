import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killHard, startChildServer } from '../helpers/child-server.js';
import { parsePrometheusText, type Exposition } from '../helpers/prometheus-text.js';
import { KEY_A, KEY_B, TASKS, tempDir } from '../helpers/runtime.js';
import { S3_CREDENTIALS, startS3Server } from '../storage/s3-server.js';
import { freshDatabase } from '../helpers/postgres.js';

// The deployment of docs/deploy.md as real processes of the BUILT server (`node dist/cli/main.js
// serve --role …`; `npm test` builds first): 2 api + 2 worker processes on one fresh Postgres
// database and one bucket (s3rver on loopback). Each process has a data folder of its own, so
// nothing is shared but the database and the bucket.

type Child = Awaited<ReturnType<typeof startChildServer>> & { dataDir: string };

const RATE_LIMIT = 30;
const LEASE = '3s';
const PUBLIC_URL = 'https://images.example.com';
let db: Awaited<ReturnType<typeof freshDatabase>>;
let s3: Awaited<ReturnType<typeof startS3Server>>;
let receiver: http.Server;
let receiverUrl: string;
const received: unknown[] = [];
let api: Child[] = [];
let workers: Child[] = [];
/** POSTs each api process answered 200 (its /metrics must count exactly these). */
const created = new Map<Child, number>();
const timings: Record<string, number> = {};
/** Every child started, so that none outlives the file even when a start fails. */
const started: { child: Child['child'] }[] = [];

async function start(role: 'api' | 'worker'): Promise<Child> {
  const dataDir = tempDir(`bananastand-mp-${role}-`);
  const child = await startChildServer(
    {
      BANANASTAND_DATA_DIR: dataDir,
      BANANASTAND_DATABASE_URL: db.url,
      BANANASTAND_S3_BUCKET: s3.bucket,
      BANANASTAND_S3_ENDPOINT: s3.endpoint,
      BANANASTAND_S3_FORCE_PATH_STYLE: 'true',
      AWS_ACCESS_KEY_ID: S3_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3_CREDENTIALS.secretAccessKey,
      AWS_REGION: 'us-east-1',
      // The load balancer's address, the same on every process (docs/deploy.md).
      BANANASTAND_PUBLIC_URL: PUBLIC_URL,
      BANANASTAND_API_KEYS: `${KEY_A},${KEY_B}`,
      BANANASTAND_ENGINE: 'local',
      BANANASTAND_CONCURRENCY: '1',
      BANANASTAND_TASK_LEASE: LEASE,
      BANANASTAND_RATE_LIMIT: String(RATE_LIMIT),
      BANANASTAND_ALLOW_PRIVATE_URLS: 'true',
      BANANASTAND_LOG_LEVEL: 'warn',
    },
    ['--role', role],
    // Four servers starting at once on a small shared machine can take a while.
    40_000,
  );
  started.push(child);
  return { ...child, dataDir };
}

async function post(to: Child, body: object, key = KEY_A): Promise<string> {
  const res = await fetch(`${to.url}${TASKS}`, {
    method: 'POST',
    headers: { 'x-magnific-api-key': key, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  created.set(to, (created.get(to) ?? 0) + 1);
  return ((await res.json()) as any).data.task_id;
}

async function getTask(from: Child, id: string): Promise<any> {
  const res = await fetch(`${from.url}${TASKS}/${id}`, { headers: { 'x-magnific-api-key': KEY_A } });
  expect(res.status).toBe(200);
  return ((await res.json()) as any).data;
}

/** The tasks' rows, read from Postgres (polling through the API would spend the key's rate limit). */
async function rows(ids: string[]): Promise<{ id: string; status: string; runs: number; lease_owner: string | null }[]> {
  return db.query('SELECT id, status, runs, lease_owner FROM tasks WHERE id = ANY($1) ORDER BY id', [ids]);
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const finished = (ids: string[]) =>
  until(`tasks ${ids.join(', ')} to finish`, 40_000, async () => {
    const r = await rows(ids);
    return r.every((t) => t.status === 'COMPLETED' || t.status === 'FAILED') ? r : undefined;
  });

async function scrape(child: Child): Promise<Exposition> {
  const res = await fetch(`${child.url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(await res.text());
}

const completedBy = (m: Exposition) => m.value('bananastand_tasks_total', { engine: 'local', status: 'COMPLETED' }) ?? 0;

beforeAll(async () => {
  const t0 = Date.now();
  [db, s3] = await Promise.all([freshDatabase('bananastand_mp'), startS3Server('bananastand-mp')]);
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  // All four at once: the migrations run once, under Postgres's advisory lock.
  const all = await Promise.all([start('api'), start('api'), start('worker'), start('worker')]);
  api = all.slice(0, 2);
  workers = all.slice(2);
  timings.startMs = Date.now() - t0;
}, 60_000);

afterAll(async () => {
  await Promise.all(started.map((c) => killHard(c.child)));
  await new Promise((r) => receiver?.close(r));
  await s3?.close();
  await db?.drop();
  console.log(`multi-process timings (ms): ${JSON.stringify(timings)}`);
});

describe('2 api + 2 worker processes on one Postgres and one bucket', () => {
  it('each process says its role at start', () => {
    for (const a of api) expect(a.output()).toContain('role       : api (HTTP API only;');
    for (const w of workers) {
      expect(w.output()).toContain('role       : worker (tasks and webhook delivery;');
      expect(w.output()).not.toContain('playground :');
    }
  });

  it('tasks created on either api process are run by a worker and their images served by both api processes from the bucket', async () => {
    const t0 = Date.now();
    const ids = [
      await post(api[0]!, { prompt: 'a lighthouse on a cliff at dusk', resolution: '512', webhook_url: receiverUrl }),
      await post(api[1]!, { prompt: 'a bowl of ramen with chopsticks', resolution: '512' }),
      await post(api[0]!, { prompt: 'a red fox in the snow', resolution: '512' }),
      await post(api[1]!, { prompt: 'a sailing boat on a calm lake', resolution: '512' }),
    ];
    const final = await finished(ids);
    expect(final.map((t) => t.status), JSON.stringify(await db.query('SELECT id, status, error_code, error_message FROM tasks')) + workers.map((w) => w.output()).join('\n')).toEqual(ids.map(() => 'COMPLETED'));
    timings.fourTasksMs = Date.now() - t0;

    const objects: string[] = [];
    for (const id of ids) {
      // Each task as seen from the api process that did not create it, and its image from both.
      const task = await getTask(api[1]!, id);
      expect(task.status).toBe('COMPLETED');
      expect(task).toEqual(await getTask(api[0]!, id));
      const filePath = new URL(task.generated[0]).pathname;
      const bodies: Buffer[] = [];
      for (const a of api) {
        const img = await fetch(`${a.url}${filePath}`);
        expect(img.status, `${a.url}${filePath}`).toBe(200);
        expect(img.headers.get('content-type')).toBe('image/png');
        bodies.push(Buffer.from(await img.arrayBuffer()));
      }
      expect(bodies[0]!.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(bodies[0]!.equals(bodies[1]!)).toBe(true);
      objects.push(path.basename(filePath));
    }
    // The bytes live in the bucket (s3rver keeps one folder per object key), in no data folder.
    const inBucket = fs.readdirSync(path.join(s3.directory, s3.bucket), { recursive: true }).map(String);
    for (const name of objects) expect(inBucket.some((p) => p.includes(name)), name).toBe(true);
    for (const c of [...api, ...workers]) expect(fs.readdirSync(path.join(c.dataDir, 'files'))).toEqual([]);

    // A worker delivered the webhook (api processes deliver none; see the metrics test).
    await until('the COMPLETED webhook', 10_000, async () => (received.some((b: any) => b.status === 'COMPLETED') ? true : undefined));
    expect(received.every((b: any) => b.task_id === ids[0])).toBe(true);
    await until('one delivery counted by the workers', 5000, async () => {
      const delivered = (await Promise.all(workers.map(scrape))).map((m) => m.value('bananastand_webhook_attempts_total', { outcome: 'delivered' }) ?? 0);
      return delivered.reduce((a, b) => a + b) === received.length ? true : undefined;
    });
  }, 45_000);

  it('a worker killed with SIGKILL mid-task: the task completes on the other worker after its lease', async () => {
    const before = await Promise.all(workers.map(scrape));
    const t0 = Date.now();
    // Slow pictures (4K at 8:1), one per worker (BANANASTAND_CONCURRENCY=1): both are busy.
    const ids = [
      await post(api[0]!, { prompt: 'a wide mountain panorama at sunrise', aspect_ratio: '8:1', resolution: '4K' }),
      await post(api[1]!, { prompt: 'a wide desert panorama with dunes', aspect_ratio: '8:1', resolution: '4K' }),
    ];
    const running = await until('both tasks to be claimed by different workers', 15_000, async () => {
      const r = await rows(ids);
      return r.every((t) => t.status === 'IN_PROGRESS') && new Set(r.map((t) => t.lease_owner)).size === 2 ? r : undefined;
    });
    expect(running.map((t) => t.runs)).toEqual([1, 1]);
    const [victim, survivor] = workers as [Child, Child];
    await killHard(victim.child);
    timings.killedAtMs = Date.now() - t0;

    const final = await finished(ids);
    timings.recoveredMs = Date.now() - t0;
    expect(final.map((t) => t.status)).toEqual(['COMPLETED', 'COMPLETED']);
    // The killed worker's task ran a second time, on the survivor; the survivor's ran once.
    expect(final.map((t) => t.runs).sort()).toEqual([1, 2]);
    const after = await scrape(survivor);
    expect(completedBy(after) - completedBy(before[1]!)).toBe(2);
    for (const id of ids) {
      const task = await getTask(api[0]!, id);
      const img = await fetch(`${api[1]!.url}${new URL(task.generated[0]).pathname}`);
      expect(img.status).toBe(200);
      expect((await img.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    workers = [survivor];
  }, 50_000);

  it(`a key's rate limit (BANANASTAND_RATE_LIMIT=${RATE_LIMIT} a minute: a burst of ${RATE_LIMIT}, then 0.5/s) holds across both api processes`, async () => {
    const t0 = Date.now();
    const answers = await Promise.all(
      Array.from({ length: RATE_LIMIT * 2 }, (_, i) => fetch(`${api[i % 2]!.url}${TASKS}`, { headers: { 'x-magnific-api-key': KEY_B } }).then((r) => r.status)),
    );
    const refill = Math.ceil(((Date.now() - t0) / 1000) * (RATE_LIMIT / 60)) + 1;
    const allowed = answers.filter((s) => s === 200).length;
    // One bucket in Postgres for both processes; one per process would allow about twice the burst.
    expect(allowed).toBeGreaterThanOrEqual(RATE_LIMIT);
    expect(allowed).toBeLessThanOrEqual(RATE_LIMIT + refill);
    expect(answers.filter((s) => s === 429).length).toBe(answers.length - allowed);
    expect(new Set(answers.filter((s, i) => s === 200 && i % 2 === 0)).size + new Set(answers.filter((s, i) => s === 200 && i % 2 === 1)).size).toBe(2);
  });

  it("each process's /metrics parses as Prometheus text and counts what it did", async () => {
    const route = { route: TASKS, method: 'POST', status: '200' };
    for (const a of api) {
      const m = await scrape(a);
      expect(m.value('bananastand_http_request_duration_seconds_count', route)).toBe(created.get(a));
      // An api process runs no tasks and delivers no webhooks.
      expect(m.samples.filter((s) => s.name === 'bananastand_tasks_total' && s.value > 0)).toEqual([]);
      expect(m.samples.filter((s) => s.name === 'bananastand_webhook_attempts_total' && s.value > 0)).toEqual([]);
      expect(m.value('bananastand_queue_depth')).toBe(0);
    }
    const survivor = workers[0]!;
    const m = await scrape(survivor);
    // The survivor ran its share of the first four and both slow ones; the killed worker's count died with it.
    const total = (await db.query("SELECT COUNT(*)::int AS n FROM tasks WHERE status = 'COMPLETED'"))[0].n;
    expect(total).toBe(6);
    expect(completedBy(m)).toBeGreaterThanOrEqual(2);
    expect(completedBy(m)).toBeLessThanOrEqual(6);
    // A worker answers no API route: only health, readiness and metrics show up in its HTTP metrics.
    const routes = new Set(m.samples.filter((s) => s.name === 'bananastand_http_request_duration_seconds_count').map((s) => s.labels.route));
    expect([...routes].every((r) => ['/healthz', '/readyz', '/metrics'].includes(r!)), [...routes].join(', ')).toBe(true);
    const apiOnWorker = await fetch(`${survivor.url}${TASKS}`, { method: 'POST', headers: { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' }, body: '{"prompt":"x"}' });
    expect(apiOnWorker.status).toBe(404);
    expect(await apiOnWorker.json()).toEqual({ message: expect.any(String), code: 'not_found' });
  });
});
