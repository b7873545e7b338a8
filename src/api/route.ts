import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { paramName } from '../contract/errors.js';
import type { HttpErrorCode, InvalidParam } from '../domain/error-codes.js';
import { HttpError } from './errors.js';

// Each route declares what it takes and answers (docs/api.md); route() checks the request against
// it before the handler runs, and the OpenAPI document (api/openapi.ts) is generated from the same
// declarations, collected as the routes are registered.

type Json = Record<string, unknown>;

export interface ResponseSpec {
  description: string;
  /** A JSON body. */
  schema?: z.ZodType;
  /** Other media types, as OpenAPI `content`. */
  content?: Json;
  /** Response headers beyond the ones every answer carries. */
  headers?: Json;
}

/** A body the route parses itself (every failure at once), with the schema that documents it. */
export interface BodySpec<B> {
  schema: z.ZodType;
  parse(raw: unknown): { ok: true; value: B } | { ok: false; invalidParams: InvalidParam[] };
}

export interface RouteSpec<P, Q, H, B> {
  method: 'GET' | 'POST';
  /** fastify's spelling: `/v1/files/:name`. */
  url: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: 'Images' | 'Files' | 'Webhooks' | 'Service';
  /** Needs an API key: registered under the key check (app.ts). */
  authenticated: boolean;
  /** Ours, not Magnific's (docs/api.md marks these "extension"). */
  extension: boolean;
  /** Path parameters; one that does not parse names nothing, so it answers 404. */
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** Request headers, by their lower-case names. */
  headers?: z.ZodType<H>;
  /** A JSON body (Content-Type checked, empty bodies refused). */
  body?: BodySpec<B>;
  responses: Record<number, ResponseSpec>;
  /** The registry codes this route answers with, beyond the ones of every (authenticated) route. */
  errors: readonly HttpErrorCode[];
}

export type AnyRouteSpec = RouteSpec<unknown, unknown, unknown, unknown>;

export interface RouteInput<P, Q, H, B> {
  params: P;
  query: Q;
  headers: H;
  body: B;
}

/** `idempotency-key` → `Idempotency-Key`: how headers are written in the documents and in errors. */
export const headerName = (name: string) => name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());

function issues(error: z.ZodError, name: (path: string) => string): InvalidParam[] {
  return error.issues.map((i) => ({ name: name(paramName(i.path)), reason: i.message }));
}

function parseInto<T>(schema: z.ZodType<T> | undefined, value: unknown, invalid: InvalidParam[], name: (p: string) => string): T {
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  invalid.push(...issues(parsed.error, name));
  return undefined as T;
}

/**
 * Registers a route with its declaration: path parameters (404 when they do not parse), query,
 * headers and body are checked, every problem reported in one 400, before `handler` runs.
 */
export function route<P = undefined, Q = undefined, H = undefined, B = undefined>(
  app: FastifyInstance,
  spec: RouteSpec<P, Q, H, B>,
  handler: (input: RouteInput<P, Q, H, B>, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
): void {
  app.route({
    method: spec.method,
    url: spec.url,
    config: { spec },
    handler: async (request, reply) => {
      const params = spec.params ? spec.params.safeParse(request.params) : undefined;
      if (params && !params.success) throw new HttpError('not_found');
      if (spec.body) {
        const type = request.headers['content-type'];
        if (!type || !/^application\/(.+\+)?json\b/i.test(type)) {
          throw new HttpError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
        }
        if (request.body === undefined) {
          throw new HttpError('invalid_json', 'The request body is empty; send a JSON object such as {"prompt": "a red fox"}.');
        }
      }
      const invalid: InvalidParam[] = [];
      const query = parseInto(spec.query, request.query, invalid, (p) => p);
      const headers = parseInto(spec.headers, request.headers, invalid, headerName);
      let body = undefined as B;
      if (spec.body) {
        const parsed = spec.body.parse(request.body);
        if (parsed.ok) body = parsed.value;
        else invalid.push(...parsed.invalidParams);
      }
      if (invalid.length) throw new HttpError('invalid_params', undefined, { invalid_params: invalid });
      return handler({ params: params?.data as P, query, headers, body }, request, reply);
    },
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered with route(), with its declaration, in registration order. */
    routeSpecs: AnyRouteSpec[];
  }
}

/** Collects the declarations of the routes as they are registered (for the OpenAPI document). */
export function collectRouteSpecs(app: FastifyInstance): void {
  const specs: AnyRouteSpec[] = [];
  app.decorate('routeSpecs', specs);
  app.addHook('onRoute', (options) => {
    const spec = (options.config as { spec?: AnyRouteSpec } | undefined)?.spec;
    if (spec && options.method !== 'HEAD' && !(Array.isArray(options.method) && options.method.includes('HEAD'))) specs.push(spec);
  });
}
