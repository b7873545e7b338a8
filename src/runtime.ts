import path from 'node:path';
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { createEngine } from './engines/create-engine.js';
import type { Engine } from './engines/engine.js';
import { bootstrapKeys, signingSecrets } from './keys/keys.js';
import { createGuardedFetcher } from './net/guard.js';
import { createReferenceResolver } from './references/resolve.js';
import { lockDataDir } from './storage/data-dir-lock.js';
import type { BlobStore } from './storage/blob-store.js';
import { createBlobStore } from './storage/create-blob-store.js';
import { createMetrics, type MetricsRegistry } from './lib/metrics.js';
import { sweepExpiredFiles } from './storage/sweeper.js';
import { presentTask } from './tasks/present.js';
import { createStore } from './store/create-store.js';
import type { Store } from './store/ports.js';
import { Worker } from './tasks/worker-loop.js';
import { createWebhookDeliverer } from './webhooks/deliverer.js';

export interface Runtime {
  app: FastifyInstance;
  store: Store;
  engine: Engine;
  /** Where the images live: files under the data folder, or the S3 bucket (docs/storage.md). */
  blobs: BlobStore;
  /** This process's Prometheus metrics, served at /metrics (docs/operations.md, "Metrics"). */
  metrics: MetricsRegistry;
  worker: Worker;
  /** The key made on a first start with no keys (printed once). */
  generatedKey?: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Builds the embedded product from a configuration: SQLite store, files on disk, the engine, the
 * in-process worker and webhook deliverer, and the HTTP app. Nothing listens until `start`.
 */
export async function createRuntime(
  config: Config,
  opts: { logger: Logger; engine?: Engine; plugins?: ((app: FastifyInstance) => Promise<void>)[] },
): Promise<Runtime> {
  const { logger } = opts;
  // One process per data folder in embedded mode; with Postgres, processes share the files folder
  // and recover each other's tasks by lease expiry.
  const unlock = config.databaseUrl ? () => {} : lockDataDir(config.dataDir);
  fs.mkdirSync(path.join(config.dataDir, 'files'), { recursive: true });
  const store = await createStore(config, (task) => JSON.stringify(presentTask(task, config.publicUrl)), {
    onConnectionError: (err) => logger.warn({ err: { message: err.message } }, 'database connection error; retrying'),
  });
  const { generated } = await bootstrapKeys(store, config.bootstrapKeys);
  const blobs = createBlobStore(config);
  const metrics = createMetrics({ depths: () => store.depths() });
  const engine = opts.engine ?? createEngine(config, logger, { onUpstreamRetry: () => metrics.upstreamRetry() });
  const fetcher = createGuardedFetcher({ allowPrivate: config.allowPrivateUrls });

  const worker = new Worker({
    store,
    engine,
    blobs,
    metrics,
    logger,
    resolveReferences: createReferenceResolver({
      fetcher,
      maxBytes: config.references.maxBytes,
      timeoutMs: config.references.timeoutMs,
      maxPixels: config.references.maxPixels,
    }),
    options: {
      concurrency: config.worker.concurrency,
      referenceConcurrency: config.references.concurrency,
      referenceConcurrencyPerKey: config.references.perKeyConcurrency,
      maxRunningPerKey: config.keyDefaults.maxRunning,
      taskTimeoutMs: config.worker.taskTimeoutMs,
      maxRuns: config.worker.maxRuns,
      retentionMs: config.retentionMs,
      leaseMs: config.worker.leaseMs,
      recoverOnStart: !config.databaseUrl,
    },
  });

  const deliverer = createWebhookDeliverer({
    outbox: store,
    fetcher,
    secretsFor: async (keyId: string) => {
      const key = await store.getKey(keyId);
      return key ? signingSecrets(key) : [];
    },
    retryScheduleMs: config.webhooks.retryScheduleMs,
    timeoutMs: config.webhooks.timeoutMs,
    concurrency: config.webhooks.concurrency,
    originConcurrency: config.webhooks.originConcurrency,
    metrics,
    logger,
  });
  store.onEvents(() => deliverer.wake());

  let accepting = false;
  const app = await buildApp({
    config,
    store,
    blobs,
    engine,
    logger,
    abortRunning: (id) => worker.abort(id),
    isAccepting: () => accepting,
    plugins: opts.plugins,
    metrics,
  });

  let sweepTimer: NodeJS.Timeout | undefined;
  const sweep = () =>
    sweepExpiredFiles({ files: store, blobs, now: Date.now(), logger }).catch((err) =>
      logger.error({ err }, 'file sweep failed'),
    );

  return {
    app,
    store,
    engine,
    blobs,
    metrics,
    worker,
    generatedKey: generated,
    async start() {
      // An api process (BANANASTAND_ROLE=api) runs no tasks, delivers no webhooks and sweeps no
      // files: the worker processes do (docs/deploy.md).
      if (config.role !== 'api') {
        if (!config.worker.paused) await worker.start();
        deliverer.start();
        await sweep();
        sweepTimer = setInterval(sweep, config.sweepIntervalMs);
        sweepTimer.unref();
      }
      accepting = true;
    },
    async stop() {
      accepting = false;
      clearInterval(sweepTimer);
      await app.close();
      await worker.stop(config.shutdownGraceMs);
      await deliverer.stop();
      await fetcher.close();
      await engine.close?.();
      await store.close();
      blobs.close?.();
      unlock();
    },
  };
}
