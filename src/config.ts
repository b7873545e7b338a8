import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { bool, bytes, capOrZero, databaseUrl, duration, positiveInt, rate, schedule, url } from './config-values.js';
import { corsOriginsSchema, type CorsOrigins } from './api/cors.js';

export { parseBytes, parseDuration, parseRate } from './config-values.js';

/** Every environment variable the server reads, with its default (docs/configuration.md). */
const envSchema = z.object({
  PORT: positiveInt(65535).prefault('8080'),
  HOST: z.string().min(1).prefault('127.0.0.1'),
  BANANASTAND_DATA_DIR: z.string().min(1).prefault('./data'),
  BANANASTAND_DATABASE_URL: databaseUrl.optional(),
  BANANASTAND_PUBLIC_URL: url.optional(),
  BANANASTAND_API_KEYS: z.string().optional(),
  BANANASTAND_ENGINE: z.enum(['auto', 'local', 'gemini', 'vertex']).prefault('auto'),
  BANANASTAND_GEMINI_MODEL: z.string().min(1).prefault('gemini-3.1-flash-image'),
  GOOGLE_GEMINI_BASE_URL: url.optional(),
  GEMINI_API_KEY: z.string().optional(),
  GOOGLE_API_KEY: z.string().optional(),
  GOOGLE_GENAI_USE_VERTEXAI: bool.prefault('false'),
  GOOGLE_CLOUD_PROJECT: z.string().optional(),
  GOOGLE_CLOUD_LOCATION: z.string().prefault('global'),
  BANANASTAND_ALLOW_PRIVATE_URLS: bool.prefault('false'),
  BANANASTAND_RETENTION: duration('30d').prefault('30d'),
  BANANASTAND_WEBHOOK_RETRY_SCHEDULE: schedule.prefault('5s,5m,30m,2h,5h,10h,10h'),
  BANANASTAND_WEBHOOK_TIMEOUT: duration('15s').prefault('15s'),
  BANANASTAND_WEBHOOK_SECRET_GRACE: duration('24h').prefault('24h'),
  BANANASTAND_WEBHOOK_CONCURRENCY: positiveInt(4096).prefault('64'),
  BANANASTAND_WEBHOOK_ORIGIN_CONCURRENCY: positiveInt(1024).prefault('4'),
  BANANASTAND_REQUEST_TIMEOUT: duration('30s').prefault('30s'),
  BANANASTAND_KEEP_ALIVE_TIMEOUT: duration('72s').prefault('72s'),
  BANANASTAND_MAX_CONNECTIONS: positiveInt(1_000_000).optional(),
  BANANASTAND_BODY_LIMIT: bytes.prefault('64MiB'),
  BANANASTAND_REFERENCE_MAX_BYTES: bytes.prefault('20MiB'),
  BANANASTAND_MIN_FREE_DISK: bytes.prefault('32MiB'),
  BANANASTAND_REFERENCE_TIMEOUT: duration('30s').prefault('30s'),
  BANANASTAND_CONCURRENCY: positiveInt(1024).optional(),
  BANANASTAND_TASK_TIMEOUT: duration('10m').prefault('10m'),
  BANANASTAND_MAX_RUNS: positiveInt(100).prefault('3'),
  BANANASTAND_SHUTDOWN_GRACE: duration('30s').prefault('30s'),
  BANANASTAND_WORKER: z.enum(['on', 'paused']).prefault('on'),
  BANANASTAND_ROLE: z.enum(['all', 'api', 'worker']).prefault('all'),
  BANANASTAND_TASK_LEASE: duration('60s').prefault('60s'),
  BANANASTAND_GEMINI_TIMEOUT: duration('120s').prefault('180s'),
  BANANASTAND_GEMINI_CONCURRENCY: positiveInt(1024).prefault('16'),
  BANANASTAND_KEY_RATE: rate.prefault('10/s'),
  BANANASTAND_KEY_BURST: positiveInt(1_000_000).prefault('50'),
  BANANASTAND_KEY_MAX_IN_FLIGHT: capOrZero().prefault('500'),
  BANANASTAND_KEY_MAX_RUNNING: capOrZero(100_000).prefault('8'),
  // The older fixed-window form: N requests per window, read as a bucket of N refilled over the window.
  BANANASTAND_RATE_LIMIT: positiveInt(1_000_000).optional(),
  BANANASTAND_RATE_LIMIT_WINDOW: duration('1m').prefault('1m'),
  BANANASTAND_REFERENCE_CONCURRENCY: positiveInt(4096).prefault('16'),
  BANANASTAND_REFERENCE_CONCURRENCY_PER_KEY: positiveInt(4096).prefault('4'),
  BANANASTAND_MAX_REFERENCE_MEGAPIXELS: z
    .string()
    .transform((value, ctx) => {
      const n = Number(value);
      if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || n <= 0 || n > 10_000) {
        ctx.addIssue({ code: 'custom', message: 'must be a number of megapixels above 0, such as 40' });
        return z.NEVER;
      }
      return n;
    })
    .prefault('40'),
  BANANASTAND_SWEEP_INTERVAL: duration('10m').prefault('10m'),
  BANANASTAND_S3_BUCKET: z
    .string()
    .refine((v) => /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(v), 'must be an S3 bucket name: 3 to 63 lowercase letters, digits, dots or hyphens')
    .optional(),
  BANANASTAND_S3_PREFIX: z
    .string()
    .refine((v) => /^[A-Za-z0-9!_.*'()/-]*$/.test(v), 'must be a key prefix of letters, digits and ! _ . * \' ( ) / - such as bananastand/')
    .optional(),
  BANANASTAND_S3_ENDPOINT: url.optional(),
  BANANASTAND_S3_FORCE_PATH_STYLE: bool.prefault('false'),
  BANANASTAND_S3_PRESIGNED_REDIRECT: bool.prefault('false'),
  BANANASTAND_S3_PRESIGNED_TTL: duration('5m').prefault('5m'),
  BANANASTAND_CORS_ORIGINS: corsOriginsSchema.optional(),
  BANANASTAND_METRICS_TOKEN: z
    .string()
    .refine((v) => /^[\x21-\x7e]{16,}$/.test(v), 'must be at least 16 printable characters without spaces (for example from openssl rand -hex 24)')
    .optional(),
  AWS_REGION: z.string().optional(),
  AWS_DEFAULT_REGION: z.string().optional(),
  BANANASTAND_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).prefault('info'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Postgres for several processes; absent: the embedded SQLite file in `dataDir`. Holds a password: never log it. */
  databaseUrl?: string;
  publicUrl: string;
  bootstrapKeys: string[];
  engine: 'local' | 'gemini' | 'vertex';
  gemini: {
    model: string;
    apiKey?: string;
    baseUrl?: string;
    vertexProject?: string;
    vertexLocation: string;
    timeoutMs: number;
    concurrency: number;
  };
  allowPrivateUrls: boolean;
  retentionMs: number;
  /** /readyz answers 503 while the files folder has less free space than this. */
  minFreeDiskBytes: number;
  webhooks: {
    retryScheduleMs: number[];
    timeoutMs: number;
    secretGraceMs: number;
    /** Attempts in flight at once, in all. */
    concurrency: number;
    /** Attempts in flight at once to one destination origin (scheme, host, port). */
    originConcurrency: number;
  };
  /** The HTTP server's limits (docs/operations.md, "Connections and timeouts"). */
  http: {
    /** Headers and body must arrive within this; also the header timeout. */
    requestTimeoutMs: number;
    /** An idle keep-alive connection is closed after this. */
    keepAliveTimeoutMs: number;
    /** Connections open at once; absent: derived from the open-file limit. */
    maxConnections?: number;
  };
  bodyLimitBytes: number;
  /**
   * `concurrency` and `perKeyConcurrency`: tasks fetching and checking their references at once,
   * outside the engine slots; `maxPixels`: the largest reference, read from its header.
   */
  references: { maxBytes: number; timeoutMs: number; concurrency: number; perKeyConcurrency: number; maxPixels: number };
  /**
   * What this process does (docs/deploy.md): `all` everything; `api` HTTP only (no tasks, no
   * webhook delivery); `worker` tasks and webhook delivery, with only /healthz, /readyz, /metrics.
   */
  role: 'all' | 'api' | 'worker';
  /** `leaseMs`: a claimed task's lease, renewed every third of it; a dead worker's tasks return after it. */
  worker: { concurrency: number; taskTimeoutMs: number; maxRuns: number; paused: boolean; leaseMs: number };
  shutdownGraceMs: number;
  /** Every key's limits unless the key has its own (docs/operations.md, "Per-key limits"); 0 caps: none. */
  keyDefaults: { ratePerSecond: number; burst: number; maxInFlight: number; maxRunning: number };
  sweepIntervalMs: number;
  /**
   * Images in an S3-compatible bucket (BANANASTAND_S3_BUCKET); absent: files under `dataDir`.
   * Credentials come from the AWS SDK's own chain (AWS_ACCESS_KEY_ID…, profiles, instance roles).
   */
  s3?: {
    bucket: string;
    prefix: string;
    endpoint?: string;
    forcePathStyle: boolean;
    /** AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1. */
    region: string;
    /** Answer /v1/files/… with a redirect to a presigned GET instead of streaming the bytes. */
    presignedRedirect: boolean;
    presignedTtlSeconds: number;
  };
  /** When set, GET /metrics needs `Authorization: Bearer <token>`. A secret: never log it. */
  metricsToken?: string;
  /** Origins whose pages may call the API and draw its files (`*`: any); empty: no CORS headers. */
  corsOrigins: CorsOrigins;
  logLevel: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from an environment once; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  // Empty strings mean "not set", as in most shells' `VAR= cmd`.
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(clean);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0]);
        const accepted = i.code === 'invalid_value' ? ` (accepted: ${i.values.join(', ')})` : '';
        return `${name}=${JSON.stringify(clean[name])}: ${i.code === 'invalid_value' ? 'not an accepted value' : i.message}${accepted}`;
      }),
    );
  }
  const e = parsed.data;
  const apiKey = e.GOOGLE_API_KEY ?? e.GEMINI_API_KEY;
  let engine: Config['engine'];
  if (e.BANANASTAND_ENGINE === 'auto') {
    engine = e.GOOGLE_GENAI_USE_VERTEXAI ? 'vertex' : apiKey ? 'gemini' : 'local';
  } else {
    engine = e.BANANASTAND_ENGINE;
  }
  const problems: string[] = [];
  if (engine === 'gemini' && !apiKey) {
    problems.push('BANANASTAND_ENGINE=gemini needs GEMINI_API_KEY or GOOGLE_API_KEY');
  }
  if (engine === 'vertex' && !e.GOOGLE_CLOUD_PROJECT) {
    problems.push('BANANASTAND_ENGINE=vertex needs GOOGLE_CLOUD_PROJECT (and Google application default credentials)');
  }
  if (!e.BANANASTAND_S3_BUCKET) {
    for (const name of ['BANANASTAND_S3_PREFIX', 'BANANASTAND_S3_ENDPOINT', 'BANANASTAND_S3_FORCE_PATH_STYLE', 'BANANASTAND_S3_PRESIGNED_REDIRECT', 'BANANASTAND_S3_PRESIGNED_TTL']) {
      if (clean[name] !== undefined) problems.push(`${name} is set but BANANASTAND_S3_BUCKET is not: set the bucket, or unset ${name}`);
    }
  }
  const ttlSeconds = Math.round(e.BANANASTAND_S3_PRESIGNED_TTL / 1000);
  // SigV4 presigned URLs live from 1 s to 7 days.
  if (ttlSeconds < 1 || ttlSeconds > 604_800) {
    problems.push(`BANANASTAND_S3_PRESIGNED_TTL=${JSON.stringify(clean.BANANASTAND_S3_PRESIGNED_TTL)}: must be from 1s to 7d`);
  }
  if (e.BANANASTAND_ROLE !== 'all' && !e.BANANASTAND_DATABASE_URL) {
    problems.push(
      `BANANASTAND_ROLE=${e.BANANASTAND_ROLE} needs BANANASTAND_DATABASE_URL: api and worker processes share their tasks only through Postgres (docs/deploy.md); without it use BANANASTAND_ROLE=all`,
    );
  }
  if (e.BANANASTAND_ROLE === 'worker' && e.BANANASTAND_WORKER === 'paused') {
    problems.push('BANANASTAND_ROLE=worker with BANANASTAND_WORKER=paused would run nothing: unset one of them');
  }
  if (e.BANANASTAND_TASK_LEASE < 2000 || e.BANANASTAND_TASK_LEASE > 3_600_000) {
    problems.push(`BANANASTAND_TASK_LEASE=${JSON.stringify(clean.BANANASTAND_TASK_LEASE)}: must be from 2s to 1h`);
  }
  if (problems.length) throw new ConfigError(problems);

  const config: Config = {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.BANANASTAND_DATA_DIR),
    databaseUrl: e.BANANASTAND_DATABASE_URL,
    publicUrl: e.BANANASTAND_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    bootstrapKeys: (e.BANANASTAND_API_KEYS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    engine,
    gemini: {
      model: e.BANANASTAND_GEMINI_MODEL,
      apiKey,
      baseUrl: e.GOOGLE_GEMINI_BASE_URL,
      vertexProject: e.GOOGLE_CLOUD_PROJECT,
      vertexLocation: e.GOOGLE_CLOUD_LOCATION,
      timeoutMs: e.BANANASTAND_GEMINI_TIMEOUT,
      concurrency: e.BANANASTAND_GEMINI_CONCURRENCY,
    },
    allowPrivateUrls: e.BANANASTAND_ALLOW_PRIVATE_URLS,
    retentionMs: e.BANANASTAND_RETENTION,
    minFreeDiskBytes: e.BANANASTAND_MIN_FREE_DISK,
    webhooks: {
      retryScheduleMs: e.BANANASTAND_WEBHOOK_RETRY_SCHEDULE,
      timeoutMs: e.BANANASTAND_WEBHOOK_TIMEOUT,
      secretGraceMs: e.BANANASTAND_WEBHOOK_SECRET_GRACE,
      concurrency: e.BANANASTAND_WEBHOOK_CONCURRENCY,
      originConcurrency: e.BANANASTAND_WEBHOOK_ORIGIN_CONCURRENCY,
    },
    http: {
      requestTimeoutMs: e.BANANASTAND_REQUEST_TIMEOUT,
      keepAliveTimeoutMs: e.BANANASTAND_KEEP_ALIVE_TIMEOUT,
      maxConnections: e.BANANASTAND_MAX_CONNECTIONS,
    },
    bodyLimitBytes: e.BANANASTAND_BODY_LIMIT,
    references: {
      maxBytes: e.BANANASTAND_REFERENCE_MAX_BYTES,
      timeoutMs: e.BANANASTAND_REFERENCE_TIMEOUT,
      concurrency: e.BANANASTAND_REFERENCE_CONCURRENCY,
      perKeyConcurrency: e.BANANASTAND_REFERENCE_CONCURRENCY_PER_KEY,
      maxPixels: Math.round(e.BANANASTAND_MAX_REFERENCE_MEGAPIXELS * 1_000_000),
    },
    worker: {
      concurrency: e.BANANASTAND_CONCURRENCY ?? (engine === 'local' ? os.availableParallelism() : 16),
      taskTimeoutMs: e.BANANASTAND_TASK_TIMEOUT,
      maxRuns: e.BANANASTAND_MAX_RUNS,
      paused: e.BANANASTAND_WORKER === 'paused',
      leaseMs: e.BANANASTAND_TASK_LEASE,
    },
    role: e.BANANASTAND_ROLE,
    shutdownGraceMs: e.BANANASTAND_SHUTDOWN_GRACE,
    keyDefaults: {
      ratePerSecond: e.BANANASTAND_RATE_LIMIT
        ? e.BANANASTAND_RATE_LIMIT / (Math.max(1, e.BANANASTAND_RATE_LIMIT_WINDOW) / 1000)
        : e.BANANASTAND_KEY_RATE,
      burst: e.BANANASTAND_RATE_LIMIT ?? e.BANANASTAND_KEY_BURST,
      maxInFlight: e.BANANASTAND_KEY_MAX_IN_FLIGHT,
      maxRunning: e.BANANASTAND_KEY_MAX_RUNNING,
    },
    sweepIntervalMs: e.BANANASTAND_SWEEP_INTERVAL,
    s3: e.BANANASTAND_S3_BUCKET
      ? {
          bucket: e.BANANASTAND_S3_BUCKET,
          prefix: e.BANANASTAND_S3_PREFIX ?? '',
          endpoint: e.BANANASTAND_S3_ENDPOINT,
          forcePathStyle: e.BANANASTAND_S3_FORCE_PATH_STYLE,
          region: e.AWS_REGION ?? e.AWS_DEFAULT_REGION ?? 'us-east-1',
          presignedRedirect: e.BANANASTAND_S3_PRESIGNED_REDIRECT,
          presignedTtlSeconds: ttlSeconds,
        }
      : undefined,
    metricsToken: e.BANANASTAND_METRICS_TOKEN,
    corsOrigins: e.BANANASTAND_CORS_ORIGINS ?? [],
    logLevel: e.BANANASTAND_LOG_LEVEL,
  };
  return deepFreeze(config);
}

function deepFreeze<T extends object>(o: T): Readonly<T> {
  for (const v of Object.values(o)) if (v && typeof v === 'object') deepFreeze(v);
  return Object.freeze(o);
}
