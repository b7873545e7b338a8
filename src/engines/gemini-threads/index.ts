// The gemini / vertex engine on worker threads. Each thread runs the real engine
// (createGeminiEngine) with many calls in flight; the main thread only posts the request and
// receives the picture's bytes (in shared memory the thread lends, picture-pool.ts; never copied).
// Reading, parsing and base64-decoding a 4K answer (~7 MB of JSON) costs tens of ms of CPU: on the
// event loop, a burst of them stalls every API request for seconds (docs/benchmarks.md, "Burst").
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { EngineError, type Engine, type GenerateOptions, type GenerateRequest, type GenerateResult } from '../engine.js';
import { createGeminiEngine, type GeminiEngineOptions } from '../gemini/index.js';
import { LoanBook } from './picture-pool.js';
import { errorFromWire, resultFromWire, type FromThread, type ThreadData, type ToThread } from './wire.js';

export interface ThreadedGeminiOptions extends GeminiEngineOptions {
  /** Threads (default: 2, or 1 on a single core). The calls in flight are shared among them. */
  threads?: number;
  /** Bytes of answers each thread reads at once (default 32 MiB, ~4 4K answers); more wait in their sockets. */
  bodyBudgetBytes?: number;
  /** Shared memory each thread lends decoded pictures from (default 64 MiB, ~10 4K pictures; picture-pool.ts). */
  picturePoolBytes?: number;
}

export const DEFAULT_BODY_BUDGET_BYTES = 32 * 2 ** 20;
export const DEFAULT_PICTURE_POOL_BYTES = 64 * 2 ** 20;

/** `thread-entry.js` next to this file once compiled, `thread-entry.ts` under vitest or tsx. */
const THREAD_ENTRY = new URL(`./thread-entry${path.extname(new URL(import.meta.url).pathname)}`, import.meta.url);

interface Call {
  settle(outcome: { ok: true; result: GenerateResult } | { ok: false; error: Error }): void;
}

interface Thread {
  worker: Worker;
  calls: Map<number, Call>;
  /** The pictures this thread lent (picture-pool.ts). */
  book: LoanBook;
  crash?: unknown;
}

/**
 * The engine `createGeminiEngine` makes, with `generate` run on threads. Name, model, capabilities
 * and the start-up check come from an instance on this thread (the check's answer is small).
 * Cancellation crosses too: the thread aborts the SDK call and answers with the engine's own error.
 */
export function createThreadedGeminiEngine(opts: ThreadedGeminiOptions): Engine {
  const { threads: size = Math.min(2, os.availableParallelism()), bodyBudgetBytes = DEFAULT_BODY_BUDGET_BYTES, picturePoolBytes = DEFAULT_PICTURE_POOL_BYTES, logger, random: _random, onRetry, transport: _transport, ...engine } = opts;
  if (!Number.isInteger(size) || size < 1) throw new Error(`threads must be a whole number ≥ 1, got ${size}`);
  const callback = Object.entries(engine).find(([, value]) => typeof value === 'function');
  if (callback) throw new Error(`gemini engine option ${callback[0]} is a function, which cannot be sent to its threads; forward it as a message (wire.ts)`);
  growHeapsBetweenCollections();
  const here = createGeminiEngine(engine);
  const data: ThreadData = { engine: { ...engine, concurrency: Math.max(1, Math.ceil(engine.concurrency / size)) }, bodyBudgetBytes, picturePoolBytes };
  const threads = new Set<Thread>();
  let nextId = 1;

  function spawn(): Thread {
    const worker = startThread(THREAD_ENTRY, data);
    const thread: Thread = { worker, calls: new Map(), book: new LoanBook((arena, generation) => worker.postMessage({ type: 'free', arena, generation } satisfies ToThread)) };
    thread.worker.unref();
    threads.add(thread);
    thread.worker.on('message', (message: FromThread) => {
      if (message.type === 'log') {
        logger?.[message.level]?.(message.obj, message.msg);
        return;
      }
      if (message.type === 'retry') {
        onRetry?.();
        return;
      }
      const call = thread.calls.get(message.id);
      if (!call) return;
      thread.calls.delete(message.id);
      if (!thread.calls.size) thread.worker.unref();
      call.settle(message.ok ? { ok: true, result: resultFromWire(message.result, thread.book) } : { ok: false, error: errorFromWire(message.error) });
    });
    thread.worker.on('error', (err) => {
      thread.crash = err;
    });
    thread.worker.once('exit', (code) => {
      threads.delete(thread);
      const why = thread.crash === undefined ? ` with exit code ${code}` : `: ${thread.crash instanceof Error ? thread.crash.message : String(thread.crash)}`;
      for (const call of thread.calls.values()) call.settle({ ok: false, error: new Error(`The gemini engine's thread stopped${why}`) });
      thread.calls.clear();
    });
    return thread;
  }

  /** The thread with the fewest calls in flight; all `size` threads start with the first call. */
  function pick(): Thread {
    while (threads.size < size) spawn();
    let best: Thread | undefined;
    for (const t of threads) if (!best || t.calls.size < best.calls.size) best = t;
    return best!;
  }

  function generate(request: GenerateRequest, options: GenerateOptions): Promise<GenerateResult> {
    const { signal } = options;
    if (signal.aborted) return Promise.reject(abortedError(signal));
    const thread = pick();
    const id = nextId++;
    return new Promise<GenerateResult>((resolve, reject) => {
      const onAbort = () => {
        const timeout = (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError';
        thread.worker.postMessage({ type: 'abort', id, timeout } satisfies ToThread);
      };
      thread.calls.set(id, {
        settle(outcome) {
          signal.removeEventListener('abort', onAbort);
          if (outcome.ok) resolve(outcome.result);
          else reject(outcome.error);
        },
      });
      signal.addEventListener('abort', onAbort, { once: true });
      thread.worker.ref();
      // Reference bytes are copied (they may share Node's buffer pool); they are small next to answers.
      thread.worker.postMessage({ type: 'generate', id, request, deadline: options.deadline } satisfies ToThread);
    });
  }

  return {
    name: here.name,
    model: here.model,
    acceptsGcsUris: here.acceptsGcsUris,
    ...(here.capabilities ? { capabilities: () => here.capabilities!() } : {}),
    generate,
    ...(here.check ? { check: () => here.check!() } : {}),
    async close() {
      const exits = [...threads].map((t) => new Promise<void>((r) => (t.worker.once('exit', () => r()), void t.worker.terminate())));
      await Promise.all(exits);
      await here.close?.();
    },
  };
}

/** The caller gave up before the call was sent to a thread. */
function abortedError(signal: AbortSignal): EngineError {
  return (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError'
    ? new EngineError('timeout', "The task's deadline passed while waiting for Google to generate the image.")
    : new EngineError('cancelled', 'The task was cancelled while Google was generating the image.');
}

/**
 * How far a V8 heap grows past what the last full collection kept before the next one starts: 300 %
 * (4×) here, against V8's own 10–100 %. A gemini thread's heap is small (~13 MB: the SDK and the
 * calls in flight), but every answer passes ~7 MB of short-lived memory through it, which pushes
 * a little into the old generation each time; with V8's small headroom that was a full
 * collection every one or two answers, marked concurrently by V8's helper threads: 12–16 ms of
 * CPU per 4K picture, a third of the server's (docs/benchmarks.md, "Burst", fourth round). With
 * 4× headroom those collections are about a fifth as many. The setting is V8's, so it holds for
 * every thread of the process, the main one included (its heap then grows to ~4× what it keeps
 * before collecting, tens of MB); it is set only when the gemini / vertex engine starts. Flags
 * set this way apply from the next collection on.
 */
function growHeapsBetweenCollections(): void {
  try {
    v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  } catch {
    // A runtime that refuses the flag keeps V8's default.
  }
}

const HEAP_GROWING_PERCENT = 300;

/**
 * Compiled, the entry is `thread-entry.js` and node runs it as is. Under vitest or tsx the modules
 * are `.ts` files, which a fresh thread can only load through tsx's require hook (Node 20 does not
 * apply ESM loader hooks such as `--import tsx` in worker threads, nodejs/node#47747): the same
 * way the local engine's render threads start.
 */
function startThread(file: URL, workerData: ThreadData): Worker {
  if (!file.pathname.endsWith('.ts')) return new Worker(file, { workerData });
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const entry = JSON.stringify(fileURLToPath(file));
  return new Worker(`require(${JSON.stringify(tsx)}).require(${entry}, ${entry});`, { eval: true, execArgv: [], workerData });
}
