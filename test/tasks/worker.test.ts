import { afterEach, describe, expect, it } from 'vitest';
import { EngineError, type Engine, type GenerateOptions, type GenerateRequest } from '../../src/engines/engine.js';
import { KEY_A, startRuntime, TASKS, tempDir, waitForTask } from '../helpers/runtime.js';

type Rt = Awaited<ReturnType<typeof startRuntime>>;
let rt: Rt | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

/** An engine whose behaviour each test scripts: the edge the worker must handle. */
function scriptedEngine(behave: (req: GenerateRequest, opts: GenerateOptions) => Promise<never>): Engine & { signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  return {
    name: 'local',
    model: 'scripted',
    acceptsGcsUris: false,
    signals,
    generate: (req, opts) => {
      signals.push(opts.signal);
      return behave(req, opts);
    },
  };
}

const hang = (_r: GenerateRequest, opts: GenerateOptions) =>
  new Promise<never>((_, reject) => opts.signal.addEventListener('abort', () => reject(opts.signal.reason)));

const create = async (r: Rt, prompt = 'a cat') =>
  (
    await r.app.inject({
      method: 'POST',
      url: TASKS,
      headers: { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' },
      payload: JSON.stringify({ prompt }),
    })
  ).json().data.task_id as string;

describe('worker outcomes', () => {
  it('maps an engine refusal to FAILED with its code and message', async () => {
    rt = await startRuntime({}, { engine: scriptedEngine(async () => { throw new EngineError('content_blocked', 'The prompt was blocked (SAFETY).'); }) });
    const task = await waitForTask(rt, await create(rt));
    expect(task).toMatchObject({ status: 'FAILED', generated: [], error: 'The prompt was blocked (SAFETY).', error_code: 'content_blocked' });
  });

  it('a bug in the engine fails the task as internal without leaking details', async () => {
    rt = await startRuntime({}, { engine: scriptedEngine(async () => { throw new TypeError('x is undefined at secret/path.ts'); }) });
    const task = await waitForTask(rt, await create(rt));
    expect(task.error_code).toBe('internal');
    expect(task.error).not.toMatch(/secret/);
  });

  it('the deadline fails a hanging task as timeout, aborts the engine, and others keep flowing', async () => {
    const engine = scriptedEngine(hang);
    rt = await startRuntime({ BANANASTAND_TASK_TIMEOUT: '300ms', BANANASTAND_CONCURRENCY: '4' }, { engine });
    const ids = await Promise.all([create(rt, 'one'), create(rt, 'two'), create(rt, 'three')]);
    const tasks = await Promise.all(ids.map((id) => waitForTask(rt!, id)));
    for (const t of tasks) expect(t).toMatchObject({ status: 'FAILED', error_code: 'timeout' });
    expect(tasks[0].error).toMatch(/deadline/);
    expect(engine.signals.every((s) => s.aborted)).toBe(true);
  });

  it('cancel aborts a running task', async () => {
    const engine = scriptedEngine(hang);
    rt = await startRuntime({}, { engine });
    const id = await create(rt);
    while (engine.signals.length === 0) await new Promise((r) => setTimeout(r, 5));
    const res = await rt.app.inject({ method: 'POST', url: `${TASKS}/${id}/cancel`, headers: { 'x-magnific-api-key': KEY_A } });
    expect(res.json().data).toMatchObject({ status: 'FAILED', error_code: 'cancelled' });
    await new Promise((r) => setTimeout(r, 20));
    expect(engine.signals[0].aborted).toBe(true);
    expect((await waitForTask(rt, id)).error_code).toBe('cancelled');
  });

  it('a task abandoned after its last allowed run fails as worker_lost at the next start', async () => {
    const dataDir = tempDir();
    rt = await startRuntime({ BANANASTAND_DATA_DIR: dataDir, BANANASTAND_WORKER: 'paused', BANANASTAND_MAX_RUNS: '2' });
    const id = await create(rt);
    // Two runs that "died": claimed with leases already expired.
    expect((await rt.store.claim('dead-1', Date.now(), -1, 2))?.id).toBe(id);
    expect((await rt.store.claim('dead-2', Date.now(), -1, 2))?.id).toBe(id);
    await rt.close();
    rt = await startRuntime({ BANANASTAND_DATA_DIR: dataDir, BANANASTAND_MAX_RUNS: '2' });
    const task = await waitForTask(rt, id);
    expect(task).toMatchObject({ status: 'FAILED', error_code: 'worker_lost' });
  });

  it('statuses only move forward: a finished task cannot be completed or failed again', async () => {
    rt = await startRuntime({ BANANASTAND_WORKER: 'paused' });
    const id = await create(rt);
    const claimed = await rt.store.claim('w1', Date.now(), 60_000, 3);
    expect(claimed?.status).toBe('IN_PROGRESS');
    const failed = await rt.store.fail(id, Date.now(), { code: 'internal', message: 'x' }, { owner: 'w1' });
    expect(failed?.status).toBe('FAILED');
    expect(await rt.store.fail(id, Date.now(), { code: 'timeout', message: 'y' })).toBeUndefined();
    expect(await rt.store.complete(id, 'w1', Date.now(), [], { engine: 'local', model: 'm', metrics: { queue_ms: 0, generation_ms: 0, storage_ms: 0, total_ms: 0 } })).toBeUndefined();
    expect(await rt.store.claim('w2', Date.now(), 60_000, 3)).toBeUndefined();
  });
});
