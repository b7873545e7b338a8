/**
 * Reads an answer body into a buffer this module lends and takes back, so that a burst of 7 MB
 * answers does not allocate (and leave to the garbage collector) 7 MB per answer: in Node, each
 * such allocation is external memory, and V8 answers external memory pressure with full
 * collections (docs/benchmarks.md, "Burst"). A few buffers are kept for the next answers.
 */

/** Buffers kept for reuse, and the size a new one gets (a 4K picture's answer fits). */
const KEEP = 4;
const FIRST_SIZE = 8 * 2 ** 20;

const free: Buffer[] = [];

export interface LentBody {
  /** The body's bytes: a view into the lent buffer, valid until `release`. */
  bytes: Buffer;
  release(): void;
}

/** Reads `response`'s whole body into a lent buffer, growing it when the body is larger. */
export async function readBodyLent(response: {
  headers: Headers;
  body: AsyncIterable<Uint8Array> | null;
  forEachChunk?(onChunk: (chunk: Uint8Array) => void): Promise<void>;
}): Promise<LentBody> {
  const length = Number(response.headers.get('content-length'));
  let buffer = borrow(Number.isFinite(length) && length > 0 ? length : 0);
  let used = 0;
  const append = (chunk: Uint8Array) => {
    if (used + chunk.length > buffer.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(buffer.length * 2, used + chunk.length));
      buffer.copy(bigger, 0, 0, used);
      giveBack(buffer);
      buffer = bigger;
    }
    buffer.set(chunk, used);
    used += chunk.length;
  };
  try {
    if (response.forEachChunk) await response.forEachChunk(append);
    else for await (const chunk of response.body ?? []) append(chunk);
  } catch (err) {
    giveBack(buffer);
    throw err;
  }
  let released = false;
  return {
    bytes: buffer.subarray(0, used),
    release() {
      if (released) return;
      released = true;
      giveBack(buffer);
    },
  };
}

function borrow(atLeast: number): Buffer {
  const i = free.findIndex((b) => b.length >= atLeast);
  if (i >= 0) return free.splice(i, 1)[0]!;
  return Buffer.allocUnsafeSlow(Math.max(atLeast, FIRST_SIZE));
}

function giveBack(buffer: Buffer): void {
  if (free.length < KEEP) free.push(buffer);
}
