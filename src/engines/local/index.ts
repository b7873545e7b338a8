// The local engine: a procedural illustrator. It reads the prompt into a scene plan, composes the
// scene from Fluent Emoji Flat art and drawn shapes, and renders it with resvg. No network, no key.
import os from 'node:os';
import { EngineError, type Engine, type GenerateOptions, type GenerateRequest, type GenerateResult } from '../engine.js';
import { outputSize } from '../../tasks/output-size.js';
import { composeScene } from './compose.js';
import { referencePalette } from './palette.js';
import { planScene } from './plan.js';
import { renderPng } from './render.js';

export const LOCAL_MODEL = 'bananastand-local-1';
const NO_SEARCH = 'The local engine cannot search the web; the picture was drawn from the prompt alone.';

function checkSignal(signal: AbortSignal): void {
  if (!signal.aborted) return;
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'TimeoutError') {
    throw new EngineError('timeout', 'The picture was not finished before the task deadline.', true);
  }
  throw new EngineError('cancelled', 'The task was cancelled before the picture was finished.');
}

export function createLocalEngine(): Engine {
  return {
    name: 'local',
    model: LOCAL_MODEL,
    defaultConcurrency: os.availableParallelism(),
    acceptsGcsUris: false,
    async generate(request: GenerateRequest, options: GenerateOptions): Promise<GenerateResult> {
      const { signal } = options;
      checkSignal(signal);
      const { width, height } = outputSize(request.aspectRatio, request.resolution);
      const plan = planScene(request.prompt);
      const palette = await referencePalette(request.references);
      checkSignal(signal);
      const { svg, description } = composeScene({ plan, width, height, seed: request.seed ?? 0, ...(palette ? { palette } : {}) });
      checkSignal(signal);
      let bytes: Buffer;
      try {
        bytes = await renderPng(svg, { width, height, pixelate: plan.style === 'pixel', signal });
      } catch (err) {
        checkSignal(signal);
        throw err;
      }
      checkSignal(signal);
      return {
        images: [{ bytes, mimeType: 'image/png', width, height }],
        text: description,
        ...(request.useGoogleSearch ? { grounding: { status: 'unavailable' as const, reason: NO_SEARCH } } : {}),
      };
    },
  };
}
