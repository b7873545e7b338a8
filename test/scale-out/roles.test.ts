import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveCommand } from '../../src/cli/serve.js';
import { CliError } from '../../src/cli/io.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { KEY_A, startRuntime, TASKS, tempDir, waitForTask } from '../helpers/runtime.js';
import { freshDatabase } from '../helpers/postgres.js';

const headers = { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' };
const PG = 'postgres://postgres@127.0.0.1:5432/test';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('BANANASTAND_ROLE and serve --role', () => {
  it('defaults to all; accepts api and worker with a database; refuses anything else by name', () => {
    expect(loadConfig({}).role).toBe('all');
    expect(loadConfig({ BANANASTAND_ROLE: 'api', BANANASTAND_DATABASE_URL: PG }).role).toBe('api');
    expect(loadConfig({ BANANASTAND_ROLE: 'worker', BANANASTAND_DATABASE_URL: PG }).role).toBe('worker');
    expect(problems({ BANANASTAND_ROLE: 'wroker' })).toEqual(['BANANASTAND_ROLE="wroker": not an accepted value (accepted: all, api, worker)']);
  });

  it('refuses api and worker without Postgres, and a worker that is paused', () => {
    expect(problems({ BANANASTAND_ROLE: 'api' })[0]).toMatch(/^BANANASTAND_ROLE=api needs BANANASTAND_DATABASE_URL: api and worker processes share their tasks only through Postgres/);
    expect(problems({ BANANASTAND_ROLE: 'worker' })[0]).toMatch(/^BANANASTAND_ROLE=worker needs BANANASTAND_DATABASE_URL/);
    expect(problems({ BANANASTAND_ROLE: 'worker', BANANASTAND_DATABASE_URL: PG, BANANASTAND_WORKER: 'paused' })).toEqual([
      'BANANASTAND_ROLE=worker with BANANASTAND_WORKER=paused would run nothing: unset one of them',
    ]);
  });

  it('BANANASTAND_TASK_LEASE: 60 s by default, from 2 s to 1 h', () => {
    expect(loadConfig({}).worker.leaseMs).toBe(60_000);
    expect(loadConfig({ BANANASTAND_TASK_LEASE: '3s' }).worker.leaseMs).toBe(3000);
    expect(problems({ BANANASTAND_TASK_LEASE: '500ms' })).toEqual(['BANANASTAND_TASK_LEASE="500ms": must be from 2s to 1h']);
    expect(problems({ BANANASTAND_TASK_LEASE: 'soon' })[0]).toMatch(/^BANANASTAND_TASK_LEASE="soon": must be a duration/);
  });

  it('serve --role is checked before anything starts, with the nearest role', async () => {
    const io = { out: () => {}, err: () => {}, env: {}, isTTY: false };
    const refused = await serveCommand(['--role', 'wroker'], io).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CliError);
    expect((refused as CliError).message).toBe('--role must be one of all, api, worker, not "wroker"; did you mean worker?');
    expect((refused as CliError).exitCode).toBe(2);
  });
});

describe('roles on one Postgres', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    db = await freshDatabase('bs_roles');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('an api process runs nothing; a worker serves only /healthz, /readyz and /metrics, and runs the task', async () => {
    const dataDir = tempDir();
    const env = { BANANASTAND_DATABASE_URL: db.url, BANANASTAND_DATA_DIR: dataDir };
    const api = await startRuntime({ ...env, BANANASTAND_ROLE: 'api' });
    let worker: Awaited<ReturnType<typeof startRuntime>> | undefined;
    try {
      const res = await api.app.inject({ method: 'POST', url: TASKS, headers, payload: JSON.stringify({ prompt: 'a red kite over a beach', resolution: '512' }) });
      expect(res.statusCode, res.body).toBe(200);
      const id = res.json().data.task_id;
      // Two poll periods of the worker loop: an api process would have claimed it by now.
      await new Promise((r) => setTimeout(r, 2500));
      const waiting = await api.app.inject({ method: 'GET', url: `${TASKS}/${id}`, headers });
      expect(waiting.json().data.status).toBe('CREATED');
      expect(api.worker.activeCount).toBe(0);

      worker = await startRuntime({ ...env, BANANASTAND_ROLE: 'worker' });
      for (const url of ['/healthz', '/readyz', '/metrics']) {
        expect((await worker.app.inject({ method: 'GET', url })).statusCode, url).toBe(200);
      }
      for (const [method, url] of [['GET', `${TASKS}/${id}`], ['POST', TASKS], ['GET', '/'], ['GET', '/docs'], ['GET', '/v1/files/x.png'], ['GET', '/v1/webhooks/deliveries']] as const) {
        const r = await worker.app.inject({ method, url, headers, payload: method === 'POST' ? '{}' : undefined });
        expect(r.statusCode, `${method} ${url}`).toBe(404);
        expect(r.json(), `${method} ${url}`).toEqual({ message: expect.any(String), code: 'not_found' });
        expect(r.headers['x-request-id']).toBeTruthy();
      }
      const done = await waitForTask(api, id);
      expect(done.status).toBe('COMPLETED');
      const file = await api.app.inject({ method: 'GET', url: new URL(done.generated[0]).pathname });
      expect(file.statusCode).toBe(200);
    } finally {
      await api.close();
      await worker?.close();
    }
  });
});
