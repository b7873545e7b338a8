import { z } from 'zod';
import { errorBodySchema } from '../contract/errors.js';
import { createTaskBodySchema, listResponseSchema, taskObjectSchema, taskResponseSchema } from '../contract/task.js';
import {
  rotatedWebhookSecretSchema,
  webhookDeliveryListSchema,
  webhookDeliveryResponseSchema,
  webhookDeliverySchema,
  webhookSecretSchema,
} from '../contract/webhooks.js';
import { healthSchema, readySchema } from '../contract/health.js';
import { HTTP_ERRORS, type HttpErrorCode } from '../domain/error-codes.js';
import { headerName, type AnyRouteSpec } from './route.js';

// The OpenAPI 3.1 document, generated from the routes' own declarations (api/route.ts): paths,
// parameters, bodies, answers and error codes. Only what no route declares is written here: the
// names of the shared schemas, the security schemes, the common headers and the webhook callback.

type Json = Record<string, unknown>;

/** Shared schemas, referenced by name; any other schema a route declares is written inline. */
const COMPONENTS: [z.ZodType, string][] = [
  [taskObjectSchema, 'Task'],
  [taskResponseSchema, 'TaskResponse'],
  [listResponseSchema, 'TaskList'],
  [errorBodySchema, 'Error'],
  [webhookSecretSchema, 'WebhookSecret'],
  [rotatedWebhookSecretSchema, 'RotatedWebhookSecret'],
  [webhookDeliverySchema, 'WebhookDelivery'],
  [webhookDeliveryListSchema, 'WebhookDeliveryList'],
  [webhookDeliveryResponseSchema, 'WebhookDeliveryResponse'],
  [healthSchema, 'Health'],
  [readySchema, 'Ready'],
];
const INPUT_COMPONENTS: [z.ZodType, string][] = [[createTaskBodySchema, 'CreateTaskBody']];

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
const names = new Map([...COMPONENTS, ...INPUT_COMPONENTS]);

function componentSchemas(): Record<string, Json> {
  const uri = (id: string) => `#/components/schemas/${id}`;
  const build = (list: [z.ZodType, string][], io: 'input' | 'output') => {
    const registry = z.registry<{ id: string }>();
    for (const [schema, id] of list) registry.add(schema, { id });
    return z.toJSONSchema(registry, { io, target: 'draft-2020-12', uri }).schemas;
  };
  const all = { ...build(COMPONENTS, 'output'), ...build(INPUT_COMPONENTS, 'input') } as Record<string, Json>;
  // Each schema lives inside the document, whose jsonSchemaDialect says draft 2020-12.
  for (const schema of Object.values(all)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return all;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const name = names.get(schema);
  if (name) return ref('schemas', name);
  const out = z.toJSONSchema(schema, { io, target: 'draft-2020-12' }) as Json;
  delete out.$schema;
  return out;
}

/** One parameter per property of a route's params, query or headers object. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query' | 'header'): Json[] {
  if (!schema) return [];
  const js = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    return {
      name: where === 'path' ? kebab(name) : where === 'header' ? headerName(name) : name,
      in: where,
      required: where === 'path' || (js.required?.includes(name) ?? false),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

/** `taskId` → `task-id`, Magnific's spelling of path parameters. */
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `/v1/x/:taskId/cancel` → `/v1/x/{task-id}/cancel`. */
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => `{${kebab(name)}}`);

const AUTH_ERRORS: HttpErrorCode[] = ['missing_api_key', 'invalid_api_key', 'rate_limited'];
const SERVER_ERRORS: HttpErrorCode[] = ['internal', 'unavailable'];
/** Any request can get these from the HTTP layer, before a route sees it (src/api/http-server.ts). */
const HTTP_LAYER_ERRORS: HttpErrorCode[] = ['bad_request', 'request_timeout', 'headers_too_large'];

const rateLimitHeaders = () => ({
  'x-ratelimit-limit': ref('headers', 'RateLimitLimit'),
  'x-ratelimit-remaining': ref('headers', 'RateLimitRemaining'),
  'x-ratelimit-reset': ref('headers', 'RateLimitReset'),
});

function exampleError(code: HttpErrorCode): Json {
  const { message } = HTTP_ERRORS[code];
  // 401 bodies are Magnific's exactly: a message only (docs/errors.md).
  if (HTTP_ERRORS[code].status === 401) return { message };
  if (code === 'invalid_params') {
    return { message, code, invalid_params: [{ name: 'aspect_ratio', reason: 'must be one of 1:1, 2:3, 3:2, …' }] };
  }
  return { message, code };
}

/** One response per status, with an example body for each error code that status can carry. */
function errorResponses(codes: readonly HttpErrorCode[], authenticated: boolean): Record<string, Json> {
  const byStatus = new Map<number, HttpErrorCode[]>();
  for (const code of new Set(codes)) {
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

function operation(spec: AnyRouteSpec): Json {
  const out: Json = { operationId: spec.operationId, summary: spec.summary, tags: [spec.tag] };
  if (spec.description) out.description = spec.description;
  if (!spec.authenticated) out.security = [];
  if (spec.extension) out['x-bananastand-extension'] = true;
  const params = [...parameters(spec.params, 'path'), ...parameters(spec.headers, 'header'), ...parameters(spec.query, 'query')];
  if (params.length) out.parameters = params;
  if (spec.body) out.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(spec.body.schema, 'input') } } };
  const responses: Record<string, Json> = {};
  for (const [status, r] of Object.entries(spec.responses)) {
    const headers: Json = { 'x-request-id': ref('headers', 'RequestId'), ...(spec.authenticated ? rateLimitHeaders() : {}), ...(r.headers ?? {}) };
    const content = r.schema ? { 'application/json': { schema: jsonSchema(r.schema, 'output') } } : r.content;
    responses[status] = { description: r.description, headers, ...(content ? { content } : {}) };
  }
  const errors = [...spec.errors, ...(spec.authenticated ? AUTH_ERRORS : []), ...HTTP_LAYER_ERRORS, ...SERVER_ERRORS];
  out.responses = { ...responses, ...errorResponses(errors, spec.authenticated) };
  return out;
}

/**
 * The OpenAPI 3.1 description of the given routes (docs/api.md). Its server URL is `/`, which
 * clients resolve against the URL they fetched the document from.
 */
export function buildOpenApiDocument(opts: { version: string; routes: readonly AnyRouteSpec[] }): Json {
  const paths: Record<string, Json> = {};
  for (const spec of opts.routes) {
    const path = openApiPath(spec.url);
    paths[path] = { ...paths[path], [spec.method.toLowerCase()]: operation(spec) };
  }
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
    paths,
    webhooks: {
      taskStatusChanged: {
        post: {
          summary: 'A task changed status',
          description:
            'Sent to the `webhook_url` of a task at every status change, with the bare task object as body (no `data` wrapper). ' +
            'Verify `webhook-signature` with the secret from GET /v1/webhooks/secret (the SDK has `verifyWebhook`), and de-duplicate on `webhook-id`. ' +
            "Any 2xx answer acknowledges; other answers are retried on BANANASTAND_WEBHOOK_RETRY_SCHEDULE; 410 stops the task's events.",
          parameters: [
            { name: 'webhook-id', in: 'header', required: true, description: 'The event id; the same on every attempt.', schema: { type: 'string' } },
            { name: 'webhook-timestamp', in: 'header', required: true, description: 'Seconds since the epoch when this attempt was signed.', schema: { type: 'string' } },
            { name: 'webhook-signature', in: 'header', required: true, description: 'Space-separated `v1,<base64>` HMAC-SHA256 signatures of `${webhook-id}.${webhook-timestamp}.${body}`.', schema: { type: 'string' } },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: ref('schemas', 'Task') } } },
          responses: { '200': { description: 'Any 2xx acknowledges the event.' } },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        MagnificApiKey: { type: 'apiKey', in: 'header', name: 'x-magnific-api-key', description: "Magnific's header." },
        FreepikApiKey: { type: 'apiKey', in: 'header', name: 'x-freepik-api-key', description: "The legacy host's header, also accepted." },
        BearerAuth: { type: 'http', scheme: 'bearer', description: 'Extension: the same key as a bearer token.' },
      },
      headers: {
        RequestId: { description: 'The request id (yours, when you sent a sane `x-request-id`). Quote it when reporting a problem.', schema: { type: 'string' } },
        RateLimitLimit: { description: 'Requests allowed per window for this key.', schema: { type: 'integer' } },
        RateLimitRemaining: { description: 'Requests left in the current window.', schema: { type: 'integer' } },
        RateLimitReset: { description: 'Seconds until the window refills.', schema: { type: 'integer' } },
        RetryAfter: { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } },
      },
    },
  };
}
