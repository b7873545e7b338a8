import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sniffImageType } from '../../../src/references/sniff.js';
import { FAKE_MODELS, startFakeGemini, type FakeGemini } from '../../fakes/gemini-server.js';
import { geminiEngine, PROMPT, recordingLogger, rejection, request, runOptions, vertexEngine } from './fixtures.js';

let fake: FakeGemini;
beforeEach(async () => {
  fake = await startFakeGemini();
});
afterEach(async () => {
  await fake.close();
});

describe('reading the image', () => {
  it("returns the final image with its true type and size, and the model's text", async () => {
    const result = await geminiEngine(fake).generate(request({ aspectRatio: '16:9' }), runOptions());
    expect(result.images).toHaveLength(1);
    const [image] = result.images;
    expect(image).toMatchObject({ mimeType: 'image/jpeg', width: 1376, height: 768 });
    expect(sniffImageType(image.bytes)).toBe('image/jpeg');
    expect(result.text).toBe('Here is a fake picture of "A raccoon reading a newspaper on".');
  });

  it('skips thought (draft) images and thought text, keeping the last real image', async () => {
    fake.script({ kind: 'image', thoughtImages: 2 });
    const result = await geminiEngine(fake).generate(request(), runOptions());
    // Drafts are a quarter of the size and PNG; the final image is full size JPEG.
    expect(result.images[0]).toMatchObject({ mimeType: 'image/jpeg', width: 1024, height: 1024 });
    expect(result.text).not.toContain('Sketching');
  });

  it('trusts the bytes, not the label: a JPEG labelled image/png is a JPEG', async () => {
    fake.script({ kind: 'image', mimeType: 'image/png' });
    const result = await geminiEngine(fake).generate(request(), runOptions());
    expect(result.images[0].mimeType).toBe('image/jpeg');
  });

  it('reads PNG and WebP answers too', async () => {
    fake.script([
      { kind: 'image', format: 'png' },
      { kind: 'image', format: 'webp' },
    ]);
    const engine = geminiEngine(fake);
    expect((await engine.generate(request(), runOptions())).images[0].mimeType).toBe('image/png');
    expect((await engine.generate(request(), runOptions())).images[0].mimeType).toBe('image/webp');
  });

  it('keeps an image of another size than asked, reports its true size, and logs it at debug, not as a warning', async () => {
    fake.script({ kind: 'image', size: { width: 1000, height: 990 } });
    const logger = recordingLogger();
    const result = await geminiEngine(fake, { logger }).generate(request(), runOptions());
    expect(result.images[0]).toMatchObject({ width: 1000, height: 990 });
    expect(logger.debugs).toContainEqual({ obj: expect.objectContaining({ wanted: '1024x1024', got: '1000x990' }), msg: expect.any(String) });
    expect(logger.warnings.filter((w) => 'got' in w.obj)).toEqual([]);
  });

  it('leaves text undefined when the model said nothing', async () => {
    fake.script({ kind: 'image', text: null });
    expect((await geminiEngine(fake).generate(request(), runOptions())).text).toBeUndefined();
  });
});

describe('grounding', () => {
  it("maps Google's grounding metadata when search was asked for", async () => {
    const result = await geminiEngine(fake).generate(request({ useGoogleSearch: true }), runOptions());
    expect(result.grounding).toEqual({
      status: 'grounded',
      queries: ['A raccoon reading a newspaper on'],
      sources: [
        { uri: 'https://vertexaisearch.cloud.google.com/grounding-api-redirect/FAKE-1', title: 'example.com' },
        { uri: 'https://vertexaisearch.cloud.google.com/grounding-api-redirect/FAKE-2', title: 'example.org' },
      ],
      search_entry_point: expect.stringContaining('<div class="chip">A raccoon reading a newspaper on</div>'),
    });
  });

  it('includes image search queries and image sources, once each', async () => {
    fake.script({
      kind: 'image',
      grounding: {
        webSearchQueries: ['raccoon'],
        imageSearchQueries: ['raccoon photo'],
        groundingChunks: [
          { image: { sourceUri: 'https://zoo.example/raccoon', imageUri: 'https://zoo.example/r.jpg', title: 'Raccoon', domain: 'zoo.example' } },
          { web: { uri: 'https://zoo.example/raccoon', title: 'zoo.example' } },
        ],
      },
    });
    const result = await geminiEngine(fake).generate(request({ useGoogleSearch: true }), runOptions());
    expect(result.grounding).toEqual({
      status: 'grounded',
      queries: ['raccoon', 'raccoon photo'],
      sources: [{ uri: 'https://zoo.example/raccoon', title: 'Raccoon' }],
    });
  });

  it('says grounding is unavailable, rather than inventing it, when the answer has none', async () => {
    fake.script({ kind: 'image', grounding: null });
    const result = await geminiEngine(fake).generate(request({ useGoogleSearch: true }), runOptions());
    expect(result.grounding).toEqual({ status: 'unavailable', reason: expect.stringContaining('no grounding metadata') });
  });

  it('reports no grounding when search was not asked for', async () => {
    expect((await geminiEngine(fake).generate(request(), runOptions())).grounding).toBeUndefined();
  });
});

describe('usage', () => {
  it.each([
    ['512', 747],
    ['1K', 1120],
    ['2K', 1680],
  ] as const)('counts the %s image tokens and prices them at 60 USD per million', async (resolution, imageTokens) => {
    fake.script({ kind: 'image', text: null });
    const result = await geminiEngine(fake).generate(request({ resolution }), runOptions());
    const promptTokens = Math.ceil(PROMPT.length / 4);
    const thoughts = 120;
    expect(result.usage).toEqual({
      prompt_tokens: promptTokens,
      output_tokens: imageTokens,
      thoughts_tokens: thoughts,
      total_tokens: promptTokens + imageTokens + thoughts,
      estimated_cost_usd: expect.closeTo((promptTokens * 0.5 + thoughts * 3 + imageTokens * 60) / 1e6, 6),
    });
  });

  it('prices 3 Pro image tokens at 120 USD per million', async () => {
    fake.script({ kind: 'image', text: null });
    const result = await geminiEngine(fake, { model: 'gemini-3-pro-image' }).generate(request({ resolution: '4K', aspectRatio: '21:9' }), runOptions());
    expect(result.usage?.output_tokens).toBe(2000);
    expect(result.usage?.estimated_cost_usd).toBeGreaterThan(0.24);
    expect(result.usage?.estimated_cost_usd).toBeLessThan(0.25);
  });

  it('reports tokens but no cost for a model without a price', async () => {
    const other = await startFakeGemini({ models: { 'gemini-9-image': FAKE_MODELS['gemini-3.1-flash-image'] } });
    try {
      const result = await geminiEngine(other, { model: 'gemini-9-image' }).generate(request(), runOptions());
      expect(result.usage).toMatchObject({ output_tokens: expect.any(Number) });
      expect(result.usage).not.toHaveProperty('estimated_cost_usd');
    } finally {
      await other.close();
    }
  });
});

describe('refusals and answers without an image', () => {
  it('a blocked prompt is content_blocked, naming the reason, and is not retried', async () => {
    fake.script({ kind: 'blocked', blockReason: 'PROHIBITED_CONTENT' });
    const err = await rejection(geminiEngine(fake).generate(request(), runOptions()));
    expect(err).toMatchObject({ code: 'content_blocked' });
    expect(err.message).toContain('blocked the prompt (blockReason PROHIBITED_CONTENT)');
    expect(fake.requests).toHaveLength(1);
  });

  it.each(['SAFETY', 'PROHIBITED_CONTENT', 'BLOCKLIST', 'SPII', 'RECITATION', 'IMAGE_SAFETY', 'IMAGE_PROHIBITED_CONTENT', 'IMAGE_RECITATION', 'OTHER'])(
    'finishReason %s is content_blocked, naming the reason',
    async (finishReason) => {
      fake.script({ kind: 'refused', finishReason });
      const err = await rejection(geminiEngine(fake).generate(request(), runOptions()));
      expect(err.code).toBe('content_blocked');
      expect(err.message).toContain(`finishReason ${finishReason}`);
      expect(fake.requests).toHaveLength(1);
    },
  );

  it("includes Google's finishMessage on the Developer API, where the SDK drops it", async () => {
    fake.script({ kind: 'refused', finishReason: 'IMAGE_SAFETY', finishMessage: 'The image was filtered out.' });
    const err = await rejection(geminiEngine(fake).generate(request(), runOptions()));
    expect(err.message).toContain('finishReason IMAGE_SAFETY: The image was filtered out.');
  });

  it('IMAGE_OTHER is no_image: a failure to generate, not a refusal', async () => {
    fake.script({ kind: 'refused', finishReason: 'IMAGE_OTHER', finishMessage: 'The model could not generate the image.' });
    const err = await rejection(geminiEngine(fake).generate(request(), runOptions()));
    expect(err.code).toBe('no_image');
    expect(err.message).toContain('finishReason IMAGE_OTHER: The model could not generate the image.');
    expect(fake.requests).toHaveLength(1);
  });

  it("includes Google's finishMessage where the SDK keeps it (Vertex AI)", async () => {
    fake.script({ kind: 'refused', finishReason: 'IMAGE_SAFETY', finishMessage: 'The image was filtered out.' });
    const err = await rejection(vertexEngine(fake).generate(request(), runOptions()));
    expect(err.code).toBe('content_blocked');
    expect(err.message).toContain('finishReason IMAGE_SAFETY: The image was filtered out.');
  });

  it("NO_IMAGE is no_image, quoting the model's text", async () => {
    fake.script({ kind: 'no-image', text: 'I could not draw that.' });
    const err = await rejection(geminiEngine(fake).generate(request(), runOptions()));
    expect(err.code).toBe('no_image');
    expect(err.message).toContain('finishReason NO_IMAGE');
    expect(err.message).toContain('The model said: "I could not draw that."');
  });

  it("a text-only answer is no_image, quoting the model's text", async () => {
    fake.script({ kind: 'text-only', text: 'A raccoon, grey and masked, sits on a couch.' });
    const err = await rejection(geminiEngine(fake).generate(request(), runOptions()));
    expect(err.code).toBe('no_image');
    expect(err.message).toContain('finishReason STOP');
    expect(err.message).toContain('A raccoon, grey and masked, sits on a couch.');
  });
});
