import type { Config } from '../config.js';
import type { Engine } from './engine.js';
import { createGeminiEngine } from './gemini/index.js';
import { createLocalEngine } from './local/index.js';

/** The engine the configuration names (BANANASTAND_ENGINE, resolved from `auto` by loadConfig). */
export function createEngine(config: Config, logger?: { warn(obj: object, msg?: string): void; info(obj: object, msg?: string): void }): Engine {
  if (config.engine === 'local') return createLocalEngine();
  const g = config.gemini;
  return createGeminiEngine({
    vertex: config.engine === 'vertex',
    apiKey: g.apiKey,
    baseUrl: g.baseUrl,
    project: g.vertexProject,
    location: g.vertexLocation,
    model: g.model,
    timeoutMs: g.timeoutMs,
    concurrency: g.concurrency,
    logger,
  });
}
