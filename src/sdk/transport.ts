import { BananastandError, NetworkError, errorFromResponse } from './errors.js';

/** How the client talks HTTP: one place for the key, time-outs and retries. */
export interface TransportOptions {
  baseUrl: string;
  apiKey?: string;
  fetch: typeof fetch;
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
  constructor(private readonly opts: TransportOptions) {}

  url(path: string, query?: RequestOptions['query']): string {
    const url = /^https?:\/\//i.test(path) ? new URL(path) : new URL(this.opts.baseUrl.replace(/\/+$/, '') + path);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    return url.toString();
  }

  /** Sends a request, retrying 429, 5xx and network failures with backoff; throws typed errors. */
  async request(req: RequestOptions): Promise<RawResponse> {
    const { maxRetries, maxRetryDelayMs } = this.opts;
    for (let attempt = 0; ; attempt++) {
      let outcome: { response: RawResponse } | { error: BananastandError; retryAfter?: number; retryable: boolean };
      try {
        const response = await this.once(req);
        if (response.status < 400) return response;
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

  private async once(req: RequestOptions): Promise<RawResponse> {
    const headers: Record<string, string> = { accept: 'application/json', ...this.opts.headers, ...req.headers };
    if (req.authenticate !== false && this.opts.apiKey) headers['x-magnific-api-key'] = this.opts.apiKey;
    let body: string | undefined;
    if (req.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(req.body);
    }
    const timeout = AbortSignal.timeout(this.opts.timeoutMs + (req.extraTimeoutMs ?? 0));
    const signal = req.signal ? anySignal([req.signal, timeout]) : timeout;
    const res = await this.opts.fetch(this.url(req.path, req.query), { method: req.method, headers, body, signal });
    return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
  }
}

/** Exponential backoff with jitter: about 0.5 s, 1 s, 2 s, … up to 8 s. */
function backoff(attempt: number): number {
  return Math.min(8000, 500 * 2 ** attempt) * (0.75 + Math.random() * 0.25);
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
