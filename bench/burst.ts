import fs from 'node:fs';
import path from 'node:path';
import { apiClient, type Task } from './lib/api.js';
import { finishWatcher, getPoller, loopDelayBetween, measureFloor } from './lib/burst-probes.js';
import { freePort, inTempDir, readCpuMs, readRss, readThreadCpu, ROOT, spawnServer, startBananastand } from './lib/processes.js';
import { mib, printTable, quantile, writeResult } from './lib/report.js';
import { parseLatency, UPSTREAM_KEY } from './burst-upstream.js';

/**
 * The gateway under a burst (docs/benchmarks.md, "Burst"): N 4K tasks created at once through the
 * HTTP API of the built server running the gemini engine (concurrency N), against a stand-in for
 * Google in its own process that answers each call after the upstream latency with a ~5 MiB JPEG
 * inline. Measures the time from the last create to the Nth COMPLETED beside that latency, the
 * server's CPU per image beside a floor measured here, GET latency of one task polled every 50 ms,
 * the server's largest event-loop delay, and its peak RSS.
 */

export interface BurstBenchOptions {
  n: number;
  /** Upstream latency in ms: `10000-15000` (uniform) or one number. */
  latencyMs: string;
  /** How long past the upstream latency to wait for the last task (default 180 s). */
  maxWaitS?: number;
  /** Extra node flags for the server, e.g. `--cpu-prof` to see where its time goes. */
  serverNodeArgs?: string[];
  /** Where the JSON goes: bench/results/<name>.json (default `burst-<n>`). */
  resultName?: string;
}

const POLL_EVERY_MS = 50;
const IDLE_SAMPLE_MS = 2000;

export async function burstBench(opts: BurstBenchOptions) {
  return inTempDir('bananastand-bench-burst-', (dir) => runBurstBench(dir, opts));
}

async function runBurstBench(dir: string, opts: BurstBenchOptions) {
  const [, latencyHi] = parseLatency(opts.latencyMs);
  const loadavgBefore = fs.readFileSync('/proc/loadavg', 'utf8').trim();
  const upstream = await spawnServer({
    args: ['--import', 'tsx', path.join(ROOT, 'bench/burst-upstream.ts'), '--latency-ms', opts.latencyMs],
    env: {},
    port: await freePort(),
    logFile: path.join(dir, 'upstream.log'),
    readyPath: '/__stats',
    readyTimeoutMs: 60_000,
  });
  const probeFile = path.join(dir, 'loop-probe.jsonl');
  const server = await startBananastand({
    dataDir: path.join(dir, 'data'),
    nodeArgs: ['--import', path.join(ROOT, 'bench/lib/loop-probe.mjs'), ...(opts.serverNodeArgs ?? [])],
    env: {
      BANANASTAND_ENGINE: 'gemini',
      GEMINI_API_KEY: UPSTREAM_KEY,
      GOOGLE_GEMINI_BASE_URL: upstream.url,
      BANANASTAND_CONCURRENCY: String(opts.n),
      BANANASTAND_GEMINI_CONCURRENCY: String(opts.n),
      // One bench key holds the whole burst: no per-key caps on tasks running or in flight.
      BANANASTAND_KEY_MAX_RUNNING: '0',
      BANANASTAND_KEY_MAX_IN_FLIGHT: '0',
      BENCH_LOOP_PROBE_FILE: probeFile,
    },
  });
  try {
    const body = Buffer.from(await (await fetch(`${upstream.url}/__body`)).arrayBuffer());
    const floor = measureFloor(body, dir, 7);
    const api = apiClient(server.url);
    // Warm the paths (first create, first GET) so the burst does not pay one-time costs.
    // Waiting for it to finish also starts the engine's threads before the idle CPU is sampled.
    const warm = await api.waitFinal((await api.create({ prompt: 'warm-up', resolution: '4K' })).task_id, { everyMs: 100, timeoutMs: latencyHi + 60_000 });
    if (warm.task.status !== 'COMPLETED') throw new Error(`the warm-up task failed: ${JSON.stringify(warm.task.error)}`);
    await new Promise((r) => setTimeout(r, 1000));

    const idleCpu0 = readCpuMs(server.pid);
    await new Promise((r) => setTimeout(r, IDLE_SAMPLE_MS));
    const idleCpuPerMs = (readCpuMs(server.pid) - idleCpu0) / IDLE_SAMPLE_MS;

    const finished = finishWatcher(server.logFile);
    finished.poll(); // skip the warm-up's lines
    finished.completed.clear();
    finished.failed.clear();

    const cpu0 = readCpuMs(server.pid);
    const mainCpu0 = readCpuMs(server.pid, server.pid);
    const threads0 = readThreadCpu(server.pid);
    const t0 = Date.now();
    const tasks: Task[] = await Promise.all(
      Array.from({ length: opts.n }, (_, i) => api.create({ prompt: `a lighthouse on a cliff in a storm, ${i}`, resolution: '4K', aspect_ratio: '1:1' })),
    );
    const lastCreateAt = Date.now();
    const poller = getPoller(server.url, tasks[0]!.task_id, POLL_EVERY_MS);
    const ids = new Set(tasks.map((t) => t.task_id));
    const deadline = lastCreateAt + latencyHi + (opts.maxWaitS ?? 180) * 1000;
    let rssPeakSampled = 0;
    // Past the deadline the figures so far are still written (a goal of "all COMPLETED" then fails).
    while (finished.poll() < ids.size && Date.now() < deadline) {
      rssPeakSampled = Math.max(rssPeakSampled, readRss(server.pid)?.rss ?? 0);
      await new Promise((r) => setTimeout(r, 100));
    }
    const t1 = Date.now();
    const cpuMs = readCpuMs(server.pid) - cpu0 - idleCpuPerMs * (t1 - t0);
    const mainCpuMs = readCpuMs(server.pid, server.pid) - mainCpu0;
    const byThread = threadShares(threads0, readThreadCpu(server.pid), server.pid);
    const { latencies, errors: getErrors } = await poller.stop();
    const vmHwm = readRss(server.pid)!.hwm;
    const loop = loopDelayBetween(probeFile, t0, t1);
    const loadavgAfter = fs.readFileSync('/proc/loadavg', 'utf8').trim();

    // The tasks' own record: status and the moment each reached it.
    const final: Task[] = [];
    for (let i = 0; i < tasks.length; i += 50) final.push(...(await Promise.all(tasks.slice(i, i + 50).map((t) => api.get(t.task_id)))));
    const completed = final.filter((t) => t.status === 'COMPLETED');
    const lastDone = final.every((t) => t.status === 'COMPLETED' || t.status === 'FAILED') ? Math.max(...final.map((t) => Date.parse(t.updated_at))) : t1;
    const wrongSize = completed.filter((t) => t.images?.[0]?.bytes !== floor.imageBytes).length;
    const stats = (await (await fetch(`${upstream.url}/__stats`)).json()) as { served: { receivedAt: number; latencyMs: number; sentAt?: number }[] };
    const served = stats.served.slice(-opts.n);
    const maxLatency = Math.max(...served.map((s) => s.latencyMs));
    const lastSent = Math.max(...served.map((s) => s.sentAt ?? 0));

    const totalMs = lastDone - lastCreateAt;
    const result = {
      n: opts.n,
      upstreamLatencyMs: opts.latencyMs,
      upstreamLatencyMaxDrawnMs: maxLatency,
      answerBytes: body.length,
      totalMs,
      beyondLatencyMs: totalMs - maxLatency,
      lastAnswerSentToLastCompletedMs: lastDone - lastSent,
      unfinishedAtDeadline: ids.size - finished.completed.size - finished.failed.size,
      completed: completed.length,
      failed: final.length - completed.length,
      failures: final.filter((t) => t.status !== 'COMPLETED').slice(0, 5).map((t) => ({ status: t.status, error: t.error })),
      wrongSize,
      serverCpuMsPerImage: cpuMs / Math.max(1, finished.completed.size + finished.failed.size),
      mainThreadCpuMsPerImage: mainCpuMs / Math.max(1, finished.completed.size + finished.failed.size),
      /** Each thread's CPU over the burst (ms, user + system), the main thread first, then the busiest. */
      threadCpuMs: byThread,
      floorCpuMsPerImage: floor.cpuMsPerImage,
      floorWallMsPerImage: floor.wallMsPerImage,
      idleCpuMsPerS: idleCpuPerMs * 1000,
      get: { polls: latencies.length, errors: getErrors, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: Math.max(...latencies) },
      eventLoopDelay: loop,
      peakRss: vmHwm,
      rssPeakSampled,
      loadavgBefore,
      loadavgAfter,
    };
    const goals =
      opts.n <= 200
        ? {
            'all COMPLETED': result.completed === opts.n,
            'within upstream latency + 4 s': result.beyondLatencyMs <= 4000,
            'GET p99 <= 50 ms': result.get.p99 <= 50,
            'event-loop delay <= 100 ms': loop.maxMs <= 100,
            'peak RSS <= 1 GiB': vmHwm <= 2 ** 30,
            'CPU per image <= 2x floor': result.serverCpuMsPerImage <= 2 * floor.cpuMsPerImage,
          }
        : {
            'all COMPLETED': result.completed === opts.n,
            'GET p99 <= 100 ms': result.get.p99 <= 100,
            'peak RSS <= 1.5 GiB': vmHwm <= 1.5 * 2 ** 30,
          };
    printTable(`Burst: ${opts.n} × 4K (${(body.length / 2 ** 20).toFixed(1)} MiB answers), upstream latency ${opts.latencyMs} ms, load ${loadavgBefore}`, [
      { measure: 'last create → last COMPLETED', value: `${(totalMs / 1000).toFixed(1)} s (upstream latency max ${(maxLatency / 1000).toFixed(1)} s: +${(result.beyondLatencyMs / 1000).toFixed(1)} s)` },
      { measure: 'COMPLETED / failed', value: `${result.completed} / ${result.failed}` },
      { measure: 'server CPU per image', value: `${result.serverCpuMsPerImage.toFixed(1)} ms (floor ${floor.cpuMsPerImage.toFixed(1)} ms: ${(result.serverCpuMsPerImage / floor.cpuMsPerImage).toFixed(2)}×)` },
      { measure: '… of it on the main thread (event loop)', value: `${result.mainThreadCpuMsPerImage.toFixed(1)} ms` },
      { measure: '… by thread, per image (user + system)', value: threadSummary(byThread, finished.completed.size + finished.failed.size) },
      { measure: `GET every ${POLL_EVERY_MS} ms: p50 / p99 / max`, value: `${result.get.p50.toFixed(1)} / ${result.get.p99.toFixed(1)} / ${result.get.max.toFixed(1)} ms (${latencies.length} polls, ${getErrors} errors)` },
      { measure: 'event-loop delay, max (worst p99 of 250 ms)', value: `${loop.maxMs.toFixed(0)} ms (${loop.worstP99Ms.toFixed(0)} ms)` },
      { measure: 'peak RSS (VmHWM)', value: `${mib(vmHwm)} MiB` },
      { measure: 'load average before / after', value: `${loadavgBefore} / ${loadavgAfter}` },
    ]);
    printTable('goals', Object.entries(goals).map(([goal, met]) => ({ goal, met: met ? 'yes' : 'NO' })));
    const file = writeResult(opts.resultName ?? `burst-${opts.n}`, { options: opts, result, goals });
    console.log(`wrote ${file}`);
    if (result.completed !== opts.n) {
      throw new Error(`${opts.n - result.completed} of ${opts.n} burst tasks did not complete (${result.unfinishedAtDeadline} still running at the deadline): ${JSON.stringify(result.failures)}`);
    }
    return { result, goals, file };
  } finally {
    await server.stop();
    await upstream.stop();
  }
}

interface ThreadShare {
  tid: number;
  main: boolean;
  userMs: number;
  sysMs: number;
}

/** CPU each thread used between two readings, the main thread first, then by CPU; threads that did nothing are left out. */
function threadShares(before: Map<number, { user: number; sys: number }>, after: Map<number, { user: number; sys: number }>, pid: number): ThreadShare[] {
  const shares: ThreadShare[] = [];
  for (const [tid, now] of after) {
    const was = before.get(tid) ?? { user: 0, sys: 0 };
    const share = { tid, main: tid === pid, userMs: now.user - was.user, sysMs: now.sys - was.sys };
    if (share.main || share.userMs + share.sysMs > 0) shares.push(share);
  }
  return shares.sort((a, b) => Number(b.main) - Number(a.main) || b.userMs + b.sysMs - (a.userMs + a.sysMs));
}

/** "main 5.3 (4.1+1.2) · 12.0 (10.2+1.8) · …": ms per image for the busiest threads. */
function threadSummary(shares: ThreadShare[], images: number): string {
  const per = (ms: number) => (ms / Math.max(1, images)).toFixed(1);
  const shown = shares.slice(0, 6).map((s) => `${s.main ? 'main ' : ''}${per(s.userMs + s.sysMs)} (${per(s.userMs)}+${per(s.sysMs)})`);
  const rest = shares.slice(6).reduce((sum, s) => sum + s.userMs + s.sysMs, 0);
  return shown.join(' · ') + (rest > 0 ? ` · ${shares.length - 6} more ${per(rest)}` : '');
}
