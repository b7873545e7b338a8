import { afterEach, describe, expect, it } from 'vitest';
import type { Engine, GenerateOptions, GenerateRequest } from '../../src/engines/engine.js';
import { startReceiver, type WebhookReceiver } from '../../bench/lib/receiver.js';
import { KEY_A, PNG_1x1, startRuntime, TASKS, waitForTask } from '../helpers/runtime.js';

// Drill: a slow or hanging engine and slow webhook receivers. The task deadline and the webhook
// timeout must hold, and the rest of the traffic must keep flowing past the stuck parts.

type Rt = Awaited<ReturnType<typeof startRuntime>>;
let rt: Rt | undefined;
const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await rt?.close();
  rt = undefined;
  for (const r of receivers.splice(0)) await r.close();
});

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason);
    });
  });

/**
 * `hang` never settles and ignores the abort signal (a stuck socket in a careless SDK); `slow`
 * takes 5 s but honours the signal; anything else answers a tiny PNG after 20 ms.
 */
const scriptedEngine: Engine = {
  name: 'local',
  model: 'scripted',
  acceptsGcsUris: false,
  async generate(req: GenerateRequest, opts: GenerateOptions) {
    if (req.prompt.startsWith('hang')) return new Promise<never>(() => {});
    await sleep(req.prompt.startsWith('slow') ? 5000 : 20, opts.signal);
    return { images: [{ bytes: PNG_1x1, mimeType: 'image/png' as const, width: 1, height: 1 }] };
  },
};

async function create(r: Rt, body: Record<string, unknown>): Promise<string> {
  const res = await r.app.inject({
    method: 'POST',
    url: TASKS,
    headers: { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data.task_id;
}

const deliveries = async (r: Rt, taskId: string) =>
  (await r.app.inject({ method: 'GET', url: `/v1/webhooks/deliveries?task_id=${taskId}`, headers: { 'x-magnific-api-key': KEY_A } })).json().data;

describe('drill: slow and hanging parts', () => {
  it('tasks stuck in an engine that ignores its abort signal fail at the deadline, and the queue behind them drains', async () => {
    rt = await startRuntime({ BANANASTAND_TASK_TIMEOUT: '1s', BANANASTAND_CONCURRENCY: '2' }, { engine: scriptedEngine });
    const started = Date.now();
    // The stuck tasks take every worker slot first.
    const stuck = [await create(rt, { prompt: 'hang one' }), await create(rt, { prompt: 'slow two' })];
    const quick: string[] = [];
    for (let i = 0; i < 10; i++) quick.push(await create(rt, { prompt: `quick ${i}` }));

    const stuckTasks = await Promise.all(stuck.map((id) => waitForTask(rt!, id, KEY_A, 10_000)));
    for (const t of stuckTasks) {
      expect(t).toMatchObject({ status: 'FAILED', error: 'The task did not finish within its deadline of 1 s.', error_code: 'timeout' });
    }
    const quickTasks = await Promise.all(quick.map((id) => waitForTask(rt!, id, KEY_A, 10_000)));
    expect(quickTasks.map((t) => t.status)).toEqual(quick.map(() => 'COMPLETED'));
    // 1 s deadline, then ten 20 ms tasks on two slots: well under 5 s even on a busy CI machine.
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await rt.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });

  it('a receiver that never answers is cut off by the webhook timeout (in the delivery log) while another task\'s webhook arrives promptly', async () => {
    const silent = await startReceiver({ answer: () => 'hang' });
    const good = await startReceiver();
    receivers.push(silent, good);
    rt = await startRuntime(
      { BANANASTAND_WEBHOOK_TIMEOUT: '500ms', BANANASTAND_WEBHOOK_RETRY_SCHEDULE: '100ms,100ms' },
      { engine: scriptedEngine },
    );
    const stuckIds = [await create(rt, { prompt: 'quick silent 1', webhook_url: silent.url }), await create(rt, { prompt: 'quick silent 2', webhook_url: silent.url })];
    const goodIds: string[] = [];
    for (let i = 0; i < 5; i++) goodIds.push(await create(rt, { prompt: `quick good ${i}`, webhook_url: good.url }));
    for (const id of [...stuckIds, ...goodIds]) await waitForTask(rt, id);

    // Every event to the good receiver: delivered once, soon after its status change.
    const until = Date.now() + 10_000;
    while (good.receipts.length < goodIds.length * 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(good.receipts.map((r) => `${r.taskId} ${r.status}`).sort()).toEqual(goodIds.flatMap((id) => [`${id} COMPLETED`, `${id} IN_PROGRESS`]).sort());
    for (const id of goodIds) {
      for (const d of await deliveries(rt, id)) {
        const receipt = good.receipts.find((r) => r.webhookId === d.id)!;
        // Well below the 500 ms a stuck delivery costs: the silent receiver holds up nobody else.
        expect(receipt.receivedAt - Date.parse(d.created_at)).toBeLessThan(450);
      }
    }

    // The silent receiver's events: three attempts each (first + two retries), each cut at ~500 ms.
    const silentEnd = Date.now() + 10_000;
    let log: any[] = [];
    while (Date.now() < silentEnd) {
      log = (await Promise.all(stuckIds.map((id) => deliveries(rt!, id)))).flat();
      if (log.length === 4 && log.every((d) => d.state === 'exhausted')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(log.map((d) => d.state)).toEqual(['exhausted', 'exhausted', 'exhausted', 'exhausted']);
    for (const d of log) {
      expect(d.attempts).toHaveLength(3);
      for (const a of d.attempts) {
        expect(a.status_code).toBeNull();
        expect(a.error).toBe('no complete answer within 500 ms');
        expect(a.duration_ms).toBeGreaterThanOrEqual(450);
        expect(a.duration_ms).toBeLessThan(2000);
      }
    }
    expect(silent.receipts.length).toBe(12);
  });
});
