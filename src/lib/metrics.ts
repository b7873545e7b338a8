import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The phases of a task the worker times (docs/operations.md, "Metrics"). */
export type TaskPhase = 'queue' | 'references' | 'generation' | 'storage' | 'total';

/**
 * What the rest of the server reports. Label values come from small fixed sets (engine names,
 * statuses, error codes, route patterns); anything else is reported as `other`, so a key, a prompt or
 * a URL can never become a label.
 */
export interface Metrics {
  /** `count` tasks (default 1) reached a final status (COMPLETED or FAILED) on this process. */
  taskFinished(engine: string, status: 'COMPLETED' | 'FAILED', count?: number): void;
  phase(phase: TaskPhase, seconds: number): void;
  /** A task failed for an engine's reason (`content_blocked`, `engine_unavailable`, …). */
  engineFailure(code: string): void;
  /** One more call to the upstream model after a retryable failure. */
  upstreamRetry(): void;
  /** One webhook attempt and how it ended (`delivered`, `retry`, `exhausted`, `gone`). */
  webhookAttempt(outcome: string): void;
  /** One HTTP request, by route pattern (never the raw URL). */
  httpRequest(route: string, method: string, status: number, seconds: number): void;
}

/** Metrics that go nowhere: for parts built without a registry (tools, some tests). */
export const noMetrics: Metrics = {
  taskFinished() {},
  phase() {},
  engineFailure() {},
  upstreamRetry() {},
  webhookAttempt() {},
  httpRequest() {},
};

export interface MetricsRegistry extends Metrics {
  readonly contentType: string;
  /** The Prometheus text exposition of every metric, gauges read now. */
  render(): Promise<string>;
}

export interface MetricsSources {
  /** Read on each scrape: tasks waiting to run and webhook events not yet settled. Must be cheap. */
  depths?: () => Promise<{ queue: number; outbox: number }>;
}

const LABEL = /^[A-Za-z0-9_]{1,40}$/;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const safe = (value: string) => (LABEL.test(value) ? value : 'other');

/** One registry per app: tests build several apps in one process, and none shares a global. */
export function createMetrics(sources: MetricsSources = {}): MetricsRegistry {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  const tasks = new Counter({
    name: 'bananastand_tasks_total',
    help: 'Tasks that reached a final status on this process.',
    labelNames: ['engine', 'status'] as const,
    registers,
  });
  const phases = new Histogram({
    name: 'bananastand_task_duration_seconds',
    help: 'Time a task spent in each phase: queue (created to claimed), references, generation, storage, total (created to finished).',
    labelNames: ['phase'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 40, 60, 120, 300, 600],
    registers,
  });
  const engineFailures = new Counter({
    name: 'bananastand_engine_failures_total',
    help: 'Tasks that failed for an engine reason, by task error code.',
    labelNames: ['code'] as const,
    registers,
  });
  const retries = new Counter({
    name: 'bananastand_upstream_retries_total',
    help: 'Calls to the upstream model repeated after a retryable failure.',
    registers,
  });
  const webhooks = new Counter({
    name: 'bananastand_webhook_attempts_total',
    help: 'Webhook delivery attempts, by outcome.',
    labelNames: ['outcome'] as const,
    registers,
  });
  const http = new Histogram({
    name: 'bananastand_http_request_duration_seconds',
    help: 'HTTP requests by route pattern, method and status code.',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });

  // Both gauges come from one query per scrape; the second reuses the first's answer. A failed read
  // (the database is down) leaves the last values and the rest of the scrape intact.
  let pending: Promise<{ queue: number; outbox: number } | undefined> | undefined;
  const readDepths = () => {
    pending ??= (sources.depths?.() ?? Promise.resolve(undefined))
      .catch(() => undefined)
      .finally(() => setImmediate(() => (pending = undefined)));
    return pending;
  };
  new Gauge({
    name: 'bananastand_queue_depth',
    help: 'Tasks created and not yet claimed by a worker (the whole deployment).',
    registers,
    async collect() {
      const depths = await readDepths();
      if (depths) this.set(depths.queue);
    },
  });
  new Gauge({
    name: 'bananastand_outbox_depth',
    help: 'Webhook events not yet delivered or given up (the whole deployment).',
    registers,
    async collect() {
      const depths = await readDepths();
      if (depths) this.set(depths.outbox);
    },
  });

  return {
    contentType: registry.contentType,
    render: () => registry.metrics(),
    taskFinished: (engine, status, count = 1) => tasks.inc({ engine: safe(engine), status }, count),
    phase: (phase, seconds) => phases.observe({ phase }, Math.max(0, seconds)),
    engineFailure: (code) => engineFailures.inc({ code: safe(code) }),
    upstreamRetry: () => retries.inc(),
    webhookAttempt: (outcome) => webhooks.inc({ outcome: safe(outcome) }),
    httpRequest: (route, method, status, seconds) =>
      http.observe(
        { route: route.startsWith('/') && route.length <= 80 ? route : 'unmatched', method: METHODS.has(method) ? method : 'other', status: String(status) },
        seconds,
      ),
  };
}
