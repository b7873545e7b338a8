import { sleep, type StreamedResponse } from './transport.js';
import type { Task } from './wire.js';

/** Options of `subscribe`. */
export interface SubscribeOptions {
  /** Called with the task now and at each change of its status, `queue_position` or `stage`. */
  onUpdate?: (task: Task) => void;
  /** Stops following: `subscribe` rejects with the signal's reason (the task goes on). */
  signal?: AbortSignal;
  /** When the stream cannot be read: the first pause between polls. Default 1000 ms (then up to 5 s). */
  pollIntervalMs?: number;
  /** A stream silent this long is taken as lost (the server sends a comment every 15 s). Default 45 000 ms. */
  idleTimeoutMs?: number;
}

/** One Server-Sent Event: its `event` name and its `data` lines joined. */
export interface ServerSentEvent {
  event: string;
  data: string;
  id?: string;
}

/**
 * Reads `text/event-stream` (the WHATWG rules: lines end in LF, CR or CRLF; a blank line ends an
 * event; `:` starts a comment) from a byte stream, yielding each event as it completes.
 * `onActivity` is called for every chunk, comments included.
 */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>, onActivity?: () => void): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | undefined;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      onActivity?.();
      buffer += decoder.decode(value, { stream: true });
      let match: RegExpExecArray | null;
      while ((match = /\r\n|\r|\n/.exec(buffer))) {
        // A CR at the very end may be half of a CRLF still in flight.
        if (match[0] === '\r' && match.index === buffer.length - 1) break;
        const line = buffer.slice(0, match.index);
        buffer = buffer.slice(match.index + match[0].length);
        if (line === '') {
          if (data.length) yield { event: event || 'message', data: data.join('\n'), id };
          event = '';
          data = [];
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const text = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = text;
        else if (field === 'data') data.push(text);
        else if (field === 'id') id = text;
      }
    }
  } finally {
    reader.releaseLock();
    await body.cancel().catch(() => {});
  }
}

export interface SubscribeDeps {
  /** Opens the task's event stream. */
  openStream(taskId: string, signal: AbortSignal): Promise<StreamedResponse>;
  /** Reads the task once. */
  getTask(taskId: string, signal?: AbortSignal): Promise<Task>;
}

const isFinal = (t: Task) => t.status === 'COMPLETED' || t.status === 'FAILED';
const changed = (a: Task | undefined, b: Task) => !a || a.status !== b.status || a.queue_position !== b.queue_position || a.stage !== b.stage;

/**
 * Follows a task until it ends and resolves with it (COMPLETED or FAILED): on the event stream
 * while it works, then by polling when the stream cannot be opened or breaks off.
 */
export async function followTask(deps: SubscribeDeps, first: Task | string, opts: SubscribeOptions = {}): Promise<Task> {
  const taskId = typeof first === 'string' ? first : first.task_id;
  let last: Task | undefined;
  const update = (t: Task) => {
    if (!changed(last, t)) return;
    last = t;
    opts.onUpdate?.(t);
  };
  if (typeof first !== 'string') update(first);
  if (last && isFinal(last)) return last;

  const fromStream = await streamUntilEnd(deps, taskId, update, opts).catch((err) => {
    if (opts.signal?.aborted) throw opts.signal.reason;
    // A 404 or 401 will not get better by polling: say so now.
    if ((err as { kind?: string }).kind === 'not_found' || (err as { kind?: string }).kind === 'auth') throw err;
    return undefined;
  });
  if (fromStream) return fromStream;

  let pause = opts.pollIntervalMs ?? 1000;
  for (;;) {
    const task = await deps.getTask(taskId, opts.signal);
    update(task);
    if (isFinal(task)) return task;
    await sleep(pause, opts.signal);
    pause = Math.min(5000, pause * 1.5);
  }
}

/** The final task from the stream, or undefined when the stream ended or went quiet first. */
async function streamUntilEnd(deps: SubscribeDeps, taskId: string, update: (t: Task) => void, opts: SubscribeOptions): Promise<Task | undefined> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(opts.signal!.reason);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const idleMs = opts.idleTimeoutMs ?? 45_000;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const touch = () => {
    clearTimeout(idle);
    idle = setTimeout(() => controller.abort(new Error('the event stream went quiet')), idleMs);
  };
  try {
    touch();
    const res = await deps.openStream(taskId, controller.signal);
    if (!/^text\/event-stream/i.test(res.headers.get('content-type') ?? '')) {
      await res.body.cancel().catch(() => {});
      return undefined;
    }
    for await (const message of readServerSentEvents(res.body, touch)) {
      if (message.event !== 'task') continue;
      const task = JSON.parse(message.data) as Task;
      update(task);
      if (isFinal(task)) return task;
    }
    return undefined;
  } finally {
    clearTimeout(idle);
    opts.signal?.removeEventListener('abort', onAbort);
    controller.abort();
  }
}
