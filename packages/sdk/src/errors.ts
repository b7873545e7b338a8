import type { HttpErrorCode, InvalidParam, Task, TaskErrorCode } from './types.js';

/**
 * What kind of trouble an error is, for a `switch`:
 * - `invalid`: the request was refused as it stands (400, 413, 415); see `invalidParams`.
 * - `auth`: the API key is missing, unknown or revoked (401).
 * - `not_found`: no such task, file or event for this key (404).
 * - `conflict`: the request does not fit the resource's state, such as cancelling an ended task (409).
 * - `rate_limit`: too many requests (429), still after the retries.
 * - `server`: the server failed or is unavailable (5xx), still after the retries.
 * - `network`: no answer at all (connection refused, reset, DNS), still after the retries.
 * - `timeout`: `images.generate` gave up waiting (`timeoutMs`); the task may still finish.
 * - `task_failed`: the task ended FAILED (see {@link TaskFailedError}).
 */
export type ErrorKind = 'invalid' | 'auth' | 'not_found' | 'conflict' | 'rate_limit' | 'server' | 'network' | 'timeout' | 'task_failed';

/** Every error the SDK throws (apart from an abort, which throws the signal's reason). */
export class BananastandError extends Error {
  /** What kind of trouble this is. */
  readonly kind: ErrorKind;
  /** The HTTP status, when the server answered. */
  readonly status?: number;
  /** The server's stable error code (`invalid_params`, `rate_limited`, …), or the task's `error_code`. */
  readonly code?: HttpErrorCode | TaskErrorCode | (string & {});
  /** On a 400: each field that failed and why, named by its path in the request (`reference_images[0].image`). */
  readonly invalidParams?: InvalidParam[];
  /** The server's `x-request-id`: quote it when reporting a problem. */
  readonly requestId?: string;

  constructor(
    message: string,
    init: { kind: ErrorKind; status?: number; code?: string; invalidParams?: InvalidParam[]; requestId?: string; cause?: unknown },
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.invalidParams = init.invalidParams;
    this.requestId = init.requestId;
  }
}

/** 400, 413 or 415: fix the request; `invalidParams` lists every field that failed. */
export class InvalidRequestError extends BananastandError {}
/** 401: the key is missing, unknown or revoked. */
export class AuthenticationError extends BananastandError {}
/** 404: no such task, file or event for this key. */
export class NotFoundError extends BananastandError {}
/** 409: the request does not fit the resource's current state. */
export class ConflictError extends BananastandError {}
/** 429 after the retries. `retryAfterSeconds` is the server's last `Retry-After`. */
export class RateLimitError extends BananastandError {
  constructor(
    message: string,
    init: ConstructorParameters<typeof BananastandError>[1],
    readonly retryAfterSeconds?: number,
  ) {
    super(message, init);
  }
}
/** 5xx after the retries. */
export class ServerError extends BananastandError {}
/** No answer from the server after the retries. */
export class NetworkError extends BananastandError {}
/** `images.generate` stopped waiting after `timeoutMs`; the task goes on and may still finish. */
export class TimeoutError extends BananastandError {
  constructor(
    message: string,
    /** The task that was being waited for. */
    readonly taskId: string,
  ) {
    super(message, { kind: 'timeout' });
  }
}
/** The task ended FAILED: `message` is its `error`, `code` its `error_code`, `task` the whole task object. */
export class TaskFailedError extends BananastandError {
  declare readonly code: TaskErrorCode;
  constructor(readonly task: Task) {
    super(task.error ?? 'The task failed.', { kind: 'task_failed', code: task.error_code ?? 'internal' });
  }
}

/** The typed error for an HTTP error answer. */
export function errorFromResponse(
  status: number,
  body: unknown,
  requestId: string | undefined,
  retryAfterSeconds: number | undefined,
): BananastandError {
  const b = (typeof body === 'object' && body !== null ? body : {}) as { message?: unknown; code?: unknown; invalid_params?: unknown };
  const message = typeof b.message === 'string' ? b.message : `HTTP ${status}`;
  const init = {
    status,
    requestId,
    code: typeof b.code === 'string' ? b.code : undefined,
    invalidParams: Array.isArray(b.invalid_params) ? (b.invalid_params as InvalidParam[]) : undefined,
  };
  if (status === 401) return new AuthenticationError(message, { ...init, kind: 'auth' });
  if (status === 404) return new NotFoundError(message, { ...init, kind: 'not_found' });
  if (status === 409) return new ConflictError(message, { ...init, kind: 'conflict' });
  if (status === 429) return new RateLimitError(message, { ...init, kind: 'rate_limit' }, retryAfterSeconds);
  if (status >= 500) return new ServerError(message, { ...init, kind: 'server' });
  return new InvalidRequestError(message, { ...init, kind: 'invalid' });
}
