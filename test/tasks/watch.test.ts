import { describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../src/domain/task.js';
import { waitForEnd, watchTask, type WatchedStore } from '../../src/tasks/watch.js';

const task = { id: 't1', status: 'CREATED' } as TaskRecord;

/** A store whose reads fail, as when the database is unreachable. */
const failingStore: WatchedStore = {
  getTask: () => Promise.reject(new Error('connection refused')),
  onTaskChanged: () => () => {},
};

describe('watching a task while the store cannot be read', () => {
  it('a long poll still ends at its time, with the task as first read, and leaves no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (err: unknown) => unhandled.push(err);
    process.on('unhandledRejection', onUnhandled);
    try {
      const stop = watchTask(failingStore, task, () => {});
      await expect(waitForEnd(failingStore, task, 20)).resolves.toBe(task);
      stop();
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
