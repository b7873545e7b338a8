import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { HttpError } from './api/errors.js';
import { installErrorHandling, requestId, requireKey, sendError } from './api/http.js';
import { httpServerOptions, installHttpGuards } from './api/http-server.js';
import { RateLimiter } from './api/rate-limit.js';
import { collectRouteSpecs } from './api/route.js';
import { registerHealthRoutes } from './api/health-routes.js';
import { registerAuthenticatedNotFound } from './api/unknown-routes.js';
import { unsupportedParams } from './engines/capabilities.js';
import type { Engine } from './engines/engine.js';
import { installRequestMetrics, registerMetricsRoute } from './api/metrics.js';
import { createMetrics, type MetricsRegistry } from './lib/metrics.js';
import type { BlobStore } from './storage/blob-store.js';
import { installCors } from './api/cors.js';
import { registerFileRoutes } from './api/file-routes.js';
import { registerTaskRoutes } from './tasks/routes.js';
import type { Store } from './store/ports.js';
import { registerWebhookRoutes } from './api/webhook-routes.js';

export interface AppDeps {
  config: Config;
  store: Store;
  blobs: BlobStore;
  engine: Engine;
  logger: Logger;
  now?: () => number;
  /** Aborts a task this process is running (cancel). */
  abortRunning?: (taskId: string) => void;
  /** False while starting or shutting down: /readyz answers 503. */
  isAccepting?: () => boolean;
  /** Extra route plugins (OpenAPI, playground) registered after the API. */
  plugins?: ((app: FastifyInstance) => Promise<void>)[];
  /** This process's metrics (the worker and deliverer report into it too); absent: the app's own. */
  metrics?: MetricsRegistry;
}

/** Wires the capabilities into one fastify app: the routes come from their own modules (docs/architecture.md). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, store, blobs, logger } = deps;
  const now = deps.now ?? Date.now;
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: config.bodyLimitBytes,
    genReqId: (req) => requestId(req),
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'request_id' }),
    trustProxy: true,
    // Requests that arrive while closing get our 503 (installHttpGuards), not fastify's own body.
    return503OnClosing: false,
    // Timeouts, the connection cap and the HTTP parser's errors in our shape.
    ...httpServerOptions(config.http),
    // A path that cannot be percent-decoded matches no route: our 404 and request id, not fastify's body.
    frameworkErrors: (_error, request, reply) => {
      reply.header('x-request-id', request.id);
      sendError(reply, new HttpError('not_found'));
    },
  });
  installErrorHandling(app);
  collectRouteSpecs(app);
  const metrics = deps.metrics ?? createMetrics({ depths: () => store.depths() });
  installRequestMetrics(app, metrics);
  await registerMetricsRoute(app, { metrics, token: config.metricsToken });
  installHttpGuards(app, config.http, logger);
  installCors(app, config.corsOrigins);

  await registerHealthRoutes(app, { store, blobs, engine: deps.engine, isAccepting: deps.isAccepting });
  // A worker process (BANANASTAND_ROLE=worker) serves only /healthz, /readyz and /metrics; every
  // other path is the usual 404 (docs/deploy.md).
  if (config.role === 'worker') return app;

  await registerFileRoutes(app, {
    files: store,
    blobs,
    now,
    presignedRedirect: config.s3?.presignedRedirect ? { expiresInSeconds: config.s3.presignedTtlSeconds } : undefined,
  });

  const limiter = new RateLimiter(store, config.keyDefaults, now);
  const checkKey = requireKey(store, limiter);
  await registerAuthenticatedNotFound(app, checkKey);
  await app.register(async (api) => {
    api.addHook('onRequest', checkKey);
    await registerTaskRoutes(api, {
      store,
      publicUrl: config.publicUrl,
      now,
      maxReferenceBytes: config.references.maxBytes,
      maxReferencePixels: config.references.maxPixels,
      defaultMaxInFlight: config.keyDefaults.maxInFlight,
      abortRunning: deps.abortRunning ?? (() => {}),
      checkParams: (params) => unsupportedParams(deps.engine, params),
    });
    await registerWebhookRoutes(api, { store, now, secretGraceMs: config.webhooks.secretGraceMs });
  });

  for (const plugin of deps.plugins ?? []) await app.register(plugin);
  return app;
}
