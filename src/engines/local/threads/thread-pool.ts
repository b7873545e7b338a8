// A pool of worker threads for the local engine's CPU work (prompt parsing, composing, handing the
// pixels to the PNG encoder), so that work never holds the server's event loop. Both sides of the
// message protocol live here: `ThreadPool` on the main thread, `serveJobs` inside each worker.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker, parentPort, type Transferable } from 'node:worker_threads';
import { EngineError, type EngineErrorCode } from '../../engine.js';

/** Main thread → worker. */
type Request<In> = { id: number; input: In } | { id: number; cancel: true };

/** An error as it crosses the thread boundary: structured clone keeps neither the class nor `code`. */
interface WireError {
  message: string;
  stack?: string;
  engine?: { code: EngineErrorCode };
}

/** Worker → main thread. */
type Reply<Out> = { id: number; ok: true; output: Out } | { id: number; ok: false; error: WireError };

/** What a job handler returns: its output, and the buffers in it to move rather than copy. */
export interface JobOutput<Out> {
  output: Out;
  transfer: Transferable[];
}

export interface ThreadPoolOptions {
  /** How many threads at most; they start when a job needs one. */
  size: number;
  /**
   * After a job is cancelled, how long its worker may take to notice before it is terminated and
   * replaced. The render itself stops at once (resvg takes the signal); only a step that cannot be
   * interrupted (parsing, composing, encoding: a few hundred ms at 4K) or a bug runs past it.
   */
  cancelGraceMs?: number;
}

interface Job<In, Out> {
  id: number;
  input: In;
  transfer: Transferable[];
  signal: AbortSignal;
  settle(result: { ok: true; output: Out } | { ok: false; error: unknown }): void;
}

interface Thread<In, Out> {
  worker: Worker;
  job?: Job<In, Out>;
  /** The uncaught exception that ended the thread, for the job's error. */
  crash?: unknown;
  graceTimer?: NodeJS.Timeout;
}

const DEFAULT_CANCEL_GRACE_MS = 2000;

/**
 * Runs jobs on up to `size` worker threads started from `file`, one job per thread at a time, in
 * arrival order. Idle threads are `unref`'d so they never keep the process alive; a thread with a
 * job is ref'd, so a script that awaits a picture is not ended under it.
 */
export class ThreadPool<In, Out> {
  private readonly threads = new Set<Thread<In, Out>>();
  private readonly queue: Job<In, Out>[] = [];
  private readonly exits = new Set<Promise<unknown>>();
  private nextId = 1;
  private readonly cancelGraceMs: number;

  constructor(
    private readonly file: URL,
    private readonly options: ThreadPoolOptions,
  ) {
    this.cancelGraceMs = options.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS;
  }

  /** Threads started and not yet exited. */
  get threadCount(): number {
    return this.threads.size;
  }

  /**
   * Runs one job. `transfer` lists buffers of `input` to move to the worker (they are detached
   * here). Rejects with `signal.reason` as soon as the signal aborts; the worker is told to stop,
   * and terminated if it has not within the grace period. A job that throws rejects with an
   * `EngineError` (same code and message) or a plain `Error`; a thread that dies rejects its
   * job with an `Error` and is replaced by the next job that needs one.
   */
  run(input: In, transfer: Transferable[], signal: AbortSignal): Promise<Out> {
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<Out>((resolve, reject) => {
      const job: Job<In, Out> = {
        id: this.nextId++,
        input,
        transfer,
        signal,
        settle: (result) => {
          signal.removeEventListener('abort', onAbort);
          job.settle = () => {};
          if (result.ok) resolve(result.output);
          else reject(result.error);
        },
      };
      const onAbort = () => this.abandon(job);
      signal.addEventListener('abort', onAbort, { once: true });
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Terminates every thread; jobs still queued or running reject. The next job starts new threads. */
  async close(): Promise<void> {
    const closed = new Error('The local engine was closed before the picture was finished.');
    for (const job of this.queue.splice(0)) job.settle({ ok: false, error: closed });
    for (const thread of [...this.threads]) {
      thread.job?.settle({ ok: false, error: closed });
      this.retire(thread);
    }
    await Promise.all([...this.exits]);
  }

  private dispatch(): void {
    while (this.queue.length) {
      let thread = [...this.threads].find((t) => !t.job);
      if (!thread) {
        if (this.threads.size >= this.options.size) return;
        thread = this.spawn();
      }
      const job = this.queue.shift()!;
      thread.job = job;
      thread.worker.ref();
      try {
        thread.worker.postMessage({ id: job.id, input: job.input } satisfies Request<In>, job.transfer);
      } catch (err) {
        // Not cloneable: a bug in the caller, not the thread's fault.
        this.release(thread);
        job.settle({ ok: false, error: err });
      }
    }
  }

  private spawn(): Thread<In, Out> {
    const worker = startWorker(this.file);
    worker.unref();
    const thread: Thread<In, Out> = { worker };
    this.threads.add(thread);
    worker.on('message', (reply: Reply<Out>) => {
      const job = thread.job;
      if (!job || reply.id !== job.id) return;
      this.release(thread);
      job.settle(reply.ok ? { ok: true, output: reply.output } : { ok: false, error: fromWire(reply.error) });
      this.dispatch();
    });
    worker.on('messageerror', (err) => {
      const job = thread.job;
      if (!job) return;
      this.release(thread);
      job.settle({ ok: false, error: err });
      this.dispatch();
    });
    worker.on('error', (err) => {
      thread.crash = err;
    });
    const exited = new Promise<void>((resolve) =>
      worker.once('exit', (code) => {
        this.exits.delete(exited);
        clearTimeout(thread.graceTimer);
        if (this.threads.delete(thread)) {
          const { crash } = thread;
          const why = crash === undefined ? ` with exit code ${code}` : `: ${crash instanceof Error ? crash.message : String(crash)}`;
          const error = new Error(`The local engine's render thread stopped${why}`);
          if (crash instanceof Error) error.stack = `${error.stack}\nCaused by: ${crash.stack}`;
          thread.job?.settle({ ok: false, error });
          this.dispatch();
        }
        resolve();
      }),
    );
    this.exits.add(exited);
    return thread;
  }

  /** The caller gave up on a job: drop it if queued; if running, tell its thread and start the grace period. */
  private abandon(job: Job<In, Out>): void {
    job.settle({ ok: false, error: job.signal.reason });
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      return;
    }
    const thread = [...this.threads].find((t) => t.job === job);
    if (!thread) return;
    // Nobody waits for this job any more: it must not keep the process alive.
    thread.worker.unref();
    thread.worker.postMessage({ id: job.id, cancel: true } satisfies Request<In>);
    thread.graceTimer = setTimeout(() => {
      this.retire(thread);
      this.dispatch();
    }, this.cancelGraceMs);
    thread.graceTimer.unref();
  }

  /** The thread finished its job (or gave it up): free for the next one. */
  private release(thread: Thread<In, Out>): void {
    clearTimeout(thread.graceTimer);
    thread.job = undefined;
    thread.worker.unref();
  }

  /** Takes a thread out of the pool and terminates it; its 'exit' finds it gone and stays quiet. */
  private retire(thread: Thread<In, Out>): void {
    clearTimeout(thread.graceTimer);
    this.threads.delete(thread);
    void thread.worker.terminate();
  }
}

/**
 * Compiled, the thread's file is `.js` (`threads/render-thread.js`) and node runs it as is. Under
 * vitest or tsx the modules are `.ts` files, which a fresh thread can only load through tsx (a
 * devDependency, resolved only then). Node 20 does not apply ESM loader hooks such as `--import tsx` in worker
 * threads (nodejs/node#47747), but tsx's require hook works there: the thread loads the file with it.
 */
function startWorker(file: URL): Worker {
  if (!file.pathname.endsWith('.ts')) return new Worker(file);
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const entry = JSON.stringify(fileURLToPath(file));
  // No inherited flags: `--input-type=module` would make this CommonJS line an ES module.
  return new Worker(`require(${JSON.stringify(tsx)}).require(${entry}, ${entry});`, { eval: true, execArgv: [] });
}

/**
 * Inside a worker: runs each job it is sent with `handle` and answers with the output (its buffers
 * moved, not copied) or the error. A cancel message aborts the job's signal.
 */
export function serveJobs<In, Out>(handle: (input: In, signal: AbortSignal) => Promise<JobOutput<Out>>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs inside a worker thread');
  const running = new Map<number, AbortController>();
  port.on('message', async (request: Request<In>) => {
    if ('cancel' in request) {
      running.get(request.id)?.abort();
      return;
    }
    const controller = new AbortController();
    running.set(request.id, controller);
    try {
      const { output, transfer } = await handle(request.input, controller.signal);
      port.postMessage({ id: request.id, ok: true, output } satisfies Reply<Out>, transfer);
    } catch (err) {
      port.postMessage({ id: request.id, ok: false, error: toWire(err) } satisfies Reply<Out>);
    } finally {
      running.delete(request.id);
    }
  });
}

function toWire(err: unknown): WireError {
  if (err instanceof EngineError) return { message: err.message, stack: err.stack, engine: { code: err.code } };
  if (err instanceof Error) return { message: err.message, stack: err.stack };
  return { message: String(err) };
}

/** An EngineError stays one (the task fails with its code); anything else is a bug, a plain Error. */
function fromWire(wire: WireError): Error {
  const error = wire.engine ? new EngineError(wire.engine.code, wire.message) : new Error(wire.message);
  if (wire.stack) error.stack = wire.stack;
  return error;
}
