import type { AspectRatio, Resolution } from '../domain/output-size.js';
import type { Engine } from './engine.js';

/** One request field the configured model cannot serve, named as the request names it. */
export interface UnsupportedParam {
  name: 'aspect_ratio' | 'resolution';
  reason: string;
}

/**
 * The fields of a create request that the engine's configured model cannot serve (docs/api.md,
 * "Per-model limits"), each naming the model and what it takes. Empty when all is well, and always
 * for an engine that does not declare capabilities.
 */
export function unsupportedParams(
  engine: Pick<Engine, 'model' | 'capabilities'>,
  params: { aspectRatio: AspectRatio; resolution: Resolution },
): UnsupportedParam[] {
  const caps = engine.capabilities?.();
  if (!caps) return [];
  const problems: UnsupportedParam[] = [];
  if (!caps.aspectRatios.includes(params.aspectRatio)) {
    problems.push({
      name: 'aspect_ratio',
      reason: `the model ${engine.model} does not make ${params.aspectRatio} pictures; it takes ${caps.aspectRatios.join(', ')}`,
    });
  }
  if (!caps.resolutions.includes(params.resolution)) {
    problems.push({
      name: 'resolution',
      reason: `the model ${engine.model} does not make ${params.resolution} pictures; it takes ${caps.resolutions.join(', ')}`,
    });
  }
  return problems;
}
