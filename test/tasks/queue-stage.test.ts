import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEngine } from '../../src/engines/create-engine.js';
import type { Engine } from '../../src/engines/engine.js';
import { readServerSentEvents } from '../../packages/sdk/src/subscribe.js';
import { KEY_A, KEY_B, TASKS, startRuntime } from '../helpers/runtime.js';

type Runtime = Awaited<ReturnType<typeof startRuntime>>;
let runtime: Runtime | undefined;
afterEach(async () => {
  gate.openAll();
  await runtime?.close();
  runtime = undefined;
});

/** A local engine that holds every generation until the test opens the gate. */
function gatedEngine(): Engine & { started: string[] } {
  const real = createEngine(loadConfig({ BANANASTAND_ENGINE: 'local', BANANASTAND_LOG_LEVEL: 'silent', BANANASTAND_DATA_DIR: '/tmp' }), pino({ level: 'silent' }));
  const engine = Object.create(real) as Engine & { started: string[] };
  engine.started = [];
  engine.generate = async (req, opts) => {
    engine.started.push(req.prompt);
    await gate.wait();
    return real.generate(req, opts);
  };
  return engine;
}

/** Permits: each generation waits for one; `open()` gives one, `openAll()` lets everything through. */
const gate = (() => {
  let permits = 0;
  let all = false;
  const waiting: (() => void)[] = [];
  return {
    wait: () => (all ? Promise.resolve() : permits > 0 ? (permits--, Promise.resolve()) : new Promise<void>((r) => waiting.push(r))),
    open: () => {
      const next = waiting.shift();
      if (next) next();
      else permits++;
    },
    openAll: () => {
      all = true;
      for (const r of waiting.splice(0)) r();
    },
    reset: () => {
      all = false;
      permits = 0;
      waiting.length = 0;
    },
  };
})();

async function create(prompt: string, key = KEY_A) {
  const res = await runtime!.app.inject({ method: 'POST', url: TASKS, headers: { 'x-magnific-api-key': key }, payload: { prompt, resolution: '512' } });
  expect(res.statusCode).toBe(200);
  return res.json().data;
}
const get = async (id: string, key = KEY_A) =>
  (await runtime!.app.inject({ method: 'GET', url: `${TASKS}/${id}`, headers: { 'x-magnific-api-key': key } })).json().data;

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`condition not met: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('queue position and stage', () => {
  it('CREATED tasks carry queue_position (1 = next) on create, get and list; the running task its stage; positions fall as tasks are claimed', async () => {
    gate.reset();
    const engine = gatedEngine();
    runtime = await startRuntime({ BANANASTAND_CONCURRENCY: '1', BANANASTAND_KEY_RATE: '1000/s', BANANASTAND_KEY_BURST: '1000' }, { engine });
    const first = await create('a lighthouse at night');
    const running = await until(() => get(first.task_id), (t) => t.status === 'IN_PROGRESS' && t.stage === 'generating');
    expect(running.queue_position).toBeUndefined();
    const second = await create('a fox in the snow');
    const third = await create('a boat on a lake');
    expect(second.queue_position).toBe(1);
    expect(third.queue_position).toBe(2);
    expect((await get(third.task_id)).queue_position).toBe(2);
    const list = (await runtime.app.inject({ method: 'GET', url: TASKS, headers: { 'x-magnific-api-key': KEY_A } })).json().data;
    expect(list.map((t: { queue_position?: number; stage?: string }) => t.queue_position ?? t.stage)).toEqual([2, 1, 'generating']);

    gate.openAll();
    const done = await until(() => get(first.task_id), (t) => t.status === 'COMPLETED');
    expect(done.stage).toBeUndefined();
    expect(done.queue_position).toBeUndefined();
    await until(() => get(third.task_id), (t) => t.status === 'COMPLETED');
  });

  it('follows the claim order across keys: a task of a key with nothing running goes ahead of a busy key', async () => {
    gate.reset();
    runtime = await startRuntime({ BANANASTAND_CONCURRENCY: '1', BANANASTAND_KEY_RATE: '1000/s', BANANASTAND_KEY_BURST: '1000' }, { engine: gatedEngine() });
    const a1 = await create('a lighthouse at night');
    await until(() => get(a1.task_id), (t) => t.status === 'IN_PROGRESS');
    const a2 = await create('a fox in the snow');
    const b1 = await create('a boat on a lake', KEY_B);
    expect(b1.queue_position).toBe(1);
    expect((await get(a2.task_id)).queue_position).toBe(2);
  });

  it('the event stream sends an event at each change of queue_position, stage and status', async () => {
    gate.reset();
    const engine = gatedEngine();
    runtime = await startRuntime({ BANANASTAND_CONCURRENCY: '1', BANANASTAND_KEY_RATE: '1000/s', BANANASTAND_KEY_BURST: '1000' }, { engine, listen: true });
    const first = await create('a lighthouse at night');
    await until(() => get(first.task_id), (t) => t.status === 'IN_PROGRESS');
    const second = await create('a fox in the snow');
    const third = await create('a boat on a lake');
    const res = await fetch(`${runtime.baseUrl}${TASKS}/${third.task_id}/events`, { headers: { 'x-magnific-api-key': KEY_A } });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const seen: string[] = [];
    const reading = (async () => {
      for await (const e of readServerSentEvents(res.body!)) {
        const t = JSON.parse(e.data);
        seen.push(`${t.status}${t.queue_position ? ` #${t.queue_position}` : ''}${t.stage ? ` ${t.stage}` : ''}`);
      }
    })();
    await until(async () => seen, (s) => s.length >= 1);
    gate.open(); // the first ends; the second is claimed and waits
    await until(async () => seen, (s) => s.includes('CREATED #1'));
    gate.openAll();
    await reading;
    expect(seen[0]).toBe('CREATED #2');
    expect(seen[1]).toBe('CREATED #1');
    expect(seen).toContain('IN_PROGRESS generating');
    expect(seen.indexOf('IN_PROGRESS storing')).toBeGreaterThan(seen.indexOf('IN_PROGRESS generating'));
    expect(seen.at(-1)).toBe('COMPLETED');
    expect(new Set(seen).size).toBe(seen.length);
  });
});
