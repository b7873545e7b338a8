import fs from 'node:fs';
import os from 'node:os';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EngineError, type Engine } from '../../../src/engines/engine.js';
import { createThreadedGeminiEngine } from '../../../src/engines/gemini-threads/index.js';
import { sniffImageType } from '../../../src/references/sniff.js';
import { startFakeGemini, type FakeBehaviour, type FakeGemini } from '../../fakes/gemini-server.js';
import { geminiEngine, rejection, request, solidPng } from '../gemini/fixtures.js';

// The gemini engine on worker threads against the fake Google on loopback: results, errors and
// aborts must cross the thread boundary as the in-process engine gives them.
let fake: FakeGemini;
let engine: Engine;
let retries = 0;

beforeAll(async () => {
  fake = await startFakeGemini();
  engine = createThreadedGeminiEngine({
    vertex: false,
    apiKey: fake.apiKey,
    baseUrl: fake.url,
    model: 'gemini-3.1-flash-image',
    timeoutMs: 5_000,
    concurrency: 4,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    threads: 2,
    onRetry: () => retries++,
  });
});
afterAll(async () => {
  await engine.close?.();
  await fake.close();
});
afterEach(() => fake.script([]));

/** What the in-process engine makes of the same answer (the reference for messages and codes). */
async function inProcessError(behaviour: FakeBehaviour): Promise<EngineError> {
  fake.script(behaviour);
  return rejection(geminiEngine(fake).generate(request(), { signal: new AbortController().signal }));
}

describe('threaded gemini engine', () => {
  it('returns the picture as a Buffer, moved from the thread', async () => {
    const result = await engine.generate(request({ resolution: '1K' }), { signal: new AbortController().signal });
    const image = result.images[0]!;
    expect(Buffer.isBuffer(image.bytes)).toBe(true);
    expect(sniffImageType(image.bytes)).toBe(image.mimeType);
    expect(image.width).toBeGreaterThan(0);
    expect(image.bytes.toString('base64').length).toBeGreaterThan(100);
    // Lent from the thread's shared memory (picture-pool.ts), given back by release.
    expect(image.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(typeof result.release).toBe('function');
    result.release!();
  });

  it('sends reference images as Buffers (their base64 reaches Google)', async () => {
    const png = await solidPng(64, 64);
    const before = fake.requests.length;
    await engine.generate(request({ references: [{ index: 0, bytes: png, mimeType: 'image/png' }] }), { signal: new AbortController().signal });
    const parts = fake.requests.slice(before).find((r) => r.method === 'POST')!.body.contents[0].parts;
    expect(parts.find((p: { inlineData?: unknown }) => p.inlineData).inlineData.data).toBe(png.toString('base64'));
  });

  it.each<[string, FakeBehaviour, string]>([
    ['a refusal', { kind: 'refused', finishReason: 'SAFETY' }, 'content_blocked'],
    ['a text-only answer', { kind: 'text-only' }, 'no_image'],
    ['an unknown model (404)', { kind: 'error', status: 404 }, 'engine_unavailable'],
  ])('%s crosses as a real EngineError with its code and message', async (_what, behaviour, code) => {
    const expected = await inProcessError(behaviour);
    fake.script(behaviour);
    const err = await rejection(engine.generate(request(), { signal: new AbortController().signal }));
    expect(err).toBeInstanceOf(EngineError);
    expect(err.code).toBe(code);
    expect(err.message).toBe(expected.message);
  });

  it('retries inside the thread (503 then an image)', async () => {
    fake.script([{ kind: 'error', status: 503 }, { kind: 'image' }]);
    const before = fake.requests.filter((r) => r.method === 'POST').length;
    const retriesBefore = retries;
    const result = await engine.generate(request(), { signal: new AbortController().signal });
    expect(result.images).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'POST').length - before).toBe(2);
    // The retry is counted on the main thread (bananastand_upstream_retries_total).
    expect(retries - retriesBefore).toBe(1);
  });

  it.each([
    ['cancel', new DOMException('cancelled', 'AbortError'), 'cancelled'],
    ['deadline', new DOMException('task deadline passed', 'TimeoutError'), 'timeout'],
  ])('a %s aborts the SDK call in the thread, which answers with its EngineError', async (_what, reason, code) => {
    fake.script({ kind: 'hang' });
    const controller = new AbortController();
    const posts = () => fake.requests.filter((r) => r.method === 'POST').length;
    const before = posts();
    const pending = rejection(engine.generate(request(), { signal: controller.signal }));
    for (let i = 0; i < 200 && posts() === before; i++) await new Promise((r) => setTimeout(r, 10));
    expect(posts()).toBe(before + 1);
    const t0 = Date.now();
    controller.abort(reason);
    const err = await pending;
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(err).toBeInstanceOf(EngineError);
    expect(err.code).toBe(code);
  });

  it('refuses an option it cannot send to its threads, naming it', () => {
    const options = { vertex: false, apiKey: 'k', model: 'm', timeoutMs: 120_000, concurrency: 1, notify: () => {} };
    expect(() => createThreadedGeminiEngine(options as never)).toThrow(/option notify is a function/);
  });

  it('answers the start-up check and declares the model and its capabilities', async () => {
    expect(await engine.check?.()).toEqual({ ok: true });
    expect(engine.name).toBe('gemini');
    expect(engine.model).toBe('gemini-3.1-flash-image');
    expect(engine.capabilities?.()).toEqual(geminiEngine(fake).capabilities?.());
  });

  it('lends pictures from shared memory it reuses once released, and transfers when the pool is spent', async () => {
    const small = createThreadedGeminiEngine({
      vertex: false,
      apiKey: fake.apiKey,
      baseUrl: fake.url,
      model: 'gemini-3.1-flash-image',
      timeoutMs: 5_000,
      concurrency: 2,
      threads: 1,
      // Room for one 1K picture (one arena of 1 MiB).
      picturePoolBytes: 2 ** 20,
    });
    try {
      const signal = new AbortController().signal;
      const first = await small.generate(request({ resolution: '1K', prompt: 'a red fox' }), { signal });
      expect(first.images[0]!.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
      const kept = Buffer.from(first.images[0]!.bytes);
      // Not released yet: the next picture cannot share its arena, so it is transferred.
      const second = await small.generate(request({ resolution: '1K', prompt: 'a blue whale' }), { signal });
      expect(second.images[0]!.bytes.buffer).toBeInstanceOf(ArrayBuffer);
      expect(first.images[0]!.bytes.equals(kept)).toBe(true);
      first.release!();
      const third = await small.generate(request({ resolution: '1K', prompt: 'a green frog' }), { signal });
      expect(third.images[0]!.bytes.buffer).toBe(first.images[0]!.bytes.buffer);
      expect(sniffImageType(third.images[0]!.bytes)).toBe(third.images[0]!.mimeType);
      expect(third.images[0]!.bytes.equals(second.images[0]!.bytes)).toBe(false);
      third.release!();
    } finally {
      await small.close?.();
    }
  });

  it.runIf(fs.existsSync('/proc/thread-self'))('runs its threads at a lower priority than the event loop (nice +10)', async () => {
    await engine.generate(request({ resolution: '1K' }), { signal: new AbortController().signal });
    // Field 19 of /proc/PID/task/TID/stat is the thread's nice value.
    const nice = (tid: string) => Number(fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
    const tids = fs.readdirSync('/proc/self/task');
    const base = nice(String(process.pid));
    expect(tids.map(nice).filter((n) => n === Math.min(19, base + 10)).length).toBeGreaterThanOrEqual(1);
    expect(base).toBe(os.getPriority());
  });
});
