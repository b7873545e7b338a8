import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pino from 'pino';
import sharp from 'sharp';
import { loadConfig } from '../src/config.js';
import { createRuntime } from '../src/runtime.js';

/**
 * The noisy-neighbour drill (docs/benchmarks.md, "Noisy neighbour"): key B floods the server with
 * everything a hostile tenant has (hanging reference URLs, hanging and 500ing webhook receivers,
 * pixel bombs inline and by URL, stalled uploads on raw sockets, hundreds of queued tasks, many
 * event streams) while key A creates tasks one after another. A's task time is compared with its
 * time alone; A's webhooks are timed from the task's end; every B task must end.
 */
export interface NoisyOptions {
  /** A's tasks measured alone, then under the flood. */
  aTasks: number;
  /** B's queued tasks without references. */
  floodTasks: number;
  /** B's tasks whose reference URLs never answer. */
  hangingReferenceTasks: number;
  pixelBombs: number;
  stalledUploads: number;
  eventStreams: number;
  /**
   * A's pause between its tasks under the flood (default 0), so that they span the flood's later
   * moments too: B's hanging references time out at 4 s, its stalled uploads are closed at 5 s.
   */
  aPauseMs?: number;
  resolution: '512' | '1K';
  log?: (line: string) => void;
}

export interface NoisyResult {
  soloMs: number[];
  /** The engine's part of each solo time (the task's `metrics.generation_ms`). */
  soloGenerationMs: number[];
  floodMs: number[];
  /** A's webhook arrival after its task's end (updated_at), under the flood. */
  webhookLagMs: number[];
  /**
   * Where each of A's flood times went, from the task's own `metrics`: waiting for an engine slot
   * (the fair claim's part), generating, storing, and the rest (the create's answer, the 20 ms polls).
   */
  floodParts: { queueMs: number; generationMs: number; storageMs: number; restMs: number }[];
  /** The drill process's event-loop delay while A worked under the flood (server and clients share it). */
  eventLoopDelayMs: { p99: number; max: number };
  bTasks: number;
  bEnded: number;
  bLost: number;
  bStatuses: Record<string, number>;
  inlineBombStatus: number;
  drainMs: number;
  loadAverage: number[];
}

const A = 'bs_drill_key_alpha_0123456789abcdefghijklmnop';
const B = 'bs_drill_key_bravo_0123456789abcdefghijklmnop';
const TASKS = '/v1/ai/text-to-image/nano-banana-pro-flash';

async function listen(handler: http.RequestListener): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function noisyNeighbourDrill(o: NoisyOptions): Promise<NoisyResult & { verdict: string[] }> {
  const log = o.log ?? (() => {});
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bananastand-noisy-'));
  const aHooks = new Map<string, number>();
  const aReceiver = await listen((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const t = JSON.parse(body);
      if (t.status === 'COMPLETED' || t.status === 'FAILED') aHooks.set(t.task_id, Date.now());
      res.end('ok');
    });
  });
  const hanging = await listen(() => {}); // never answers: references and webhooks alike
  const failing = await listen((_req, res) => res.writeHead(500).end('no'));
  const bomb = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#204060' } }).webp({ lossless: true }).toBuffer();
  const bombServer = await listen((_req, res) => res.writeHead(200, { 'content-type': 'image/webp' }).end(bomb));

  const config = loadConfig({
    BANANASTAND_DATA_DIR: dataDir,
    BANANASTAND_API_KEYS: `${A},${B}`,
    BANANASTAND_ENGINE: 'local',
    BANANASTAND_LOG_LEVEL: 'silent',
    BANANASTAND_ALLOW_PRIVATE_URLS: 'true',
    BANANASTAND_CONCURRENCY: '2',
    BANANASTAND_KEY_RATE: '1000/s',
    BANANASTAND_KEY_BURST: '2000',
    BANANASTAND_KEY_MAX_IN_FLIGHT: '2000',
    BANANASTAND_REFERENCE_TIMEOUT: '4s',
    BANANASTAND_WEBHOOK_TIMEOUT: '3s',
    BANANASTAND_REQUEST_TIMEOUT: '5s',
    BANANASTAND_SHUTDOWN_GRACE: '1s',
    PORT: '8080',
  });
  const rt = await createRuntime(config, { logger: pino({ level: 'silent' }) });
  await rt.app.listen({ port: 0, host: '127.0.0.1' });
  await rt.start();
  const base = `http://127.0.0.1:${(rt.app.server.address() as AddressInfo).port}`;
  const sockets: net.Socket[] = [];
  const streams: AbortController[] = [];

  const create = async (key: string, body: Record<string, unknown>) => {
    const res = await fetch(`${base}${TASKS}`, {
      method: 'POST',
      headers: { 'x-magnific-api-key': key, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as any };
  };
  const get = async (key: string, id: string) =>
    ((await (await fetch(`${base}${TASKS}/${id}`, { headers: { 'x-magnific-api-key': key } })).json()) as any).data;
  const untilEnded = async (key: string, id: string, ms: number) => {
    const end = Date.now() + ms;
    for (;;) {
      const t = await get(key, id);
      if (t.status === 'COMPLETED' || t.status === 'FAILED') return t;
      if (Date.now() > end) return t;
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  /** One A task, create to COMPLETED, as its client sees it. */
  const runA = async (i: number) => {
    const started = Date.now();
    const { json } = await create(A, { prompt: `a lighthouse on a cliff at dusk ${i}`, resolution: o.resolution, webhook_url: `${aReceiver.origin}/hook` });
    const t = await untilEnded(A, json.data.task_id, 60_000);
    if (t.status !== 'COMPLETED') throw new Error(`A's task ended ${t.status}: ${t.error}`);
    return { ms: Date.now() - started, task: t };
  };

  try {
    // The first task warms the engine's threads up; it is not a solo figure.
    await runA(-1);
    const soloMs: number[] = [];
    const soloGenerationMs: number[] = [];
    for (let i = 0; i < o.aTasks; i++) {
      const { ms, task } = await runA(i);
      soloMs.push(ms);
      soloGenerationMs.push(task.metrics?.generation_ms);
    }
    log(`A alone: ${soloMs.join(', ')} ms (generating: ${soloGenerationMs.join(', ')} ms)`);

    // ---- the flood ----
    const bIds: string[] = [];
    const bCreate = async (body: Record<string, unknown>) => {
      const r = await create(B, body);
      if (r.status === 200) bIds.push(r.json.data.task_id);
      return r.status;
    };
    const hooks = [`${hanging.origin}/hook`, `${failing.origin}/hook`];
    for (let i = 0; i < o.hangingReferenceTasks; i++) {
      await bCreate({ prompt: `noise with references ${i}`, resolution: o.resolution, reference_images: Array.from({ length: 4 }, (_, j) => ({ image: `${hanging.origin}/ref-${i}-${j}.png` })) });
    }
    for (let i = 0; i < o.pixelBombs; i++) await bCreate({ prompt: `pixel bomb ${i}`, reference_images: [{ image: `${bombServer.origin}/bomb-${i}.webp` }] });
    const inlineBombStatus = (await create(B, { prompt: 'inline pixel bomb', reference_images: [{ image: bomb.toString('base64') }] })).status;
    await Promise.all(
      Array.from({ length: o.floodTasks }, (_, i) => bCreate({ prompt: `a flood of foxes ${i}`, resolution: o.resolution, webhook_url: hooks[i % 2] })),
    );
    for (let i = 0; i < o.stalledUploads; i++) {
      const s = net.connect((rt.app.server.address() as AddressInfo).port, '127.0.0.1');
      s.on('error', () => {});
      s.write(`POST ${TASKS} HTTP/1.1\r\nHost: x\r\nx-magnific-api-key: ${B}\r\ncontent-type: application/json\r\ncontent-length: 1000000\r\n\r\n{"prompt":"`);
      sockets.push(s);
    }
    // Like the creates, the streams are open (their first event read) before A starts: A works
    // while they are open and follow B's queue, not while 200 requests are still arriving at once.
    const opened = Array.from({ length: o.eventStreams }, async (_, i) => {
      const c = new AbortController();
      streams.push(c);
      try {
        const r = await fetch(`${base}${TASKS}/${bIds[i % bIds.length]}/events`, { headers: { 'x-magnific-api-key': B }, signal: c.signal });
        const reader = r.body!.getReader();
        await reader.read();
        void (async () => {
          while (!(await reader.read()).done);
        })().catch(() => {});
      } catch {
        // aborted at the end
      }
    });
    await Promise.all(opened);
    log(`B: ${bIds.length} tasks queued, ${sockets.length} stalled uploads, ${streams.length} event streams; inline bomb answered ${inlineBombStatus}`);

    const floodMs: number[] = [];
    const webhookLagMs: number[] = [];
    const floodParts: NoisyResult['floodParts'] = [];
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    for (let i = 0; i < o.aTasks; i++) {
      const { ms, task } = await runA(100 + i);
      floodMs.push(ms);
      const m = task.metrics ?? {};
      floodParts.push({ queueMs: m.queue_ms, generationMs: m.generation_ms, storageMs: m.storage_ms, restMs: ms - m.total_ms });
      const end = Date.now() + 2_000;
      while (!aHooks.has(task.task_id) && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
      webhookLagMs.push(aHooks.has(task.task_id) ? aHooks.get(task.task_id)! - Date.parse(task.updated_at) : Infinity);
      if (o.aPauseMs) await new Promise((r) => setTimeout(r, o.aPauseMs));
    }
    loopDelay.disable();
    const eventLoopDelayMs = { p99: Math.round(loopDelay.percentile(99) / 1e6), max: Math.round(loopDelay.max / 1e6) };
    log(`A under the flood: ${floodMs.join(', ')} ms; webhooks after the end: ${webhookLagMs.join(', ')} ms`);
    log(`  of which waiting for a slot: ${floodParts.map((p) => p.queueMs).join(', ')} ms; generating: ${floodParts.map((p) => p.generationMs).join(', ')} ms`);
    log(`  event-loop delay meanwhile: p99 ${eventLoopDelayMs.p99} ms, max ${eventLoopDelayMs.max} ms`);

    // ---- nothing lost: every B task ends ----
    const drainStart = Date.now();
    const bStatuses: Record<string, number> = {};
    let bEnded = 0;
    for (const id of bIds) {
      const t = await untilEnded(B, id, Math.max(1_000, 120_000 - (Date.now() - drainStart)));
      bStatuses[t.status === 'FAILED' ? `FAILED ${t.error_code}` : t.status] = (bStatuses[`${t.status === 'FAILED' ? `FAILED ${t.error_code}` : t.status}`] ?? 0) + 1;
      if (t.status === 'COMPLETED' || t.status === 'FAILED') bEnded++;
    }
    const drainMs = Date.now() - drainStart;
    log(`B: ${bEnded} of ${bIds.length} ended ${JSON.stringify(bStatuses)} (drained in ${drainMs} ms)`);

    const solo = median(soloMs);
    const verdict: string[] = [];
    // "within 2× its solo time (plus one task)": one task's run is at most A's solo time.
    const bound = 2 * solo + solo;
    const worst = Math.max(...floodMs);
    if (worst > bound) verdict.push(`A's slowest task under the flood took ${worst} ms, over 2 × ${solo} + ${solo} ms`);
    if (Math.max(...webhookLagMs) > 1_000) verdict.push(`A's webhooks arrived up to ${Math.max(...webhookLagMs)} ms after its task ended`);
    if (bEnded !== bIds.length) verdict.push(`${bIds.length - bEnded} of B's tasks did not end`);
    if (inlineBombStatus !== 400) verdict.push(`the inline pixel bomb answered ${inlineBombStatus}, not 400`);
    return {
      soloMs,
      soloGenerationMs,
      floodMs,
      webhookLagMs,
      floodParts,
      eventLoopDelayMs,
      bTasks: bIds.length,
      bEnded,
      bLost: bIds.length - bEnded,
      bStatuses,
      inlineBombStatus,
      drainMs,
      loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
      verdict,
    };
  } finally {
    for (const s of sockets) s.destroy();
    for (const c of streams) c.abort();
    await rt.stop();
    await Promise.all([aReceiver.close(), hanging.close(), failing.close(), bombServer.close()]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
