import type { TaskRecord } from '../domain/task.js';
import type { TaskStore } from '../store/ports.js';

/** What the shared position reads need of the store: the batch read and the change signals. */
export type PositionStore = Pick<TaskStore, 'queuePositions'> & {
  onTaskChanged(listener: (task: TaskRecord) => void): () => void;
  onTaskCreated(listener: () => void): () => void;
};

/** How often, at most, the places of the watched queued tasks are re-read after other tasks change. */
export const POSITION_COALESCE_MS = 200;

/**
 * The live queue positions behind the event streams of queued tasks (docs/api.md, "Queue position
 * and stage"). A task's place moves whenever another task is claimed, ends or is created, so every
 * open stream of a CREATED task needs a fresh place after each such change. Read one stream at a
 * time, that is one walk of the whole queue per stream per change: with hundreds of streams on a
 * long queue the reads alone held the event loop for seconds (docs/benchmarks.md, "Noisy
 * neighbour"). Here every change only schedules a read; at most every `intervalMs` one query
 * (`queuePositions`) answers for all watched tasks together, and each watcher hears its own
 * place. The cost of a change no longer grows with the number of open streams. The place of a
 * task in an answer (create, get, a stream's first event) is batched the same way, per turn of
 * the event loop, so a burst of creates or of streams opening does not walk the queue once each.
 */
export class QueuePositions {
  private readonly watchers = new Map<string, Set<(ahead: number) => void>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void) | undefined;
  /** Places asked for (placeOf) during this turn of the event loop, read together at its end. */
  private asked = new Map<string, { resolve(ahead: number | null): void; reject(err: unknown): void }[]>();
  private reading = false;
  /** Another task changed while a read was running: read again after it. */
  private stale = false;

  constructor(
    private readonly store: PositionStore,
    private readonly intervalMs = POSITION_COALESCE_MS,
  ) {}

  /** How many tasks watches are open for (tests and metrics). */
  get watchedCount(): number {
    return this.watchers.size;
  }

  /**
   * The task's count of tasks ahead now (null: not CREATED). Every place asked for in one turn of
   * the event loop (a burst of creates, streams opening, polls) is read by one query.
   */
  placeOf(taskId: string): Promise<number | null> {
    return new Promise((resolve, reject) => {
      const waiting = this.asked.get(taskId);
      if (waiting) waiting.push({ resolve, reject });
      else this.asked.set(taskId, [{ resolve, reject }]);
      if (this.asked.size === 1 && !waiting) setImmediate(() => void this.answerAsked());
    });
  }

  private async answerAsked() {
    const asked = this.asked;
    this.asked = new Map();
    try {
      const places = await this.store.queuePositions([...asked.keys()]);
      for (const [id, waiting] of asked) for (const w of waiting) w.resolve(places.get(id) ?? null);
    } catch (err) {
      for (const waiting of asked.values()) for (const w of waiting) w.reject(err);
    }
  }

  /**
   * Calls `listener` with the task's count of tasks ahead after later changes of other tasks,
   * while the task is CREATED, until the returned stop is called.
   */
  watch(taskId: string, listener: (ahead: number) => void): () => void {
    let set = this.watchers.get(taskId);
    if (!set) this.watchers.set(taskId, (set = new Set()));
    set.add(listener);
    if (!this.unsubscribe) {
      const offChanged = this.store.onTaskChanged((t) => this.changed(t.id));
      const offCreated = this.store.onTaskCreated(() => this.schedule());
      this.unsubscribe = () => {
        offChanged();
        offCreated();
      };
    }
    return () => {
      const s = this.watchers.get(taskId);
      if (!s?.delete(listener) || s.size) return;
      this.watchers.delete(taskId);
      if (this.watchers.size) return;
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      clearTimeout(this.timer);
      this.timer = undefined;
    };
  }

  private changed(taskId: string) {
    // A watched task's own change reaches its stream directly (watchTask); every change moves the others.
    if (this.watchers.size > (this.watchers.has(taskId) ? 1 : 0)) this.schedule();
  }

  private schedule() {
    if (this.timer || !this.watchers.size) return;
    if (this.reading) {
      this.stale = true;
      return;
    }
    this.timer = setTimeout(() => void this.read(), this.intervalMs);
  }

  private async read() {
    this.timer = undefined;
    this.reading = true;
    const ids = [...this.watchers.keys()];
    let places: Map<string, number> | undefined;
    try {
      places = await this.store.queuePositions(ids);
    } catch {
      // A failed read leaves the last places standing; the next change tries again.
    } finally {
      this.reading = false;
    }
    if (places) {
      for (const id of ids) {
        const ahead = places.get(id);
        if (ahead === undefined) continue;
        for (const listener of [...(this.watchers.get(id) ?? [])]) listener(ahead);
      }
    }
    if (this.stale) {
      this.stale = false;
      this.schedule();
    }
  }
}
