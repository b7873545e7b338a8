// The local engine renders on worker threads: cancellation, failures, determinism across threads,
// shutdown, and a process that is not kept alive by idle threads.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { EngineError, type Engine, type GenerateRequest } from '../../../../src/engines/engine.js';
import { createLocalEngine, localEngineOn } from '../../../../src/engines/local/index.js';
import { renderJob, type RenderJob, type RenderedPicture } from '../../../../src/engines/local/threads/render-job.js';
import { ThreadPool } from '../../../../src/engines/local/threads/thread-pool.js';
import { outputSize } from '../../../../src/domain/output-size.js';

const RENDER_THREAD = new URL('../../../../src/engines/local/threads/render-thread.ts', import.meta.url);
const FAULTY_THREAD = new URL('./faulty-render-thread.ts', import.meta.url);
const live = () => ({ signal: new AbortController().signal });

function request(prompt: string, over: Partial<GenerateRequest> = {}): GenerateRequest {
  return { prompt, aspectRatio: '1:1', resolution: '512', useGoogleSearch: false, references: [], ...over };
}

const pools: ThreadPool<RenderJob, RenderedPicture>[] = [];
function engineOn(file: URL, size: number, cancelGraceMs?: number): { engine: Engine; pool: ThreadPool<RenderJob, RenderedPicture> } {
  const pool = new ThreadPool<RenderJob, RenderedPicture>(file, { size, ...(cancelGraceMs ? { cancelGraceMs } : {}) });
  pools.push(pool);
  return { engine: localEngineOn(pool), pool };
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

/** Aborts `generate` after `afterMs` and says how it failed and how long after the abort. */
async function abortMidway(engine: Engine, req: GenerateRequest, afterMs: number, reason?: unknown) {
  const controller = new AbortController();
  const pending = engine.generate(req, { signal: controller.signal }).catch((e: unknown) => e);
  await new Promise((r) => setTimeout(r, afterMs));
  const abortedAt = performance.now();
  controller.abort(reason);
  const error = await pending;
  return { error, ms: performance.now() - abortedAt };
}

describe('local engine on worker threads', () => {
  it('rejects at once when the task is cancelled or times out mid-render, and the next picture is right', async () => {
    const { engine } = engineOn(RENDER_THREAD, 1);
    const cat = await engine.generate(request('a cat'), live());
    const raccoon = request('A suited raccoon smoking a pipe in a vintage study room, warm lighting', { resolution: '4K' });

    const cancelled = await abortMidway(engine, raccoon, 150);
    expect(cancelled.error).toBeInstanceOf(EngineError);
    expect(cancelled.error).toMatchObject({ code: 'cancelled', message: 'The task was cancelled before the picture was finished.' });
    expect(cancelled.ms).toBeLessThan(100);

    const timedOut = await abortMidway(engine, raccoon, 400, new DOMException('task deadline passed', 'TimeoutError'));
    expect(timedOut.error).toMatchObject({ code: 'timeout' });
    expect(timedOut.ms).toBeLessThan(100);

    const again = await engine.generate(request('a cat'), live());
    expect(again.images[0].bytes.equals(cat.images[0].bytes)).toBe(true);
  });

  it('terminates a thread that ignores cancellation after the grace period and runs the next job on a new one', async () => {
    const { engine, pool } = engineOn(FAULTY_THREAD, 1, 300);
    await engine.generate(request('a cat'), live());
    const hung = await abortMidway(engine, request('hang'), 100);
    expect(hung.error).toMatchObject({ code: 'cancelled' });
    expect(hung.ms).toBeLessThan(100);
    // Queued behind the hung job: it runs once the stuck thread is replaced, not after its minute.
    const started = performance.now();
    const next = await engine.generate(request('a cat'), live());
    expect(next.text).toContain('cat (main)');
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(pool.threadCount).toBe(1);
  });

  it('fails only the job whose code throws, as a plain Error, and keeps EngineErrors as they are', async () => {
    const { engine } = engineOn(FAULTY_THREAD, 2);
    const [bug, fine] = await Promise.allSettled([
      engine.generate(request('throw a bug'), live()),
      engine.generate(request('a cat'), live()),
    ]);
    expect(bug.status).toBe('rejected');
    const error = (bug as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(EngineError);
    expect(error.message).toBe("Cannot read properties of undefined (reading 'x')");
    expect(fine.status).toBe('fulfilled');

    const bad = { index: 0, bytes: Buffer.from('not an image at all'), mimeType: 'image/png' as const };
    const refused = await engine.generate(request('a cat', { references: [bad] }), live()).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(EngineError);
    expect(refused).toMatchObject({ code: 'invalid_reference_image', message: 'Reference image 1 could not be decoded as image/png.' });

    expect((await engine.generate(request('a fox'), live())).text).toContain('fox (main)');
  });

  it('fails only the job of a thread that dies, and replaces the thread', async () => {
    const { engine, pool } = engineOn(FAULTY_THREAD, 2);
    const [dead, fine] = await Promise.allSettled([
      engine.generate(request('kill the thread'), live()),
      engine.generate(request('a cat', { resolution: '1K' }), live()),
    ]);
    expect(dead.status).toBe('rejected');
    const error = (dead as PromiseRejectedResult).reason;
    expect(error).not.toBeInstanceOf(EngineError);
    expect(error.message).toBe("The local engine's render thread stopped: the thread fell over");
    expect(fine.status).toBe('fulfilled');
    expect(pool.threadCount).toBe(1);

    const results = await Promise.all([engine.generate(request('a fox'), live()), engine.generate(request('an owl'), live())]);
    expect(results.map((r) => r.text?.split(',')[0])).toEqual(['fox (main)', 'owl (main)']);
    expect(pool.threadCount).toBe(2);
  });

  it('gives the same bytes in parallel as one at a time, and as the render code run on this thread', async () => {
    const engine = createLocalEngine();
    try {
      const purple = await sharp({ create: { width: 48, height: 48, channels: 3, background: '#6a2c91' } }).png().toBuffer();
      const requests = [
        request('A suited raccoon smoking a pipe in a vintage study room, warm lighting', { resolution: '1K' }),
        request('a garden with tulips and a butterfly', { references: [{ index: 0, bytes: purple, mimeType: 'image/png', text: 'this palette' }] }),
        request('a pixel art dungeon with a treasure chest', { aspectRatio: '16:9' }),
        request('A neon sign that says "OPEN" on a rainy city street at night', { seed: 7, aspectRatio: '3:4' }),
        request('two dogs and a cat playing in a meadow at sunset', { seed: 42 }),
      ];
      const oneByOne = [];
      for (const req of requests) oneByOne.push(await engine.generate(req, live()));
      const together = await Promise.all(requests.map((req) => engine.generate(req, live())));
      for (const [i, result] of together.entries()) {
        expect(result.images[0].bytes.equals(oneByOne[i].images[0].bytes), requests[i].prompt).toBe(true);
        expect(result.text).toBe(oneByOne[i].text);
      }
      // The caller's reference bytes are copied, not moved away.
      expect(purple.length).toBeGreaterThan(0);
      expect((await sharp(purple).metadata()).width).toBe(48);

      for (const i of [0, 1]) {
        const req = requests[i];
        const { width, height } = outputSize(req.aspectRatio, req.resolution);
        const references = req.references.map((r) => ({ index: r.index, mimeType: r.mimeType, text: r.text, bytes: new Uint8Array(r.bytes!).buffer }));
        const here = await renderJob({ prompt: req.prompt, width, height, seed: req.seed ?? 0, references }, new AbortController().signal);
        expect(Buffer.from(here.output.png).equals(oneByOne[i].images[0].bytes), req.prompt).toBe(true);
        expect(here.output.description).toBe(oneByOne[i].text);
      }
    } finally {
      await engine.close?.();
    }
  });

  it('close() ends the threads and fails the picture in progress; the engine starts new threads if used again', async () => {
    const { engine, pool } = engineOn(RENDER_THREAD, 2);
    await Promise.all([engine.generate(request('a cat'), live()), engine.generate(request('a fox'), live())]);
    expect(pool.threadCount).toBe(2);
    const inProgress = engine.generate(request('a cat', { resolution: '4K' }), live()).catch((e: unknown) => e);
    await engine.close!();
    expect(pool.threadCount).toBe(0);
    expect(await inProgress).toMatchObject({ message: 'The local engine was closed before the picture was finished.' });
    expect((await engine.generate(request('an owl'), live())).text).toContain('owl (main)');
    expect(pool.threadCount).toBe(1);
  });

  it('holds the process open while a thread draws, and only then', async () => {
    const { engine } = engineOn(RENDER_THREAD, 1);
    await engine.generate(request('a cat'), live());
    // A ref'd worker is listed as its MessagePort (an unref'd one is not).
    const refs = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    const idle = refs();
    const drawing = engine.generate(request('a cat', { resolution: '2K' }), live());
    await new Promise((r) => setTimeout(r, 20));
    expect(refs()).toBe(idle + 1);
    await drawing;
    expect(refs()).toBe(idle);
  });

  it('lets a script end on its own once its picture is drawn', async () => {
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const index = fileURLToPath(new URL('../../../../src/engines/local/index.ts', import.meta.url));
    const script = `
      const { createLocalEngine } = await import(${JSON.stringify(index)});
      const result = await createLocalEngine().generate(
        { prompt: 'a cat', aspectRatio: '1:1', resolution: '1K', useGoogleSearch: false, references: [] },
        { signal: new AbortController().signal },
      );
      console.log(result.images[0].width, result.text);`;
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = execFile(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], { timeout: 25_000 }, (_err, out) =>
        resolve({ code: child.exitCode, stdout: out }),
      );
    });
    expect(stdout).toMatch(/^1024 cat \(main\)/);
    expect(code).toBe(0);
  });
});
