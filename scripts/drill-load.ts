import path from 'node:path';
import Database from 'better-sqlite3';
import { apiClient, isFinal } from '../bench/lib/api.js';
import { BENCH_KEY, inTempDir, readRss, startBananastand, TASKS_PATH } from '../bench/lib/processes.js';
import { startReceiver } from '../bench/lib/receiver.js';
import { quantile } from '../bench/lib/report.js';

/**
 * The sustained-load drill: mixed traffic (creates, GETs, lists, file downloads) at fixed rates,
 * open loop (a slow answer does not slow the sender), against the built server for a number of
 * minutes. Reports errors (the goal is none) and the server's memory and queue minute by minute,
 * then checks that every task created ended and every webhook arrived.
 */

export interface LoadDrillOptions {
  minutes: number;
  /** Requests per second of each kind. */
  rates: { create: number; get: number; list: number; file: number };
  /** Resolutions of the created tasks, in turn. */
  resolutions: string[];
  log?: (line: string) => void;
}

type Kind = keyof LoadDrillOptions['rates'];

export interface LoadMinute {
  minute: number;
  requests: Record<Kind, number>;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  rssMiB: number;
  /** Tasks not yet COMPLETED or FAILED at the end of the minute. */
  queue: number;
}

export interface LoadDrillReport {
  minutes: number;
  rates: LoadDrillOptions['rates'];
  requests: number;
  errors: number;
  /** The first few errors, verbatim. */
  errorSamples: string[];
  perMinute: LoadMinute[];
  tasks: { created: number; completed: number; failed: number; unfinished: number };
  webhooks: { expected: number; missing: number };
  rss: { startMiB: number; peakMiB: number; endMiB: number };
  integrity: string;
  /** Requests not sent because too many were already waiting (the server could not keep up). */
  backlogSkips: number;
}

const MAX_IN_FLIGHT = 256;

export async function loadDrill(opts: LoadDrillOptions): Promise<LoadDrillReport> {
  return inTempDir('bananastand-drill-load-', (dir) => runLoadDrill(dir, opts));
}

async function runLoadDrill(dir: string, opts: LoadDrillOptions): Promise<LoadDrillReport> {
  const log = opts.log ?? (() => {});
  const dataDir = path.join(dir, 'data');
  const receiver = await startReceiver();
  const server = await startBananastand({ dataDir, env: { BANANASTAND_LOG_LEVEL: 'warn' } });
  const api = apiClient(server.url);
  const headers = { 'x-magnific-api-key': BENCH_KEY, 'content-type': 'application/json' };

  const created: string[] = [];
  const withWebhook = new Set<string>();
  const fileUrls: string[] = [];
  const completed = new Set<string>();
  const errorSamples: string[] = [];
  let errors = 0;
  let backlogSkips = 0;
  let inFlight = 0;
  let n = 0;
  let minute = { requests: { create: 0, get: 0, list: 0, file: 0 } as Record<Kind, number>, errors: 0, latencies: [] as number[] };
  const perMinute: LoadMinute[] = [];
  const startRss = readRss(server.pid)!.rss;
  let peakRss = startRss;
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];

  function fail(what: string) {
    errors++;
    minute.errors++;
    if (errorSamples.length < 20) errorSamples.push(`${new Date().toISOString()} ${what}`);
  }

  async function one(kind: Kind) {
    const t0 = performance.now();
    try {
      if (kind === 'create') {
        const i = n++;
        const hook = i % 2 === 0;
        const res = await fetch(`${server.url}${TASKS_PATH}`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            prompt: `a market street at dusk with lanterns, load ${i}`,
            resolution: opts.resolutions[i % opts.resolutions.length],
            aspect_ratio: ['1:1', '16:9', '3:4'][i % 3],
            ...(hook ? { webhook_url: receiver.url } : {}),
          }),
        });
        const body = (await res.json()) as { data: { task_id: string } };
        if (res.status !== 200) return fail(`create ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
        created.push(body.data.task_id);
        if (hook) withWebhook.add(body.data.task_id);
      } else if (kind === 'get') {
        const id = pick(created);
        if (!id) return;
        const res = await fetch(`${server.url}${TASKS_PATH}/${id}`, { headers });
        const body = (await res.json()) as { data: { status: string; generated: string[] } };
        if (res.status !== 200) return fail(`get ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
        if (body.data.status === 'COMPLETED' && !completed.has(id)) {
          completed.add(id);
          fileUrls.push(...body.data.generated);
        }
      } else if (kind === 'list') {
        const status = pick(['', '&status=COMPLETED', '&status=CREATED', '&status=IN_PROGRESS']);
        const res = await fetch(`${server.url}${TASKS_PATH}?page=${1 + Math.floor(Math.random() * 3)}&per_page=20${status}`, { headers });
        await res.arrayBuffer();
        if (res.status !== 200) return fail(`list ${res.status}`);
      } else {
        const url = pick(fileUrls);
        if (!url) return;
        const res = await fetch(url);
        const bytes = await res.arrayBuffer();
        if (res.status !== 200 || bytes.byteLength !== Number(res.headers.get('content-length'))) {
          return fail(`file ${res.status} ${bytes.byteLength} bytes of ${res.headers.get('content-length')}`);
        }
      }
      minute.requests[kind]++;
      minute.latencies.push(performance.now() - t0);
    } catch (err) {
      fail(`${kind} ${(err as Error).message}`);
    }
  }

  const timers = (Object.keys(opts.rates) as Kind[])
    .filter((k) => opts.rates[k] > 0)
    .map((kind) =>
      setInterval(() => {
        if (inFlight >= MAX_IN_FLIGHT) {
          backlogSkips++;
          return;
        }
        inFlight++;
        void one(kind).finally(() => inFlight--);
      }, 1000 / opts.rates[kind]),
    );
  const rssTimer = setInterval(() => {
    const r = readRss(server.pid);
    if (r) peakRss = Math.max(peakRss, r.rss);
  }, 1000);

  try {
    for (let m = 1; m <= opts.minutes; m++) {
      await new Promise((r) => setTimeout(r, 60_000));
      const queue = countUnfinished(api);
      const lat = minute.latencies;
      const row: LoadMinute = {
        minute: m,
        requests: minute.requests,
        errors: minute.errors,
        p50Ms: Math.round(quantile(lat, 0.5) * 10) / 10,
        p99Ms: Math.round(quantile(lat, 0.99) * 10) / 10,
        rssMiB: Math.round(readRss(server.pid)!.rss / 2 ** 20),
        queue: await queue,
      };
      perMinute.push(row);
      minute = { requests: { create: 0, get: 0, list: 0, file: 0 }, errors: 0, latencies: [] };
      log(
        `minute ${m}: ${Object.entries(row.requests).map(([k, v]) => `${k} ${v}`).join(', ')}; errors ${row.errors}; p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms; RSS ${row.rssMiB} MiB; queue ${row.queue}`,
      );
    }
  } finally {
    for (const t of timers) clearInterval(t);
  }

  // Let the requests in flight and the queue drain (bounded), then check that nothing was lost.
  const drainUntil = Date.now() + 300_000;
  while (inFlight > 0 && Date.now() < drainUntil) await new Promise((r) => setTimeout(r, 50));
  let finals = new Map<string, string>();
  while (Date.now() < drainUntil) {
    finals = new Map();
    for (const id of created) {
      const t = await api.get(id);
      if (isFinal(t)) finals.set(id, t.status);
    }
    if (finals.size === created.length) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const hookWait = Date.now() + 30_000;
  const missingHooks = () =>
    [...withWebhook].filter((id) => {
      const got = new Set(receiver.receipts.filter((r) => r.taskId === id).map((r) => r.status));
      return !(got.has('IN_PROGRESS') && got.has(finals.get(id) ?? 'COMPLETED'));
    }).length;
  while (missingHooks() > 0 && Date.now() < hookWait) await new Promise((r) => setTimeout(r, 200));
  clearInterval(rssTimer);
  const endRss = readRss(server.pid)!.rss;
  await server.stop();
  await receiver.close();
  const db = new Database(path.join(dataDir, 'bananastand.db'), { readonly: true });
  const integrity = String(db.pragma('integrity_check', { simple: true }));
  db.close();

  const statuses = [...finals.values()];
  return {
    minutes: opts.minutes,
    rates: opts.rates,
    requests: perMinute.reduce((s, m) => s + Object.values(m.requests).reduce((a, b) => a + b, 0), 0),
    errors,
    errorSamples,
    perMinute,
    tasks: {
      created: created.length,
      completed: statuses.filter((s) => s === 'COMPLETED').length,
      failed: statuses.filter((s) => s === 'FAILED').length,
      unfinished: created.length - finals.size,
    },
    webhooks: { expected: withWebhook.size * 2, missing: missingHooks() },
    rss: { startMiB: Math.round(startRss / 2 ** 20), peakMiB: Math.round(peakRss / 2 ** 20), endMiB: Math.round(endRss / 2 ** 20) },
    integrity,
    backlogSkips,
  };
}

/** Unfinished tasks among those created, from the server's own list (COUNT by status). */
async function countUnfinished(api: ReturnType<typeof apiClient>): Promise<number> {
  const [a, b] = await Promise.all([api.list('?per_page=1&status=CREATED'), api.list('?per_page=1&status=IN_PROGRESS')]);
  return a.meta.total + b.meta.total;
}
