import { createHash, randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Engine, GenerateResult } from '../engines/engine.js';
import { EngineError } from '../engines/engine.js';
import type { ReferenceImage } from '../engines/engine.js';
import { noMetrics, type Metrics } from '../lib/metrics.js';
import type { BlobStore } from '../storage/blob-store.js';
import { extensionFor, sniffImageType } from '../references/sniff.js';
import type { TaskErrorCode } from '../api/errors.js';
import type { TaskStore } from '../store/ports.js';
import type { FileRecord, StoredReferenceInput, TaskRecord } from '../domain/task.js';

export type ReferenceResolver = (
  refs: StoredReferenceInput[],
  opts: { signal: AbortSignal; acceptsGcsUris: boolean },
) => Promise<{ ok: true; references: ReferenceImage[] } | { ok: false; message: string }>;

export interface WorkerDeps {
  store: TaskStore & { onTaskCreated(listener: () => void): void };
  engine: Engine;
  blobs: BlobStore;
  /** Task outcomes and phase timings (docs/operations.md, "Metrics"). */
  metrics?: Metrics;
  resolveReferences: ReferenceResolver;
  logger: Logger;
  now?: () => number;
  options: {
    concurrency: number;
    taskTimeoutMs: number;
    maxRuns: number;
    retentionMs: number;
    /** Lease on a claimed task; renewed every third of it while the task runs. */
    leaseMs?: number;
    /** How often to look for runnable tasks when nothing wakes the worker. */
    pollMs?: number;
    /** Embedded mode: this process owns the data folder, so IN_PROGRESS tasks at start are abandoned. */
    recoverOnStart: boolean;
  };
}

/** Reasons a running task is aborted. */
class Shutdown extends Error {
  constructor() {
    super('the server is shutting down');
    this.name = 'Shutdown';
  }
}
class Cancelled extends Error {
  constructor() {
    super('the task was cancelled');
    this.name = 'Cancelled';
  }
}

/** The in-process worker: claims tasks, runs them through the engine, stores images, records the outcome. */
export class Worker {
  readonly owner = `worker_${randomBytes(6).toString('hex')}`;
  private readonly running = new Map<string, AbortController>();
  private readonly done = new Set<Promise<void>>();
  private stopped = true;
  private wakeUp: (() => void) | undefined;
  private loopDone: Promise<void> | undefined;
  private readonly now: () => number;
  private readonly leaseMs: number;
  private readonly metrics: Metrics;

  constructor(private readonly deps: WorkerDeps) {
    this.now = deps.now ?? Date.now;
    this.leaseMs = deps.options.leaseMs ?? 60_000;
    this.metrics = deps.metrics ?? noMetrics;
    deps.store.onTaskCreated(() => this.wake());
  }

  get activeCount(): number {
    return this.running.size;
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    const { store, options, logger } = this.deps;
    if (options.recoverOnStart) {
      const n = await store.expireAllLeases();
      if (n) logger.warn({ tasks: n }, 'recovering tasks left in progress by a previous process');
    }
    this.loopDone = this.loop();
  }

  wake(): void {
    this.wakeUp?.();
  }

  /** Aborts a running task of this process (after the store has marked it cancelled). */
  abort(taskId: string): void {
    this.running.get(taskId)?.abort(new Cancelled());
  }

  private async loop(): Promise<void> {
    const { store, options, logger } = this.deps;
    while (!this.stopped) {
      try {
        await store.failLostTasks(
          this.now(),
          options.maxRuns,
          `The server stopped while running this task ${options.maxRuns} times; it was not run again.`,
        );
        while (!this.stopped && this.running.size < options.concurrency) {
          const task = await store.claim(this.owner, this.now(), this.leaseMs, options.maxRuns);
          if (!task) break;
          const p = this.run(task).finally(() => this.done.delete(p));
          this.done.add(p);
        }
      } catch (err) {
        logger.error({ err }, 'worker loop error');
      }
      if (this.stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.pollMs ?? 1000);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
  }

  /**
   * Stops claiming, lets running tasks finish for up to `graceMs`, then aborts the rest without
   * recording an outcome: their leases expire and the next start re-runs them.
   */
  async stop(graceMs: number): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.loopDone;
    const all = Promise.all([...this.done]);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      all.then(() => false),
      new Promise<boolean>((r) => (timer = setTimeout(() => r(true), graceMs))),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      for (const c of this.running.values()) c.abort(new Shutdown());
      await all;
    }
  }

  private async run(task: TaskRecord): Promise<void> {
    const { store, engine, logger, options } = this.deps;
    const log = logger.child({ task_id: task.id, run: task.runs });
    const controller = new AbortController();
    this.running.set(task.id, controller);
    const claimedAt = this.now();
    const deadline = claimedAt + options.taskTimeoutMs;
    const deadlineTimer = setTimeout(
      () => controller.abort(new DOMException('task deadline passed', 'TimeoutError')),
      options.taskTimeoutMs,
    );
    const renew = setInterval(async () => {
      try {
        const mine = await store.renewLease(task.id, this.owner, this.now() + this.leaseMs);
        // Someone else finished it (a cancel): stop working on it.
        if (!mine) controller.abort(new Cancelled());
      } catch (err) {
        log.error({ err }, 'lease renewal failed');
      }
    }, Math.max(1000, this.leaseMs / 3));
    log.info({ engine: engine.name }, 'task started');
    try {
      const refs = task.referenceCount ? await store.getReferences(task.id) : [];
      let references: ReferenceImage[] = [];
      if (refs.length) {
        const resolved = await untilAborted(
          this.deps.resolveReferences(refs, { signal: controller.signal, acceptsGcsUris: engine.acceptsGcsUris }),
          controller.signal,
        );
        if (!resolved.ok) {
          throwIfAborted(controller.signal);
          await this.fail(task, 'invalid_reference_image', resolved.message);
          return;
        }
        references = resolved.references;
      }
      const genStart = this.now();
      if (refs.length) this.metrics.phase('references', (genStart - claimedAt) / 1000);
      const result = await untilAborted(
        engine.generate(
          {
            prompt: task.prompt,
            aspectRatio: task.params.aspectRatio,
            resolution: task.params.resolution,
            useGoogleSearch: task.params.useGoogleSearch,
            references,
            seed: task.params.seed,
          },
          { signal: controller.signal, deadline },
        ),
        controller.signal,
      );
      throwIfAborted(controller.signal);
      const genEnd = this.now();
      if (!result.images.length) {
        this.metrics.engineFailure('no_image');
        await this.fail(task, 'no_image', 'The engine answered without an image.', result);
        return;
      }
      const files = await this.storeImages(task, result);
      const end = this.now();
      const completed = await store.complete(task.id, this.owner, end, files, {
        engine: engine.name,
        model: engine.model,
        text: result.text,
        grounding: result.grounding,
        usage: result.usage,
        metrics: {
          queue_ms: Math.max(0, claimedAt - task.createdAt),
          generation_ms: genEnd - genStart,
          storage_ms: end - genEnd,
          total_ms: end - task.createdAt,
        },
      });
      if (!completed) {
        // Cancelled or taken over meanwhile: its images are nobody's.
        await Promise.all(files.map((f) => this.deps.blobs.delete(`${f.id}.${f.extension}`).catch(() => {})));
        log.info('task finished elsewhere; images discarded');
      } else {
        log.info({ ms: end - claimedAt }, 'task completed');
        this.metrics.taskFinished(engine.name, 'COMPLETED');
        this.metrics.phase('queue', Math.max(0, claimedAt - task.createdAt) / 1000);
        this.metrics.phase('generation', (genEnd - genStart) / 1000);
        this.metrics.phase('storage', (end - genEnd) / 1000);
        this.metrics.phase('total', (end - task.createdAt) / 1000);
      }
    } catch (err) {
      await this.handleError(task, err, controller.signal, log);
    } finally {
      clearTimeout(deadlineTimer);
      clearInterval(renew);
      this.running.delete(task.id);
      this.wake();
    }
  }

  private async handleError(task: TaskRecord, err: unknown, signal: AbortSignal, log: Logger) {
    const reason = signal.aborted ? signal.reason : undefined;
    if (reason instanceof Shutdown) {
      log.warn('task interrupted by shutdown; it will run again at the next start');
      return;
    }
    if (reason instanceof Cancelled) return; // the store already holds the cancellation
    if (reason instanceof DOMException && reason.name === 'TimeoutError') {
      await this.fail(
        task,
        'timeout',
        `The task did not finish within its deadline of ${Math.round(this.deps.options.taskTimeoutMs / 1000)} s.`,
      );
      return;
    }
    if (err instanceof EngineError) {
      const code: TaskErrorCode = err.code;
      this.metrics.engineFailure(code);
      await this.fail(task, code, err.message);
      return;
    }
    if (err instanceof StorageError) {
      log.error({ err: err.cause }, 'could not store the generated image');
      await this.fail(task, 'internal', err.message);
      return;
    }
    log.error({ err }, 'task failed with an unexpected error');
    await this.fail(task, 'internal', 'The server hit an unexpected error while generating; the details are in its log.');
  }

  private async fail(task: TaskRecord, code: TaskErrorCode, message: string, result?: GenerateResult) {
    const { engine, store, logger } = this.deps;
    try {
      const failed = await store.fail(task.id, this.now(), { code, message }, {
        owner: this.owner,
        result: { engine: engine.name, model: engine.model, ...(result?.text ? { text: result.text } : {}) },
      });
      logger.info({ task_id: task.id, code }, 'task failed');
      if (failed) {
        this.metrics.taskFinished(engine.name, 'FAILED');
        this.metrics.phase('total', (this.now() - task.createdAt) / 1000);
      }
    } catch (err) {
      // The lease runs out and the task is re-run or failed as worker_lost: never lost.
      logger.error({ err, task_id: task.id }, 'could not record a task failure');
    }
  }

  private async storeImages(task: TaskRecord, result: GenerateResult): Promise<FileRecord[]> {
    const now = this.now();
    const files: FileRecord[] = [];
    for (const [index, image] of result.images.entries()) {
      const mimeType = sniffImageType(image.bytes) ?? image.mimeType;
      const extension = extensionFor(mimeType);
      const id = randomBytes(24).toString('base64url');
      try {
        await this.deps.blobs.put(`${id}.${extension}`, image.bytes, mimeType);
      } catch (err) {
        await Promise.all(files.map((f) => this.deps.blobs.delete(`${f.id}.${f.extension}`).catch(() => {})));
        // Words for the user; the errno and the server's paths go only to the log (handleError).
        const code = (err as NodeJS.ErrnoException).code;
        const why = code === 'ENOSPC' || code === 'EDQUOT' ? 'the disk is full' : 'the server could not write to its files folder';
        throw new StorageError(`The image was generated but could not be stored: ${why}.`, err);
      }
      files.push({
        id,
        taskId: task.id,
        keyId: task.keyId,
        index,
        mimeType,
        extension,
        bytes: image.bytes.length,
        width: image.width,
        height: image.height,
        etag: `"${createHash('sha256').update(image.bytes).digest('base64url').slice(0, 27)}"`,
        createdAt: now,
        expiresAt: now + this.deps.options.retentionMs,
      });
    }
    return files;
  }
}

class StorageError extends Error {
  constructor(message: string, readonly cause: unknown) {
    super(message);
    this.name = 'StorageError';
  }
}

function throwIfAborted(signal: AbortSignal) {
  if (signal.aborted) throw signal.reason;
}

/**
 * Settles as `work` does, or rejects with the abort reason as soon as `signal` aborts: an engine
 * that ignores its signal cannot hold a task, and its worker slot, past the deadline or a shutdown.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
