import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/postgres.js';
import { KEY_A, startRuntime, TASKS, tempDir, waitForTask } from '../helpers/runtime.js';
import { parsePrometheusText } from '../helpers/prometheus-text.js';
import { S3_CREDENTIALS, startS3Server } from './s3-server.js';

// Two processes' worth of runtime on one Postgres database and one bucket, each with its own data
// folder: the images can only reach the other process through the bucket.
let dbUrl: string;
let s3: Awaited<ReturnType<typeof startS3Server>>;
const saved = { ...process.env };

let db: Awaited<ReturnType<typeof freshDatabase>>;

beforeAll(async () => {
  db = await freshDatabase('bs_bucket');
  dbUrl = db.url;
  s3 = await startS3Server();
  process.env.AWS_ACCESS_KEY_ID = S3_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = S3_CREDENTIALS.secretAccessKey;
});
afterAll(async () => {
  process.env = saved;
  await s3?.close();
  await db?.drop();
});

describe('one bucket shared by processes on Postgres', () => {
  it('an image made by the worker process is served by the api process from the bucket; depths come from Postgres', async () => {
    const shared = {
      BANANASTAND_DATABASE_URL: dbUrl,
      BANANASTAND_S3_BUCKET: s3.bucket,
      BANANASTAND_S3_ENDPOINT: s3.endpoint,
      BANANASTAND_S3_FORCE_PATH_STYLE: 'true',
    };
    const api = await startRuntime({ ...shared, BANANASTAND_DATA_DIR: tempDir(), BANANASTAND_WORKER: 'paused' });
    let worker: Awaited<ReturnType<typeof startRuntime>> | undefined;
    try {
      const created = await api.app.inject({
        method: 'POST',
        url: TASKS,
        headers: { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' },
        payload: JSON.stringify({ prompt: 'a lighthouse on a cliff', resolution: '512' }),
      });
      expect(created.statusCode, created.body).toBe(200);
      const scrape = async () => parsePrometheusText((await api.app.inject({ method: 'GET', url: '/metrics' })).body);
      expect((await scrape()).value('bananastand_queue_depth')).toBe(1);

      worker = await startRuntime({ ...shared, BANANASTAND_DATA_DIR: tempDir() });
      const done = await waitForTask(api, created.json().data.task_id);
      expect(done.status).toBe('COMPLETED');
      const path = new URL(done.generated[0]).pathname;
      const fromApi = await api.app.inject({ method: 'GET', url: path });
      const fromWorker = await worker.app.inject({ method: 'GET', url: path, headers: { range: 'bytes=0-7' } });
      expect(fromApi.statusCode).toBe(200);
      expect(fromApi.headers['content-type']).toBe('image/png');
      expect(fromWorker.statusCode).toBe(206);
      expect(fromWorker.rawPayload.equals(fromApi.rawPayload.subarray(0, 8))).toBe(true);
      expect((await scrape()).value('bananastand_queue_depth')).toBe(0);
      // The task ran on the worker: that process counts it, the api process does not.
      const workerMetrics = parsePrometheusText((await worker.app.inject({ method: 'GET', url: '/metrics' })).body);
      expect(workerMetrics.value('bananastand_tasks_total', { engine: 'local', status: 'COMPLETED' })).toBe(1);
      expect((await scrape()).value('bananastand_tasks_total', { engine: 'local', status: 'COMPLETED' })).toBeUndefined();
    } finally {
      await worker?.close();
      await api.close();
    }
  });
});
