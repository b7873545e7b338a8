// The local engine: a procedural illustrator. It reads the prompt into a scene plan, composes the
// scene from Fluent Emoji Flat art and drawn shapes, and renders it with resvg. No network, no key.
// All of that runs on a pool of worker threads (threads/), so the server's event loop only
// posts the request and receives the PNG.
import os from 'node:os';
import path from 'node:path';
import { EngineError, type Engine, type GenerateOptions, type GenerateRequest, type GenerateResult } from '../engine.js';
import { outputSize } from '../../domain/output-size.js';
import type { RenderJob, RenderedPicture } from './threads/render-job.js';
import { ThreadPool } from './threads/thread-pool.js';

export const LOCAL_MODEL = 'bananastand-local-1';
const NO_SEARCH = 'The local engine cannot search the web; the picture was drawn from the prompt alone.';
/** `threads/render-thread.js` beside this file once compiled, `threads/render-thread.ts` under vitest or tsx. */
const RENDER_THREAD = new URL(`./threads/render-thread${path.extname(new URL(import.meta.url).pathname)}`, import.meta.url);

function checkSignal(signal: AbortSignal): void {
  if (!signal.aborted) return;
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'TimeoutError') {
    throw new EngineError('timeout', 'The picture was not finished before the task deadline.');
  }
  throw new EngineError('cancelled', 'The task was cancelled before the picture was finished.');
}

export function createLocalEngine(): Engine {
  return localEngineOn(new ThreadPool(RENDER_THREAD, { size: os.availableParallelism() }));
}

/** The local engine over a given pool of render threads (tests give it one whose thread can fail). */
export function localEngineOn(pool: ThreadPool<RenderJob, RenderedPicture>): Engine {
  return {
    name: 'local',
    model: LOCAL_MODEL,
    acceptsGcsUris: false,
    async generate(request: GenerateRequest, options: GenerateOptions): Promise<GenerateResult> {
      const { signal } = options;
      checkSignal(signal);
      const { width, height } = outputSize(request.aspectRatio, request.resolution);
      // The caller keeps its buffers: each reference is copied once into a buffer of its own, which
      // is then moved to the thread.
      const references = request.references
        .filter((r) => r.bytes && r.bytes.length > 0)
        .map((r) => ({
          index: r.index,
          mimeType: r.mimeType,
          ...(r.text !== undefined ? { text: r.text } : {}),
          bytes: new Uint8Array(r.bytes!).buffer,
        }));
      const job: RenderJob = { prompt: request.prompt, width, height, seed: request.seed ?? 0, references };
      let picture: RenderedPicture;
      try {
        picture = await pool.run(job, references.map((r) => r.bytes), signal);
      } catch (err) {
        checkSignal(signal);
        throw err;
      }
      checkSignal(signal);
      return {
        images: [{ bytes: Buffer.from(picture.png), mimeType: 'image/png', width, height }],
        text: picture.description,
        stageMs: picture.stages,
        ...(request.useGoogleSearch ? { grounding: { status: 'unavailable' as const, reason: NO_SEARCH } } : {}),
      };
    },
    close: () => pool.close(),
  };
}
