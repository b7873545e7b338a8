import { ApiError } from '@google/genai';
import { EngineError } from '../engine.js';
import { shorten } from './text.js';

/** What one failed call to Google means for the retry loop. */
export type AttemptFailure =
  | { retryable: true; summary: string; retryDelayMs?: number }
  | { retryable: false; error: EngineError };

/** Google's error body: `{"error":{"code","message","status","details"}}` (docs/api.md, "Google failures"). */
interface GoogleErrorBody {
  code?: number;
  message?: string;
  status?: string;
  details?: {
    '@type'?: string;
    /** google.rpc.RetryInfo */
    retryDelay?: string;
    /** google.rpc.ErrorInfo */
    reason?: string;
    metadata?: { activationUrl?: string };
    /** google.rpc.QuotaFailure */
    violations?: { quotaId?: string; quotaMetric?: string; quotaValue?: string }[];
  }[];
}

/**
 * Classifies an error thrown by one `@google/genai` call made without the caller's signal being
 * aborted (the caller checks that first). Returns undefined for errors that are not Google's or the
 * network's: those are bugs and propagate as they are.
 */
export function classifyAttemptFailure(err: unknown, context: { model: string; timeoutMs: number }): AttemptFailure | undefined {
  if (err instanceof ApiError) return classifyApiError(err, context.model);
  if (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')) {
    // The SDK aborts an attempt that outlives `httpOptions.timeout`.
    const limit = context.timeoutMs >= 1000 ? `${Math.round(context.timeoutMs / 1000)} s` : `${context.timeoutMs} ms`;
    return { retryable: true, summary: `no answer within the per-attempt timeout of ${limit}` };
  }
  const network = networkErrorCode(err);
  if (network) return { retryable: true, summary: `network error talking to Google (${network})` };
  if (err instanceof Error && CREDENTIAL_ERROR.test(err.message)) {
    // google-auth-library (Vertex AI) fails before any request is sent.
    return {
      retryable: false,
      error: new EngineError(
        'engine_unavailable',
        `Google Cloud credentials are not usable (${err.message}). Set up Application Default Credentials: \`gcloud auth application-default login\`, or GOOGLE_APPLICATION_CREDENTIALS naming a service-account key file.`,
      ),
    };
  }
  return undefined;
}

const CREDENTIAL_ERROR = /default credentials|access token|invalid_grant|invalid_client|unauthorized_client/i;

function classifyApiError(err: ApiError, model: string): AttemptFailure {
  const body = parseErrorBody(err.message);
  const status = err.status;
  const what = `${status}${body.status ? ` ${body.status}` : ''}${body.message ? `: ${body.message}` : ''}`;
  const lasting = status === 429 ? lastingQuotaMessage(body, what, model) : undefined;
  if (lasting) return { retryable: false, error: new EngineError('engine_unavailable', lasting) };
  if (status === 408 || status === 429 || status >= 500) {
    return { retryable: true, summary: what, retryDelayMs: retryDelayMs(body) };
  }
  const reasons = (body.details ?? []).map((d) => d.reason);
  let message: string;
  const disabled = (body.details ?? []).find((d) => d.reason === 'SERVICE_DISABLED');
  if (disabled) {
    const url = disabled.metadata?.activationUrl;
    message = `The Google project behind the credentials has not enabled the API (${what}). Enable it${url ? ` at ${url}` : ' in the Google Cloud console (APIs & Services)'}, wait a few minutes, and try again.`;
  } else if (reasons.includes('API_KEY_INVALID')) {
    message = `Google rejected the API key (${what}). Set GEMINI_API_KEY or GOOGLE_API_KEY to a valid Gemini API key.`;
  } else if (status === 401 || status === 403) {
    message = `Google refused access (${what}). Check the API key, or on Vertex AI the project, that the Vertex AI API is enabled, and the credentials' roles.`;
  } else if (status === 404) {
    message = `Google does not offer the model "${model}" here (${what}). Set BANANASTAND_GEMINI_MODEL to a model available to this key or project.`;
  } else {
    message = `Google rejected the request (${what}).`;
  }
  return { retryable: false, error: new EngineError('engine_unavailable', message) };
}

/** The SDK puts the whole JSON error body (or the response text) in `ApiError.message`. */
function parseErrorBody(message: string): GoogleErrorBody {
  try {
    const parsed = JSON.parse(message) as { error?: GoogleErrorBody };
    if (parsed && typeof parsed.error === 'object') {
      const e = parsed.error;
      // A non-JSON body arrives as `{error:{message:"<the text>"}}`: keep it short, and drop the
      // HTML page Google's front end sends with some 502s.
      const text = typeof e.message === 'string' ? e.message.trim() : '';
      return { ...e, message: text && !text.startsWith('<') ? shorten(text) : undefined };
    }
  } catch {
    // Not JSON: fall through.
  }
  return { message: shorten(message) };
}

/**
 * A 429 that will not clear while the task waits (docs/engines.md, "When things go wrong"): the
 * project's billing or prepaid credits (no `details`, the message says so), a per-day quota (a
 * `QuotaFailure` whose `quotaId` says `PerDay`), or no quota at all (`limit: 0`, a free tier that
 * does not include the model). Returns the task's message, or undefined for an ordinary rate limit.
 */
function lastingQuotaMessage(body: GoogleErrorBody, what: string, model: string): string | undefined {
  const text = body.message ?? '';
  const violations = (body.details ?? []).flatMap((d) => d.violations ?? []);
  const where =
    'the Google project that owns the API key (Google AI Studio, https://aistudio.google.com: Billing and Usage), or on Vertex AI the Cloud project (Billing, and IAM & Admin > Quotas)';
  if (/\blimit: 0\b/.test(text) || violations.some((v) => v.quotaValue === '0')) {
    return `The Google project has no quota for the model "${model}" (${what}). This does not clear by waiting: a free-tier project cannot use this model, so enable billing on ${where}, or use a key from a project with billing.`;
  }
  if (violations.some((v) => /PerDay/i.test(v.quotaId ?? ''))) {
    return `The Google project's daily quota for the model "${model}" is used up (${what}). It resets once a day, not within this task: check the quotas and usage tier of ${where} (https://ai.google.dev/gemini-api/docs/rate-limits), or raise them.`;
  }
  if (!body.details?.length && /credit|billing|prepay/i.test(text)) {
    return `The Google project's billing stops this call (${what}). This does not clear by waiting: check the billing account and prepaid credits of ${where}.`;
  }
  return undefined;
}

/** `google.rpc.RetryInfo.retryDelay` is a protobuf Duration in JSON: `"37s"`, `"0.250s"`. */
function retryDelayMs(body: GoogleErrorBody): number | undefined {
  const info = body.details?.find((d) => d['@type']?.endsWith('google.rpc.RetryInfo'));
  const m = info?.retryDelay ? /^(\d+(?:\.\d+)?)s$/.exec(info.retryDelay) : null;
  return m ? Math.round(Number(m[1]) * 1000) : undefined;
}

/** undici's `fetch failed` / `terminated` with the socket error's code in `cause`. */
function networkErrorCode(err: unknown): string | undefined {
  if (!(err instanceof TypeError)) return undefined;
  const cause = err.cause as { code?: unknown; message?: unknown } | undefined;
  if (typeof cause?.code === 'string') return cause.code;
  if (err.message === 'fetch failed' || err.message === 'terminated') {
    return typeof cause?.message === 'string' ? cause.message : err.message;
  }
  return undefined;
}
