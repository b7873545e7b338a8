import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineError } from '../../../src/engines/engine.js';
import { startFakeGemini, type FakeGemini } from '../../fakes/gemini-server.js';
import { geminiEngine, PROMPT, rejection, request, runOptions, solidJpeg, solidPng, vertexEngine } from './fixtures.js';

let fake: FakeGemini;
beforeEach(async () => {
  fake = await startFakeGemini();
});
afterEach(async () => {
  await fake.close();
});

describe('what the gemini engine sends to Google', () => {
  it('asks for text and image at the requested ratio and size, with the key, and no tools by default', async () => {
    await geminiEngine(fake).generate(request({ aspectRatio: '16:9', resolution: '2K' }), runOptions());

    expect(fake.requests).toHaveLength(1);
    const [sent] = fake.requests;
    expect(sent.method).toBe('POST');
    expect(sent.path).toBe('/v1beta/models/gemini-3.1-flash-image:generateContent');
    expect(sent.headers['x-goog-api-key']).toBe(fake.apiKey);
    expect(sent.body).toEqual({
      contents: [{ role: 'user', parts: [{ text: PROMPT }] }],
      generationConfig: { responseModalities: ['TEXT', 'IMAGE'], imageConfig: { aspectRatio: '16:9', imageSize: '2K' } },
    });
  });

  it('turns on Google Search grounding with the googleSearch tool', async () => {
    await geminiEngine(fake).generate(request({ useGoogleSearch: true }), runOptions());
    expect(fake.requests[0].body.tools).toEqual([{ googleSearch: {} }]);
  });

  it("sends each reference's text just before its image, and the prompt last", async () => {
    const png = await solidPng(40, 30);
    const jpeg = await solidJpeg(30, 40);
    await geminiEngine(fake).generate(
      request({
        references: [
          { index: 0, bytes: png, mimeType: 'image/png', text: 'the raccoon to draw' },
          { index: 1, bytes: jpeg, mimeType: 'image/jpeg' },
        ],
      }),
      runOptions(),
    );
    expect(fake.requests[0].body.contents).toEqual([
      {
        role: 'user',
        parts: [
          { text: 'the raccoon to draw' },
          { inlineData: { mimeType: 'image/png', data: png.toString('base64') } },
          { inlineData: { mimeType: 'image/jpeg', data: jpeg.toString('base64') } },
          { text: PROMPT },
        ],
      },
    ]);
  });

  it('refuses a gs:// reference, which the Developer API cannot read, without calling Google', async () => {
    const engine = geminiEngine(fake);
    expect(engine.acceptsGcsUris).toBe(false);
    const err = await rejection(
      engine.generate(request({ references: [{ index: 2, fileUri: 'gs://bucket/cat.png', mimeType: 'image/png' }] }), runOptions()),
    );
    expect(err).toBeInstanceOf(EngineError);
    expect(err.code).toBe('invalid_reference_image');
    expect(err.message).toContain('reference_images[2]');
    expect(fake.requests).toHaveLength(0);
  });

  it.each([
    ['21:9', '512', 792, 336],
    ['1:8', '512', 192, 1536],
    ['4:5', '2K', 1856, 2304],
  ] as const)('gets a %s %s image at the exact size of the table', async (aspectRatio, resolution, width, height) => {
    const result = await geminiEngine(fake).generate(request({ aspectRatio, resolution }), runOptions());
    expect(result.images[0]).toMatchObject({ width, height });
  });

  it("passes on Google's refusal of a size the model lacks (3 Pro has no 512), without retrying", async () => {
    const engine = geminiEngine(fake, { model: 'gemini-3-pro-image' });
    const err = await rejection(engine.generate(request({ resolution: '512' }), runOptions()));
    expect(err).toMatchObject({ code: 'engine_unavailable' });
    expect(err.message).toContain('400 INVALID_ARGUMENT');
    expect(err.message).toContain('Unsupported image size "512"');
    expect(fake.requests).toHaveLength(1);
  });

  it("passes on Google's refusal of an extended ratio on 3 Pro", async () => {
    const err = await rejection(geminiEngine(fake, { model: 'gemini-3-pro-image' }).generate(request({ aspectRatio: '8:1' }), runOptions()));
    expect(err.code).toBe('engine_unavailable');
    expect(err.message).toContain('Unsupported aspect ratio "8:1"');
  });
});

describe('what the vertex engine sends to Google', () => {
  it('calls the project and location path and passes gs:// references as fileData', async () => {
    const engine = vertexEngine(fake);
    expect(engine.name).toBe('vertex');
    expect(engine.acceptsGcsUris).toBe(true);
    const png = await solidPng(20, 20);
    const result = await engine.generate(
      request({
        aspectRatio: '3:4',
        references: [
          { index: 0, fileUri: 'gs://bucket/cat.png', mimeType: 'image/png', text: 'this cat' },
          { index: 1, bytes: png, mimeType: 'image/png' },
        ],
      }),
      runOptions(),
    );

    const [sent] = fake.requests;
    expect(sent.path).toBe('/v1beta1/projects/demo-project/locations/global/publishers/google/models/gemini-3.1-flash-image:generateContent');
    expect(sent.body.contents[0].parts).toEqual([
      { text: 'this cat' },
      { fileData: { fileUri: 'gs://bucket/cat.png', mimeType: 'image/png' } },
      { inlineData: { mimeType: 'image/png', data: png.toString('base64') } },
      { text: PROMPT },
    ]);
    expect(sent.body.generationConfig.imageConfig).toEqual({ aspectRatio: '3:4', imageSize: '1K' });
    expect(result.images[0]).toMatchObject({ mimeType: 'image/jpeg', width: 896, height: 1200 });
  });
});

describe('Vertex AI credentials', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('says how to set up Application Default Credentials when there are none', async () => {
    // No credentials file, no gcloud well-known file, no metadata server.
    vi.stubEnv('GOOGLE_APPLICATION_CREDENTIALS', '');
    vi.stubEnv('HOME', mkdtempSync(path.join(os.tmpdir(), 'no-adc-')));
    vi.stubEnv('CLOUDSDK_CONFIG', '');
    vi.stubEnv('METADATA_SERVER_DETECTION', 'none');
    const engine = vertexEngine(fake, { googleAuthOptions: {} });
    const err = await rejection(engine.generate(request(), runOptions()));
    expect(err).toMatchObject({ code: 'engine_unavailable' });
    expect(err.message).toContain('Could not load the default credentials');
    expect(err.message).toContain('gcloud auth application-default login');
    expect(await engine.check!()).toEqual({ ok: false, message: err.message });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('check()', () => {
  it('passes with a good key and a known model', async () => {
    expect(await geminiEngine(fake).check!()).toEqual({ ok: true });
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/v1beta/models/gemini-3.1-flash-image' });
  });

  it('names the variable to fix when the key is wrong', async () => {
    const result = await geminiEngine(fake, { apiKey: 'not-the-key' }).check!();
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ message: expect.stringContaining('API key not valid') });
    expect(result).toMatchObject({ message: expect.stringContaining('GEMINI_API_KEY') });
  });

  it('names the model and the variable to fix when the model is unknown', async () => {
    const result = await geminiEngine(fake, { model: 'gemini-3.1-flash-image-preview' }).check!();
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/"gemini-3\.1-flash-image-preview".*404 NOT_FOUND.*BANANASTAND_GEMINI_MODEL/),
    });
  });

  it('says Google cannot be reached when nothing listens', async () => {
    await fake.close();
    const result = await geminiEngine(fake).check!();
    expect(result).toEqual({ ok: false, message: expect.stringContaining('ECONNREFUSED') });
    fake = await startFakeGemini();
  });

  it('works on Vertex AI, on the publisher model path', async () => {
    expect(await vertexEngine(fake).check!()).toEqual({ ok: true });
    expect(fake.requests[0].path).toBe('/v1beta1/publishers/google/models/gemini-3.1-flash-image');
    expect(await vertexEngine(fake, { googleAuthOptions: { apiKey: 'wrong' } }).check!()).toMatchObject({
      ok: false,
      message: expect.stringContaining('401 UNAUTHENTICATED'),
    });
  });
});
