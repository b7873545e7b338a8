import { HTTP_ERRORS, type HttpErrorCode, type InvalidParam } from '../domain/error-codes.js';

export { HTTP_ERRORS, TASK_ERROR_CODES, type HttpErrorCode, type InvalidParam, type TaskErrorCode } from '../domain/error-codes.js';

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
    // 401 bodies are exactly Magnific's: a message and nothing else (docs/api.md, "The HTTP API").
    if (this.status === 401) return { message: this.message };
    const body: ErrorBody = { message: this.message, code: this.code };
    if (this.extra.invalid_params) body.invalid_params = this.extra.invalid_params;
    return body;
  }
}
