import { TaskFailedError, TimeoutError } from './errors.js';
import { TaskPage, TaskPagePromise, type ListTasksParams } from './pagination.js';
import { toWireParams, type CreateImageInput } from './references.js';
import { followTask, type SubscribeOptions } from './subscribe.js';
import { Transport, readAll, type RateLimitInfo } from './transport.js';
import type { PageMeta, RotatedWebhookSecret, Task, WebhookDelivery } from './types.js';

export * from './errors.js';
export type * from './types.js';
export { ASPECT_RATIOS, HTTP_ERROR_CODES, RESOLUTIONS, TASK_ERROR_CODES, TASK_STAGES, TASK_STATUSES } from './wire.js';
export { TaskPage, TaskPagePromise, type ListTasksParams } from './pagination.js';
export { imageDataUri, sniffImageType, type CreateImageInput, type ImageInput, type ReferenceImageInput } from './references.js';
export { readServerSentEvents, type ServerSentEvent, type SubscribeOptions } from './subscribe.js';
export type { RateLimitInfo } from './transport.js';
export { verifyWebhook, type VerifyWebhookOptions, type WebhookHeaders } from './verify-webhook.js';

const TASKS_PATH = '/v1/ai/text-to-image/nano-banana-pro-flash';
/** The longest `Prefer: wait` the server honours (docs/api.md, "Create a task": `Prefer: wait=N`, N ≤ 60). */
const MAX_WAIT_SECONDS = 60;

/** Options of {@link Bananastand}. */
export interface BananastandOptions {
  /** The server's origin, e.g. `http://localhost:8080` (a path prefix is kept). */
  baseUrl: string;
  /** The API key, sent as `x-magnific-api-key`. */
  apiKey?: string;
  /** A `fetch` to use instead of the global one (which is looked up at each call, unbound). */
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

/** Options of `subscribe` when it creates the task. */
export interface SubscribeCreateOptions extends SubscribeOptions {
  /** As in `images.create`. */
  idempotencyKey?: string;
}

/** Options of `images.generate`. */
export interface GenerateOptions extends CreateOptions {
  /** Called with the task when it is created and at each change of its status, `queue_position` or `stage` after. */
  onStatus?: (task: Task) => void;
  /** Stop waiting after this long and throw {@link TimeoutError} (the task goes on). Default: no limit. */
  timeoutMs?: number;
}

/** A download whose body has not been read yet: stream it, or take it whole with `bytes()` or `blob()`. */
export interface DownloadedFile {
  /** The image's bytes as they arrive; read it once, or call one of the helpers once. */
  body: ReadableStream<Uint8Array>;
  /** `image/png`, `image/jpeg` or `image/webp`. */
  contentType: string;
  /** The size in bytes, when the server said (it does). */
  contentLength?: number;
  /** Reads the whole body. */
  bytes(): Promise<Uint8Array>;
  /** Reads the whole body as a Blob of `contentType` (for `URL.createObjectURL` or `createImageBitmap`). */
  blob(): Promise<Blob>;
}

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
  private readonly options: BananastandOptions;

  /**
   * The rate-limit headers of this client's last answer (`limit`, `remaining`, `resetSeconds`,
   * and `retryAfterSeconds` after a 429), or undefined before the first.
   */
  get lastRateLimit(): RateLimitInfo | undefined {
    return this.http.lastRateLimit;
  }

  /** Create tasks and wait for their images. */
  readonly images = {
    /**
     * Creates a task (`POST …/nano-banana-pro-flash`) and returns it at once, status CREATED.
     * @throws InvalidRequestError with `invalidParams` when the server refuses the parameters.
     */
    create: (params: CreateImageInput, opts: CreateOptions = {}): Promise<Task> => this.create(params, opts),
    /**
     * Creates a task and waits until it ends, following it as {@link Bananastand.subscribe} does
     * (the event stream, else polling). Returns the COMPLETED task.
     * @throws TaskFailedError when the task ends FAILED; TimeoutError after `timeoutMs`.
     */
    generate: (params: CreateImageInput, opts: GenerateOptions = {}): Promise<Task> => this.generate(params, opts),
  };

  /**
   * Follows a task until it ends and resolves with it, COMPLETED or FAILED (it does not throw for
   * FAILED: read `error` and `error_code`). Given parameters it creates the task first. `onUpdate`
   * sees every change of `status`, `queue_position` and `stage`, read from the task's event stream
   * (`GET …/{task_id}/events`), or by polling when the stream cannot be opened or breaks off.
   */
  subscribe(task: CreateImageInput | string, opts: SubscribeCreateOptions = {}): Promise<Task> {
    if (typeof task === 'string') return this.follow(task, opts);
    return this.create(task, { idempotencyKey: opts.idempotencyKey, signal: opts.signal }).then((created) => this.follow(created, opts));
  }

  /**
   * A new client with these options merged over this one's (`headers` merged key by key), e.g.
   * `client.withOptions({ timeoutMs: 5000, maxRetries: 0 })`. This client is unchanged.
   */
  withOptions(options: Partial<BananastandOptions>): Bananastand {
    return new Bananastand({ ...this.options, ...options, headers: { ...this.options.headers, ...options.headers } });
  }

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
     * Downloads a URL from a task's `generated` (or `images[].url`) as a stream: `body` is a
     * ReadableStream, `bytes()` and `blob()` read it whole. The URLs are capability URLs: no key is
     * sent. A relative path is taken from the base URL.
     */
    download: async (url: string, opts: { signal?: AbortSignal } = {}): Promise<DownloadedFile> => {
      const res = await this.http.stream({ method: 'GET', path: url, headers: { accept: '*/*' }, signal: opts.signal, retrySafe: true, authenticate: false });
      const contentType = res.headers.get('content-type') ?? 'application/octet-stream';
      const length = res.headers.get('content-length');
      return {
        body: res.body,
        contentType,
        contentLength: length === null ? undefined : Number(length),
        bytes: () => readAll(res.body),
        blob: async () => new Blob([await readAll(res.body)], { type: contentType }),
      };
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
    if (typeof (options.fetch ?? globalThis.fetch) !== 'function') throw new TypeError('No fetch available: pass options.fetch');
    this.options = { ...options };
    this.http = new Transport({
      baseUrl: options.baseUrl,
      apiKey: options.apiKey,
      fetch: options.fetch,
      maxRetries: options.maxRetries ?? 2,
      timeoutMs: options.timeoutMs ?? 60_000,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 60_000,
      headers: options.headers ?? {},
    });
  }

  private async create(params: CreateImageInput, opts: CreateOptions): Promise<Task> {
    const res = await this.http.json<{ data: Task }>({
      method: 'POST',
      path: TASKS_PATH,
      body: await toWireParams(params),
      headers: { 'idempotency-key': opts.idempotencyKey ?? randomKey() },
      signal: opts.signal,
      retrySafe: true,
    });
    return res.data;
  }

  private follow(first: Task | string, opts: SubscribeOptions): Promise<Task> {
    const deps = {
      openStream: (taskId: string, signal: AbortSignal) =>
        this.http.stream({
          method: 'GET',
          path: `${TASKS_PATH}/${encodeURIComponent(taskId)}/events`,
          headers: { accept: 'text/event-stream' },
          signal,
          noTimeout: true,
          retrySafe: true,
        }),
      getTask: (taskId: string, signal?: AbortSignal) => this.getTask(taskId, { signal }),
    };
    return followTask(deps, first, opts);
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

  private async generate(params: CreateImageInput, opts: GenerateOptions): Promise<Task> {
    const task = await this.create(params, opts);
    // Followed like subscribe (the event stream, else polling), with the time limit as an abort.
    const controller = new AbortController();
    const onAbort = () => controller.abort(opts.signal!.reason);
    if (opts.signal?.aborted) onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const timeout = new TimeoutError(`Task ${task.task_id} had not ended after ${opts.timeoutMs} ms; it goes on, and tasks.get can read it later.`, task.task_id);
    const timer = opts.timeoutMs === undefined ? undefined : setTimeout(() => controller.abort(timeout), opts.timeoutMs);
    try {
      const final = await this.follow(task, { onUpdate: opts.onStatus, signal: controller.signal });
      if (final.status === 'FAILED') throw new TaskFailedError(final);
      return final;
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    }
  }

}
