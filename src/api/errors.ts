/**
 * The one registry of HTTP error codes (spec api.md, "Errors"). Every error response the API
 * sends is built here; docs/errors.md lists exactly these codes (checked by a test).
 */
export const HTTP_ERRORS = {
  invalid_params: { status: 400, message: "Your request parameters didn't validate." },
  invalid_json: { status: 400, message: 'The request body is not valid JSON.' },
  forbidden_json_key: { status: 400, message: 'The request body has a key that is refused (__proto__, or constructor.prototype).' },
  bad_request: { status: 400, message: 'The request is not valid HTTP/1.1.' },
  missing_api_key: { status: 401, message: 'Missing API key' },
  invalid_api_key: { status: 401, message: 'Invalid API key' },
  not_found: { status: 404, message: 'Not found' },
  request_timeout: { status: 408, message: 'The request did not arrive in time.' },
  conflict: { status: 409, message: 'The request conflicts with the current state of the resource.' },
  payload_too_large: { status: 413, message: 'The request body is too large.' },
  unsupported_media_type: { status: 415, message: 'The request body must be JSON (Content-Type: application/json).' },
  rate_limited: { status: 429, message: 'Rate limit exceeded' },
  headers_too_large: { status: 431, message: 'The request headers are too large.' },
  internal: { status: 500, message: 'Internal Server Error' },
  unavailable: { status: 503, message: 'Service Unavailable. Please try again later.' },
} as const;

export type HttpErrorCode = keyof typeof HTTP_ERRORS;

export interface InvalidParam {
  name: string;
  reason: string;
}

export interface ErrorBody {
  message: string;
  code?: HttpErrorCode;
  invalid_params?: InvalidParam[];
}

/** An error a route throws to answer with one of the registry's codes. */
export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: HttpErrorCode,
    message?: string,
    readonly extra: { invalid_params?: InvalidParam[]; retryAfterSeconds?: number } = {},
  ) {
    super(message ?? HTTP_ERRORS[code].message);
    this.status = HTTP_ERRORS[code].status;
    this.name = 'HttpError';
  }

  body(): ErrorBody {
    // 401 bodies are exactly Magnific's: a message and nothing else (spec api.md, "Authentication").
    if (this.status === 401) return { message: this.message };
    const body: ErrorBody = { message: this.message, code: this.code };
    if (this.extra.invalid_params) body.invalid_params = this.extra.invalid_params;
    return body;
  }
}

/** The task's `error.code` values on FAILED (spec api.md, "FAILED tasks"). */
export const TASK_ERROR_CODES = [
  'content_blocked',
  'no_image',
  'invalid_reference_image',
  'engine_unavailable',
  'timeout',
  'worker_lost',
  'cancelled',
  'internal',
] as const;
export type TaskErrorCode = (typeof TASK_ERROR_CODES)[number];
