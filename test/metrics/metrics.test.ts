import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { EngineError, type Engine } from '../../src/engines/engine.js';
import { startFakeGemini } from '../fakes/gemini-server.js';
import { KEY_A, startRuntime, TASKS, waitForTask } from '../helpers/runtime.js';
import { parsePrometheusText } from '../helpers/prometheus-text.js';

type Rt = Awaited<ReturnType<typeof startRuntime>>;
const open: Rt[] = [];
afterEach(async () => {
  for (const rt of open.splice(0)) await rt.close();
});
async function runtime(...args: Parameters<typeof startRuntime>): Promise<Rt> {
  const rt = await startRuntime(...args);
  open.push(rt);
  return rt;
}

const PROMPT = 'a secret prompt about a purple walrus';
const headers = { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' };
const create = (rt: Rt, body: object = { prompt: PROMPT, resolution: '512' }) =>
  rt.app.inject({ method: 'POST', url: TASKS, headers, payload: JSON.stringify(body) });
async function scrape(rt: Rt, auth?: string) {
  const res = await rt.app.inject({ method: 'GET', url: '/metrics', headers: auth ? { authorization: auth } : {} });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return { text: res.body, metrics: parsePrometheusText(res.body) };
}

describe('GET /metrics', () => {
  it('parses as Prometheus text and counts a task run with the local engine, its phases and its requests', async () => {
    const rt = await runtime();
    const id = (await create(rt)).json().data.task_id;
    const done = await waitForTask(rt, id);
    expect(done.status).toBe('COMPLETED');
    const filePath = new URL(done.generated[0]).pathname;
    expect((await rt.app.inject({ method: 'GET', url: filePath })).statusCode).toBe(200);
    expect((await rt.app.inject({ method: 'GET', url: '/no/such/route/xyz' })).statusCode).toBe(404);

    const { text, metrics } = await scrape(rt);
    expect(metrics.types.get('bananastand_tasks_total')).toBe('counter');
    expect(metrics.value('bananastand_tasks_total', { engine: 'local', status: 'COMPLETED' })).toBe(1);
    expect(metrics.value('bananastand_tasks_total', { engine: 'local', status: 'FAILED' })).toBeUndefined();
    for (const phase of ['queue', 'generation', 'storage', 'total']) {
      expect(metrics.value('bananastand_task_duration_seconds_count', { phase })).toBe(1);
    }
    // No references on this task: no references phase.
    expect(metrics.value('bananastand_task_duration_seconds_count', { phase: 'references' })).toBeUndefined();
    expect(metrics.value('bananastand_task_duration_seconds_sum', { phase: 'total' })).toBeGreaterThan(0);
    expect(metrics.value('bananastand_upstream_retries_total')).toBe(0);
    expect(metrics.value('bananastand_queue_depth')).toBe(0);
    expect(metrics.value('bananastand_outbox_depth')).toBe(0);

    const http = 'bananastand_http_request_duration_seconds_count';
    expect(metrics.value(http, { route: TASKS, method: 'POST', status: '200' })).toBe(1);
    expect(metrics.value(http, { route: '/v1/files/:name', method: 'GET', status: '200' })).toBe(1);
    expect(metrics.value(http, { route: 'unmatched', method: 'GET', status: '404' })).toBe(1);
    // Default process metrics.
    expect(metrics.types.get('process_cpu_user_seconds_total')).toBe('counter');
    expect(metrics.types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');

    // Never a key, a prompt, a task id, a file name or a raw URL.
    for (const secret of [KEY_A, 'purple walrus', id, filePath, filePath.split('/').pop()!, '/no/such/route']) {
      expect(text).not.toContain(secret);
    }
  });

  it('counts engine failures by code and FAILED tasks; each app has its own registry', async () => {
    const refusing: Pick<Engine, 'name' | 'model' | 'acceptsGcsUris' | 'generate'> = {
      name: 'local',
      model: 'refusing',
      acceptsGcsUris: false,
      generate: async () => {
        throw new EngineError('content_blocked', 'The picture was refused.');
      },
    };
    const rt = await runtime({}, { engine: refusing as Engine });
    const other = await runtime();
    const done = await waitForTask(rt, (await create(rt)).json().data.task_id);
    expect(done.error_code).toBe('content_blocked');
    const { metrics } = await scrape(rt);
    expect(metrics.value('bananastand_tasks_total', { engine: 'local', status: 'FAILED' })).toBe(1);
    expect(metrics.value('bananastand_engine_failures_total', { code: 'content_blocked' })).toBe(1);
    expect(metrics.value('bananastand_task_duration_seconds_count', { phase: 'total' })).toBe(1);
    const theirs = (await scrape(other)).metrics;
    expect(theirs.value('bananastand_tasks_total', { engine: 'local', status: 'FAILED' })).toBeUndefined();
  });

  it('reads the queue and outbox depths from the store on each scrape, and counts webhook attempts', async () => {
    const rt = await runtime({ BANANASTAND_WORKER: 'paused' });
    await create(rt);
    const second = (await create(rt, { prompt: PROMPT, resolution: '512', webhook_url: 'http://127.0.0.1:9/hook' })).json().data.task_id;
    expect((await scrape(rt)).metrics.value('bananastand_queue_depth')).toBe(2);
    // Cancelling writes a FAILED event for the webhook; nothing listens on port 9, so it waits for a retry.
    await rt.app.inject({ method: 'POST', url: `${TASKS}/${second}/cancel`, headers });
    const until = Date.now() + 10_000;
    let m = (await scrape(rt)).metrics;
    while (m.value('bananastand_webhook_attempts_total', { outcome: 'retry' }) !== 1 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 50));
      m = (await scrape(rt)).metrics;
    }
    expect(m.value('bananastand_webhook_attempts_total', { outcome: 'retry' })).toBe(1);
    expect(m.value('bananastand_queue_depth')).toBe(1);
    expect(m.value('bananastand_outbox_depth')).toBe(1);
  });

  it('counts retries of calls to Google (the engine runs on threads)', async () => {
    const fake = await startFakeGemini();
    try {
      const rt = await runtime({ BANANASTAND_ENGINE: 'gemini', GEMINI_API_KEY: fake.apiKey, GOOGLE_GEMINI_BASE_URL: fake.url });
      // Google's RetryInfo sets the wait: 0.1 s instead of the default backoff.
      fake.script([{ kind: 'error', status: 503, retryDelay: '0.1s' }, { kind: 'image' }]);
      const done = await waitForTask(rt, (await create(rt)).json().data.task_id);
      expect(done.status).toBe('COMPLETED');
      const { metrics } = await scrape(rt);
      expect(metrics.value('bananastand_upstream_retries_total')).toBe(1);
      expect(metrics.value('bananastand_tasks_total', { engine: 'gemini', status: 'COMPLETED' })).toBe(1);
    } finally {
      await fake.close();
    }
  });

  it('with BANANASTAND_METRICS_TOKEN, answers 401 in the error shape without the bearer token', async () => {
    const token = 'metrics-token-0123456789abcdef';
    const rt = await runtime({ BANANASTAND_METRICS_TOKEN: token });
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${token}x`, token]) {
      const res = await rt.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ message: 'Missing or wrong metrics token: send Authorization: Bearer <BANANASTAND_METRICS_TOKEN>.' });
    }
    const { text } = await scrape(rt, `Bearer ${token}`);
    expect(text).not.toContain(token);
  });

  it('refuses a short metrics token at start, naming the variable', () => {
    expect(() => loadConfig({ BANANASTAND_METRICS_TOKEN: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ BANANASTAND_METRICS_TOKEN: 'short' })).toThrow(/BANANASTAND_METRICS_TOKEN="short": must be at least 16 printable characters/);
  });
});

describe('tasks failed as worker_lost', () => {
  it('count as FAILED on the process whose loop failed them', async () => {
    const rt = await runtime({ BANANASTAND_MAX_RUNS: '1' }, { start: false });
    const id = (await create(rt)).json().data.task_id;
    // A process that died holding the task's only run.
    expect(await rt.store.claim('worker_dead', Date.now(), 60_000, 1)).toBeDefined();
    await rt.start();
    const done = await waitForTask(rt, id);
    expect(done.status).toBe('FAILED');
    const { metrics } = await scrape(rt);
    expect(metrics.value('bananastand_tasks_total', { engine: 'local', status: 'FAILED' })).toBe(1);
  });
});
