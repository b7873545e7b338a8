import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASPECT_RATIOS } from '../../src/domain/output-size.js';
import { KEY_A, PNG_1x1, startRuntime, TASKS } from '../helpers/runtime.js';

type Rt = Awaited<ReturnType<typeof startRuntime>>;
let rt: Rt;
beforeAll(async () => {
  rt = await startRuntime({ BANANASTAND_WORKER: 'paused', BANANASTAND_BODY_LIMIT: '1MiB', BANANASTAND_RATE_LIMIT: '100000' });
});
afterAll(async () => rt.close());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  rt.app.inject({
    method: 'POST',
    url: TASKS,
    headers: { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json', ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });

const invalid = (...params: { name: string; reason: string }[]) => ({
  message: "Your request parameters didn't validate.",
  code: 'invalid_params',
  invalid_params: params,
});

const RATIOS = ASPECT_RATIOS.join(', ');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);

// Each row of the spec's POST table: a body that passes and one that fails, with the exact reason.
const cases: { field: string; ok: Record<string, unknown>; bad: Record<string, unknown>; name: string; reason: string }[] = [
  { field: 'prompt missing', ok: { prompt: 'ok' }, bad: {}, name: 'prompt', reason: 'is required and must be a string of 2 to 3000 characters' },
  { field: 'prompt too short', ok: { prompt: '🦝🦝' }, bad: { prompt: 'a' }, name: 'prompt', reason: 'must be at least 2 characters' },
  { field: 'prompt too long (code points)', ok: { prompt: '🦝'.repeat(3000) }, bad: { prompt: 'x'.repeat(3001) }, name: 'prompt', reason: 'must be at most 3000 characters' },
  { field: 'prompt white space', ok: { prompt: ' a ' }, bad: { prompt: '   \n ' }, name: 'prompt', reason: 'must not be only white space' },
  { field: 'prompt type', ok: { prompt: 'a cat' }, bad: { prompt: 42 }, name: 'prompt', reason: 'is required and must be a string of 2 to 3000 characters' },
  { field: 'webhook_url scheme', ok: { prompt: 'a cat', webhook_url: 'https://example.com/h' }, bad: { prompt: 'a cat', webhook_url: 'ftp://example.com/h' }, name: 'webhook_url', reason: 'must be an absolute http or https URL such as https://example.com/hooks/images' },
  { field: 'webhook_url relative', ok: { prompt: 'a cat', webhook_url: 'http://example.com' }, bad: { prompt: 'a cat', webhook_url: '/hooks' }, name: 'webhook_url', reason: 'must be an absolute http or https URL such as https://example.com/hooks/images' },
  { field: 'webhook_url length', ok: { prompt: 'a cat', webhook_url: `https://e.com/${'a'.repeat(2000)}` }, bad: { prompt: 'a cat', webhook_url: `https://e.com/${'a'.repeat(2040)}` }, name: 'webhook_url', reason: 'must be at most 2048 characters' },
  { field: 'reference_images count', ok: { prompt: 'a cat', reference_images: Array(14).fill({ image: 'https://e.com/a.png' }) }, bad: { prompt: 'a cat', reference_images: Array(15).fill({ image: 'https://e.com/a.png' }) }, name: 'reference_images', reason: 'must hold at most 14 images' },
  { field: 'reference_images[].image required', ok: { prompt: 'a cat', reference_images: [{ image: 'gs://bucket/object.png' }] }, bad: { prompt: 'a cat', reference_images: [{ text: 'x' }] }, name: 'reference_images[0].image', reason: 'is required: an https:// or http:// URL, a gs://bucket/object URI, a data:image/...;base64, URI or base64 bytes' },
  { field: 'reference_images[] is an object', ok: { prompt: 'a cat', reference_images: [{ image: 'https://e.com/a.png' }] }, bad: { prompt: 'a cat', reference_images: ['https://e.com/a.png'] }, name: 'reference_images[0]', reason: 'must be an object such as {"image": "https://…"}, not a bare string or number' },
  { field: 'reference_images[].image form', ok: { prompt: 'a cat', reference_images: [{ image: `data:image/png;base64,${PNG_1x1.toString('base64')}` }] }, bad: { prompt: 'a cat', reference_images: [{ image: 'file:///etc/passwd' }] }, name: 'reference_images[0].image', reason: 'must be an https:// or http:// URL, a gs://bucket/object URI, a data:image/...;base64, URI or base64 image bytes' },
  { field: 'reference_images[].mime_type is a hint', ok: { prompt: 'a cat', reference_images: [{ image: 'https://e.com/a', mime_type: 'IMAGE/JPG' }] }, bad: { prompt: 'a cat', reference_images: [{ image: 'https://e.com/a', mime_type: 42 }] }, name: 'reference_images[0].mime_type', reason: 'must be a string such as image/png' },
  { field: 'reference_images[] bytes decide', ok: { prompt: 'a cat', reference_images: [{ image: PNG_1x1.toString('base64'), mime_type: 'image/jpeg' }] }, bad: { prompt: 'a cat', reference_images: [{ image: Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1').toString('base64'), mime_type: 'image/png' }] }, name: 'reference_images[0].image', reason: 'is not a PNG, JPEG or WebP image: the bytes are a GIF image; give an https:// URL, a gs://bucket/object URI, a data:image/...;base64, URI or base64 image bytes' },
  { field: 'reference_images[].text length', ok: { prompt: 'a cat', reference_images: [{ image: 'https://e.com/a', text: 'x'.repeat(1000) }] }, bad: { prompt: 'a cat', reference_images: [{ image: 'https://e.com/a', text: 'x'.repeat(1001) }] }, name: 'reference_images[0].text', reason: 'must be at most 1000 characters' },
  { field: 'aspect_ratio', ok: { prompt: 'a cat', aspect_ratio: '8:1' }, bad: { prompt: 'a cat', aspect_ratio: '7:3' }, name: 'aspect_ratio', reason: `must be one of ${RATIOS}` },
  { field: 'resolution', ok: { prompt: 'a cat', resolution: 'high' }, bad: { prompt: 'a cat', resolution: '8K' }, name: 'resolution', reason: 'must be one of 512, 1K, 2K, 4K, low, medium, high' },
  { field: 'use_google_search_tool', ok: { prompt: 'a cat', use_google_search_tool: true }, bad: { prompt: 'a cat', use_google_search_tool: 'yes' }, name: 'use_google_search_tool', reason: 'must be true or false' },
  { field: 'seed range', ok: { prompt: 'a cat', seed: 4294967295 }, bad: { prompt: 'a cat', seed: 4294967296 }, name: 'seed', reason: 'must be a whole number from 0 to 4294967295' },
  { field: 'seed integer', ok: { prompt: 'a cat', seed: 0 }, bad: { prompt: 'a cat', seed: 1.5 }, name: 'seed', reason: 'must be a whole number from 0 to 4294967295' },
];

describe('POST validation (docs/api.md, "Create a task")', () => {
  for (const c of cases) {
    it(`${c.field}: passes and fails with the exact body`, async () => {
      const ok = await post(c.ok);
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().data).toMatchObject({ status: 'CREATED', generated: [] });
      const bad = await post(c.bad);
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toEqual(invalid({ name: c.name, reason: c.reason }));
    });
  }

  it('reports every failure at once, named by the request paths', async () => {
    const res = await post({
      prompt: 'a',
      aspect_ratio: 'square',
      reference_images: [{ image: 'https://e.com/a.png' }, { image: 'https://e.com/b.png' }, { image: 'https://e.com/c.png', mime_type: 7 }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(
      invalid(
        { name: 'prompt', reason: 'must be at least 2 characters' },
        { name: 'reference_images[2].mime_type', reason: 'must be a string such as image/png' },
        { name: 'aspect_ratio', reason: `must be one of ${RATIOS}` },
      ),
    );
  });

  it('ignores unknown top-level fields and accepts resolution aliases', async () => {
    const res = await post({ prompt: 'a cat', resolution: 'medium', style: 'whatever', num_images: 3 });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ resolution: '2K', aspect_ratio: '1:1' });
  });

  it('decodes inline references and refuses bytes that are not an image', async () => {
    const res = await post({ prompt: 'a cat', reference_images: [{ image: Buffer.from('hello world, not an image').toString('base64') }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalid_params).toEqual([{ name: 'reference_images[0].image', reason: expect.stringMatching(/PNG, JPEG or WebP/) }]);
  });

  it('bad JSON is 400 invalid_json', async () => {
    const res = await post('{"prompt": "a cat",');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_json', message: expect.stringContaining('not valid JSON') });
  });

  it('a JSON value that is not an object is 400 with a reason', async () => {
    const res = await post('[1,2]');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(invalid({ name: 'body', reason: 'must be a JSON object such as {"prompt": "a red fox"}' }));
  });

  it('a body that is not JSON is 415', async () => {
    const res = await post('prompt=a+cat', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'unsupported_media_type' });
    const none = await rt.app.inject({ method: 'POST', url: TASKS, headers: { 'x-magnific-api-key': KEY_A } });
    expect(none.statusCode).toBe(415);
  });

  it('a body over the limit is 413', async () => {
    const res = await post({ prompt: 'a cat', reference_images: [{ image: 'A'.repeat(1024 * 1024 + 10) }] });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ code: 'payload_too_large', message: 'The request body is larger than the limit of 1 MiB (BANANASTAND_BODY_LIMIT).' });
  });

  it('every response carries x-request-id, and a sane caller id is kept', async () => {
    const res = await post({ prompt: 'a cat' }, { 'x-request-id': 'client-abc-1' });
    expect(res.headers['x-request-id']).toBe('client-abc-1');
    const other = await rt.app.inject({ method: 'GET', url: '/nope' });
    expect(other.headers['x-request-id']).toMatch(/^req_/);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual({ message: 'Not found', code: 'not_found' });
  });
});

describe('empty bodies', () => {
  it('an empty create body is 400 invalid_json; body-less POST routes accept an empty JSON body', async () => {
    const res = await post('');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'invalid_json', message: 'The request body is empty; send a JSON object such as {"prompt": "a red fox"}.' });
    const rotate = await rt.app.inject({ method: 'POST', url: '/v1/webhooks/secret/rotate', headers: { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' } });
    expect(rotate.statusCode).toBe(200);
  });

  it('prototype poisoning in JSON is refused, naming the key', async () => {
    const res = await post('{"prompt":"a cat","reference_images":[{"__proto__":{"x":1}}]}');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      code: 'forbidden_json_key',
      message: 'The request body has the key "__proto__" (in reference_images[0]), which is refused for safety; remove it and send again.',
    });
  });
});
