import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_A, startRuntime, TASKS, tempDir, waitForTask } from '../helpers/runtime.js';

// Two bananastand processes' worth of runtime sharing one Postgres database and one files folder:
// one only answers the API (worker paused), the other only runs tasks.
const adminUrl = process.env.BANANASTAND_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `bs_scale_${randomBytes(4).toString('hex')}`;
let dbUrl: string;

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin((c) => c.query(`CREATE DATABASE ${dbName}`));
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  dbUrl = u.toString();
});
afterAll(async () => {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
});

describe('scale-out on Postgres', () => {
  it('a task created on one process is run by another, and every process serves it and its image', async () => {
    const dataDir = tempDir();
    const env = { BANANASTAND_DATABASE_URL: dbUrl, BANANASTAND_DATA_DIR: dataDir };
    const api = await startRuntime({ ...env, BANANASTAND_WORKER: 'paused' });
    const worker = await startRuntime(env);
    try {
      const res = await api.app.inject({
        method: 'POST',
        url: TASKS,
        headers: { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' },
        payload: JSON.stringify({ prompt: 'a lighthouse on a cliff', resolution: '512' }),
      });
      expect(res.statusCode, res.body).toBe(200);
      const done = await waitForTask(api, res.json().data.task_id);
      expect(done.status).toBe('COMPLETED');
      const file = await api.app.inject({ method: 'GET', url: new URL(done.generated[0]).pathname });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('image/png');
      const fromWorker = await waitForTask(worker, done.task_id);
      expect(fromWorker.generated).toEqual(done.generated);
    } finally {
      await api.close();
      await worker.close();
    }
  });
});
