import { performance } from 'node:perf_hooks';
import type { Metrics } from '../lib/metrics.js';
import type { GuardedFetcher } from '../net/guard.js';
import type { AttemptOutcome, WebhookEvent, WebhookOutbox } from '../store/ports.js';
import { DeliverySlots, originOf } from './delivery-slots.js';
import { parseRetryAfter, retryDelay } from './retry.js';
import { signWebhook } from './sign.js';

/**
 * Sends the outbox's webhook events (docs/webhooks.md, "Delivery and retries"): at least once, signed,
 * one attempt per claim, with delivery slots per destination origin so that a slow or dead receiver
 * holds up only its own events (docs/webhooks.md, "Isolation").
 */

/** The part of a pino logger the deliverer uses. */
export interface DelivererLogger {
  debug(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface WebhookDelivererOptions {
  outbox: WebhookOutbox;
  /** The network guard, with BANANASTAND_ALLOW_PRIVATE_URLS applied. */
  fetcher: GuardedFetcher;
  /** The secrets in force for the key that owns the event: the current one, plus the previous during its grace. */
  secretsFor(keyId: string): Promise<string[]>;
  /** BANANASTAND_WEBHOOK_RETRY_SCHEDULE: delays after the 1st, 2nd, … failed attempt; then `exhausted`. */
  retryScheduleMs: readonly number[];
  /** BANANASTAND_WEBHOOK_TIMEOUT: per attempt. */
  timeoutMs: number;
  logger: DelivererLogger;
  /** Counts each attempt by outcome (bananastand_webhook_attempts_total). */
  metrics?: Pick<Metrics, 'webhookAttempt'>;
  now?: () => number;
  /** In [0, 1), for the ±20 % jitter. */
  random?: () => number;
  /** BANANASTAND_WEBHOOK_CONCURRENCY: attempts in flight at once, in all (default 64). */
  concurrency?: number;
  /** BANANASTAND_WEBHOOK_ORIGIN_CONCURRENCY: attempts in flight at once to one origin (default 4). */
  originConcurrency?: number;
  /** Attempts in flight at once for one API key's events (default a quarter of `concurrency`, at least `originConcurrency`). */
  keyConcurrency?: number;
  /** Longest sleep between looks at the outbox when nothing calls `wake()` (default 1 s): picks up other processes' changes. */
  pollMs?: number;
}

export interface WebhookDeliverer {
  start(): void;
  /** Look at the outbox now: the store calls this after committing a change that wrote events. */
  wake(): void;
  /** Stops claiming, and resolves once the attempts in flight have been recorded. */
  stop(): Promise<void>;
}

export const WEBHOOK_USER_AGENT = 'bananastand-webhooks/1';
/** A claimed event stays ours this long past the attempt's timeout, then another deliverer may take it. */
const LEASE_MARGIN_MS = 10_000;
/** Floor on a sleep, so a store that reports a due event it will not hand out cannot spin the loop. */
const MIN_SLEEP_MS = 10;
/** A claimed event waits at most this long for its origin's slot: its lease must outlast the attempt. */
const MAX_PARK_MS = LEASE_MARGIN_MS / 2;
/** Claimed events held while their origin is busy, per global slot; past it more are left to their lease. */
const PARKED_PER_SLOT = 16;

export function createWebhookDeliverer(options: WebhookDelivererOptions): WebhookDeliverer {
  const { outbox, fetcher, logger } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const concurrency = options.concurrency ?? 64;
  const originConcurrency = options.originConcurrency ?? 4;
  const keyConcurrency = options.keyConcurrency ?? Math.max(originConcurrency, Math.floor(concurrency / 4));
  const slots = new DeliverySlots<WebhookEvent>(concurrency, originConcurrency, keyConcurrency, concurrency * PARKED_PER_SLOT);
  const pollMs = options.pollMs ?? 1000;
  const leaseMs = options.timeoutMs + LEASE_MARGIN_MS;

  let running = false;
  let loop: Promise<void> | undefined;
  let woken = false;
  let interruptSleep: (() => void) | undefined;
  const inFlight = new Set<Promise<void>>();

  function wake(): void {
    woken = true;
    interruptSleep?.();
  }

  function sleep(ms: number): Promise<void> {
    if (woken) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        interruptSleep = undefined;
        resolve();
      }
      interruptSleep = done;
    });
  }

  async function run(): Promise<void> {
    while (running) {
      // A wake() from here on (even during the awaits below) makes the next sleep return at once.
      woken = false;
      let delay = pollMs;
      try {
        for (const event of slots.takeReady(now(), MAX_PARK_MS)) start(event);
        const free = slots.free;
        if (free > 0) {
          const claimedAt = now();
          const events = await outbox.claimDueEvents(claimedAt, free, leaseMs);
          // An event of a busy origin waits outside the global slots, so the next claim reaches others.
          for (const event of events) if (slots.admit(event, claimedAt) === 'start') start(event);
          if (events.length === free) continue;
          const next = await outbox.nextDueAt();
          if (next !== null) delay = Math.min(pollMs, Math.max(next - now(), MIN_SLEEP_MS));
        }
      } catch (err) {
        logger.error({ err }, 'webhook outbox unavailable; trying again shortly');
      }
      if (running) await sleep(delay);
    }
  }

  /** Runs one attempt in the slot `slots` gave it. */
  function start(event: WebhookEvent): void {
    const delivery = deliver(event);
    inFlight.add(delivery);
    // A freed slot may let a waiting event go.
    void delivery.finally(() => {
      inFlight.delete(delivery);
      slots.release(event);
      wake();
    });
  }

  /** One attempt at one event, recorded whatever happens; never rejects. */
  async function deliver(event: WebhookEvent): Promise<void> {
    const attempt = event.attempts + 1;
    const attemptedAt = now();
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    let retryAfterMs: number | undefined;
    try {
      const secrets = await options.secretsFor(event.keyId);
      if (secrets.length === 0) {
        error = 'no signing secret for this API key';
      } else {
        const timestamp = Math.floor(now() / 1000);
        const res = await fetcher.request(event.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': WEBHOOK_USER_AGENT,
            'webhook-id': event.id,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': signWebhook({ id: event.id, timestamp, body: event.payload, secrets }),
          },
          body: event.payload,
          timeoutMs: options.timeoutMs,
          // A 3xx is a failed attempt, never followed (docs/webhooks.md, "Delivery and retries").
          maxRedirects: 0,
        });
        if (res.ok) {
          statusCode = res.status;
          if (res.status === 429 || res.status === 503) retryAfterMs = parseRetryAfter(res.headers['retry-after'], now());
        } else {
          statusCode = res.status ?? null;
          error = res.message;
        }
      }
    } catch (err) {
      error = 'internal error while sending';
      logger.error({ err, eventId: event.id }, 'webhook attempt failed unexpectedly');
    }
    const durationMs = Math.round(performance.now() - started);
    const outcome = decide(attempt, statusCode, error, retryAfterMs);
    options.metrics?.webhookAttempt(outcome.kind);
    // The origin only: receivers often carry a token in the path or query string.
    const log = { eventId: event.id, taskId: event.taskId, origin: originOf(event.url), attempt, statusCode, error, durationMs, outcome: outcome.kind };
    if (outcome.kind === 'delivered') logger.debug(log, 'webhook delivered');
    else logger.warn(log, outcome.kind === 'retry' ? 'webhook attempt failed; will retry' : `webhook ${outcome.kind}`);
    try {
      await outbox.recordAttempt({ eventId: event.id, attempt, attemptedAt, statusCode, error, durationMs }, outcome);
    } catch (err) {
      // The lease runs out and the event is tried again: at least once, as promised.
      logger.error({ err, eventId: event.id }, 'could not record a webhook attempt');
    }
  }

  function decide(attempt: number, statusCode: number | null, error: string | null, retryAfterMs: number | undefined): AttemptOutcome {
    if (error === null && statusCode !== null && statusCode >= 200 && statusCode <= 299) return { kind: 'delivered' };
    if (error === null && statusCode === 410) return { kind: 'gone' };
    const scheduled = retryDelay(attempt, options.retryScheduleMs, random);
    if (scheduled === undefined) return { kind: 'exhausted' };
    return { kind: 'retry', at: now() + Math.max(scheduled, retryAfterMs ?? 0) };
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    wake,
    async stop() {
      running = false;
      wake();
      await loop;
      slots.clearParked();
      await Promise.all(inFlight);
    },
  };
}
