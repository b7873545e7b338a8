import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/keys/keys.js';
import { readImageDimensions } from '../../src/references/dimensions.js';
import { startServer, type LoopbackServer } from '../net/loopback-server.js';
import { KEY_A, KEY_B, startRuntime, TASKS, waitForTask } from '../helpers/runtime.js';

// Per-key limits, idempotency fingerprints and reference pixel limits through real HTTP on loopback.
type Rt = Awaited<ReturnType<typeof startRuntime>>;
let rt: Rt | undefined;
let images: LoopbackServer | undefined;
afterEach(async () => {
  await rt?.close();
  await images?.close();
  rt = undefined;
  images = undefined;
});

async function post(base: string, body: unknown, key = KEY_A, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${TASKS}`, {
    method: 'POST',
    headers: { 'x-magnific-api-key': key, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

async function keyId(r: Rt, key: string): Promise<string> {
  return (await r.store.findKeyByHash(hashApiKey(key)))!.id;
}

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#3366aa' } });

describe('per-key token bucket', () => {
  it('allows the burst at once, then answers 429 with Retry-After and x-ratelimit-*; another key is untouched', async () => {
    rt = await startRuntime({ BANANASTAND_WORKER: 'paused', BANANASTAND_KEY_RATE: '2/s', BANANASTAND_KEY_BURST: '5' }, { listen: true });
    const get = (key = KEY_A) => fetch(`${rt!.baseUrl}${TASKS}`, { headers: { 'x-magnific-api-key': key } });
    const first = await get();
    expect(first.headers.get('x-ratelimit-limit')).toBe('5');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('4');
    for (let i = 0; i < 4; i++) expect((await get()).status).toBe(200);
    const limited = await get();
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ message: 'Rate limit exceeded', code: 'rate_limited' });
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('x-ratelimit-reset'))).toBeGreaterThanOrEqual(2);
    expect((await get(KEY_B)).status).toBe(200);
    // 2/s refills one token within 600 ms.
    await new Promise((r) => setTimeout(r, 600));
    expect((await get()).status).toBe(200);
  });

  it("a key's own rate and burst win over the defaults, at once and without a restart", async () => {
    rt = await startRuntime({ BANANASTAND_WORKER: 'paused' }, { listen: true });
    await rt.store.updateKeyLimits(await keyId(rt, KEY_A), { ratePerSecond: 0.1, burst: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${rt.baseUrl}${TASKS}`, { headers: { 'x-magnific-api-key': KEY_A } })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});

describe('tasks in flight per key', () => {
  it('refuses a create past the cap with 429 too_many_tasks; a replay still answers; finished tasks free room', async () => {
    rt = await startRuntime({ BANANASTAND_WORKER: 'paused', BANANASTAND_KEY_MAX_IN_FLIGHT: '2' }, { listen: true });
    const a = await post(rt.baseUrl, { prompt: 'one' }, KEY_A, { 'idempotency-key': 'first' });
    expect((await post(rt.baseUrl, { prompt: 'two' })).status).toBe(200);
    const refused = await post(rt.baseUrl, { prompt: 'three' });
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('too_many_tasks');
    expect(refused.body.message).toMatch(/already has 2 tasks CREATED or IN_PROGRESS/);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect((await post(rt.baseUrl, { prompt: 'one' }, KEY_A, { 'idempotency-key': 'first' })).headers.get('idempotent-replayed')).toBe('true');
    expect((await post(rt.baseUrl, { prompt: 'for b' }, KEY_B)).status).toBe(200);
    await fetch(`${rt.baseUrl}${TASKS}/${a.body.data.task_id}/cancel`, { method: 'POST', headers: { 'x-magnific-api-key': KEY_A } });
    expect((await post(rt.baseUrl, { prompt: 'three' })).status).toBe(200);
  });
});

describe('Idempotency-Key with another body', () => {
  it('answers 409 idempotency_key_reused naming the key; the same body (defaults spelled out or not) replays', async () => {
    rt = await startRuntime({ BANANASTAND_WORKER: 'paused' }, { listen: true });
    const first = await post(rt.baseUrl, { prompt: 'a red fox', resolution: '1K' }, KEY_A, { 'idempotency-key': 'order-42' });
    expect(first.status).toBe(200);
    const other = await post(rt.baseUrl, { prompt: 'a red fox', resolution: '4K', aspect_ratio: '16:9' }, KEY_A, { 'idempotency-key': 'order-42' });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('idempotency_key_reused');
    expect(other.body.message).toContain('"order-42"');
    expect(other.body.message).toContain(first.body.data.task_id);
    const same = await post(rt.baseUrl, { aspect_ratio: '1:1', prompt: 'a red fox' }, KEY_A, { 'idempotency-key': 'order-42' });
    expect(same.status).toBe(200);
    expect(same.body.data.task_id).toBe(first.body.data.task_id);
    expect(same.headers.get('idempotent-replayed')).toBe('true');
    // Per API key: B may use the same Idempotency-Key for anything.
    expect((await post(rt.baseUrl, { prompt: 'something else' }, KEY_B, { 'idempotency-key': 'order-42' })).status).toBe(200);
  });
});

describe('reference pixel limits, read from the header', () => {
  it('reads width and height from PNG, JPEG and WebP (lossy, lossless, extended) headers', async () => {
    const base = solid(321, 123);
    expect(readImageDimensions(await base.clone().png().toBuffer())).toEqual({ width: 321, height: 123 });
    expect(readImageDimensions(await base.clone().jpeg({ progressive: true }).withMetadata().toBuffer())).toEqual({ width: 321, height: 123 });
    expect(readImageDimensions(await base.clone().webp().toBuffer())).toEqual({ width: 321, height: 123 });
    expect(readImageDimensions(await base.clone().webp({ lossless: true }).toBuffer())).toEqual({ width: 321, height: 123 });
    const withAlpha = sharp({ create: { width: 77, height: 55, channels: 4, background: { r: 1, g: 2, b: 3, alpha: 0.5 } } });
    expect(readImageDimensions(await withAlpha.webp({ alphaQuality: 50 }).toBuffer())).toEqual({ width: 77, height: 55 });
  });

  it('an inline reference over the limit is a 400 naming its index and the limit; nothing is stored', async () => {
    rt = await startRuntime({ BANANASTAND_WORKER: 'paused', BANANASTAND_MAX_REFERENCE_MEGAPIXELS: '1' }, { listen: true });
    const small = await solid(64, 64).png().toBuffer();
    const bomb = await solid(1200, 1000).webp({ lossless: true }).toBuffer();
    const res = await post(rt.baseUrl, {
      prompt: 'a red fox',
      reference_images: [{ image: small.toString('base64') }, { image: `data:image/webp;base64,${bomb.toString('base64')}` }],
    });
    expect(res.status).toBe(400);
    expect(res.body.invalid_params).toEqual([
      { name: 'reference_images[1].image', reason: expect.stringMatching(/1200×1000 \(1\.2 megapixels\), over the limit of 1 megapixels.*BANANASTAND_MAX_REFERENCE_MEGAPIXELS/) },
    ]);
    expect((await rt.store.listTasks(await keyId(rt, KEY_A), { page: 1, perPage: 5 })).total).toBe(0);
  });

  it('a URL reference over the limit fails its task at once with the index and the limit', async () => {
    const bomb = await solid(1500, 1000).png().toBuffer();
    images = await startServer((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(bomb));
    rt = await startRuntime({ BANANASTAND_MAX_REFERENCE_MEGAPIXELS: '1' }, { listen: true });
    const res = await post(rt.baseUrl, { prompt: 'a red fox', reference_images: [{ image: `${images.origin}/a.png` }, { image: `${images.origin}/b.png` }] });
    const started = Date.now();
    const done = await waitForTask(rt, res.body.data.task_id);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(done.status).toBe('FAILED');
    expect(done.error_code).toBe('invalid_reference_image');
    expect(done.error).toMatch(/reference_images\[0\]: .*1500×1000 \(1\.5 megapixels\), over the limit of 1 megapixels/);
  });
});
