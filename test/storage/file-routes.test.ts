import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engines/engine.js';
import { sweepExpiredFiles } from '../../src/storage/sweeper.js';
import { KEY_A, startRuntime, TASKS, waitForTask } from '../helpers/runtime.js';
import { S3_CREDENTIALS, startS3Server } from './s3-server.js';

type Rt = Awaited<ReturnType<typeof startRuntime>>;
let rt: Rt | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

let s3: Awaited<ReturnType<typeof startS3Server>>;
const saved = { ...process.env };
beforeAll(async () => {
  s3 = await startS3Server();
  // The S3 store takes its credentials from the SDK's standard variables, as an operator sets them.
  process.env.AWS_ACCESS_KEY_ID = S3_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = S3_CREDENTIALS.secretAccessKey;
});
afterAll(async () => {
  process.env = saved;
  await s3.close();
});

const s3Env = (extra: Record<string, string> = {}) => ({
  BANANASTAND_S3_BUCKET: s3.bucket,
  BANANASTAND_S3_ENDPOINT: s3.endpoint,
  BANANASTAND_S3_FORCE_PATH_STYLE: 'true',
  BANANASTAND_S3_PREFIX: 'images/',
  ...extra,
});

/** An engine that always answers one small picture in `format` (the local engine makes only PNG). */
async function fixedImageEngine(format: 'jpeg' | 'webp'): Promise<Engine> {
  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3366cc' } })[format]().toBuffer();
  // Only what the worker calls: the Engine port is being reshaped, and a fake should not track it.
  const engine: Pick<Engine, 'name' | 'model' | 'acceptsGcsUris' | 'generate'> = {
    name: 'local',
    model: `fixed-${format}`,
    acceptsGcsUris: false,
    generate: async () => ({ images: [{ bytes, mimeType: `image/${format}`, width: 64, height: 48 }] }),
  };
  return engine as Engine;
}

/** Creates one task with the local engine and answers its finished form and its image's path. */
async function oneImage(r: Rt) {
  const created = await r.app.inject({
    method: 'POST',
    url: TASKS,
    headers: { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' },
    payload: JSON.stringify({ prompt: 'a lighthouse at night', resolution: '512' }),
  });
  const done = await waitForTask(r, created.json().data.task_id);
  expect(done.status).toBe('COMPLETED');
  return { task: done, path: new URL(done.generated[0]).pathname };
}

const stores: [string, () => Record<string, string>][] = [
  ['files on disk', () => ({})],
  ['S3 bucket', () => s3Env()],
];

describe.each(stores)('file routes on %s', (_name, env) => {
  it('streams the whole image with its true type, length and strong ETag; 304 on If-None-Match', async () => {
    rt = await startRuntime(env(), { engine: await fixedImageEngine('jpeg') });
    const { path } = await oneImage(rt);
    const res = await rt.app.inject({ method: 'GET', url: path });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.rawPayload.length).toBeGreaterThan(100);
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    expect(res.rawPayload.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(true);
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(res.headers['accept-ranges']).toBe('bytes');
    const again = await rt.app.inject({ method: 'GET', url: path, headers: { 'if-none-match': `"other", ${res.headers.etag}` } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect(again.headers.etag).toBe(res.headers.etag);
  });

  it('answers a single Range with 206 and Content-Range, a suffix range, and 416 past the end', async () => {
    rt = await startRuntime(env());
    const { path } = await oneImage(rt);
    const whole = (await rt.app.inject({ method: 'GET', url: path })).rawPayload;
    const size = whole.length;

    const part = await rt.app.inject({ method: 'GET', url: path, headers: { range: 'bytes=10-109' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 10-109/${size}`);
    expect(part.headers['content-length']).toBe('100');
    expect(part.headers['content-type']).toBe('image/png');
    expect(part.rawPayload.equals(whole.subarray(10, 110))).toBe(true);

    const tail = await rt.app.inject({ method: 'GET', url: path, headers: { range: 'bytes=-16' } });
    expect(tail.statusCode).toBe(206);
    expect(tail.headers['content-range']).toBe(`bytes ${size - 16}-${size - 1}/${size}`);
    expect(tail.rawPayload.equals(whole.subarray(size - 16))).toBe(true);

    const open = await rt.app.inject({ method: 'GET', url: path, headers: { range: `bytes=${size - 5}-` } });
    expect(open.statusCode).toBe(206);
    expect(open.rawPayload.equals(whole.subarray(size - 5))).toBe(true);

    const past = await rt.app.inject({ method: 'GET', url: path, headers: { range: `bytes=${size}-${size + 10}` } });
    expect(past.statusCode).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${size}`);

    // Several ranges, or a stale If-Range: the whole image, as RFC 9110 allows.
    const multi = await rt.app.inject({ method: 'GET', url: path, headers: { range: 'bytes=0-1,5-6' } });
    expect(multi.statusCode).toBe(200);
    expect(multi.rawPayload.equals(whole)).toBe(true);
    const stale = await rt.app.inject({ method: 'GET', url: path, headers: { range: 'bytes=0-1', 'if-range': '"old"' } });
    expect(stale.statusCode).toBe(200);
  });

  it('answers 404 past retention, and the sweep deletes the bytes from the store', async () => {
    rt = await startRuntime({ ...env(), BANANASTAND_RETENTION: '1s' });
    const { path } = await oneImage(rt);
    expect((await rt.app.inject({ method: 'GET', url: path })).statusCode).toBe(200);
    const key = path.split('/').pop()!;
    expect(await rt.blobs.get(key)).toBeDefined();
    await new Promise((r) => setTimeout(r, 1100));
    const gone = await rt.app.inject({ method: 'GET', url: path });
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toEqual({ message: 'Not found', code: 'not_found' });
    expect(await sweepExpiredFiles({ files: rt.store, blobs: rt.blobs, now: Date.now() })).toBe(1);
    expect(await rt.blobs.get(key)).toBeUndefined();
  });
});

describe('S3 specifics', () => {
  it('keeps the objects under the prefix with their true content type', async () => {
    rt = await startRuntime(s3Env(), { engine: await fixedImageEngine('webp') });
    const { path } = await oneImage(rt);
    const client = new S3Client({ region: 'us-east-1', endpoint: s3.endpoint, forcePathStyle: true, credentials: S3_CREDENTIALS });
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `images/${path.split('/').pop()}` }));
      expect(head.ContentType).toBe('image/webp');
    } finally {
      client.destroy();
    }
  });

  it('with BANANASTAND_S3_PRESIGNED_REDIRECT, redirects to a short-lived URL that a plain fetch follows to the bytes', async () => {
    rt = await startRuntime(s3Env({ BANANASTAND_S3_PRESIGNED_REDIRECT: 'true', BANANASTAND_S3_PRESIGNED_TTL: '2m' }), { listen: true });
    const { path } = await oneImage(rt);
    const redirect = await fetch(`${rt.baseUrl}${path}`, { redirect: 'manual' });
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get('cache-control')).toBe('no-store');
    const location = new URL(redirect.headers.get('location')!);
    expect(location.origin).toBe(s3.endpoint);
    expect(location.searchParams.get('X-Amz-Expires')).toBe('120');

    const followed = await fetch(`${rt.baseUrl}${path}`);
    expect(followed.status).toBe(200);
    expect(followed.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await followed.arrayBuffer());
    const direct = await rt.blobs.get(path.split('/').pop()!);
    const chunks: Buffer[] = [];
    for await (const c of direct!.stream) chunks.push(c as Buffer);
    expect(bytes.equals(Buffer.concat(chunks))).toBe(true);
  });

  it('fails the task as internal, in words, when the bucket refuses the write', async () => {
    rt = await startRuntime(s3Env({ BANANASTAND_S3_BUCKET: 'missing-bucket' }));
    const created = await rt.app.inject({
      method: 'POST',
      url: TASKS,
      headers: { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' },
      payload: JSON.stringify({ prompt: 'a lighthouse at night', resolution: '512' }),
    });
    const done = await waitForTask(rt, created.json().data.task_id);
    expect(done.status).toBe('FAILED');
    expect(done.error_code).toBe('internal');
    expect(done.error).toBe('The image was generated but could not be stored: the server could not write to its image store (files folder or bucket).');
  });

  it('reports the bucket on /readyz: 503 when it is missing', async () => {
    rt = await startRuntime(s3Env({ BANANASTAND_S3_BUCKET: 'missing-bucket' }), { start: true });
    const res = await rt.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(503);
  });
});
