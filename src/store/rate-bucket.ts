import type { RateDraw } from './ports.js';

/**
 * The token bucket of one key, in memory (the embedded store: one process owns the data folder).
 * The same arithmetic as the `drawRateToken` statement that Postgres runs on a shared row.
 */
export class MemoryRateBuckets {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();

  draw(keyId: string, ratePerSecond: number, burst: number, now: number): RateDraw {
    const b = this.buckets.get(keyId);
    if (!b) {
      if (this.buckets.size >= 100_000) this.buckets.clear();
      this.buckets.set(keyId, { tokens: burst - 1, updatedAt: now });
      return { allowed: true, tokens: burst - 1 };
    }
    const refilled = Math.min(burst, b.tokens + (Math.max(0, now - b.updatedAt) * ratePerSecond) / 1000);
    const allowed = refilled >= 1;
    b.tokens = allowed ? refilled - 1 : refilled;
    b.updatedAt = Math.max(now, b.updatedAt);
    return { allowed, tokens: b.tokens };
  }
}
