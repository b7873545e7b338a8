import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  Bananastand,
  BananastandError,
  ConflictError,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  TaskFailedError,
  verifyWebhook,
  type Task,
} from '../../packages/sdk/src/index.js';
import { freePort } from '../helpers/child-server.js';
import { KEY_A, KEY_B } from '../helpers/runtime.js';
import { startServer, type LoopbackServer } from '../net/loopback-server.js';
import { startLiveServer, type LiveServer } from './live-server.js';

let server: LiveServer | undefined;
let receiver: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  await receiver?.close();
  server = receiver = undefined;
});

/** A fetch that records every request it passes on (method, path, status, Prefer header). */
function recordingFetch() {
  const calls: { method: string; path: string; status: number; prefer: string | null }[] = [];
  const f: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    const url = new URL(String(input));
    calls.push({ method: init?.method ?? 'GET', path: url.pathname + url.search, status: res.status, prefer: new Headers(init?.headers).get('prefer') });
    return res;
  };
  return { calls, fetch: f };
}

describe('images', () => {
  it('create answers CREATED; generate follows the event stream and returns the COMPLETED task; download gives the bytes', async () => {
    server = await startLiveServer();
    const rec = recordingFetch();
    const client = new Bananastand({ baseUrl: server.baseUrl, apiKey: KEY_A, fetch: rec.fetch });

    const created = await client.images.create({ prompt: 'a lighthouse at night', resolution: '512' });
    expect(['CREATED', 'IN_PROGRESS']).toContain(created.status);
    expect(created.generated).toEqual([]);

    const seen: Task['status'][] = [];
    const task = await client.images.generate(
      { prompt: 'a red fox in a snowy forest', aspect_ratio: '16:9', resolution: '512', seed: 7 },
      { onStatus: (t) => seen.push(t.status) },
    );
    expect(task.status).toBe('COMPLETED');
    expect(task.seed).toBe(7);
    expect(task.images?.[0]).toMatchObject({ width: 688, height: 384, mime_type: 'image/png' });
    expect(seen[0]).toMatch(/^(CREATED|IN_PROGRESS)$/);
    expect(seen.at(-1)).toBe('COMPLETED');
    // Waiting read the task's event stream rather than polling.
    const gets = rec.calls.filter((c) => c.method === 'GET' && c.path.includes(task.task_id));
    expect(gets.map((c) => c.path)).toEqual([`/v1/ai/text-to-image/nano-banana-pro-flash/${task.task_id}/events`]);
    // Every create carries an Idempotency-Key, so that its retries are safe.
    const again = await client.images.create({ prompt: 'same key twice' }, { idempotencyKey: 'k-1' });
    expect((await client.images.create({ prompt: 'same key twice' }, { idempotencyKey: 'k-1' })).task_id).toBe(again.task_id);

    const file = await client.files.download(task.generated[0]);
    expect(file.contentType).toBe('image/png');
    const meta = await sharp(await file.bytes()).metadata();
    expect([meta.width, meta.height]).toEqual([688, 384]);
    expect((await client.tasks.get(task.task_id)).status).toBe('COMPLETED');
  });

  it('generate throws TaskFailedError with the task when the task ends FAILED', async () => {
    server = await startLiveServer();
    receiver = await startServer((_req, res) => res.writeHead(404).end());
    const client = new Bananastand({ baseUrl: server.baseUrl, apiKey: KEY_A });
    const err = await client.images
      .generate({ prompt: 'a cat like this one', resolution: '512', reference_images: [{ image: `${receiver.origin}/cat.png` }] })
      .catch((e) => e);
    expect(err).toBeInstanceOf(TaskFailedError);
    expect(err).toMatchObject({ kind: 'task_failed', code: 'invalid_reference_image' });
    expect(err.task.status).toBe('FAILED');
    expect(err.message).toBe(err.task.error);
  });
});

describe('tasks', () => {
  it('list is a page when awaited and walks every page with for await', async () => {
    server = await startLiveServer({ BANANASTAND_WORKER: 'paused' });
    const rec = recordingFetch();
    const client = new Bananastand({ baseUrl: server.baseUrl, apiKey: KEY_A, fetch: rec.fetch });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await client.images.create({ prompt: `prompt number ${i}` })).task_id);
      await new Promise((r) => setTimeout(r, 3));
    }
    const page = await client.tasks.list({ perPage: 2 });
    expect(page.data.map((t) => t.task_id)).toEqual([ids[4], ids[3]]);
    expect(page.meta).toEqual({ current_page: 1, per_page: 2, last_page: 3, total: 5 });
    expect(page.hasNextPage()).toBe(true);
    expect((await page.nextPage()).data.map((t) => t.task_id)).toEqual([ids[2], ids[1]]);

    rec.calls.length = 0;
    const walked: string[] = [];
    for await (const t of client.tasks.list({ perPage: 2, status: 'CREATED' })) walked.push(t.task_id);
    expect(walked).toEqual([...ids].reverse());
    expect(rec.calls.map((c) => c.path)).toEqual([1, 2, 3].map((p) => `/v1/ai/text-to-image/nano-banana-pro-flash?page=${p}&per_page=2&status=CREATED`));
  });

  it('cancel ends a waiting task FAILED (cancelled); a second cancel is a ConflictError', async () => {
    server = await startLiveServer({ BANANASTAND_WORKER: 'paused' });
    const client = new Bananastand({ baseUrl: server.baseUrl, apiKey: KEY_A });
    const { task_id } = await client.images.create({ prompt: 'never drawn' });
    const cancelled = await client.tasks.cancel(task_id);
    expect(cancelled).toMatchObject({ status: 'FAILED', error_code: 'cancelled' });
    const err = await client.tasks.cancel(task_id).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err).toMatchObject({ kind: 'conflict', status: 409, code: 'conflict' });
  });
});

describe('typed errors', () => {
  it('400 with every invalid parameter, 401, 404, each with the request id', async () => {
    server = await startLiveServer({ BANANASTAND_WORKER: 'paused' });
    const client = new Bananastand({ baseUrl: server.baseUrl, apiKey: KEY_A });

    const invalid = await client.images.create({ prompt: 'x', aspect_ratio: '7:3' as '1:1' }).catch((e) => e);
    expect(invalid).toBeInstanceOf(InvalidRequestError);
    expect(invalid).toBeInstanceOf(BananastandError);
    expect(invalid).toMatchObject({ kind: 'invalid', status: 400, code: 'invalid_params', message: "Your request parameters didn't validate." });
    expect(invalid.invalidParams.map((p: { name: string }) => p.name)).toEqual(['prompt', 'aspect_ratio']);
    expect(invalid.requestId).toMatch(/^req_/);

    const badKey = await new Bananastand({ baseUrl: server.baseUrl, apiKey: 'nope' }).tasks.list().catch((e) => e);
    expect(badKey).toBeInstanceOf(AuthenticationError);
    expect(badKey).toMatchObject({ kind: 'auth', status: 401, message: 'Invalid API key' });
    const noKey = await new Bananastand({ baseUrl: server.baseUrl }).tasks.list().catch((e) => e);
    expect(noKey).toMatchObject({ kind: 'auth', message: 'Missing API key' });

    const missing = await client.tasks.get('00000000-0000-4000-8000-000000000000').catch((e) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toMatchObject({ kind: 'not_found', status: 404, code: 'not_found', message: 'Not found' });
  });

  it('retries a 429 after Retry-After and succeeds; without retries it is a RateLimitError', async () => {
    server = await startLiveServer({ BANANASTAND_WORKER: 'paused', BANANASTAND_RATE_LIMIT: '2', BANANASTAND_RATE_LIMIT_WINDOW: '1s' });
    const rec = recordingFetch();
    const client = new Bananastand({ baseUrl: server.baseUrl, apiKey: KEY_A, fetch: rec.fetch });
    await client.tasks.list();
    await client.tasks.list();
    const started = Date.now();
    const page = await client.tasks.list();
    expect(page.meta.total).toBe(0);
    expect(rec.calls.map((c) => c.status)).toEqual([200, 200, 429, 200]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);

    // Another key: a budget of its own.
    const impatient = new Bananastand({ baseUrl: server.baseUrl, apiKey: KEY_B, maxRetries: 0 });
    await impatient.tasks.list();
    await impatient.tasks.list();
    const limited = await impatient.tasks.list().catch((e: any) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited).toMatchObject({ kind: 'rate_limit', status: 429, code: 'rate_limited' });
    expect(limited.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it('a server that does not answer is a NetworkError after the retries', async () => {
    const port = await freePort();
    const client = new Bananastand({ baseUrl: `http://127.0.0.1:${port}`, apiKey: KEY_A, maxRetries: 1 });
    const err = await client.tasks.get('00000000-0000-4000-8000-000000000000').catch((e) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(/ECONNREFUSED/);
  });
});

describe('webhooks', () => {
  it('secret, deliveries and redeliver; verifyWebhook accepts what the server signed', async () => {
    server = await startLiveServer({ BANANASTAND_WEBHOOK_RETRY_SCHEDULE: '100ms' });
    receiver = await startServer((_req, res) => res.writeHead(204).end());
    const client = new Bananastand({ baseUrl: server.baseUrl, apiKey: KEY_A });
    const secret = await client.webhooks.secret();
    expect(secret).toMatch(/^whsec_/);

    const task = await client.images.generate({ prompt: 'a paper boat', resolution: '512', webhook_url: `${receiver.origin}/hook` });
    const until = Date.now() + 10_000;
    let deliveries = await client.webhooks.deliveries(task.task_id);
    while (deliveries.filter((d) => d.state === 'delivered').length < 2 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 50));
      deliveries = await client.webhooks.deliveries(task.task_id);
    }
    expect(deliveries.map((d) => d.status).sort()).toEqual(['COMPLETED', 'IN_PROGRESS']);
    const received = receiver.requests.find((r) => JSON.parse(r.body).status === 'COMPLETED')!;
    expect(await verifyWebhook(secret, received.headers, received.body)).toBe(true);
    expect(await verifyWebhook(secret, received.headers, `${received.body} `)).toBe(false);

    const again = await client.webhooks.redeliver(deliveries[0].id);
    expect(again).toMatchObject({ id: deliveries[0].id, state: 'pending' });

    const rotated = await client.webhooks.rotateSecret();
    expect(rotated.secret).not.toBe(secret);
    expect(Date.parse(rotated.previous_secret_expires_at)).toBeGreaterThan(Date.now());
    expect(await client.webhooks.secret()).toBe(rotated.secret);
  });
});

describe('packaging', () => {
  it('the SDK imports nothing but its own files, types included (the wire types are generated into it)', () => {
    const dir = path.resolve(import.meta.dirname, '../../packages/sdk/src');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const m of source.matchAll(/^(import|export)[^;]*?from '([^']+)'/gms)) {
        expect(m[2], `${file}: ${m[0]}`).toMatch(/^\.\/[a-z-]+\.js$/);
      }
    }
  });
});
