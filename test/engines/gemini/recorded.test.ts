import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECORDED, type RecordedName } from '../../fakes/recorded/index.js';
import { startFakeGemini, type FakeGemini } from '../../fakes/gemini-server.js';
import { geminiEngine, recordingLogger, rejection, request, runOptions } from './fixtures.js';

/**
 * Replays of real Google answers (test/fakes/recorded/) served by the fake through the real
 * @google/genai SDK and the real engine: each maps to the task's status, code and message.
 */
let fake: FakeGemini;
beforeEach(async () => {
  fake = await startFakeGemini();
});
afterEach(async () => {
  await fake.close();
});

const calls = () => fake.requests.filter((r) => r.path.includes(':generateContent')).length;

async function failure(name: RecordedName, overrides: Parameters<typeof geminiEngine>[1] = {}) {
  fake.script({ kind: 'recorded', name });
  return rejection(geminiEngine(fake, overrides).generate(request(), runOptions()));
}

describe('recorded fixtures', () => {
  it('every fixture says where its shape was seen', () => {
    for (const [name, fixture] of Object.entries(RECORDED)) {
      expect(fixture.seenAt.length, name).toBeGreaterThan(0);
      for (const where of fixture.seenAt) expect(where, name).toMatch(/https:\/\/github\.com\/|\/|find_string/);
    }
  });
});

describe('recorded answers that complete', () => {
  it('text + image: the JPEG and the text beside it', async () => {
    fake.script({ kind: 'recorded', name: 'text-and-image' });
    const result = await geminiEngine(fake).generate(request(), runOptions());
    expect(result.images).toHaveLength(1);
    expect(result.images[0]).toMatchObject({ mimeType: 'image/jpeg', width: 1024, height: 1024 });
    expect(result.text).toBe('Here is the lighthouse you asked for.');
    expect(result.usage).toMatchObject({ output_tokens: 1129, estimated_cost_usd: expect.any(Number) });
  });

  it('thought parts with signatures: drafts and thought text are skipped, the final image kept', async () => {
    fake.script({ kind: 'recorded', name: 'thought-images' });
    const result = await geminiEngine(fake).generate(request(), runOptions());
    expect(result.images[0]).toMatchObject({ width: 1024, height: 1024, mimeType: 'image/jpeg' });
    expect(result.text).toBe('The finished lighthouse.');
    expect(result.usage?.thoughts_tokens).toBe(412);
  });

  it('grounding with an empty query: the empty string and the empty title are dropped', async () => {
    fake.script({ kind: 'recorded', name: 'grounded-empty-query' });
    const result = await geminiEngine(fake).generate(request({ useGoogleSearch: true }), runOptions());
    expect(result.grounding).toMatchObject({ status: 'grounded', queries: ['weather San Francisco next 5 days'] });
    if (result.grounding?.status !== 'grounded') throw new Error('not grounded');
    expect(result.grounding.sources).toEqual([
      { uri: 'https://vertexaisearch.cloud.google.com/grounding-api-redirect/FIXTURE-A', title: 'weather.gov' },
      { uri: 'https://vertexaisearch.cloud.google.com/grounding-api-redirect/FIXTURE-B' },
    ]);
    expect(result.grounding.search_entry_point).toContain('weather San Francisco');
  });

  it('16:9 at 1K as 1408x768: the true size is kept and logged at debug, not warned', async () => {
    fake.script({ kind: 'recorded', name: 'wide-1k-1408' });
    const debugs: object[] = [];
    const logger = { ...recordingLogger(), debug: (obj: object) => void debugs.push(obj) };
    const result = await geminiEngine(fake, { logger }).generate(request({ aspectRatio: '16:9' }), runOptions());
    expect(result.images[0]).toMatchObject({ width: 1408, height: 768 });
    expect(logger.warnings.filter((w) => 'got' in w.obj)).toEqual([]);
    expect(debugs).toContainEqual(expect.objectContaining({ wanted: '1376x768', got: '1408x768' }));
  });

  it('500 INTERNAL then success: retried once, then the image', async () => {
    fake.script({ kind: 'recorded', name: 'internal-then-image' });
    const result = await geminiEngine(fake).generate(request(), runOptions());
    expect(result.images).toHaveLength(1);
    expect(calls()).toBe(2);
  });

  it('503 overloaded then success: retried, then the image', async () => {
    fake.script({ kind: 'recorded', name: 'overloaded-then-image' });
    await geminiEngine(fake).generate(request(), runOptions());
    expect(calls()).toBe(2);
  });

  it("a per-minute 429 with RetryInfo is retried after Google's delay", async () => {
    fake.script({ kind: 'recorded', name: 'rate-limit-then-image' });
    await geminiEngine(fake).generate(request(), runOptions());
    expect(calls()).toBe(2);
    expect(fake.requests[1].receivedAt - fake.requests[0].receivedAt).toBeGreaterThanOrEqual(290);
  });
});

describe('recorded answers that fail', () => {
  it('NO_IMAGE with no content: no_image naming the reason', async () => {
    const err = await failure('no-image-empty');
    expect(err).toMatchObject({ code: 'no_image' });
    expect(err.message).toContain('finishReason NO_IMAGE');
    expect(err.message).toContain('The model gave no text either.');
  });

  it('a PROHIBITED_CONTENT prompt block: content_blocked', async () => {
    const err = await failure('prompt-blocked');
    expect(err).toMatchObject({ code: 'content_blocked' });
    expect(err.message).toContain('blockReason PROHIBITED_CONTENT');
  });

  it("IMAGE_SAFETY: content_blocked with Google's finishMessage, recovered on the Developer API", async () => {
    const err = await failure('image-safety');
    expect(err).toMatchObject({ code: 'content_blocked' });
    expect(err.message).toContain('finishReason IMAGE_SAFETY: Unable to show the generated image. The image was filtered out');
  });

  it('IMAGE_OTHER: a failure to generate (no_image), not a refusal, with the finishMessage', async () => {
    const err = await failure('image-other');
    expect(err).toMatchObject({ code: 'no_image' });
    expect(err.message).toContain('The model could not generate the image based on the prompt provided.');
    expect(err.message).toContain('not a policy refusal');
    expect(err.message).not.toMatch(/refused/);
  });

  it('503 overloaded every time: engine_unavailable after the attempts, quoting Google', async () => {
    fake.script(Array.from({ length: 3 }, () => ({ kind: 'recorded', name: 'overloaded-503' }) as const));
    const err = await rejection(geminiEngine(fake, { retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 } }).generate(request(), runOptions()));
    expect(err).toMatchObject({ code: 'engine_unavailable' });
    expect(err.message).toContain('after 3 attempts (last: 503 UNAVAILABLE: The model is overloaded. Please try again later.)');
  });

  it.each([
    ['billing-credits-429', /billing/, /prepayment credits are depleted/],
    ['per-day-429', /daily quota for the model "gemini-3\.1-flash-image" is used up/, /resets once a day/],
    ['free-tier-limit-0', /no quota for the model "gemini-3\.1-flash-image"/, /Please retry in 5\.237548564s\./],
  ] as const)('%s fails at once with a message about the Google project', async (name, what, detail) => {
    const started = Date.now();
    const err = await failure(name, { retry: { baseDelayMs: 2_000, maxDelayMs: 2_000 } });
    expect(err).toMatchObject({ code: 'engine_unavailable' });
    expect(err.message).toMatch(what);
    expect(err.message).toMatch(detail);
    expect(err.message).toContain('Google project');
    expect(err.message).toContain('aistudio.google.com');
    expect(calls()).toBe(1);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it.each([
    ['api-key-invalid', 'Google rejected the API key (400 INVALID_ARGUMENT: API key not valid.', 'GEMINI_API_KEY or GOOGLE_API_KEY'],
    ['service-disabled-403', 'The Google project behind the credentials has not enabled the API (403 PERMISSION_DENIED: Generative Language API has not been used in project', 'Enable it at https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=123456789012'],
    ['unknown-model-404', 'Google does not offer the model "gemini-3.1-flash-image" here (404 NOT_FOUND', 'BANANASTAND_GEMINI_MODEL'],
    ['bad-aspect-ratio-400', 'Google rejected the request (400 INVALID_ARGUMENT: * GenerateContentRequest.generation_config.image_config.aspect_ratio', "aspect_ratio must be one of '1:1'"],
  ] as const)('%s: engine_unavailable, tried once, saying what to fix', async (name, start, advice) => {
    const err = await failure(name);
    expect(err).toMatchObject({ code: 'engine_unavailable' });
    expect(err.message.startsWith(start), err.message).toBe(true);
    expect(err.message).toContain(advice);
    expect(calls()).toBe(1);
  });

  it('a retired model id: the 404 names the configured id and the setting', async () => {
    const err = await failure('retired-model-404', { model: 'gemini-3.1-flash-image-preview' });
    expect(err).toMatchObject({ code: 'engine_unavailable' });
    expect(err.message).toContain('Google does not offer the model "gemini-3.1-flash-image-preview"');
    expect(err.message).toContain('models/gemini-3.1-flash-image-preview is not found for API version v1beta');
    expect(err.message).toContain('BANANASTAND_GEMINI_MODEL');
  });
});
