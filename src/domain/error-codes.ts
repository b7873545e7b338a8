/**
 * The one registry of HTTP error codes (docs/errors.md, "HTTP error codes"): each code's status and
 * default message. Every error response the API sends is built from it (src/api/errors.ts), and a
 * test checks that docs/errors.md lists exactly these codes.
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
  idempotency_key_reused: { status: 409, message: 'This Idempotency-Key was already used with another request body.' },
  payload_too_large: { status: 413, message: 'The request body is too large.' },
  unsupported_media_type: { status: 415, message: 'The request body must be JSON (Content-Type: application/json).' },
  rate_limited: { status: 429, message: 'Rate limit exceeded' },
  too_many_tasks: { status: 429, message: 'The key has as many tasks in flight as it may; wait for some to finish.' },
  headers_too_large: { status: 431, message: 'The request headers are too large.' },
  internal: { status: 500, message: 'Internal Server Error' },
  unavailable: { status: 503, message: 'Service Unavailable. Please try again later.' },
} as const;

export type HttpErrorCode = keyof typeof HTTP_ERRORS;

/** One entry of a 400's `invalid_params`: the request path of the field and what is wrong with it. */
export interface InvalidParam {
  name: string;
  reason: string;
}

/** The task's `error_code` values on FAILED (docs/errors.md, "Task error codes"). */
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
