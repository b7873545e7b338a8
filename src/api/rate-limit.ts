/**
 * A fixed-window request limit per API key, in memory: each process counts for
 * itself, so N processes allow up to N times the limit (docs/scale-out.md). Gives the three headers
 * Magnific clients read (docs/errors.md).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(keyId: string): { allowed: boolean; limit: number; remaining: number; resetSeconds: number } {
    const now = this.now();
    let w = this.windows.get(keyId);
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(keyId, w);
      if (this.windows.size > 10_000) this.prune(now);
    }
    const allowed = w.count < this.max;
    if (allowed) w.count++;
    return {
      allowed,
      limit: this.max,
      remaining: Math.max(0, this.max - w.count),
      resetSeconds: Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)),
    };
  }

  private prune(now: number) {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}
