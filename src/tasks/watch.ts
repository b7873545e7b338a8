import type { ServerResponse } from 'node:http';
import { FINAL_STATUSES, type TaskRecord } from '../domain/task.js';
import type { TaskStore } from '../store/ports.js';
import type { QueuePositions } from './queue-positions.js';

// Following a task's status without polling the database: `Prefer: wait` long polls, the
// `/events` stream (docs/api.md, "Live status") and the CLI's in-process mode all listen to the
// store's change signal here.

export type WatchedStore = Pick<TaskStore, 'getTask'> & { onTaskChanged(listener: (task: TaskRecord) => void): () => void };

/** The longest `Prefer: wait` honoured, in seconds. */
export const MAX_WAIT_SECONDS = 60;

export const isFinal = (t: Pick<TaskRecord, 'status'>) => FINAL_STATUSES.includes(t.status);

/** `Prefer: wait=N` (RFC 7240) or `?wait=N`: how long to hold the answer; 0 when absent or unreadable. */
export function waitSeconds(prefer: unknown, query: unknown): number {
  const fromHeader = typeof prefer === 'string' ? /(?:^|[,;\s])wait=(\d+)/.exec(prefer)?.[1] : undefined;
  const raw = fromHeader ?? (typeof query === 'string' ? query : undefined);
  if (raw === undefined || !/^\d+$/.test(raw)) return 0;
  return Math.min(MAX_WAIT_SECONDS, Number(raw));
}

/**
 * Calls `onChange` with every change of the task the store signals, until it ends (or the returned
 * stop is called). A change between the caller's read and the subscription is not missed.
 */
export function watchTask(store: WatchedStore, task: TaskRecord, onChange: (task: TaskRecord) => void): () => void {
  let stopped = false;
  const unsubscribe = store.onTaskChanged((t) => {
    if (t.id === task.id) forward(t);
  });
  function forward(t: TaskRecord) {
    if (stopped) return;
    if (isFinal(t)) stop();
    onChange(t);
  }
  function stop() {
    if (stopped) return;
    stopped = true;
    unsubscribe();
  }
  // A failed read (the database is away) is left to the change signal; unhandled, it would end the process.
  store.getTask(task.id).then(
    (fresh) => fresh && forward(fresh),
    () => {},
  );
  return stop;
}

/** Calls `onTask` with the task now and at each status change after, until it ends (or the returned stop is called). */
export function followTask(store: WatchedStore, task: TaskRecord, onTask: (task: TaskRecord) => void): () => void {
  let lastStatus = '';
  const send = (t: TaskRecord) => {
    if (t.status === lastStatus) return;
    lastStatus = t.status;
    onTask(t);
  };
  send(task);
  if (isFinal(task)) return () => {};
  return watchTask(store, task, send);
}

/** Resolves with the task once it has ended, or as it is when `ms` pass. */
export function waitForEnd(store: WatchedStore, task: TaskRecord, ms: number): Promise<TaskRecord> {
  if (isFinal(task)) return Promise.resolve(task);
  return new Promise((resolve) => {
    let stop: (() => void) | undefined;
    const finish = (t: TaskRecord) => {
      clearTimeout(timer);
      stop?.();
      resolve(t);
    };
    // If that last read fails (the database is away), the task as first read: the wait ends either way.
    const timer = setTimeout(() => {
      store.getTask(task.id).then(
        (t) => finish(t ?? task),
        () => finish(task),
      );
    }, ms);
    stop = followTask(store, task, (t) => {
      if (isFinal(t)) finish(t);
    });
  });
}

/** The fields whose change sends an event. */
type Presented = { status: string; queue_position?: number; stage?: string };

/**
 * Writes a task to `res` as Server-Sent Events (`event: task`, the presented task as `data`) now
 * and at each change of its status, `queue_position` or `stage`, until it ends or the client goes;
 * comments keep idle connections open. While the task is CREATED its place comes from `positions`,
 * which re-reads the places of all open streams' queued tasks in one query after other tasks
 * change (queue-positions.ts): only open streams of queued tasks pay for that, and they share it.
 */
export function streamTaskEvents(
  store: WatchedStore,
  task: TaskRecord,
  res: ServerResponse,
  opts: {
    /** The task as sent; `ahead` is its known count of tasks ahead while CREATED (read when absent). */
    present(task: TaskRecord, ahead?: number): Promise<Presented> | Presented;
    positions: QueuePositions;
    onClose(listener: () => void): void;
    heartbeatMs?: number;
  },
): void {
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), opts.heartbeatMs ?? 15_000);
  let lastKey = '';
  let done = false;
  let chain = Promise.resolve();
  /** The latest state of the task heard of, before its event is written. */
  let latest = task;
  let unqueue = () => {};
  const close = () => {
    if (done) return;
    done = true;
    clearInterval(heartbeat);
    unqueue();
    stop();
    if (!res.writableEnded) res.end();
  };
  // Sends run one after another, so that a slow read cannot put an older state after a newer one.
  const send = (t: TaskRecord, ahead?: number) => {
    chain = chain.then(async () => {
      // A place read before the task left the queue is not sent after it left.
      if (done || res.writableEnded || (ahead !== undefined && latest.status !== 'CREATED')) return;
      const presented = await opts.present(t, ahead);
      if (done) return;
      const key = `${presented.status} ${presented.queue_position ?? ''} ${presented.stage ?? ''}`;
      if (key !== lastKey) {
        lastKey = key;
        res.write(`event: task\nid: ${t.status}\ndata: ${JSON.stringify(presented)}\n\n`);
      }
      if (isFinal(t)) close();
      else if (t.status !== 'CREATED') unqueue();
    }).catch(() => close());
  };
  if (task.status === 'CREATED') {
    const off = opts.positions.watch(task.id, (ahead) => latest.status === 'CREATED' && send(latest, ahead));
    unqueue = () => {
      off();
      unqueue = () => {};
    };
  }
  send(task);
  const stop = isFinal(task)
    ? () => {}
    : watchTask(store, task, (t) => {
        latest = t;
        send(t);
      });
  opts.onClose(close);
}
