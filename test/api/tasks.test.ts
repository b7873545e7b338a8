import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { sweepExpiredFiles } from '../../src/storage/sweeper.js';
import { FsBlobStore } from '../../src/storage/fs-blob-store.js';
import { KEY_A, KEY_B, startRuntime, TASKS, waitForTask } from '../helpers/runtime.js';

type Rt = Awaited<ReturnType<typeof startRuntime>>;
let rt: Rt | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

const auth = (key = KEY_A) => ({ 'x-magnific-api-key': key, 'content-type': 'application/json' });
const create = (r: Rt, body: object, key = KEY_A, extra: Record<string, string> = {}) =>
  r.app.inject({ method: 'POST', url: TASKS, headers: { ...auth(key), ...extra }, payload: JSON.stringify(body) });

describe('authentication (docs/api.md, "Authentication comes before routing")', () => {
  it('answers 401 with the exact bodies and accepts the three headers', async () => {
    rt = await startRuntime({ BANANASTAND_WORKER: 'paused' });
    const none = await rt.app.inject({ method: 'GET', url: TASKS });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toEqual({ message: 'Missing API key' });
    const bad = await rt.app.inject({ method: 'GET', url: TASKS, headers: { 'x-magnific-api-key': 'nope' } });
    expect(bad.statusCode).toBe(401);
    expect(bad.json()).toEqual({ message: 'Invalid API key' });
    for (const headers of [{ 'x-magnific-api-key': KEY_A }, { 'x-freepik-api-key': KEY_A }, { authorization: `Bearer ${KEY_A}` }]) {
      const ok = await rt.app.inject({ method: 'GET', url: TASKS, headers });
      expect(ok.statusCode).toBe(200);
      expect(ok.headers['x-ratelimit-limit']).toBeDefined();
      expect(ok.headers['x-ratelimit-remaining']).toBeDefined();
      expect(ok.headers['x-ratelimit-reset']).toBeDefined();
    }
  });

  it('stores keys hashed, never in clear', async () => {
    rt = await startRuntime({ BANANASTAND_WORKER: 'paused' });
    await rt.close();
    const db = fs.readFileSync(path.join(rt.dataDir, 'bananastand.db'));
    const wal = fs.existsSync(path.join(rt.dataDir, 'bananastand.db-wal')) ? fs.readFileSync(path.join(rt.dataDir, 'bananastand.db-wal')) : Buffer.alloc(0);
    expect(Buffer.concat([db, wal]).includes(KEY_A)).toBe(false);
    rt = undefined;
  });

  it('rate-limits per key with Retry-After', async () => {
    rt = await startRuntime({ BANANASTAND_WORKER: 'paused', BANANASTAND_RATE_LIMIT: '3', BANANASTAND_RATE_LIMIT_WINDOW: '1m' });
    for (let i = 0; i < 3; i++) expect((await rt.app.inject({ method: 'GET', url: TASKS, headers: auth() })).statusCode).toBe(200);
    const limited = await rt.app.inject({ method: 'GET', url: TASKS, headers: auth() });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ message: 'Rate limit exceeded', code: 'rate_limited' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['x-ratelimit-remaining']).toBe('0');
    // Another key has its own budget.
    expect((await rt.app.inject({ method: 'GET', url: TASKS, headers: auth(KEY_B) })).statusCode).toBe(200);
  });
});

describe('tenant isolation and listing', () => {
  it("another key's task is a 404 exactly like an unknown id, and lists show only the caller's", async () => {
    rt = await startRuntime({ BANANASTAND_WORKER: 'paused' });
    const a = (await create(rt, { prompt: 'task of A' })).json().data;
    await create(rt, { prompt: 'task of B' }, KEY_B);
    const fromB = await rt.app.inject({ method: 'GET', url: `${TASKS}/${a.task_id}`, headers: auth(KEY_B) });
    const unknown = await rt.app.inject({ method: 'GET', url: `${TASKS}/00000000-0000-4000-8000-000000000000`, headers: auth(KEY_B) });
    expect(fromB.statusCode).toBe(404);
    expect(fromB.json()).toEqual(unknown.json());
    expect(fromB.json()).toEqual({ message: 'Not found', code: 'not_found' });
    const listA = (await rt.app.inject({ method: 'GET', url: TASKS, headers: auth() })).json();
    expect(listA.data.map((t: any) => t.task_id)).toEqual([a.task_id]);
    expect(listA.meta).toEqual({ current_page: 1, per_page: 20, last_page: 1, total: 1 });
  });

  it('paginates newest first with meta, filters by status, and rejects bad queries', async () => {
    rt = await startRuntime({ BANANASTAND_WORKER: 'paused' });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await create(rt, { prompt: `prompt number ${i}` })).json().data.task_id);
      await new Promise((r) => setTimeout(r, 3));
    }
    const page1 = (await rt.app.inject({ method: 'GET', url: `${TASKS}?page=1&per_page=2`, headers: auth() })).json();
    const page3 = (await rt.app.inject({ method: 'GET', url: `${TASKS}?page=3&per_page=2`, headers: auth() })).json();
    expect(page1.data.map((t: any) => t.task_id)).toEqual([ids[4], ids[3]]);
    expect(page1.meta).toEqual({ current_page: 1, per_page: 2, last_page: 3, total: 5 });
    expect(page3.data.map((t: any) => t.task_id)).toEqual([ids[0]]);
    const completed = (await rt.app.inject({ method: 'GET', url: `${TASKS}?status=COMPLETED`, headers: auth() })).json();
    expect(completed.meta.total).toBe(0);
    const bad = await rt.app.inject({ method: 'GET', url: `${TASKS}?page=0&per_page=500&status=DONE`, headers: auth() });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalid_params.map((p: any) => p.name)).toEqual(['page', 'per_page', 'status']);
  });
});

describe('a task from create to image', () => {
  it('is CREATED at once, COMPLETED after polling, and its image is served without a key at the exact size', async () => {
    rt = await startRuntime({ BANANASTAND_PUBLIC_URL: 'https://img.example.com' });
    const res = await create(rt, { prompt: 'a red fox in a snowy forest', aspect_ratio: '16:9', resolution: '512' });
    expect(res.statusCode).toBe(200);
    const created = res.json().data;
    expect(created.task_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(['CREATED', 'IN_PROGRESS']).toContain(created.status);
    expect(created.generated).toEqual([]);

    const done = await waitForTask(rt, created.task_id);
    expect(done.status).toBe('COMPLETED');
    expect(done.generated).toHaveLength(1);
    expect(done.generated[0]).toMatch(/^https:\/\/img\.example\.com\/v1\/files\/[A-Za-z0-9_-]{32}\.png$/);
    expect(done.images[0]).toMatchObject({ url: done.generated[0], width: 688, height: 384, mime_type: 'image/png' });
    expect(done.engine).toBe('local');
    expect(typeof done.text).toBe('string');
    expect(done.metrics.total_ms).toBeGreaterThanOrEqual(done.metrics.generation_ms);
    expect(Date.parse(done.expires_at)).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    const filePath = new URL(done.generated[0]).pathname;
    const file = await rt.app.inject({ method: 'GET', url: filePath });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(Number(file.headers['content-length'])).toBe(done.images[0].bytes);
    expect(file.headers['cache-control']).toMatch(/public, max-age=\d+, immutable/);
    const meta = await sharp(file.rawPayload).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([688, 384, 'png']);
    const again = await rt.app.inject({ method: 'GET', url: filePath, headers: { 'if-none-match': String(file.headers.etag) } });
    expect(again.statusCode).toBe(304);
    const wrongExt = await rt.app.inject({ method: 'GET', url: filePath.replace('.png', '.jpg') });
    expect(wrongExt.statusCode).toBe(404);
  });

  it('a file past retention answers 404 and the sweeper deletes it from disk', async () => {
    rt = await startRuntime({ BANANASTAND_RETENTION: '1s' });
    const id = (await create(rt, { prompt: 'a lighthouse at night', resolution: '512' })).json().data.task_id;
    const done = await waitForTask(rt, id);
    const filePath = new URL(done.generated[0]).pathname;
    expect((await rt.app.inject({ method: 'GET', url: filePath })).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    const gone = await rt.app.inject({ method: 'GET', url: filePath });
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toEqual({ message: 'Not found', code: 'not_found' });
    const name = path.basename(filePath);
    const onDisk = path.join(rt.dataDir, 'files', name.slice(0, 2), name);
    expect(fs.existsSync(onDisk)).toBe(true);
    const n = await sweepExpiredFiles({ files: rt.store, blobs: new FsBlobStore(path.join(rt.dataDir, 'files')), now: Date.now() });
    expect(n).toBe(1);
    expect(fs.existsSync(onDisk)).toBe(false);
  });

  it('Idempotency-Key returns the same task for the same key, and a new one for another key', async () => {
    rt = await startRuntime({ BANANASTAND_WORKER: 'paused' });
    const first = await create(rt, { prompt: 'a cat' }, KEY_A, { 'idempotency-key': 'abc' });
    const second = await create(rt, { prompt: 'a cat' }, KEY_A, { 'idempotency-key': 'abc' });
    const otherKey = await create(rt, { prompt: 'a cat' }, KEY_B, { 'idempotency-key': 'abc' });
    expect(second.json().data.task_id).toBe(first.json().data.task_id);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(otherKey.json().data.task_id).not.toBe(first.json().data.task_id);
  });

  it('cancel ends a waiting task FAILED/cancelled and refuses an ended one', async () => {
    rt = await startRuntime({ BANANASTAND_WORKER: 'paused' });
    const id = (await create(rt, { prompt: 'a cat' })).json().data.task_id;
    const res = await rt.app.inject({ method: 'POST', url: `${TASKS}/${id}/cancel`, headers: auth() });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ status: 'FAILED', error_code: 'cancelled' });
    const again = await rt.app.inject({ method: 'POST', url: `${TASKS}/${id}/cancel`, headers: auth() });
    expect(again.statusCode).toBe(409);
    const other = await rt.app.inject({ method: 'POST', url: `${TASKS}/${id}/cancel`, headers: auth(KEY_B) });
    expect(other.statusCode).toBe(404);
  });

  it('Prefer: wait=N answers with the finished task', async () => {
    rt = await startRuntime({});
    const res = await create(rt, { prompt: 'a yellow submarine', resolution: '512' }, KEY_A, { prefer: 'wait=20' });
    expect(res.json().data.status).toBe('COMPLETED');
  });

  it('the event stream sends each status change live and ends after the last', async () => {
    rt = await startRuntime({ BANANASTAND_WORKER: 'paused' }, { listen: true });
    const id = (await create(rt, { prompt: 'a green parrot', resolution: '512' })).json().data.task_id;
    const res = await fetch(`${rt.baseUrl}${TASKS}/${id}/events`, { headers: { 'x-magnific-api-key': KEY_A } });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(res.headers.get('x-ratelimit-limit')).not.toBeNull();
    const reader = res.body!.getReader();
    let text = '';
    const first = await reader.read();
    text += Buffer.from(first.value!).toString();
    expect(text).toMatch(/"status":"CREATED"/);
    await rt.worker.start();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += Buffer.from(value).toString();
    }
    const statuses = [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1]).status);
    // Each change sends an event: the stage changes too while IN_PROGRESS (docs/api.md, "Live status").
    expect([...new Set(statuses)]).toEqual(['CREATED', 'IN_PROGRESS', 'COMPLETED']);
    const last = [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1])).pop();
    expect(last.generated).toHaveLength(1);
  });

  it('readiness and liveness need no key', async () => {
    rt = await startRuntime({ BANANASTAND_WORKER: 'paused' });
    expect((await rt.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await rt.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', engine: 'local' });
  });
});
