import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import { createRuntime, type Runtime } from './runtime.js';
import { playgroundPlugins } from './web/plugins.js';

const ROLE_LINES: Record<Config['role'], string> = {
  all: 'all (HTTP API, tasks and webhook delivery)',
  api: 'api (HTTP API only; worker processes run the tasks and deliver webhooks)',
  worker: 'worker (tasks and webhook delivery; HTTP only /healthz, /readyz, /metrics)',
};

/** Config → runtime → listen → graceful shutdown on SIGTERM/SIGINT. */
export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<Runtime> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`bananastand: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger: Logger = createLogger(config.logLevel);
  let runtime: Runtime;
  try {
    runtime = await createRuntime(config, { logger, plugins: playgroundPlugins() });
  } catch (err) {
    process.stderr.write(`bananastand: could not start: ${(err as Error).message}\n`);
    process.exit(1);
  }
  if (config.allowPrivateUrls) {
    logger.warn(
      'BANANASTAND_ALLOW_PRIVATE_URLS=true: webhooks and reference fetches may reach loopback and private addresses. Use this only for development and tests.',
    );
  }
  if (config.role !== 'all' && !config.s3) {
    logger.warn(
      `BANANASTAND_ROLE=${config.role} without BANANASTAND_S3_BUCKET: images are kept in ${config.dataDir}/files, which every api and worker process must share (one machine, or one shared volume); set BANANASTAND_S3_BUCKET for several machines (docs/deploy.md).`,
    );
  }
  const check = config.role === 'api' ? undefined : await runtime.engine.check?.();
  if (check && !check.ok) logger.error({ engine: runtime.engine.name }, `engine check failed: ${check.message}`);

  try {
    await runtime.app.listen({ port: config.port, host: config.host });
  } catch (err) {
    // The first key is already stored (hashed): unshown now, it could never be shown again.
    if (runtime.generatedKey) {
      process.stderr.write(`bananastand: a first API key was made for ${config.dataDir} before the server failed to start. It is shown only this once; keep it:\n  ${runtime.generatedKey}\n`);
    }
    const inUse = (err as NodeJS.ErrnoException).code === 'EADDRINUSE';
    process.stderr.write(`bananastand: could not listen on ${config.host}:${config.port}: ${inUse ? 'the port is in use; set PORT (or --port) to another' : (err as Error).message}\n`);
    process.exit(1);
  }
  await runtime.start();

  const lines = [
    `bananastand listening on http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`,
    `  role       : ${ROLE_LINES[config.role]}`,
    `  public URL : ${config.publicUrl}`,
    `  engine     : ${runtime.engine.name} (model ${runtime.engine.model})`,
    `  data folder: ${config.dataDir}`,
  ];
  if (config.role !== 'worker') lines.push(`  playground : ${config.publicUrl}/`);
  if (runtime.generatedKey) {
    lines.push(
      '',
      '  A first API key was made for you. It is shown only this once; keep it:',
      `    ${runtime.generatedKey}`,
      '  Use it as the x-magnific-api-key header. Manage keys with `bananastand keys`.',
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new requests; running tasks get the grace period');
    const force = setTimeout(() => process.exit(1), config.shutdownGraceMs + 10_000);
    force.unref();
    try {
      await runtime.stop();
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  return runtime;
}
