import type { AsyncLocalStorage } from 'node:async_hooks';
import type { Transport } from '../gemini/http-transport.js';

/**
 * Bounds the bytes of Google answers a thread holds at once. A 4K answer is ~7 MB of base64 in
 * JSON and costs several times that while it is read, parsed and decoded; a burst of hundreds
 * arriving together would otherwise all be in the heap at the same moment. Past the budget an
 * answer's body is not read: it waits in its socket (the kernel's buffers and TCP flow control).
 */
export class ByteBudget {
  private used = 0;
  private readonly waiting: { bytes: number; grant: () => void }[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`byte budget must be a whole number ≥ 1, got ${limit}`);
  }

  get inUse(): number {
    return this.used;
  }

  /**
   * Waits, in arrival order, until `bytes` fit (one answer larger than the whole budget is let
   * through alone). Rejects with the signal's reason if it aborts first. Returns the release.
   */
  async acquire(bytes: number, signal?: AbortSignal | null): Promise<() => void> {
    signal?.throwIfAborted();
    const want = Math.min(bytes, this.limit);
    if (!this.waiting.length && this.used + want <= this.limit) return this.take(want);
    await new Promise<void>((resolve, reject) => {
      const entry = {
        bytes: want,
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        const i = this.waiting.indexOf(entry);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(signal!.reason);
        this.pump();
      };
      this.waiting.push(entry);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    return this.release(want);
  }

  private take(bytes: number): () => void {
    this.used += bytes;
    return this.release(bytes);
  }

  private release(bytes: number): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.used -= bytes;
      this.pump();
    };
  }

  /** Grants waiters in order while the first one fits; `used` was counted for them here. */
  private pump(): void {
    while (this.waiting.length && this.used + this.waiting[0]!.bytes <= this.limit) {
      const next = this.waiting.shift()!;
      this.used += next.bytes;
      next.grant();
    }
  }
}

/** The budget one generate call holds: released when the call ends, or when it sends its next attempt. */
export class BudgetHold {
  private releases: (() => void)[] = [];

  add(release: () => void): void {
    this.releases.push(release);
  }

  release(): void {
    for (const r of this.releases.splice(0)) r();
  }
}

/** Answers without a length (chunked) count as this much: a 4K picture's answer. */
const UNKNOWN_LENGTH = 8 * 2 ** 20;

/**
 * A transport that, inside a generate call (`scope` holds its BudgetHold), waits for budget before
 * it hands a successful answer on to be read. Error answers are small and go straight through.
 * Outside a call it is `inner` as it is.
 */
export function budgetedTransport(inner: Transport, budget: ByteBudget, scope: AsyncLocalStorage<BudgetHold>): Transport {
  return async (input, init) => {
    const hold = scope.getStore();
    // A new attempt of the same call: the previous answer has been read and dropped.
    hold?.release();
    const response = await inner(input, init);
    if (!hold || !response.ok) return response;
    const length = Number(response.headers.get('content-length'));
    try {
      hold.add(await budget.acquire(Number.isFinite(length) && length > 0 ? length : UNKNOWN_LENGTH, init?.signal));
    } catch (err) {
      response.cancel();
      throw err;
    }
    return response;
  };
}
