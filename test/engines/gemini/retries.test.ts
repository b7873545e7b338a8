import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGemini, type FakeGemini } from '../../fakes/gemini-server.js';
import { geminiEngine, recordingLogger, rejection, request, runOptions } from './fixtures.js';

let fake: FakeGemini;
beforeEach(async () => {
  fake = await startFakeGemini();
});
afterEach(async () => {
  await fake.close();
});

const gaps = () => fake.requests.slice(1).map((r, i) => r.receivedAt - fake.requests[i].receivedAt);

describe('retries', () => {
  it('retries 429, 500, 502 (an HTML page), 503, 504 and a dropped connection, then returns the image', async () => {
    fake.script([
      { kind: 'error', status: 429 },
      { kind: 'error', status: 500 },
      { kind: 'error', status: 502 },
      { kind: 'error', status: 503 },
      { kind: 'error', status: 504 },
      { kind: 'drop' },
    ]);
    const logger = recordingLogger();
    const result = await geminiEngine(fake, { logger }).generate(request(), runOptions());
    expect(result.images[0]).toMatchObject({ width: 1024, height: 1024 });
    expect(fake.requests).toHaveLength(7);
    expect(logger.warnings.filter((w) => w.msg === 'Gemini call failed; retrying')).toHaveLength(6);
  });

  it('names a 502 without quoting the HTML page that came with it', async () => {
    fake.script({ kind: 'error', status: 502 });
    const err = await rejection(geminiEngine(fake, { retry: { maxAttempts: 1 } }).generate(request(), runOptions()));
    expect(err.message).toBe('Google could not generate the image after 1 attempt (last: 502 Bad Gateway). Try again later.');
  });

  it("gives up after the last attempt with engine_unavailable naming Google's answer", async () => {
    fake.script(Array.from({ length: 3 }, () => ({ kind: 'error', status: 503 }) as const));
    const err = await rejection(geminiEngine(fake, { retry: { maxAttempts: 3, baseDelayMs: 5 } }).generate(request(), runOptions()));
    expect(err).toMatchObject({ code: 'engine_unavailable' });
    expect(err.message).toContain('after 3 attempts');
    expect(err.message).toContain('503 UNAVAILABLE: The model is overloaded. Please try again later.');
    expect(fake.requests).toHaveLength(3);
  });

  it("stops retrying when another try would pass the task's deadline", async () => {
    fake.script(Array.from({ length: 100 }, () => ({ kind: 'error', status: 503 }) as const));
    const engine = geminiEngine(fake, { retry: { maxAttempts: 100, baseDelayMs: 100, maxDelayMs: 100 }, random: () => 1 });
    const deadline = Date.now() + 450;
    const err = await rejection(engine.generate(request(), runOptions(undefined, deadline)));
    expect(err).toMatchObject({ code: 'engine_unavailable' });
    expect(err.message).toContain("Another try would pass the task's deadline.");
    // Attempts about 100 ms apart (fewer when a loaded machine is slow to answer), none after the
    // deadline, and no wait that runs past it.
    expect(fake.requests.length).toBeGreaterThanOrEqual(2);
    expect(fake.requests.length).toBeLessThanOrEqual(5);
    expect(fake.requests.every((r) => r.receivedAt < deadline)).toBe(true);
    expect(Date.now()).toBeLessThan(deadline + 250);
  });

  it("waits as long as Google's RetryInfo.retryDelay asks, not the shorter backoff", async () => {
    fake.script({ kind: 'error', status: 429, retryDelay: '0.4s' });
    await geminiEngine(fake).generate(request(), runOptions());
    expect(fake.requests).toHaveLength(2);
    expect(gaps()[0]).toBeGreaterThanOrEqual(390);
  });

  it("gives up at once when Google asks to wait past the task's deadline", async () => {
    fake.script({ kind: 'error', status: 429, retryDelay: '30s' });
    const started = Date.now();
    const err = await rejection(geminiEngine(fake).generate(request(), runOptions(undefined, started + 5_000)));
    expect(err).toMatchObject({ code: 'engine_unavailable' });
    expect(err.message).toContain('429 RESOURCE_EXHAUSTED');
    expect(err.message).toContain("Google asked to wait 30 s, past the task's deadline.");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('backs off exponentially with full jitter, capped', async () => {
    fake.script(Array.from({ length: 4 }, () => ({ kind: 'error', status: 500 }) as const));
    // random() = 1 takes the top of each jitter range: 100, 200, then the 250 cap (uncapped: 400, 800).
    await geminiEngine(fake, { retry: { baseDelayMs: 100, maxDelayMs: 250 }, random: () => 1 }).generate(request(), runOptions());
    const g = gaps();
    expect(g).toHaveLength(4);
    [100, 200, 250, 250].forEach((wait, i) => expect(g[i]).toBeGreaterThanOrEqual(wait - 5));
    expect(g[2]).toBeLessThan(390);
    expect(g[3]).toBeLessThan(700);
  });

  it('spreads backoffs over the jitter range', async () => {
    fake.script(Array.from({ length: 2 }, () => ({ kind: 'error', status: 500 }) as const));
    // random() = 0 means no wait at all: full jitter, not "equal jitter".
    await geminiEngine(fake, { retry: { baseDelayMs: 1_000, maxDelayMs: 1_000 }, random: () => 0 }).generate(request(), runOptions());
    expect(Math.max(...gaps())).toBeLessThan(500);
  });

  it('retries an attempt that outlives the per-attempt timeout', async () => {
    fake.script({ kind: 'hang' });
    const logger = recordingLogger();
    const result = await geminiEngine(fake, { timeoutMs: 300, logger }).generate(request(), runOptions());
    expect(result.images).toHaveLength(1);
    expect(fake.requests).toHaveLength(2);
    expect(logger.warnings).toContainEqual({
      obj: expect.objectContaining({ error: 'no answer within the per-attempt timeout of 300 ms' }),
      msg: 'Gemini call failed; retrying',
    });
  });
});

describe('failures that are not retried', () => {
  it.each([
    [400, 'Request contains an invalid argument.', 'Google rejected the request (400 INVALID_ARGUMENT'],
    [403, 'Gemini API has not been used in project 123 before or it is disabled.', 'Google refused access (403 PERMISSION_DENIED'],
    [404, 'models/x is not found.', 'Google does not offer the model "gemini-3.1-flash-image" here (404 NOT_FOUND'],
  ])('HTTP %i is engine_unavailable with Google\'s message, tried once', async (status, message, start) => {
    fake.script({ kind: 'error', status, message });
    const err = await rejection(geminiEngine(fake).generate(request(), runOptions()));
    expect(err).toMatchObject({ code: 'engine_unavailable' });
    expect(err.message.startsWith(start)).toBe(true);
    expect(err.message).toContain(message);
    expect(fake.requests).toHaveLength(1);
  });

  it('a wrong API key says which variable to fix', async () => {
    const err = await rejection(geminiEngine(fake, { apiKey: 'wrong' }).generate(request(), runOptions()));
    expect(err).toMatchObject({ code: 'engine_unavailable' });
    expect(err.message).toContain('API key not valid');
    expect(err.message).toContain('GEMINI_API_KEY or GOOGLE_API_KEY');
    expect(fake.requests).toHaveLength(1);
  });
});

describe('cancellation and deadlines', () => {
  it('is cancelled promptly when the task is cancelled mid-call', async () => {
    fake.script({ kind: 'image', delayMs: 3_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const err = await rejection(geminiEngine(fake).generate(request(), runOptions(controller.signal)));
    expect(err).toMatchObject({ code: 'cancelled' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("is a timeout when the task's deadline signal fires mid-call", async () => {
    fake.script({ kind: 'hang' });
    const err = await rejection(geminiEngine(fake).generate(request(), runOptions(AbortSignal.timeout(150))));
    expect(err).toMatchObject({ code: 'timeout' });
  });

  it('is cancelled during a backoff wait without trying again', async () => {
    fake.script({ kind: 'error', status: 503 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const engine = geminiEngine(fake, { retry: { baseDelayMs: 10_000, maxDelayMs: 10_000 }, random: () => 1 });
    const err = await rejection(engine.generate(request(), runOptions(controller.signal)));
    expect(err).toMatchObject({ code: 'cancelled' });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(fake.requests).toHaveLength(1);
  });
});

describe('concurrency toward Google', () => {
  it('keeps at most `concurrency` calls in flight and queues the rest', async () => {
    fake.script(Array.from({ length: 4 }, () => ({ kind: 'image', delayMs: 400 }) as const));
    const engine = geminiEngine(fake, { concurrency: 2 });
    const results = await Promise.all(Array.from({ length: 4 }, () => engine.generate(request(), runOptions())));
    expect(results.every((r) => r.images.length === 1)).toBe(true);
    const start = fake.requests.map((r) => r.receivedAt).sort((a, b) => a - b);
    // Two go at once; the third waits until one of them has had its 400 ms answer.
    expect(start[1] - start[0]).toBeLessThan(380);
    expect(start[2] - start[0]).toBeGreaterThanOrEqual(395);
  });

  it('lets a task cancelled while queued leave the queue', async () => {
    fake.script([{ kind: 'image', delayMs: 400 }]);
    const engine = geminiEngine(fake, { concurrency: 1 });
    const first = engine.generate(request(), runOptions());
    const controller = new AbortController();
    const queued = rejection(engine.generate(request(), runOptions(controller.signal)));
    setTimeout(() => controller.abort(), 50);
    expect(await queued).toMatchObject({ code: 'cancelled' });
    await first;
    expect(fake.requests).toHaveLength(1);
  });
});
