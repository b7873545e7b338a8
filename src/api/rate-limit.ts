import type { ApiKeyRecord, RateBuckets } from '../store/ports.js';

export interface RateDecision {
  allowed: boolean;
  /** `x-ratelimit-limit`: the bucket's size (the burst). */
  limit: number;
  /** `x-ratelimit-remaining`: whole requests left now. */
  remaining: number;
  /** `x-ratelimit-reset`: seconds until the bucket is full again. */
  resetSeconds: number;
  /** `Retry-After` on a 429: seconds until the next token. */
  retryAfterSeconds: number;
}

/**
 * The per-key token bucket (docs/operations.md, "Per-key limits"): `rate` requests a second
 * sustained, `burst` at once, from the key's own settings or the server's defaults. The buckets
 * live in the store: one row per key in Postgres, shared by every process on the database; in
 * memory for the embedded SQLite store, whose data folder one process owns.
 */
export class RateLimiter {
  constructor(
    private readonly buckets: RateBuckets,
    private readonly defaults: { ratePerSecond: number; burst: number },
    private readonly now: () => number = Date.now,
  ) {}

  async take(key: ApiKeyRecord): Promise<RateDecision> {
    const rate = key.limits.ratePerSecond ?? this.defaults.ratePerSecond;
    const burst = key.limits.burst ?? this.defaults.burst;
    const { allowed, tokens } = await this.buckets.drawRateToken(key.id, rate, burst, this.now());
    return {
      allowed,
      limit: burst,
      remaining: Math.max(0, Math.floor(tokens)),
      resetSeconds: Math.max(1, Math.ceil((burst - tokens) / rate)),
      retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / rate)),
    };
  }
}
