import type { ServerResponse } from 'node:http';
import { FINAL_STATUSES, type TaskRecord } from '../domain/task.js';
import type { TaskStore } from '../store/ports.js';

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
  void store.getTask(task.id).then((fresh) => fresh && forward(fresh));
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
    const timer = setTimeout(async () => finish((await store.getTask(task.id)) ?? task), ms);
    stop = followTask(store, task, (t) => {
      if (isFinal(t)) finish(t);
    });
  });
}

/**
 * Writes a task's status changes to `res` as Server-Sent Events (`event: task`, the presented
 * task as `data`) until it ends or the client goes; comments keep idle connections open.
 */
export function streamTaskEvents(
  store: WatchedStore,
  task: TaskRecord,
  res: ServerResponse,
  opts: { present(task: TaskRecord): unknown; onClose(listener: () => void): void; heartbeatMs?: number },
): void {
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), opts.heartbeatMs ?? 15_000);
  let stop: (() => void) | undefined;
  const close = () => {
    clearInterval(heartbeat);
    stop?.();
    if (!res.writableEnded) res.end();
  };
  stop = followTask(store, task, (t) => {
    if (res.writableEnded) return;
    res.write(`event: task\nid: ${t.status}\ndata: ${JSON.stringify(opts.present(t))}\n\n`);
    if (isFinal(t)) close();
  });
  opts.onClose(close);
}
