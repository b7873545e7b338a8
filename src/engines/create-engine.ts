import type { Config } from '../config.js';
import type { Engine } from './engine.js';
import { createThreadedGeminiEngine } from './gemini-threads/index.js';
import { createLocalEngine } from './local/index.js';

/**
 * The engine the configuration names (BANANASTAND_ENGINE, resolved from `auto` by loadConfig). The
 * gemini and vertex engines run on worker threads, so Google's large answers never hold the event
 * loop (docs/benchmarks.md, "Burst").
 */
export function createEngine(
  config: Config,
  logger?: { warn(obj: object, msg?: string): void; info(obj: object, msg?: string): void },
  hooks: { onUpstreamRetry?: () => void } = {},
): Engine {
  if (config.engine === 'local') return createLocalEngine();
  const g = config.gemini;
  return createThreadedGeminiEngine({
    vertex: config.engine === 'vertex',
    apiKey: g.apiKey,
    baseUrl: g.baseUrl,
    project: g.vertexProject,
    location: g.vertexLocation,
    model: g.model,
    timeoutMs: g.timeoutMs,
    concurrency: g.concurrency,
    logger,
    onRetry: hooks.onUpstreamRetry,
  });
}
