// One picture, start to finish, as a render thread runs it: prompt → plan → (reference palette) →
// SVG → PNG. Input and output are plain data that cross the thread boundary; the byte buffers in
// them are moved, not copied.
import type { ReferenceImage } from '../../engine.js';
import { composePicture } from '../compose/compose.js';
import { referencePalette } from '../raster/palette.js';
import { planScene } from '../plan/plan-scene.js';
import { rasterize } from '../raster/rasterize.js';
import type { JobOutput } from './thread-pool.js';

export interface RenderJob {
  prompt: string;
  width: number;
  height: number;
  seed: number;
  /** References with bytes, each in an ArrayBuffer of its own so it can be transferred. */
  references: { index: number; mimeType: ReferenceImage['mimeType']; text?: string; bytes: ArrayBuffer }[];
}

export interface RenderedPicture {
  png: ArrayBuffer;
  /** What was drawn: the task's `text`. */
  description: string;
  /** Milliseconds per step in the thread: plan, compose, render, lights, encode. */
  stages: Record<string, number>;
}

export async function renderJob(job: RenderJob, signal: AbortSignal): Promise<JobOutput<RenderedPicture>> {
  signal.throwIfAborted();
  const start = performance.now();
  const plan = planScene(job.prompt);
  const planned = performance.now();
  const references: ReferenceImage[] = job.references.map((r) => ({ ...r, bytes: Buffer.from(r.bytes) }));
  const palette = await referencePalette(references);
  signal.throwIfAborted();
  const { width, height } = job;
  const composing = performance.now();
  const { svg, description } = composePicture({ plan, width, height, seed: job.seed, ...(palette ? { palette } : {}) });
  const stages: Record<string, number> = { plan: planned - start, compose: performance.now() - composing };
  signal.throwIfAborted();
  const png = ownBuffer(await rasterize(svg, { width, height, pixelate: plan.style === 'pixel', signal, stages }));
  return { output: { png, description, stages }, transfer: [png] };
}

/**
 * sharp's output lives in memory sharp allocated, which postMessage cannot move: it would copy it
 * once here and once more on the main thread. One copy here, into an ArrayBuffer the main thread
 * then receives without copying, keeps that work off the event loop.
 */
function ownBuffer(bytes: Buffer): ArrayBuffer {
  const own = new ArrayBuffer(bytes.length);
  new Uint8Array(own).set(bytes);
  return own;
}
