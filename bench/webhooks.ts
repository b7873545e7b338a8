import path from 'node:path';
import { apiClient, until, type Delivery } from './lib/api.js';
import { inTempDir, startBananastand } from './lib/processes.js';
import { startReceiver } from './lib/receiver.js';
import { printTable, quantile, writeResult } from './lib/report.js';

/**
 * Webhook delivery latency: from the status change (the event's `created_at` in the delivery log,
 * written in the same transaction as the change) to the moment the whole request has arrived at a
 * loopback receiver. Measured while the local engine works through a batch, as in real use.
 */

export interface WebhookBenchOptions {
  tasks: number;
  resolution: string;
}

export async function webhookBench(opts: WebhookBenchOptions) {
  return inTempDir('bananastand-bench-webhooks-', (dir) => runWebhookBench(dir, opts));
}

async function runWebhookBench(dir: string, opts: WebhookBenchOptions) {
  const receiver = await startReceiver();
  const server = await startBananastand({ dataDir: path.join(dir, 'data') });
  const api = apiClient(server.url);
  try {
    const ids: string[] = [];
    for (let i = 0; i < opts.tasks; i++) {
      ids.push((await api.create({ prompt: `a paper boat on a pond, ${i}`, resolution: opts.resolution, webhook_url: receiver.url })).task_id);
    }
    await until(() => (new Set(receiver.receipts.map((r) => r.webhookId)).size >= ids.length * 2 ? true : undefined), 300_000, 'every webhook', 20);
    const failed = receiver.receipts.filter((r) => r.status === 'FAILED');
    if (failed.length) throw new Error(`${failed.length} tasks FAILED (see ${server.logFile}): a benchmark of failing tasks measures nothing`);

    const events = new Map<string, Delivery>();
    for (const id of ids) for (const d of await api.deliveries(id)) events.set(d.id, d);
    const firstReceipt = new Map<string, number>();
    for (const r of receiver.receipts) if (!firstReceipt.has(r.webhookId)) firstReceipt.set(r.webhookId, r.receivedAt);

    const byStatus = new Map<string, number[]>();
    const attemptMs: number[] = [];
    const perEvent: { task: number; status: string; ms: number }[] = [];
    for (const [id, at] of firstReceipt) {
      const e = events.get(id);
      if (!e) throw new Error(`received webhook ${id} that is not in the delivery log`);
      const ms = at - Date.parse(e.created_at);
      const list = byStatus.get(e.status) ?? [];
      list.push(ms);
      byStatus.set(e.status, list);
      attemptMs.push(e.attempts[0]!.duration_ms);
      perEvent.push({ task: ids.indexOf(e.task_id), status: e.status, ms });
    }
    const slowest = perEvent.sort((a, b) => b.ms - a.ms).slice(0, 3);
    console.log(`slowest: ${slowest.map((e) => `task #${e.task} ${e.status} ${e.ms} ms`).join(', ')}`);
    const all = [...byStatus.values()].flat();
    const row = (name: string, v: number[]) => ({
      events: name,
      n: v.length,
      'p50 ms': quantile(v, 0.5),
      'p90 ms': quantile(v, 0.9),
      'p99 ms': quantile(v, 0.99),
      'max ms': Math.max(...v),
    });
    const rows = [...[...byStatus].map(([status, v]) => row(status, v)), row('all', all), row('attempt duration (log)', attemptMs)];
    const goal = { 'p50 <= 20 ms': quantile(all, 0.5) <= 20 };
    printTable(`Webhook delivery latency, status change → receipt on loopback (${opts.tasks} tasks at ${opts.resolution})`, rows);
    printTable('goals', Object.entries(goal).map(([g, met]) => ({ goal: g, met: met ? 'yes' : 'NO' })));
    const file = writeResult('webhooks', { options: opts, summary: rows, goal, slowest, duplicates: receiver.receipts.length - firstReceipt.size });
    console.log(`wrote ${file}`);
    return { rows, goal };
  } finally {
    await server.stop();
    await receiver.close();
  }
}
