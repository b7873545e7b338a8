import path from 'node:path';
import { apiClient, isFinal, until, type Task } from './lib/api.js';
import { inTempDir, startBananastand } from './lib/processes.js';
import { startReceiver } from './lib/receiver.js';
import { printTable, quantile, writeResult } from './lib/report.js';

/**
 * Time from POST to COMPLETED with the local engine, one task at a time, seen two ways: by the
 * webhook's arrival at a loopback receiver and by polling GET every 10 ms. Beside it, the task's own
 * `metrics`, so the server's share (everything but generation) is visible.
 */

export interface EndToEndOptions {
  /** Tasks per resolution. */
  samples: Record<'1K' | '2K' | '4K', number>;
}

interface Sample {
  resolution: string;
  viaWebhookMs: number;
  viaPollMs: number;
  queueMs: number;
  generationMs: number;
  storageMs: number;
  totalMs: number;
}

export async function endToEndBench(opts: EndToEndOptions) {
  return inTempDir('bananastand-bench-e2e-', (dir) => runEndToEndBench(dir, opts));
}

async function runEndToEndBench(dir: string, opts: EndToEndOptions) {
  const receiver = await startReceiver();
  const server = await startBananastand({ dataDir: path.join(dir, 'data') });
  const api = apiClient(server.url);
  const samples: Sample[] = [];
  const pollMs: { resolution: string; ms: number }[] = [];
  try {
    // One untimed task first: the engine's first run loads fonts and icon sets.
    const warm = await api.create({ prompt: 'a lighthouse on a cliff', resolution: '1K' });
    await api.waitFinal(warm.task_id);

    for (const [resolution, n] of Object.entries(opts.samples)) {
      for (let i = 0; i < n; i++) {
        const t0 = Date.now();
        const task = await api.create({
          prompt: `a cozy reading nook with a cat and a lamp, study ${i}`,
          aspect_ratio: '1:1',
          resolution,
          seed: 1000 + i,
          webhook_url: receiver.url,
        });
        // Poll every 10 ms, timing each GET: while the engine works, a slow GET means the engine
        // holds the server's event loop.
        let done: Task | undefined;
        let seenAt = 0;
        const until0 = Date.now() + 120_000;
        while (!done && Date.now() < until0) {
          const g0 = performance.now();
          const t = await api.get(task.task_id);
          pollMs.push({ resolution, ms: performance.now() - g0 });
          if (isFinal(t)) {
            done = t;
            seenAt = Date.now();
          } else {
            await new Promise((r) => setTimeout(r, 10));
          }
        }
        if (!done) throw new Error(`task ${task.task_id} did not finish in 120 s`);
        if (done.status !== 'COMPLETED') throw new Error(`task ${done.task_id} ${done.status}: ${done.error}`);
        const receipt = await until(
          () => receiver.receipts.find((r) => r.taskId === task.task_id && r.status === 'COMPLETED'),
          30_000,
          `the COMPLETED webhook of ${task.task_id}`,
          5,
        );
        const m = done.metrics!;
        samples.push({
          resolution,
          viaWebhookMs: receipt.receivedAt - t0,
          viaPollMs: seenAt - t0,
          queueMs: m.queue_ms,
          generationMs: m.generation_ms,
          storageMs: m.storage_ms,
          totalMs: m.total_ms,
        });
      }
    }
  } finally {
    await server.stop();
    await receiver.close();
  }

  const rows = Object.keys(opts.samples).map((resolution) => {
    const s = samples.filter((x) => x.resolution === resolution);
    const med = (f: (x: Sample) => number) => quantile(s.map(f), 0.5);
    const viaWebhook = med((x) => x.viaWebhookMs);
    return {
      resolution,
      n: s.length,
      'POST→webhook p50 ms': viaWebhook,
      'POST→poll p50 ms': med((x) => x.viaPollMs),
      'queue_ms p50': med((x) => x.queueMs),
      'generation_ms p50': med((x) => x.generationMs),
      'storage_ms p50': med((x) => x.storageMs),
      'total_ms p50': med((x) => x.totalMs),
      'server share': `${((1 - med((x) => x.generationMs) / viaWebhook) * 100).toFixed(1)} %`,
      'GET while running p99 ms': quantile(pollMs.filter((p) => p.resolution === resolution).map((p) => p.ms), 0.99),
      'GET while running max ms': Math.max(...pollMs.filter((p) => p.resolution === resolution).map((p) => p.ms)),
    };
  });
  printTable('End to end, local engine, one task at a time (medians)', rows);
  const file = writeResult('end-to-end', { options: opts, summary: rows, samples });
  console.log(`wrote ${file}`);
  return { rows, samples };
}
