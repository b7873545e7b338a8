import { setTimeout as sleep } from 'node:timers/promises';
import { GoogleGenAI, type GenerateContentParameters, type GenerateContentResponse, type GoogleGenAIOptions } from '@google/genai';
import { outputSize } from '../../domain/output-size.js';
import { EngineError, type Engine, type GenerateOptions } from '../engine.js';
import { classifyAttemptFailure, type AttemptFailure } from './failures.js';
import { modelCapabilities } from './models.js';
import type { Transport } from './http-transport.js';
import { capturingFetch, type RawAnswer } from './raw-answer.js';
import { buildGenerateContentParameters } from './request.js';
import { readGenerateContentResponse } from './response.js';
import { Semaphore } from '../../lib/semaphore.js';

/** A pino-compatible logger. */
export interface GeminiEngineLogger {
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  debug?(obj: object, msg?: string): void;
}

/** Retries of 429, 408, 5xx and network failures: exponential backoff with full jitter. */
export interface RetryPolicy {
  /** Attempts in all, the first included; the task's deadline may stop them sooner. */
  maxAttempts: number;
  /** Upper bound of the first backoff; it doubles with each attempt... */
  baseDelayMs: number;
  /** ...up to this. A `RetryInfo.retryDelay` from Google replaces the backoff, whatever its length. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 2_000, maxDelayMs: 30_000 };

export interface GeminiEngineOptions {
  /** Vertex AI (Application Default Credentials, project, location) instead of the Gemini Developer API. */
  vertex: boolean;
  /** Developer API key (GEMINI_API_KEY / GOOGLE_API_KEY). */
  apiKey?: string;
  /** API origin; defaults to Google's (the SDK also reads GOOGLE_GEMINI_BASE_URL / GOOGLE_VERTEX_BASE_URL). */
  baseUrl?: string;
  project?: string;
  /** Vertex AI location; `global` by default. */
  location?: string;
  /** Vertex AI credentials other than ADC, as google-auth-library options (e.g. `keyFilename`). */
  googleAuthOptions?: GoogleGenAIOptions['googleAuthOptions'];
  model: string;
  /** Per-attempt timeout; under 120 s it fails good requests (docs/engines.md, "Settings"). */
  timeoutMs: number;
  /** Calls in flight toward Google at once; more wait in line. */
  concurrency: number;
  retry?: Partial<RetryPolicy>;
  logger?: GeminiEngineLogger;
  /** Source of the backoff jitter, in [0, 1). */
  random?: () => number;
  /** Called as each retry of a call to Google starts (bananastand_upstream_retries_total). */
  onRetry?: () => void;
  /** How generateContent's bytes travel (default: node:http, http-transport.ts); the threads add their byte budget. */
  transport?: Transport;
  /** Where decoded pictures are written (default: a new Buffer each); the threads lend shared memory. */
  allocatePicture?: (size: number) => Buffer;
}

/** One answer from Google, with what the SDK dropped from it. */
interface Answer {
  response: GenerateContentResponse;
  raw?: RawAnswer;
}

/** Longest wait for the start-up check, whatever the per-attempt timeout. */
const CHECK_TIMEOUT_MS = 30_000;

/** The `gemini` (Developer API) or `vertex` (Vertex AI) engine over the official `@google/genai` SDK. */
export function createGeminiEngine(opts: GeminiEngineOptions): Engine {
  const name = opts.vertex ? 'vertex' : 'gemini';
  const ai = createClient(opts);
  const slots = new Semaphore(opts.concurrency);
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...opts.retry };
  const random = opts.random ?? Math.random;
  const log = opts.logger;
  if (opts.timeoutMs < 120_000) {
    log?.warn({ engine: name, timeoutMs: opts.timeoutMs }, 'Gemini per-attempt timeout is under 120 s; slow but good answers will be cut off');
  }

  /** One call, with the raw answer's finishMessages, which the SDK drops on the Developer API. */
  async function callOnce(params: GenerateContentParameters, signal: AbortSignal): Promise<Answer> {
    const release = await slots.acquire(signal);
    try {
      const capture = capturingFetch(opts.transport, opts.allocatePicture);
      const config = { ...params.config, abortSignal: signal, httpOptions: { fetch: capture.fetch } };
      const response = await ai.models.generateContent({ ...params, config });
      return { response, raw: capture.read() };
    } finally {
      release();
    }
  }

  async function callWithRetries(params: GenerateContentParameters, options: GenerateOptions): Promise<Answer> {
    for (let attempt = 1; ; attempt++) {
      let failure: AttemptFailure | undefined;
      try {
        const response = await callOnce(params, options.signal);
        if (attempt > 1) log?.info({ engine: name, attempt }, 'Gemini call succeeded after retries');
        return response;
      } catch (err) {
        if (options.signal.aborted) throw abortedError(options.signal);
        failure = classifyAttemptFailure(err, { model: opts.model, timeoutMs: opts.timeoutMs });
        if (!failure) throw err;
        if (!failure.retryable) throw failure.error;
      }

      const backoff = Math.round(random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1)));
      const delay = failure.retryDelayMs ?? backoff;
      const remaining = options.deadline === undefined ? Infinity : options.deadline - Date.now();
      if (attempt >= retry.maxAttempts || delay >= remaining) {
        const why =
          attempt >= retry.maxAttempts
            ? ''
            : failure.retryDelayMs !== undefined
              ? ` Google asked to wait ${Math.ceil(delay / 1000)} s, past the task's deadline.`
              : " Another try would pass the task's deadline.";
        throw new EngineError(
          'engine_unavailable',
          `Google could not generate the image after ${attempt} attempt${attempt === 1 ? '' : 's'} (last: ${failure.summary}).${why} Try again later.`,
        );
      }
      log?.warn({ engine: name, attempt, delayMs: delay, error: failure.summary }, 'Gemini call failed; retrying');
      try {
        await sleep(delay, undefined, { signal: options.signal });
      } catch {
        throw abortedError(options.signal);
      }
      opts.onRetry?.();
    }
  }

  return {
    name,
    model: opts.model,
    acceptsGcsUris: opts.vertex,
    capabilities: () => modelCapabilities(opts.model),

    async generate(request, options) {
      const params = buildGenerateContentParameters(opts.model, request, { vertex: opts.vertex });
      const { response, raw } = await callWithRetries(params, options);
      const result = await readGenerateContentResponse(response, request, opts.model, raw);
      const wanted = outputSize(request.aspectRatio, request.resolution);
      const got = result.images[0];
      if (got.width !== wanted.width || got.height !== wanted.height) {
        // Kept as it is (docs/engines.md): the task reports the true size. Common (16:9 at 1K comes
        // back 1408x768, not 1376x768), so not worth a warning on every task.
        log?.debug?.(
          { engine: name, wanted: `${wanted.width}x${wanted.height}`, got: `${got.width}x${got.height}` },
          'Gemini returned an image of another size than asked',
        );
      }
      return result;
    },

    async check() {
      try {
        await ai.models.get({ model: opts.model, config: { abortSignal: AbortSignal.timeout(CHECK_TIMEOUT_MS) } });
        return { ok: true };
      } catch (err) {
        const failure = classifyAttemptFailure(err, { model: opts.model, timeoutMs: CHECK_TIMEOUT_MS });
        if (failure && !failure.retryable) return { ok: false, message: failure.error.message };
        const what = failure ? failure.summary : err instanceof Error ? err.message : String(err);
        return { ok: false, message: `Could not check model "${opts.model}" with Google (${what}).` };
      }
    },
  };
}

function createClient(opts: GeminiEngineOptions): GoogleGenAI {
  const httpOptions = { timeout: opts.timeoutMs, ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}) };
  if (opts.vertex) {
    return new GoogleGenAI({
      vertexai: true,
      project: opts.project,
      location: opts.location ?? 'global',
      // Naming the project spares google-auth-library its search for one (gcloud, metadata server).
      googleAuthOptions: { projectId: opts.project, ...opts.googleAuthOptions },
      httpOptions,
    });
  }
  if (!opts.apiKey) throw new Error('The gemini engine needs an API key: set GEMINI_API_KEY or GOOGLE_API_KEY');
  return new GoogleGenAI({ apiKey: opts.apiKey, httpOptions });
}

/** The caller aborted: the worker's deadline (a TimeoutError reason) or a cancellation. */
function abortedError(signal: AbortSignal): EngineError {
  return (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError'
    ? new EngineError('timeout', "The task's deadline passed while waiting for Google to generate the image.")
    : new EngineError('cancelled', 'The task was cancelled while Google was generating the image.');
}
