import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createGeminiEngine } from '../../../src/engines/gemini/index.js';
import { startFakeGemini } from '../../fakes/gemini-server.js';
import { KEY_A, PNG_1x1, startRuntime, TASKS, waitForTask } from '../../helpers/runtime.js';

type Rt = Awaited<ReturnType<typeof startRuntime>>;
type Fake = Awaited<ReturnType<typeof startFakeGemini>>;
let rt: Rt | undefined;
let fake: Fake | undefined;
afterEach(async () => {
  await rt?.close();
  await fake?.close();
  rt = undefined;
  fake = undefined;
});

const auth = { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' };

/**
 * The product configured as a user would (BANANASTAND_ENGINE=gemini, GOOGLE_GEMINI_BASE_URL at the
 * fake), with the engine's retry backoff shortened so retries fit in a test.
 */
async function start(env: Record<string, string> = {}) {
  fake = await startFakeGemini();
  const full = { BANANASTAND_ENGINE: 'gemini', GEMINI_API_KEY: fake.apiKey, GOOGLE_GEMINI_BASE_URL: fake.url, ...env };
  const config = loadConfig(full);
  const engine = createGeminiEngine({
    vertex: false,
    apiKey: config.gemini.apiKey,
    baseUrl: config.gemini.baseUrl,
    model: config.gemini.model,
    timeoutMs: config.gemini.timeoutMs,
    concurrency: config.gemini.concurrency,
    retry: { baseDelayMs: 20, maxDelayMs: 100 },
  });
  rt = await startRuntime(full, { engine });
  return { rt, fake };
}

async function run(body: object) {
  const res = await rt!.app.inject({ method: 'POST', url: TASKS, headers: auth, payload: JSON.stringify(body) });
  expect(res.statusCode, res.body).toBe(200);
  return waitForTask(rt!, res.json().data.task_id);
}

describe('gemini engine through the HTTP API (fake Gemini server, real SDK)', () => {
  it('maps the request, stores the fake\'s JPEG bytes, and reports text, usage and grounding', async () => {
    await start();
    const task = await run({
      prompt: 'a lighthouse in a storm',
      aspect_ratio: '21:9',
      resolution: 'medium',
      use_google_search_tool: true,
      reference_images: [{ image: PNG_1x1.toString('base64'), text: 'the lighthouse shape' }],
    });
    expect(task.status).toBe('COMPLETED');
    const call = fake!.requests.find((r) => r.path.includes(':generateContent'))!;
    expect(call.path).toBe('/v1beta/models/gemini-3.1-flash-image:generateContent');
    expect(call.headers['x-goog-api-key']).toBe(fake!.apiKey);
    const g = call.body.generationConfig;
    expect(g.imageConfig).toEqual({ aspectRatio: '21:9', imageSize: '2K' });
    expect(g.responseModalities).toEqual(['TEXT', 'IMAGE']);
    expect(call.body.tools).toEqual([{ googleSearch: {} }]);
    const parts = call.body.contents[0].parts;
    expect(parts[0]).toEqual({ text: 'the lighthouse shape' });
    expect(parts[1].inlineData).toEqual({ mimeType: 'image/png', data: PNG_1x1.toString('base64') });
    expect(parts[2]).toEqual({ text: 'a lighthouse in a storm' });

    expect(task).toMatchObject({ engine: 'gemini', model: 'gemini-3.1-flash-image' });
    expect(task.images[0]).toMatchObject({ width: 3168, height: 1344, mime_type: 'image/jpeg' });
    expect(task.generated[0]).toMatch(/\.jpg$/);
    expect(task.grounding.status).toBe('grounded');
    expect(task.grounding.sources.length).toBeGreaterThan(0);
    expect(task.usage.output_tokens).toBeGreaterThanOrEqual(1680);
    expect(task.usage.estimated_cost_usd).toBeGreaterThan(0);
    expect(typeof task.text).toBe('string');

    const file = await rt!.app.inject({ method: 'GET', url: new URL(task.generated[0]).pathname });
    expect(file.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(file.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 3168, 1344]);
  });

  it('a PNG label on JPEG bytes is served as the JPEG it is; thought images are skipped', async () => {
    await start();
    fake!.script({ kind: 'image', mimeType: 'image/png', thoughtImages: 2 });
    const task = await run({ prompt: 'a red bicycle' });
    expect(task.images[0].mime_type).toBe('image/jpeg');
    expect(task.images).toHaveLength(1);
  });

  const failures: [string, Parameters<Fake['script']>[0], string, RegExp][] = [
    ['a blocked prompt', { kind: 'blocked', blockReason: 'PROHIBITED_CONTENT' }, 'content_blocked', /PROHIBITED_CONTENT/],
    ['IMAGE_SAFETY', { kind: 'refused', finishReason: 'IMAGE_SAFETY' }, 'content_blocked', /IMAGE_SAFETY/],
    ['NO_IMAGE', { kind: 'no-image', text: 'I cannot draw that.' }, 'no_image', /I cannot draw that/],
    ['a text-only answer', { kind: 'text-only', text: 'Here is a description instead.' }, 'no_image', /description instead/],
    ['a 400 (not retried)', { kind: 'error', status: 400, message: 'Bad thing' }, 'engine_unavailable', /Bad thing/],
    ['a 404 unknown model', { kind: 'error', status: 404, message: 'models/x is not found' }, 'engine_unavailable', /not found/],
  ];
  for (const [what, behaviour, code, message] of failures) {
    it(`${what} ends FAILED with ${code}`, async () => {
      await start();
      fake!.script(behaviour);
      const task = await run({ prompt: 'something' });
      expect(task).toMatchObject({ status: 'FAILED', error_code: code });
      expect(task.error).toMatch(message);
    });
  }

  it('a ratio or size the configured model cannot make is a 400 at create, naming the model; Google is not called', async () => {
    await start({ BANANASTAND_GEMINI_MODEL: 'gemini-3-pro-image' });
    const res = await rt!.app.inject({
      method: 'POST',
      url: TASKS,
      headers: auth,
      payload: JSON.stringify({ prompt: 'a long banner', aspect_ratio: '8:1', resolution: '512' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'invalid_params',
      invalid_params: [
        { name: 'aspect_ratio', reason: expect.stringContaining('the model gemini-3-pro-image does not make 8:1 pictures; it takes 1:1,') },
        { name: 'resolution', reason: 'the model gemini-3-pro-image does not make 512 pictures; it takes 1K, 2K, 4K' },
      ],
    });
    expect(fake!.requests.filter((r) => r.path.includes(':generateContent'))).toHaveLength(0);
    expect((await rt!.app.inject({ method: 'POST', url: TASKS, headers: auth, payload: JSON.stringify({ prompt: 'a banner', aspect_ratio: '16:9' }) })).statusCode).toBe(200);
  });

  const recorded: [Parameters<Fake['script']>[0], string, RegExp][] = [
    [{ kind: 'recorded', name: 'billing-credits-429' }, 'engine_unavailable', /billing stops this call.*prepayment credits are depleted/],
    [{ kind: 'recorded', name: 'image-other' }, 'no_image', /IMAGE_OTHER: Unable to show the generated image\. The model could not generate the image/],
  ];
  for (const [behaviour, code, message] of recorded) {
    it(`a recorded ${(behaviour as { name: string }).name} ends FAILED with ${code} at once`, async () => {
      await start();
      fake!.script(behaviour);
      const task = await run({ prompt: 'something' });
      expect(task.status).toBe('FAILED');
      expect(task.error_code).toBe(code);
      expect(task.error).toMatch(message);
      expect(fake!.requests.filter((r) => r.path.includes(':generateContent'))).toHaveLength(1);
    });
  }

  it('retries 503 and 429 (honouring retryDelay) and then completes', async () => {
    await start();
    fake!.script([{ kind: 'error', status: 503 }, { kind: 'error', status: 429, retryDelay: '0.05s' }, { kind: 'image' }]);
    const task = await run({ prompt: 'a cat' });
    expect(task.status).toBe('COMPLETED');
    expect(fake!.requests.filter((r) => r.path.includes(':generateContent'))).toHaveLength(3);
  });

  it('retries stop at the task deadline: FAILED timeout', async () => {
    await start({ BANANASTAND_TASK_TIMEOUT: '600ms' });
    fake!.script(Array(200).fill({ kind: 'error', status: 503 }));
    const started = Date.now();
    const task = await run({ prompt: 'a cat' });
    expect(task.status).toBe('FAILED');
    expect(['timeout', 'engine_unavailable']).toContain(task.error_code);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
