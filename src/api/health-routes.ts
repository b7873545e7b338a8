import type { FastifyInstance } from 'fastify';
import { healthSchema, readySchema } from '../contract/health.js';
import type { Engine } from '../engines/engine.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { Store } from '../store/ports.js';
import { HttpError } from './errors.js';
import { route } from './route.js';

/** `/healthz` (the process answers) and `/readyz` (database and file store work; docs/operations.md). */
export async function registerHealthRoutes(
  app: FastifyInstance,
  deps: { store: Pick<Store, 'ping'>; blobs: Pick<BlobStore, 'check'>; engine: Pick<Engine, 'name' | 'model'>; isAccepting?: () => boolean },
): Promise<void> {
  const common = { method: 'GET', tag: 'Service', authenticated: false, extension: true, errors: [] } as const;

  route(
    app,
    { ...common, url: '/healthz', operationId: 'health', summary: 'Liveness: the process answers', responses: { 200: { description: 'Alive.', schema: healthSchema } } },
    async () => ({ status: 'ok' as const }),
  );

  route(
    app,
    {
      ...common,
      url: '/readyz',
      operationId: 'ready',
      summary: 'Readiness: the database and file store work and the server accepts requests',
      responses: { 200: { description: 'Ready, with the engine and model in use.', schema: readySchema } },
    },
    async (_input, request) => {
      const problems: string[] = [];
      if (deps.isAccepting && !deps.isAccepting()) problems.push('the server is starting or shutting down');
      try {
        await deps.store.ping();
      } catch (err) {
        problems.push(`database: ${(err as Error).message}`);
      }
      const blob = await deps.blobs.check();
      if (!blob.ok) problems.push(blob.message);
      if (problems.length) {
        request.log.warn({ problems }, 'not ready');
        throw new HttpError('unavailable', undefined, { retryAfterSeconds: 5 });
      }
      return { status: 'ready' as const, engine: deps.engine.name, model: deps.engine.model };
    },
  );
}
