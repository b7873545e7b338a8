import { TaskFailedError, TimeoutError } from './errors.js';
import { TaskPage, TaskPagePromise, type ListTasksParams } from './pagination.js';
import { Transport, sleep } from './transport.js';
import type { CreateImageParams, PageMeta, RotatedWebhookSecret, Task, WebhookDelivery } from './types.js';

export * from './errors.js';
export type * from './types.js';
export { TaskPage, TaskPagePromise, type ListTasksParams } from './pagination.js';
export { verifyWebhook, type VerifyWebhookOptions, type WebhookHeaders } from './verify-webhook.js';

const TASKS_PATH = '/v1/ai/text-to-image/nano-banana-pro-flash';
/** The longest `Prefer: wait` the server honours (spec api.md; src/tasks/routes.ts). */
const MAX_WAIT_SECONDS = 60;

/** Options of {@link Bananastand}. */
export interface BananastandOptions {
  /** The server's origin, e.g. `http://localhost:8080` (a path prefix is kept). */
  baseUrl: string;
  /** The API key, sent as `x-magnific-api-key`. */
  apiKey?: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /** Retries after a 429, a 5xx or a network failure. Default 2. */
  maxRetries?: number;
  /** Time-out of one HTTP request (a long poll gets its wait on top). Default 60 000 ms. */
  timeoutMs?: number;
  /** The longest pause before a retry; a longer `Retry-After` is not waited for. Default 60 000 ms. */
  maxRetryDelayMs?: number;
  /** Headers added to every request. */
  headers?: Record<string, string>;
}

/** Options of `images.create`. */
export interface CreateOptions {
  /**
   * Makes retries safe: the same key returns the first task instead of creating another. A fresh
   * one is made for every call when not given.
   */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** Options of `images.generate`. */
export interface GenerateOptions extends CreateOptions {
  /** Called with the task when it is created and at each status change after. */
  onStatus?: (task: Task) => void;
  /** Stop waiting after this long and throw {@link TimeoutError} (the task goes on). Default: no limit. */
  timeoutMs?: number;
}

/** A downloaded image. */
export interface DownloadedFile {
  bytes: Uint8Array;
  contentType: string;
}

const isFinal = (t: Task) => t.status === 'COMPLETED' || t.status === 'FAILED';

/** A random Idempotency-Key. `crypto.randomUUID` is missing from browser pages served over plain http. */
function randomKey(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The bananastand client. Every method throws a {@link BananastandError} subclass on failure and
 * retries 429, 5xx and network failures on its own (honouring `Retry-After`).
 *
 * @example
 * ```ts
 * const client = new Bananastand({ baseUrl: 'http://localhost:8080', apiKey: process.env.BANANASTAND_API_KEY });
 * const task = await client.images.generate({ prompt: 'a red fox in the snow', aspect_ratio: '16:9' });
 * const { bytes } = await client.files.download(task.generated[0]);
 * ```
 */
export class Bananastand {
  private readonly http: Transport;

  /** Create tasks and wait for their images. */
  readonly images = {
    /**
     * Creates a task (`POST …/nano-banana-pro-flash`) and returns it at once, status CREATED.
     * @throws InvalidRequestError with `invalidParams` when the server refuses the parameters.
     */
    create: (params: CreateImageParams, opts: CreateOptions = {}): Promise<Task> => this.create(params, opts),
    /**
     * Creates a task and waits until it ends, long-polling with `Prefer: wait` (and backing off
     * against servers that answer at once). Returns the COMPLETED task.
     * @throws TaskFailedError when the task ends FAILED; TimeoutError after `timeoutMs`.
     */
    generate: (params: CreateImageParams, opts: GenerateOptions = {}): Promise<Task> => this.generate(params, opts),
  };

  /** Read, list and cancel tasks. */
  readonly tasks = {
    /**
     * One task. With `wait` (seconds, at most 60) the server holds the answer until the task ends.
     * @throws NotFoundError for an unknown id or another key's task.
     */
    get: (taskId: string, opts: { wait?: number; signal?: AbortSignal } = {}): Promise<Task> => this.getTask(taskId, opts),
    /**
     * The caller's tasks, newest first. `await` it for one page ({@link TaskPage}: `data`, `meta`,
     * `nextPage()`), or iterate with `for await (const task of client.tasks.list())` to walk every page.
     */
    list: (params: ListTasksParams = {}): TaskPagePromise => {
      const fetchPage = (page: number) => this.listPage(page, params, fetchPage);
      return new TaskPagePromise(params.page ?? 1, fetchPage);
    },
    /**
     * Cancels a task that has not ended: it ends FAILED with `error_code` `cancelled`.
     * @throws ConflictError when it has already ended.
     */
    cancel: (taskId: string, opts: { signal?: AbortSignal } = {}): Promise<Task> =>
      this.http
        .json<{ data: Task }>({ method: 'POST', path: `${TASKS_PATH}/${encodeURIComponent(taskId)}/cancel`, signal: opts.signal, retrySafe: true })
        .then((r) => r.data),
  };

  /** The generated images. */
  readonly files = {
    /**
     * Downloads a URL from a task's `generated` (or `images[].url`). The URLs are capability URLs:
     * no key is sent. A relative path is taken from the base URL.
     */
    download: async (url: string, opts: { signal?: AbortSignal } = {}): Promise<DownloadedFile> => {
      const res = await this.http.request({ method: 'GET', path: url, headers: { accept: '*/*' }, signal: opts.signal, retrySafe: true, authenticate: false });
      return { bytes: res.bytes, contentType: res.headers.get('content-type') ?? 'application/octet-stream' };
    },
  };

  /** Webhook signing secret and delivery log. Verify deliveries with {@link verifyWebhook}. */
  readonly webhooks = {
    /** The key's current webhook signing secret (`whsec_…`). */
    secret: (): Promise<string> =>
      this.http.json<{ data: { secret: string } }>({ method: 'GET', path: '/v1/webhooks/secret', retrySafe: true }).then((r) => r.data.secret),
    /** Makes a new signing secret; the old one keeps signing until `previous_secret_expires_at`. */
    rotateSecret: (): Promise<RotatedWebhookSecret> =>
      // Not retried after a network failure or 5xx: a lost answer would otherwise rotate twice.
      this.http.json<{ data: RotatedWebhookSecret }>({ method: 'POST', path: '/v1/webhooks/secret/rotate', retrySafe: false }).then((r) => r.data),
    /** The delivery log, newest first: every event of the key, or of one task, with its attempts. */
    deliveries: (taskId?: string, opts: { limit?: number } = {}): Promise<WebhookDelivery[]> =>
      this.http
        .json<{ data: WebhookDelivery[] }>({ method: 'GET', path: '/v1/webhooks/deliveries', query: { task_id: taskId, limit: opts.limit }, retrySafe: true })
        .then((r) => r.data),
    /** Sends one event again (by its id, the `webhook-id`). */
    redeliver: (eventId: string): Promise<WebhookDelivery> =>
      this.http
        .json<{ data: WebhookDelivery }>({ method: 'POST', path: `/v1/webhooks/deliveries/${encodeURIComponent(eventId)}/redeliver`, retrySafe: true })
        .then((r) => r.data),
  };

  constructor(options: BananastandOptions) {
    if (!options?.baseUrl) throw new TypeError('new Bananastand({ baseUrl }) needs the server URL, such as http://localhost:8080');
    const f = options.fetch ?? globalThis.fetch;
    if (typeof f !== 'function') throw new TypeError('No fetch available: pass options.fetch');
    this.http = new Transport({
      baseUrl: options.baseUrl,
      apiKey: options.apiKey,
      fetch: f,
      maxRetries: options.maxRetries ?? 2,
      timeoutMs: options.timeoutMs ?? 60_000,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 60_000,
      headers: options.headers ?? {},
    });
  }

  private async create(params: CreateImageParams, opts: CreateOptions): Promise<Task> {
    const res = await this.http.json<{ data: Task }>({
      method: 'POST',
      path: TASKS_PATH,
      body: params,
      headers: { 'idempotency-key': opts.idempotencyKey ?? randomKey() },
      signal: opts.signal,
      retrySafe: true,
    });
    return res.data;
  }

  private async getTask(taskId: string, opts: { wait?: number; signal?: AbortSignal }): Promise<Task> {
    const wait = opts.wait ? Math.min(MAX_WAIT_SECONDS, Math.max(0, Math.floor(opts.wait))) : 0;
    const res = await this.http.json<{ data: Task }>({
      method: 'GET',
      path: `${TASKS_PATH}/${encodeURIComponent(taskId)}`,
      headers: wait ? { prefer: `wait=${wait}` } : {},
      extraTimeoutMs: wait * 1000,
      signal: opts.signal,
      retrySafe: true,
    });
    return res.data;
  }

  private async listPage(page: number, params: ListTasksParams, fetchPage: (page: number) => Promise<TaskPage>): Promise<TaskPage> {
    const res = await this.http.json<{ data: Task[]; meta: PageMeta }>({
      method: 'GET',
      path: TASKS_PATH,
      query: { page, per_page: params.perPage, status: params.status },
      signal: params.signal,
      retrySafe: true,
    });
    return new TaskPage(res.data, res.meta, fetchPage);
  }

  private async generate(params: CreateImageParams, opts: GenerateOptions): Promise<Task> {
    const deadline = opts.timeoutMs === undefined ? Infinity : Date.now() + opts.timeoutMs;
    let task = await this.create(params, opts);
    opts.onStatus?.(task);
    // While queued, short long-polls notice IN_PROGRESS soon (the server's wait ends only when the
    // task does); once running, wait as long as the server allows.
    let queuedWait = 1;
    let pause = 250;
    while (!isFinal(task)) {
      const remainingS = (deadline - Date.now()) / 1000;
      if (remainingS <= 0) {
        throw new TimeoutError(`Task ${task.task_id} was still ${task.status} after ${opts.timeoutMs} ms; it goes on, and tasks.get can read it later.`, task.task_id);
      }
      const wanted = task.status === 'CREATED' ? queuedWait : MAX_WAIT_SECONDS;
      const wait = Math.max(1, Math.min(wanted, Math.ceil(remainingS)));
      queuedWait = Math.min(10, queuedWait * 2);
      const asked = Date.now();
      const next = await this.getTask(task.task_id, { wait, signal: opts.signal });
      if (next.status !== task.status) opts.onStatus?.(next);
      task = next;
      // An early answer for a task still running means the server does not long-poll: back off.
      if (!isFinal(task) && Date.now() - asked < wait * 1000 - 200) {
        await sleep(Math.min(pause, Math.max(0, deadline - Date.now())), opts.signal);
        pause = Math.min(5000, pause * 1.5);
      }
    }
    if (task.status === 'FAILED') throw new TaskFailedError(task);
    return task;
  }
}
