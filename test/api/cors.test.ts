import { afterEach, describe, expect, it } from 'vitest';
import { parseCorsOrigins } from '../../src/api/cors.js';
import { loadConfig } from '../../src/config.js';
import { KEY_A, TASKS, startRuntime, waitForTask } from '../helpers/runtime.js';

type Runtime = Awaited<ReturnType<typeof startRuntime>>;
let runtime: Runtime | undefined;
afterEach(async () => {
  await runtime?.close();
  runtime = undefined;
});

const APP = 'http://app.example.test:5173';
const preflight = (origin: string, url = TASKS) =>
  runtime!.app.inject({
    method: 'OPTIONS',
    url,
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-magnific-api-key, content-type, idempotency-key' },
  });

describe('CORS (BANANASTAND_CORS_ORIGINS)', () => {
  it('sends no CORS headers by default', async () => {
    runtime = await startRuntime();
    const res = await runtime.app.inject({ method: 'GET', url: TASKS, headers: { origin: APP, 'x-magnific-api-key': KEY_A } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect((await preflight(APP)).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers preflights for a listed origin before the key check, and marks answers and files for it', async () => {
    runtime = await startRuntime({ BANANASTAND_CORS_ORIGINS: `${APP}, https://other.example.test` });
    const pre = await preflight(APP);
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe(APP);
    expect(String(pre.headers['access-control-allow-methods'])).toMatch(/GET.*POST/);
    for (const h of ['x-magnific-api-key', 'content-type', 'idempotency-key', 'prefer']) expect(String(pre.headers['access-control-allow-headers'])).toContain(h);
    expect(Number(pre.headers['access-control-max-age'])).toBeGreaterThan(0);
    expect(String(pre.headers.vary)).toMatch(/origin/i);

    const created = await runtime.app.inject({ method: 'POST', url: TASKS, headers: { origin: APP, 'x-magnific-api-key': KEY_A }, payload: { prompt: 'a lighthouse', resolution: '512' } });
    expect(created.headers['access-control-allow-origin']).toBe(APP);
    const exposed = String(created.headers['access-control-expose-headers']);
    for (const h of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after', 'x-request-id']) expect(exposed).toContain(h);
    // Errors too: a page must be able to read a 401.
    const denied = await runtime.app.inject({ method: 'GET', url: TASKS, headers: { origin: APP, 'x-magnific-api-key': 'bs_wrong' } });
    expect(denied.statusCode).toBe(401);
    expect(denied.headers['access-control-allow-origin']).toBe(APP);

    const task = await waitForTask(runtime, created.json().data.task_id);
    const file = await runtime.app.inject({ method: 'GET', url: new URL(task.generated[0]).pathname, headers: { origin: APP } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['access-control-allow-origin']).toBe(APP);

    const stranger = await preflight('https://evil.example.test');
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
    expect(stranger.headers['access-control-allow-headers']).toBeUndefined();
  });

  it('* allows any origin without naming it', async () => {
    runtime = await startRuntime({ BANANASTAND_CORS_ORIGINS: '*' });
    const pre = await preflight('https://anywhere.example.test');
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    const res = await runtime.app.inject({ method: 'GET', url: '/healthz', headers: { origin: 'https://anywhere.example.test' } });
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('refuses a value that is not * or a list of origins, naming the entry', () => {
    expect(parseCorsOrigins('https://a.example, http://localhost:3000/')).toEqual({ ok: true, origins: ['https://a.example', 'http://localhost:3000'] });
    expect(parseCorsOrigins('https://a.example/app')).toMatchObject({ ok: false, message: expect.stringContaining('"https://a.example/app"') });
    expect(parseCorsOrigins('*, https://a.example')).toMatchObject({ ok: false });
    expect(() => loadConfig({ BANANASTAND_CORS_ORIGINS: 'example.com', BANANASTAND_DATA_DIR: '/tmp' })).toThrow(/BANANASTAND_CORS_ORIGINS.*example\.com/s);
  });
});
