/**
 * When a failed webhook attempt is tried again (docs/webhooks.md, "Delivery and retries"): the
 * schedule's delay for this attempt with ±20 % jitter, or a longer `Retry-After` from a 429 or 503.
 */

/** A receiver cannot push its retry further than this, whatever its Retry-After says. */
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

/**
 * The delay before the attempt after `attempt` (1-based), or undefined when the schedule is used up.
 * `random` is in [0, 1), as Math.random gives it.
 */
export function retryDelay(attempt: number, scheduleMs: readonly number[], random: () => number): number | undefined {
  const base = scheduleMs[attempt - 1];
  if (base === undefined) return undefined;
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** `Retry-After` (delay-seconds or an HTTP-date, RFC 9110 §10.2.3) in milliseconds from `now`. */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.min(Math.max(date - now, 0), MAX_RETRY_AFTER_MS);
}
