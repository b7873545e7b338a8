import { BananastandError, NetworkError, errorFromResponse } from './errors.js';

/** How the client talks HTTP: one place for the key, time-outs and retries. */
export interface TransportOptions {
  baseUrl: string;
  apiKey?: string;
  /** A fetch of the caller's; absent: `globalThis.fetch`, looked up at each call. */
  fetch?: typeof fetch;
  maxRetries: number;
  timeoutMs: number;
  maxRetryDelayMs: number;
  headers: Record<string, string>;
}

export interface RequestOptions {
  method: 'GET' | 'POST';
  /** A path under the base URL, or an absolute URL. */
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Extra time this request may take beyond the client's time-out (long polls). */
  extraTimeoutMs?: number;
  /** No time-out at all (the event stream, which watches its own heartbeat). */
  noTimeout?: boolean;
  /**
   * Whether a retry after a network error or a 5xx is safe. A 429 is always retried: the server
   * refuses it before doing anything.
   */
  retrySafe: boolean;
  /** Send the API key (not for capability URLs, which need none). */
  authenticate?: boolean;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

/** A response whose body has not been read (downloads, the event stream). */
export interface StreamedResponse {
  status: number;
  headers: Headers;
  body: ReadableStream<Uint8Array>;
}

/** The rate-limit headers of the key's last answer (docs/operations.md, "Per-key limits"). */
export interface RateLimitInfo {
  /** `x-ratelimit-limit`: requests allowed per window. */
  limit: number;
  /** `x-ratelimit-remaining`: requests left in this window. */
  remaining: number;
  /** `x-ratelimit-reset`: seconds until the window refills. */
  resetSeconds: number;
  /** `Retry-After` in seconds, on a 429. */
  retryAfterSeconds?: number;
}

/** The rate-limit headers of an answer, or undefined when it has none (capability URLs, errors before auth). */
export function rateLimitOf(headers: Headers): RateLimitInfo | undefined {
  const limit = headers.get('x-ratelimit-limit');
  const remaining = headers.get('x-ratelimit-remaining');
  const reset = headers.get('x-ratelimit-reset');
  if (limit === null || remaining === null || reset === null) return undefined;
  const info: RateLimitInfo = { limit: Number(limit), remaining: Number(remaining), resetSeconds: Number(reset) };
  const retryAfter = retryAfterSeconds(headers.get('retry-after'));
  if (retryAfter !== undefined) info.retryAfterSeconds = retryAfter;
  return info;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

/** Seconds from a `Retry-After` header (delta seconds or an HTTP date). */
function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class Transport {
  /** The rate-limit headers of the last answer that carried them. */
  lastRateLimit: RateLimitInfo | undefined;

  constructor(private readonly opts: TransportOptions) {}

  url(path: string, query?: RequestOptions['query']): string {
    const url = /^https?:\/\//i.test(path) ? new URL(path) : new URL(this.opts.baseUrl.replace(/\/+$/, '') + path);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    return url.toString();
  }

  /** Sends a request, retrying 429, 5xx and network failures with backoff; throws typed errors. */
  async request(req: RequestOptions): Promise<RawResponse> {
    const res = await this.stream(req);
    return { status: res.status, headers: res.headers, bytes: await readAll(res.body) };
  }

  /** As {@link request}, but hands over the body unread once the status says success. */
  async stream(req: RequestOptions): Promise<StreamedResponse> {
    const { maxRetries, maxRetryDelayMs } = this.opts;
    for (let attempt = 0; ; attempt++) {
      let outcome: { error: BananastandError; retryAfter?: number; retryable: boolean };
      try {
        const streamed = await this.once(req);
        if (streamed.status < 400) return streamed;
        const response = { ...streamed, bytes: await readAll(streamed.body) };
        const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
        outcome = {
          error: errorFromResponse(response.status, parseJson(response.bytes), response.headers.get('x-request-id') ?? undefined, retryAfter),
          retryAfter,
          retryable: RETRYABLE_STATUS.has(response.status) && (response.status === 429 || req.retrySafe),
        };
      } catch (err) {
        if (req.signal?.aborted) throw req.signal.reason;
        const cause = err as Error;
        const timedOut = cause.name === 'TimeoutError';
        outcome = {
          error: new NetworkError(
            timedOut
              ? `No answer from ${this.opts.baseUrl} within ${Math.round((this.opts.timeoutMs + (req.extraTimeoutMs ?? 0)) / 1000)} s.`
              : `Could not reach ${this.opts.baseUrl}: ${describeNetworkError(cause)}.`,
            { kind: 'network', cause },
          ),
          retryable: req.retrySafe,
        };
      }
      if (!outcome.retryable || attempt >= maxRetries) throw outcome.error;
      // Honour Retry-After, but never wait longer than maxRetryDelayMs: past it, the caller decides.
      const delay = outcome.retryAfter !== undefined ? outcome.retryAfter * 1000 : backoff(attempt);
      if (delay > maxRetryDelayMs) throw outcome.error;
      await sleep(delay, req.signal);
    }
  }

  /** A request whose answer must be JSON; returns the parsed body. */
  async json<T>(req: RequestOptions): Promise<T> {
    const response = await this.request(req);
    const body = parseJson(response.bytes);
    if (body === undefined) {
      throw new BananastandError(`The server answered ${req.method} ${req.path} with something other than JSON.`, {
        kind: 'server',
        status: response.status,
        requestId: response.headers.get('x-request-id') ?? undefined,
      });
    }
    return body as T;
  }

  private async once(req: RequestOptions): Promise<StreamedResponse> {
    const headers: Record<string, string> = { accept: 'application/json', ...this.opts.headers, ...req.headers };
    if (req.authenticate !== false && this.opts.apiKey) headers['x-magnific-api-key'] = this.opts.apiKey;
    let body: string | undefined;
    if (req.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(req.body);
    }
    const signals = req.signal ? [req.signal] : [];
    if (!req.noTimeout) signals.push(AbortSignal.timeout(this.opts.timeoutMs + (req.extraTimeoutMs ?? 0)));
    const signal = signals.length > 1 ? anySignal(signals) : signals[0];
    // Called as a plain function, never as a method of an options object: browsers throw "Illegal
    // invocation" when fetch runs with a `this` other than the global object.
    const fetchNow = this.opts.fetch ?? globalThis.fetch;
    const res = await fetchNow(this.url(req.path, req.query), { method: req.method, headers, body, signal });
    if (req.authenticate !== false) this.lastRateLimit = rateLimitOf(res.headers) ?? this.lastRateLimit;
    return { status: res.status, headers: res.headers, body: res.body ?? new ReadableStream({ start: (c) => c.close() }) };
  }
}

/** Exponential backoff with jitter: about 0.5 s, 1 s, 2 s, … up to 8 s. */
function backoff(attempt: number): number {
  return Math.min(8000, 500 * 2 ** attempt) * (0.75 + Math.random() * 0.25);
}

/** Every chunk of a body, joined. */
export async function readAll(body: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

function describeNetworkError(err: Error): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? err.message;
}

/** AbortSignal.any, which some runtimes the SDK targets lack. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => controller.abort(s.reason), { once: true, signal: controller.signal });
  }
  return controller.signal;
}
