import { z } from 'zod';
import { errorBodySchema } from '../contract/errors.js';
import { HTTP_ERRORS, type HttpErrorCode } from './errors.js';
import { TASKS_PATH } from '../tasks/routes.js';
import {
  createTaskBodySchema,
  listQuerySchema,
  listResponseSchema,
  taskObjectSchema,
} from '../contract/task.js';
import {
  rotatedWebhookSecretSchema,
  webhookDeliveryListSchema,
  webhookDeliveryResponseSchema,
  webhookDeliverySchema,
  webhookSecretSchema,
} from '../contract/webhooks.js';

// The OpenAPI 3.1 document is generated from the zod schemas that validate requests and shape
// responses (STYLE.md, "Schema first"); only the parts zod has no schema for (routes, headers,
// which error codes each route can answer) are described here.

import { healthSchema, readySchema } from '../contract/health.js';
const taskResponseSchema = z.object({ data: taskObjectSchema }).describe('One task.');

type Json = Record<string, unknown>;

/** Component schemas: the output shape of responses, the input shape of request bodies. */
function componentSchemas(): Record<string, Json> {
  const output = z.registry<{ id: string }>();
  output.add(taskObjectSchema, { id: 'Task' });
  output.add(taskResponseSchema, { id: 'TaskResponse' });
  output.add(listResponseSchema, { id: 'TaskList' });
  output.add(errorBodySchema, { id: 'Error' });
  output.add(webhookSecretSchema, { id: 'WebhookSecret' });
  output.add(rotatedWebhookSecretSchema, { id: 'RotatedWebhookSecret' });
  output.add(webhookDeliverySchema, { id: 'WebhookDelivery' });
  output.add(webhookDeliveryListSchema, { id: 'WebhookDeliveryList' });
  output.add(webhookDeliveryResponseSchema, { id: 'WebhookDeliveryResponse' });
  output.add(healthSchema, { id: 'Health' });
  output.add(readySchema, { id: 'Ready' });
  const input = z.registry<{ id: string }>();
  input.add(createTaskBodySchema, { id: 'CreateTaskBody' });

  const uri = (id: string) => `#/components/schemas/${id}`;
  const all = {
    ...z.toJSONSchema(output, { io: 'output', target: 'draft-2020-12', uri }).schemas,
    ...z.toJSONSchema(input, { io: 'input', target: 'draft-2020-12', uri }).schemas,
  };
  // Each schema lives inside the document, whose jsonSchemaDialect says draft 2020-12.
  for (const schema of Object.values(all)) {
    delete (schema as Json).$schema;
    delete (schema as Json).$id;
  }
  return all as Record<string, Json>;
}

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
const json = (schema: string) => ({ 'application/json': { schema: ref('schemas', schema) } });

/** Query parameters from a zod object schema, one per property. */
function queryParameters(schema: z.ZodObject, descriptions: Record<string, string>): Json[] {
  const js = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as { properties: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties).map(([name, s]) => ({
    name,
    in: 'query',
    required: js.required?.includes(name) ?? false,
    description: descriptions[name],
    schema: s,
  }));
}

const AUTH_ERRORS: HttpErrorCode[] = ['missing_api_key', 'invalid_api_key', 'rate_limited'];
const SERVER_ERRORS: HttpErrorCode[] = ['internal', 'unavailable'];
/** Any request can get these from the HTTP layer, before a route sees it (src/api/http-server.ts). */
const HTTP_LAYER_ERRORS: HttpErrorCode[] = ['bad_request', 'request_timeout', 'headers_too_large'];

/** One response per status, with an example body for each error code that status can carry. */
function errorResponses(codes: HttpErrorCode[], authenticated: boolean): Record<string, Json> {
  const byStatus = new Map<number, HttpErrorCode[]>();
  for (const code of codes) {
    const { status } = HTTP_ERRORS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<string, Json> = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    const headers: Json = { 'x-request-id': ref('headers', 'RequestId') };
    if (authenticated && status !== 401) Object.assign(headers, rateLimitHeaders());
    if (status === 429 || status === 503) headers['retry-after'] = ref('headers', 'RetryAfter');
    out[String(status)] = {
      description: list.map((c) => `\`${c}\`: ${HTTP_ERRORS[c].message}`).join(' / '),
      headers,
      content: {
        'application/json': {
          schema: ref('schemas', 'Error'),
          examples: Object.fromEntries(list.map((c) => [c, { summary: HTTP_ERRORS[c].message, value: exampleError(c) }])),
        },
      },
    };
  }
  return out;
}

function exampleError(code: HttpErrorCode): Json {
  const { message } = HTTP_ERRORS[code];
  // 401 bodies are Magnific's exactly: a message only (spec api.md, "Authentication").
  if (HTTP_ERRORS[code].status === 401) return { message };
  if (code === 'invalid_params') {
    return { message, code, invalid_params: [{ name: 'aspect_ratio', reason: 'must be one of 1:1, 2:3, 3:2, …' }] };
  }
  return { message, code };
}

const rateLimitHeaders = () => ({
  'x-ratelimit-limit': ref('headers', 'RateLimitLimit'),
  'x-ratelimit-remaining': ref('headers', 'RateLimitRemaining'),
  'x-ratelimit-reset': ref('headers', 'RateLimitReset'),
});

interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  /** Needs an API key (otherwise `security: []`). */
  authenticated: boolean;
  /** Ours, not Magnific's (spec api.md marks these "extension"). */
  extension: boolean;
  parameters?: Json[];
  requestBody?: Json;
  success: Record<string, Json>;
  errors: HttpErrorCode[];
}

function operation(op: Operation): Json {
  const out: Json = {
    operationId: op.operationId,
    summary: op.summary,
    tags: op.tags,
  };
  if (op.description) out.description = op.description;
  if (!op.authenticated) out.security = [];
  if (op.extension) out['x-bananastand-extension'] = true;
  if (op.parameters) out.parameters = op.parameters;
  if (op.requestBody) out.requestBody = op.requestBody;
  const success: Record<string, Json> = {};
  for (const [status, response] of Object.entries(op.success)) {
    const headers: Json = { 'x-request-id': ref('headers', 'RequestId'), ...(op.authenticated ? rateLimitHeaders() : {}), ...((response.headers as Json) ?? {}) };
    success[status] = { ...response, headers };
  }
  const errors = [...op.errors, ...(op.authenticated ? AUTH_ERRORS : []), ...HTTP_LAYER_ERRORS, ...SERVER_ERRORS];
  out.responses = { ...success, ...errorResponses(errors, op.authenticated) };
  return out;
}

const taskIdParam = {
  name: 'task-id',
  in: 'path',
  required: true,
  description: 'The task_id from the create response.',
  schema: { type: 'string', format: 'uuid' },
};
const preferParam = {
  name: 'Prefer',
  in: 'header',
  required: false,
  description: 'Extension: `wait=N` (RFC 7240) holds the answer until the task has ended or N seconds (at most 60) have passed.',
  schema: { type: 'string', examples: ['wait=30'] },
};
const waitQueryParam = {
  name: 'wait',
  in: 'query',
  required: false,
  description: 'Extension: the same as `Prefer: wait=N`, for clients that cannot set headers.',
  schema: { type: 'integer', minimum: 0, maximum: 60 },
};

/**
 * The OpenAPI 3.1 description of every route of the server (spec api.md, "Routes"). Its server URL
 * is `/`, which clients resolve against the URL they fetched the document from.
 */
export function buildOpenApiDocument(opts: { version: string }): Json {
  const TASK = `${TASKS_PATH}/{task-id}`;
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'bananastand',
      version: opts.version,
      summary: "A self-hosted image generation API that speaks Magnific's Create Image API for Nano Banana Pro Flash (Gemini 3.1 Flash Image).",
      description:
        'Any client written for `https://api.magnific.com/v1/ai/text-to-image/nano-banana-pro-flash` works by changing the base URL and the key. ' +
        'Operations marked `x-bananastand-extension`, and fields described as extensions, are additions: they never change what a Magnific client sees. ' +
        'Every response carries `x-request-id`; every authenticated one the rate-limit headers.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    security: [{ MagnificApiKey: [] }, { FreepikApiKey: [] }, { BearerAuth: [] }],
    tags: [
      { name: 'Images', description: 'Create image generation tasks and read them back.' },
      { name: 'Files', description: 'The generated images, at capability URLs that need no key.' },
      { name: 'Webhooks', description: 'Signing secret and delivery log of the webhooks (extension).' },
      { name: 'Service', description: 'Health, readiness and this description (extension).' },
    ],
    paths: {
      [TASKS_PATH]: {
        post: operation({
          operationId: 'createImageTask',
          summary: 'Create an image generation task',
          description:
            'Stores the task durably and answers at once with status CREATED (or IN_PROGRESS) and `generated: []`. Every invalid field is reported in one 400. ' +
            'Poll the task, long-poll it with `Prefer: wait=N`, or give a `webhook_url`.',
          tags: ['Images'],
          authenticated: true,
          extension: false,
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description: 'Extension: 1 to 255 characters. The same key from the same API key returns the first task instead of creating another.',
              schema: { type: 'string', minLength: 1, maxLength: 255 },
            },
            preferParam,
            waitQueryParam,
          ],
          requestBody: { required: true, content: json('CreateTaskBody') },
          success: {
            '200': {
              description: 'The task, as stored.',
              headers: { 'idempotent-replayed': { description: '`true` when an earlier task with the same Idempotency-Key was returned.', schema: { type: 'string', enum: ['true'] } } },
              content: json('TaskResponse'),
            },
          },
          errors: ['invalid_params', 'invalid_json', 'forbidden_json_key', 'payload_too_large', 'unsupported_media_type'],
        }),
        get: operation({
          operationId: 'listImageTasks',
          summary: "List the caller's tasks, newest first",
          tags: ['Images'],
          authenticated: true,
          extension: false,
          parameters: queryParameters(listQuerySchema, {
            page: 'The page, from 1.',
            per_page: 'Tasks per page, 1 to 100.',
            status: 'Only tasks with this status.',
            task_id: 'Only this task: the list holds it, or nothing when it is not one of the caller\'s.',
          }),
          success: { '200': { description: 'One page of tasks and the pagination meta.', content: json('TaskList') } },
          errors: ['invalid_params'],
        }),
      },
      [TASK]: {
        get: operation({
          operationId: 'getImageTask',
          summary: 'Get one task',
          description: "Another key's task answers 404, exactly as an unknown id does.",
          tags: ['Images'],
          authenticated: true,
          extension: false,
          parameters: [taskIdParam, preferParam, waitQueryParam],
          success: { '200': { description: 'The task.', content: json('TaskResponse') } },
          errors: ['not_found'],
        }),
      },
      '/v1/ai/tasks/{taskId}': {
        get: operation({
          operationId: 'getTask',
          summary: 'Get one task by the generic path',
          description: "The same answer as the model-specific path, whatever endpoint made the task. Another key's task answers 404, exactly as an unknown id does.",
          tags: ['Images'],
          authenticated: true,
          extension: false,
          parameters: [taskIdParam, preferParam, waitQueryParam],
          success: { '200': { description: 'The task.', content: json('TaskResponse') } },
          errors: ['not_found'],
        }),
      },
      [`${TASK}/cancel`]: {
        post: operation({
          operationId: 'cancelImageTask',
          summary: 'Cancel a task that has not ended',
          description: 'The task ends FAILED with `error_code` `cancelled`, so a Magnific client still sees only the four statuses. A task that has already ended answers 409.',
          tags: ['Images'],
          authenticated: true,
          extension: true,
          parameters: [taskIdParam],
          success: { '200': { description: 'The cancelled task.', content: json('TaskResponse') } },
          errors: ['not_found', 'conflict'],
        }),
      },
      [`${TASK}/events`]: {
        get: operation({
          operationId: 'streamImageTaskEvents',
          summary: "Follow a task's status as Server-Sent Events",
          description:
            'Each status change sends `event: task` whose `data` is the task object (the first event is the current status); the stream ends after COMPLETED or FAILED. ' +
            'Comments (`: keep-alive`) keep idle connections open. Browsers read it with fetch, since EventSource cannot send the key header.',
          tags: ['Images'],
          authenticated: true,
          extension: true,
          parameters: [taskIdParam],
          success: {
            '200': {
              description: 'A `text/event-stream` of `event: task` messages, each `data` a Task.',
              content: { 'text/event-stream': { schema: { type: 'string', description: 'Server-Sent Events; each `data` line is a Task as JSON.' } } },
            },
          },
          errors: ['not_found'],
        }),
      },
      '/v1/files/{name}': {
        get: operation({
          operationId: 'getFile',
          summary: 'Download a generated image',
          description:
            'The URLs in `generated` point here. They need no key: each is unguessable. The exact bytes come with their true content-type and length, a strong ETag and long cache headers, until the file expires (`expires_at`).',
          tags: ['Files'],
          authenticated: false,
          extension: false,
          parameters: [
            { name: 'name', in: 'path', required: true, description: 'The file name from the URL.', schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{32}\\.(png|jpg|webp)$' } },
            { name: 'If-None-Match', in: 'header', required: false, description: 'The ETag of a copy you hold: 304 when it is still current.', schema: { type: 'string' } },
            { name: 'Range', in: 'header', required: false, description: 'One byte range (`bytes=0-1023`, `bytes=1024-`, `bytes=-500`): 206 with that part. Several ranges get the whole file.', schema: { type: 'string' } },
            { name: 'If-Range', in: 'header', required: false, description: 'The ETag of the part you hold: the range is honoured only while it is current.', schema: { type: 'string' } },
          ],
          success: {
            '200': {
              description: 'The image bytes.',
              headers: {
                etag: { description: 'A strong ETag of the bytes.', schema: { type: 'string' } },
                'cache-control': { description: '`public, max-age=N, immutable`, N bounded by the retention.', schema: { type: 'string' } },
              },
              content: Object.fromEntries(['image/png', 'image/jpeg', 'image/webp'].map((t) => [t, { schema: { type: 'string', contentMediaType: t } }])),
            },
            '206': {
              description: 'The requested byte range of the image.',
              headers: { 'content-range': { description: '`bytes start-end/size`.', schema: { type: 'string' } } },
              content: Object.fromEntries(['image/png', 'image/jpeg', 'image/webp'].map((t) => [t, { schema: { type: 'string', contentMediaType: t } }])),
            },
            '304': { description: 'Not modified: the If-None-Match ETag is current.' },
            '307': {
              description: 'Only with BANANASTAND_S3_PRESIGNED_REDIRECT=true: a short-lived presigned URL on the bucket holding the bytes (docs/storage.md).',
              headers: { location: { description: 'The presigned URL.', schema: { type: 'string', format: 'uri' } } },
            },
            '416': {
              description: 'The range starts past the end of the file.',
              headers: { 'content-range': { description: '`bytes */size`.', schema: { type: 'string' } } },
            },
          },
          errors: ['not_found'],
        }),
      },
      '/v1/webhooks/secret': {
        get: operation({
          operationId: 'getWebhookSecret',
          summary: "The caller's webhook signing secret",
          tags: ['Webhooks'],
          authenticated: true,
          extension: true,
          success: { '200': { description: 'The secret.', content: json('WebhookSecret') } },
          errors: [],
        }),
      },
      '/v1/webhooks/secret/rotate': {
        post: operation({
          operationId: 'rotateWebhookSecret',
          summary: 'Make a new webhook signing secret',
          description: 'The old secret keeps signing, beside the new one, during a grace period (BANANASTAND_WEBHOOK_SECRET_GRACE).',
          tags: ['Webhooks'],
          authenticated: true,
          extension: true,
          success: { '200': { description: 'The new secret and when the old one stops signing.', content: json('RotatedWebhookSecret') } },
          errors: ['not_found'],
        }),
      },
      '/v1/webhooks/deliveries': {
        get: operation({
          operationId: 'listWebhookDeliveries',
          summary: "The delivery log of the caller's webhook events",
          tags: ['Webhooks'],
          authenticated: true,
          extension: true,
          parameters: [
            { name: 'task_id', in: 'query', required: false, description: 'Only the events of this task.', schema: { type: 'string' } },
            { name: 'limit', in: 'query', required: false, description: 'At most this many events, 1 to 500 (default 100).', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
          ],
          success: { '200': { description: 'Events, newest first, each with its attempts.', content: json('WebhookDeliveryList') } },
          errors: ['invalid_params'],
        }),
      },
      '/v1/webhooks/deliveries/{id}/redeliver': {
        post: operation({
          operationId: 'redeliverWebhook',
          summary: 'Send one webhook event again',
          tags: ['Webhooks'],
          authenticated: true,
          extension: true,
          parameters: [{ name: 'id', in: 'path', required: true, description: 'The event id (`webhook-id`).', schema: { type: 'string' } }],
          success: { '200': { description: 'The event, pending again.', content: json('WebhookDeliveryResponse') } },
          errors: ['not_found'],
        }),
      },
      '/healthz': {
        get: operation({
          operationId: 'health',
          summary: 'Liveness: the process answers',
          tags: ['Service'],
          authenticated: false,
          extension: true,
          success: { '200': { description: 'Alive.', content: json('Health') } },
          errors: [],
        }),
      },
      '/readyz': {
        get: operation({
          operationId: 'ready',
          summary: 'Readiness: the database and file store work and the server accepts requests',
          tags: ['Service'],
          authenticated: false,
          extension: true,
          success: { '200': { description: 'Ready, with the engine and model in use.', content: json('Ready') } },
          errors: [],
        }),
      },
      '/metrics': {
        get: operation({
          operationId: 'metrics',
          summary: "Prometheus metrics of this process (docs/operations.md, \"Metrics\")",
          description: 'With BANANASTAND_METRICS_TOKEN set, needs `Authorization: Bearer <token>`; otherwise open.',
          tags: ['Service'],
          authenticated: false,
          extension: true,
          success: { '200': { description: 'The Prometheus text exposition format 0.0.4.', content: { 'text/plain': { schema: { type: 'string' } } } } },
          errors: ['invalid_api_key'],
        }),
      },
      '/openapi.json': {
        get: operation({
          operationId: 'openapi',
          summary: 'This document',
          tags: ['Service'],
          authenticated: false,
          extension: true,
          success: { '200': { description: 'The OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
          errors: [],
        }),
      },
      '/': {
        get: operation({
          operationId: 'playground',
          summary: 'The playground: create images and browse your tasks in a browser',
          tags: ['Service'],
          authenticated: false,
          extension: true,
          success: { '200': { description: 'An HTML page.', content: { 'text/html': { schema: { type: 'string' } } } } },
          errors: [],
        }),
      },
      '/docs': {
        get: operation({
          operationId: 'docs',
          summary: 'This document as a readable page',
          tags: ['Service'],
          authenticated: false,
          extension: true,
          success: { '200': { description: 'An HTML page.', content: { 'text/html': { schema: { type: 'string' } } } } },
          errors: [],
        }),
      },
    },
    webhooks: {
      taskStatusChanged: {
        post: {
          summary: 'A task changed status',
          description:
            'Sent to the `webhook_url` of a task at every status change, with the bare task object as body (no `data` wrapper). ' +
            'Verify `webhook-signature` with the secret from GET /v1/webhooks/secret (the SDK has `verifyWebhook`), and de-duplicate on `webhook-id`. ' +
            'Any 2xx answer acknowledges; other answers are retried on BANANASTAND_WEBHOOK_RETRY_SCHEDULE; 410 stops the task\'s events.',
          parameters: [
            { name: 'webhook-id', in: 'header', required: true, description: 'The event id; the same on every attempt.', schema: { type: 'string' } },
            { name: 'webhook-timestamp', in: 'header', required: true, description: 'Seconds since the epoch when this attempt was signed.', schema: { type: 'string' } },
            { name: 'webhook-signature', in: 'header', required: true, description: 'Space-separated `v1,<base64>` HMAC-SHA256 signatures of `${webhook-id}.${webhook-timestamp}.${body}`.', schema: { type: 'string' } },
          ],
          requestBody: { required: true, content: json('Task') },
          responses: { '200': { description: 'Any 2xx acknowledges the event.' } },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        MagnificApiKey: { type: 'apiKey', in: 'header', name: 'x-magnific-api-key', description: "Magnific's header." },
        FreepikApiKey: { type: 'apiKey', in: 'header', name: 'x-freepik-api-key', description: 'The legacy host\'s header, also accepted.' },
        BearerAuth: { type: 'http', scheme: 'bearer', description: 'Extension: the same key as a bearer token.' },
      },
      headers: {
        RequestId: { description: 'The request id (yours, when you sent a sane `x-request-id`). Quote it when reporting a problem.', schema: { type: 'string' } },
        RateLimitLimit: { description: "Requests allowed per window for this key.", schema: { type: 'integer' } },
        RateLimitRemaining: { description: 'Requests left in the current window.', schema: { type: 'integer' } },
        RateLimitReset: { description: 'Seconds until the window refills.', schema: { type: 'integer' } },
        RetryAfter: { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } },
      },
    },
  };
}
