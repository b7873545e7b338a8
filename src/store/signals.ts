import { EventEmitter } from 'node:events';
import type { TaskRecord } from '../domain/task.js';

/**
 * The in-process signals every store gives after a commit: a task was created (wakes the worker),
 * webhook events were written (wakes the deliverer), a task changed (wait mode, event streams).
 */
export class StoreSignals {
  protected readonly emitter = new EventEmitter().setMaxListeners(0);

  onEvents(listener: () => void): void {
    this.emitter.on('events', listener);
  }

  /** Returns the unsubscribe (event streams of queued tasks listen only while open). */
  onTaskCreated(listener: () => void): () => void {
    this.emitter.on('task', listener);
    return () => this.emitter.off('task', listener);
  }

  onTaskChanged(listener: (task: TaskRecord) => void): () => void {
    this.emitter.on('changed', listener);
    return () => this.emitter.off('changed', listener);
  }
}
