import { randomBytes } from 'node:crypto';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { outputSize, type AspectRatio, type Resolution } from '../../src/domain/output-size.js';
import { renderFakePicture } from './gemini-picture.js';
import { RECORDED, RECORDED_SEQUENCES, type RecordedName, type RecordedSequenceName } from './recorded/index.js';
import {
  authenticate,
  FAKE_MODELS,
  GoogleError,
  modelResource,
  parseRoute,
  sendError,
  sendJson,
  validateGenerateContent,
  type FakeModel,
  type Route,
  type ValidCall,
} from './gemini-wire.js';

export { FAKE_MODELS, type FakeModel } from './gemini-wire.js';

/**
 * A fake of Google's Gemini API on loopback, speaking the documented wire format
 * (Google's documented wire format; docs/engines.md, "The fake Gemini server") so the real `@google/genai` SDK can be pointed at it with `baseUrl`:
 *
 * - `POST /v1beta/models/{model}:generateContent` (Developer API, `x-goog-api-key` or `?key=`),
 * - `POST /v1beta1/projects/{p}/locations/{l}/publishers/google/models/{model}:generateContent`
 *   (Vertex AI, `Authorization: Bearer …` or `x-goog-api-key`),
 * - `GET /v1beta/models/{model}` and `GET /v1beta1/publishers/google/models/{model}` (models.get).
 *
 * Errors use Google's body `{"error":{"code","message","status","details"}}`. Authentication
 * failures follow what Google does: no key → 403 PERMISSION_DENIED (Developer API) or
 * 401 UNAUTHENTICATED (Vertex); a wrong key → 400 INVALID_ARGUMENT with reason API_KEY_INVALID
 * (Developer API) or 401 (Vertex). Message texts are close to Google's, not copies.
 */

/** One scripted answer to a generateContent call; unscripted calls get `{ kind: 'image' }`. */
export type FakeBehaviour =
  | {
      kind: 'image';
      delayMs?: number;
      /** The text part beside the image; null for none. Default: a sentence naming the prompt. */
      text?: string | null;
      /** Thought (draft) images sent before the final one, each with a thought text part. */
      thoughtImages?: number;
      /** Encoding of the final image (default jpeg, as 3.1 Flash does). */
      format?: 'jpeg' | 'png' | 'webp';
      /** The `mimeType` label, if it should differ from the bytes (3.1 Flash labels JPEG as PNG). */
      mimeType?: string;
      /** Another size than the output-size table gives. */
      size?: { width: number; height: number };
      /** Replaces the grounding metadata sent when `googleSearch` is on; null sends none. */
      grounding?: Record<string, unknown> | null;
    }
  /** An HTTP error with Google's body; 502 answers with an HTML page, as Google's front end does. */
  | { kind: 'error'; status: number; message?: string; retryDelay?: string; delayMs?: number }
  /** Never answers (until the client gives up or the server closes). */
  | { kind: 'hang' }
  /** Resets the connection without an answer. */
  | { kind: 'drop'; delayMs?: number }
  /** HTTP 200, no candidates, `promptFeedback.blockReason`. */
  | { kind: 'blocked'; blockReason?: string; message?: string; delayMs?: number }
  /** A candidate without content, stopped by a refusing finishReason (SAFETY, IMAGE_SAFETY, …). */
  | { kind: 'refused'; finishReason: string; finishMessage?: string; delayMs?: number }
  /** finishReason NO_IMAGE, with an optional text part. */
  | { kind: 'no-image'; text?: string; delayMs?: number }
  /** finishReason STOP and text only: the model described instead of drawing. */
  | { kind: 'text-only'; text?: string; delayMs?: number }
  /**
   * A replay of a recorded Google answer (test/fakes/recorded/), served for any model id and before
   * the fake's own checks; a sequence name queues its answers for consecutive calls.
   */
  | { kind: 'recorded'; name: RecordedName | RecordedSequenceName; delayMs?: number };

export interface RecordedRequest {
  method: string;
  /** Path with query string, e.g. `/v1beta/models/gemini-3.1-flash-image:generateContent`. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined for GET; the raw text if it is not JSON). */
  body: any;
  receivedAt: number;
}

export interface FakeGeminiOptions {
  /** The one key (or Vertex bearer token) accepted. Default `fake-gemini-key`. */
  apiKey?: string;
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  models?: Record<string, FakeModel>;
  /** Called with each request as it is recorded (the by-hand script logs them). */
  onRequest?: (request: RecordedRequest) => void;
}

export interface FakeGemini {
  /** Origin to give the SDK as `httpOptions.baseUrl`. */
  url: string;
  apiKey: string;
  /** Every request received, in order, recorded before it is answered. */
  requests: RecordedRequest[];
  /** Queues behaviours for the next generateContent calls, one each. */
  script(next: FakeBehaviour | FakeBehaviour[]): void;
  close(): Promise<void>;
}

/** Starts the fake on 127.0.0.1 (by default on a free port). */
export async function startFakeGemini(opts: FakeGeminiOptions = {}): Promise<FakeGemini> {
  const apiKey = opts.apiKey ?? 'fake-gemini-key';
  const models = opts.models ?? FAKE_MODELS;
  const requests: RecordedRequest[] = [];
  const queue: FakeBehaviour[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  async function handle(req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const route = parseRoute(url.pathname);
    if (!route) throw new GoogleError(404, `The requested URL ${url.pathname} was not found on this server.`);

    authenticate(route.api, req.headers, url.searchParams.get('key'), apiKey);

    const next = queue[0];
    if (req.method === 'POST' && route.method === 'generateContent' && next?.kind === 'recorded') {
      queue.shift();
      if (next.delayMs) await wait(next.delayMs);
      const fixture = RECORDED[next.name as RecordedName];
      return sendJson(res, fixture.status, await fixture.body({ model: route.model }));
    }

    const model = models[route.model];
    if (!model) {
      throw new GoogleError(
        404,
        route.api === 'developer'
          ? `models/${route.model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`
          : `Publisher Model \`publishers/google/models/${route.model}\` was not found or your project does not have access to it.`,
      );
    }

    if (req.method === 'GET' && route.method === undefined) {
      return sendJson(res, 200, modelResource(route, model));
    }
    if (req.method !== 'POST' || route.method !== 'generateContent') {
      throw new GoogleError(404, `The fake Gemini server does not implement ${req.method} ${url.pathname}.`);
    }

    let body: any;
    try {
      body = JSON.parse(raw);
    } catch {
      throw new GoogleError(400, 'Invalid JSON payload received. Unexpected token.');
    }
    const call = validateGenerateContent(body, route, model);

    const behaviour = queue.shift() ?? { kind: 'image' };
    if (behaviour.kind === 'hang') return; // the response stays open
    if (behaviour.delayMs) await wait(behaviour.delayMs);
    if (res.destroyed) return;

    switch (behaviour.kind) {
      case 'drop':
        req.socket.destroy();
        return;
      case 'error':
        return sendError(res, behaviour.status, behaviour.message, retryDetails(behaviour, route.model));
      case 'blocked':
        return sendJson(res, 200, {
          promptFeedback: {
            blockReason: behaviour.blockReason ?? 'PROHIBITED_CONTENT',
            ...(behaviour.message ? { blockReasonMessage: behaviour.message } : {}),
          },
          usageMetadata: { promptTokenCount: call.promptTokens, totalTokenCount: call.promptTokens },
          modelVersion: route.model,
          responseId: responseId(),
        });
      case 'refused':
        return sendJson(res, 200, {
          candidates: [
            {
              finishReason: behaviour.finishReason,
              ...(behaviour.finishMessage !== undefined || behaviour.finishReason.startsWith('IMAGE_')
                ? {
                    finishMessage:
                      behaviour.finishMessage ??
                      "Unable to show the generated image. The image was filtered out because it violated Google's Generative AI Prohibited Use policy.",
                  }
                : {}),
              index: 0,
            },
          ],
          usageMetadata: { promptTokenCount: call.promptTokens, totalTokenCount: call.promptTokens },
          modelVersion: route.model,
          responseId: responseId(),
        });
      case 'no-image':
      case 'text-only': {
        const text =
          behaviour.text ??
          (behaviour.kind === 'text-only' ? `I can describe "${call.prompt}" instead: picture it in your mind.` : undefined);
        const textTokens = text ? Math.ceil(text.length / 4) : 0;
        return sendJson(res, 200, {
          candidates: [
            {
              ...(text ? { content: { role: 'model', parts: [{ text }] } } : {}),
              finishReason: behaviour.kind === 'no-image' ? 'NO_IMAGE' : 'STOP',
              index: 0,
            },
          ],
          usageMetadata: {
            promptTokenCount: call.promptTokens,
            candidatesTokenCount: textTokens,
            totalTokenCount: call.promptTokens + textTokens,
          },
          modelVersion: route.model,
          responseId: responseId(),
        });
      }
      case 'image':
        return sendJson(res, 200, await imageAnswer(behaviour, call, route, model));
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
      }
      const recorded: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, receivedAt: Date.now() };
      requests.push(recorded);
      opts.onRequest?.(recorded);
      handle(req, res, raw).catch((err: unknown) => {
        if (res.headersSent || res.destroyed) return;
        if (err instanceof GoogleError) sendError(res, err.code, err.message, err.details);
        else sendError(res, 500, err instanceof Error ? `fake server bug: ${err.stack}` : String(err));
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    apiKey,
    requests,
    script(next) {
      for (const b of Array.isArray(next) ? next : [next]) {
        const steps = b.kind === 'recorded' && b.name in RECORDED_SEQUENCES ? RECORDED_SEQUENCES[b.name as RecordedSequenceName] : undefined;
        if (steps) queue.push(...steps.map((name) => ({ kind: 'recorded', name }) as const));
        else queue.push(b);
      }
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

async function imageAnswer(behaviour: Extract<FakeBehaviour, { kind: 'image' }>, call: ValidCall, route: Route, model: FakeModel) {
  const table = outputSize(call.aspectRatio as AspectRatio, call.imageSize as Resolution);
  const size = behaviour.size ?? table;
  const format = behaviour.format ?? 'jpeg';
  const parts: object[] = [];
  const drafts = behaviour.thoughtImages ?? 0;
  for (let i = 0; i < drafts; i++) {
    const draft = await renderFakePicture({
      width: Math.max(64, Math.round(size.width / 4)),
      height: Math.max(64, Math.round(size.height / 4)),
      prompt: call.prompt,
      caption: `draft ${i + 1} of ${drafts}`,
      format: 'png',
      draft: true,
    });
    parts.push({ text: `**Sketching the composition (${i + 1})**`, thought: true });
    parts.push({ inlineData: { mimeType: 'image/png', data: draft.toString('base64') }, thought: true });
  }
  const text = behaviour.text === undefined ? `Here is a fake picture of "${firstWords(call.prompt)}".` : behaviour.text;
  if (text) parts.push({ text });
  const bytes = await renderFakePicture({
    width: size.width,
    height: size.height,
    prompt: call.prompt,
    caption: `${call.aspectRatio} · ${call.imageSize} · ${size.width}x${size.height}`,
    format,
  });
  parts.push({
    inlineData: { mimeType: behaviour.mimeType ?? `image/${format}`, data: bytes.toString('base64') },
    thoughtSignature: randomBytes(24).toString('base64'),
  });

  const imageTokens = model.imageTokens[call.imageSize];
  const textTokens = text ? Math.ceil(text.length / 4) : 0;
  const thoughtsTokens = 120 + drafts * 260;
  const grounding = call.search && behaviour.grounding !== null ? (behaviour.grounding ?? fakeGrounding(call)) : undefined;
  return {
    candidates: [
      {
        content: { role: 'model', parts },
        finishReason: 'STOP',
        index: 0,
        ...(grounding ? { groundingMetadata: grounding } : {}),
      },
    ],
    usageMetadata: {
      promptTokenCount: call.promptTokens,
      candidatesTokenCount: imageTokens + textTokens,
      thoughtsTokenCount: thoughtsTokens,
      totalTokenCount: call.promptTokens + imageTokens + textTokens + thoughtsTokens,
      promptTokensDetails: [{ modality: 'TEXT', tokenCount: call.promptTokens }],
      candidatesTokensDetails: [
        { modality: 'IMAGE', tokenCount: imageTokens },
        ...(textTokens ? [{ modality: 'TEXT', tokenCount: textTokens }] : []),
      ],
    },
    modelVersion: route.model,
    responseId: responseId(),
  };
}

/** Grounding shaped like Google's: redirect URIs, domain titles, a rendered search chip. */
function fakeGrounding(call: ValidCall): Record<string, unknown> {
  const query = firstWords(call.prompt);
  return {
    webSearchQueries: [query],
    ...(call.imageSearch ? { imageSearchQueries: [`${query} photo`] } : {}),
    searchEntryPoint: {
      renderedContent: `<style>.container{font-family:sans-serif}</style><div class="container"><div class="chip">${escapeHtml(query)}</div></div>`,
    },
    groundingChunks: [
      { web: { uri: 'https://vertexaisearch.cloud.google.com/grounding-api-redirect/FAKE-1', title: 'example.com' } },
      { web: { uri: 'https://vertexaisearch.cloud.google.com/grounding-api-redirect/FAKE-2', title: 'example.org' } },
    ],
    groundingSupports: [],
  };
}

function retryDetails(behaviour: Extract<FakeBehaviour, { kind: 'error' }>, model: string): object[] | undefined {
  const details: object[] = [];
  if (behaviour.status === 429) {
    details.push(
      {
        '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
        violations: [
          {
            quotaMetric: 'generativelanguage.googleapis.com/generate_content_paid_tier_requests',
            quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-PaidTier',
            quotaDimensions: { location: 'global', model },
          },
        ],
      },
      { '@type': 'type.googleapis.com/google.rpc.Help', links: [{ description: 'Learn more about Gemini API quotas', url: 'https://ai.google.dev/gemini-api/docs/rate-limits' }] },
    );
  }
  if (behaviour.retryDelay) details.push({ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: behaviour.retryDelay });
  return details.length ? details : undefined;
}

function firstWords(prompt: string): string {
  return prompt.split(/\s+/).filter(Boolean).slice(0, 6).join(' ');
}

function escapeHtml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

function responseId(): string {
  return randomBytes(12).toString('base64url');
}
