import { afterEach, describe, expect, it } from 'vitest';
import { DeliverySlots, originOf } from '../../src/webhooks/delivery-slots.js';
import { startServer, type LoopbackServer } from '../net/loopback-server.js';
import { KEY_A, KEY_B, startRuntime, TASKS, waitForTask } from '../helpers/runtime.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function receiver(handler: Parameters<typeof startServer>[0]): Promise<LoopbackServer> {
  const s = await startServer(handler);
  cleanup.push(() => s.close());
  return s;
}

describe('delivery slots', () => {
  const ev = (id: string, url: string, keyId = 'k1') => ({ id, url, keyId });

  it('caps each origin and the total; a busy origin parks outside the global slots', () => {
    const slots = new DeliverySlots(3, 2, 3, 10);
    expect(slots.admit(ev('b1', 'http://b.test/h'), 0)).toBe('start');
    expect(slots.admit(ev('b2', 'http://b.test:80/other'), 0)).toBe('start');
    expect(slots.admit(ev('b3', 'http://b.test/h'), 0)).toBe('parked');
    expect(slots.free).toBe(1);
    expect(slots.admit(ev('a1', 'http://a.test/h'), 0)).toBe('start');
    expect(slots.free).toBe(0);
    expect(slots.admit(ev('a2', 'http://a.test/h'), 0)).toBe('parked');
    slots.release(ev('b1', 'http://b.test/h'));
    // One global slot is free: the oldest waiting event of an origin with room takes it.
    expect(slots.takeReady(1, 1000).map((e) => e.id)).toEqual(['b3']);
    expect(slots.takeReady(1, 1000)).toEqual([]);
  });

  it('drops parked events past their wait, and past the parking limit', () => {
    const slots = new DeliverySlots(8, 1, 8, 2);
    slots.admit(ev('b0', 'http://b.test/'), 0);
    expect(slots.admit(ev('b1', 'http://b.test/'), 0)).toBe('parked');
    expect(slots.admit(ev('b2', 'http://b.test/'), 50)).toBe('parked');
    expect(slots.admit(ev('b3', 'http://b.test/'), 50)).toBe('dropped');
    // Claimed again after its lease ran out: one entry, with the newer claim time.
    expect(slots.admit(ev('b1', 'http://b.test/'), 60)).toBe('parked');
    expect(slots.parkedEvents).toBe(2);
    slots.release(ev('b0', 'http://b.test/'));
    expect(slots.takeReady(1000, 100)).toEqual([]);
    expect(slots.parkedEvents).toBe(0);
  });

  it("caps one key's events over all its origins", () => {
    const slots = new DeliverySlots(8, 2, 3, 10);
    for (let i = 0; i < 3; i++) expect(slots.admit(ev(`k${i}`, `http://dead-${i}.test/`), 0)).toBe('start');
    expect(slots.admit(ev('k3', 'http://dead-3.test/'), 0)).toBe('parked');
    expect(slots.admit(ev('other', 'http://dead-3.test/', 'k2'), 0)).toBe('start');
    slots.release(ev('k0', 'http://dead-0.test/'));
    expect(slots.takeReady(1, 1000).map((e) => e.id)).toEqual(['k3']);
  });

  it('origins are scheme, host and port', () => {
    expect(originOf('https://h.example.com/a?b')).toBe(originOf('https://h.example.com:443/c'));
    expect(originOf('https://h.example.com/a')).not.toBe(originOf('http://h.example.com/a'));
    expect(originOf('http://h.example.com:8080/a')).not.toBe(originOf('http://h.example.com/a'));
  });
});

describe('webhook isolation through the real server', () => {
  it("key B's hanging receiver (12 tasks) does not delay key A's webhooks: A's arrive within 1 s", async () => {
    const b = await receiver(() => new Promise<void>(() => {}));
    const a = await receiver((_req, res) => res.writeHead(204).end());
    const rt = await startRuntime({ BANANASTAND_WEBHOOK_TIMEOUT: '15s' });
    cleanup.push(() => rt.close());
    // First of all at the end: B's hanging attempts fail at once, so the runtime stops quickly.
    cleanup.push(() => b.close());
    const create = (key: string, url: string, prompt: string) =>
      rt.app.inject({
        method: 'POST',
        url: TASKS,
        headers: { 'x-magnific-api-key': key, 'content-type': 'application/json' },
        payload: { prompt, resolution: '512', webhook_url: url },
      });

    const bTasks = await Promise.all(Array.from({ length: 12 }, (_, i) => create(KEY_B, `${b.origin}/hook`, `a grey cat number ${i}`)));
    for (const t of bTasks) await waitForTask(rt, t.json().data.task_id, KEY_B);
    // B's receiver now holds its 4 slots with attempts that never end; its other events wait.
    const until = Date.now() + 5000;
    while (b.requests.length < 4 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    expect(b.requests.length).toBe(4);

    const latencies: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await create(KEY_A, `${a.origin}/hook/${i}`, `a red fox number ${i}`);
      const id = res.json().data.task_id;
      const task = await waitForTask(rt, id);
      const completedAt = Date.now();
      const deadline = completedAt + 5000;
      let got: number | undefined;
      while (got === undefined && Date.now() < deadline) {
        got = a.requests.find((r) => r.url === `/hook/${i}` && JSON.parse(r.body).status === task.status)?.at;
        await new Promise((r) => setTimeout(r, 5));
      }
      expect(got, `A's ${task.status} webhook for task ${i}`).toBeDefined();
      latencies.push(Math.max(0, got! - completedAt));
    }
    console.log(`A's COMPLETED webhooks while B hangs (24 events): ${latencies.join(', ')} ms after the task completed`);
    for (const ms of latencies) expect(ms).toBeLessThan(1000);
    // B still has only its own 4 attempts in flight.
    expect(b.requests.length).toBe(4);
  }, 60_000);
});
