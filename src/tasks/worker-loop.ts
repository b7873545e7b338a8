import { randomBytes } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Engine } from '../engines/engine.js';
import { noMetrics, type Metrics } from '../lib/metrics.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { TaskStore } from '../store/ports.js';
import type { TaskRecord } from '../domain/task.js';
import { Cancelled, runTask, Shutdown, type ReferenceResolver, type RunTaskDeps } from './run-task.js';
import { TaskStages } from './stages.js';

export type { ReferenceResolver } from './run-task.js';

/** Claims per transaction: a few milliseconds of the event loop at most (docs/benchmarks.md, "Burst"). */
const CLAIM_BATCH = 16;

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
    /** Engine slots: tasks generating at once in this process. */
    concurrency: number;
    /** Tasks fetching and checking reference images at once, outside the engine slots (default 16). */
    referenceConcurrency?: number;
    /** The same, per API key (default 4). */
    referenceConcurrencyPerKey?: number;
    /** IN_PROGRESS tasks per key, deployment-wide, for keys without their own cap (0: none). */
    maxRunningPerKey?: number;
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

/**
 * The in-process worker loop: claims tasks up to its concurrency, holds each one's lease and
 * deadline while run-task.ts runs it, and stops gracefully. Woken by new tasks, else it polls.
 */
export class Worker {
  readonly owner = `worker_${randomBytes(6).toString('hex')}`;
  private readonly running = new Map<string, AbortController>();
  private readonly done = new Set<Promise<void>>();
  private stopped = true;
  private wakeUp: (() => void) | undefined;
  private loopDone: Promise<void> | undefined;
  private readonly now: () => number;
  private readonly leaseMs: number;
  private readonly runDeps: RunTaskDeps;
  private readonly stages: TaskStages;

  constructor(private readonly deps: WorkerDeps) {
    this.now = deps.now ?? Date.now;
    this.leaseMs = deps.options.leaseMs ?? 60_000;
    const { store, engine, blobs, resolveReferences, logger, options } = deps;
    this.stages = new TaskStages({
      engineConcurrency: options.concurrency,
      referenceConcurrency: options.referenceConcurrency ?? 16,
      referencePerKey: options.referenceConcurrencyPerKey ?? 4,
    });
    this.runDeps = {
      store,
      engine,
      blobs,
      resolveReferences,
      logger,
      metrics: deps.metrics ?? noMetrics,
      now: this.now,
      owner: this.owner,
      taskTimeoutMs: options.taskTimeoutMs,
      retentionMs: options.retentionMs,
    };
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
        const lost = await store.failLostTasks(
          this.now(),
          options.maxRuns,
          `The server stopped while running this task ${options.maxRuns} times; it was not run again.`,
        );
        if (lost) this.deps.metrics?.taskFinished(this.deps.engine.name, 'FAILED', lost);
        while (!this.stopped && this.stages.hasRoom) {
          // In batches, one commit each; a store that answers at once (SQLite) would otherwise claim
          // and start a whole burst in one turn of the event loop, and every request would wait for
          // it, so it yields between batches (docs/benchmarks.md, "Burst").
          const limit = Math.min(CLAIM_BATCH, this.stages.room);
          const tasks = await store.claimMany(this.owner, this.now(), this.leaseMs, options.maxRuns, options.maxRunningPerKey ?? 0, limit);
          for (const task of tasks) {
            const p = this.run(task, this.stages.admit(task.keyId, task.referenceCount > 0)).finally(() => this.done.delete(p));
            this.done.add(p);
          }
          if (tasks.length < limit) break;
          await setImmediate();
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

  private async run(task: TaskRecord, stage: ReturnType<TaskStages['admit']>): Promise<void> {
    const { store, logger, options } = this.deps;
    const controller = new AbortController();
    this.running.set(task.id, controller);
    const claimedAt = this.now();
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
        logger.error({ err, task_id: task.id }, 'lease renewal failed');
      }
    }, Math.max(1000, this.leaseMs / 3));
    try {
      await runTask(this.runDeps, task, controller.signal, claimedAt, stage);
    } finally {
      stage.finish();
      clearTimeout(deadlineTimer);
      clearInterval(renew);
      this.running.delete(task.id);
      this.wake();
    }
  }
}
