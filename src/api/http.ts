import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiKeyRecord, KeyStore } from '../store/ports.js';
import { isStoreUnavailable } from '../store/unavailable.js';
import { authenticate } from './auth.js';
import { HttpError } from './errors.js';
import { formatBytes } from '../lib/format.js';
import type { RateLimiter } from './rate-limit.js';

declare module 'fastify' {
  interface FastifyRequest {
    apiKey: ApiKeyRecord;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Keeps a caller's own `x-request-id` when it is sane, else makes one. */
export function requestId(request: { headers: Record<string, string | string[] | undefined> }): string {
  const given = request.headers['x-request-id'];
  // randomUUID draws from a cached entropy pool: no OpenSSL call per request.
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : `req_${randomUUID().replace(/-/g, '')}`;
}

export function sendError(reply: FastifyReply, err: HttpError): FastifyReply {
  if (err.extra.retryAfterSeconds !== undefined) reply.header('retry-after', String(err.extra.retryAfterSeconds));
  return reply.code(err.status).type('application/json; charset=utf-8').send(err.body());
}

/** Maps every error, ours or fastify's, to the registry's bodies; 5xx details go only to the log. */
export function installErrorHandling(app: FastifyInstance): void {
  // An empty JSON body on a route that takes none (cancel, rotate, redeliver) is fine; fastify's
  // parser (with its prototype-poisoning protection) handles everything else.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') return done(null, undefined);
    return parseJson(request, String(body), (err, value) => {
      if (!err) return done(null, value);
      // Say where the JSON breaks (V8's message names the position), not just that it does.
      let detail = err.message;
      try {
        // Valid JSON that the parser refused has a key that could change the prototype of objects here.
        const forbidden = forbiddenKey(JSON.parse(String(body)), '');
        if (forbidden) {
          return done(new HttpError('forbidden_json_key', `The request body has the key ${forbidden}, which is refused for safety; remove it and send again.`), undefined);
        }
      } catch (syntax) {
        detail = (syntax as Error).message;
      }
      done(new HttpError('invalid_json', `The request body is not valid JSON (${detail}); send a JSON object such as {"prompt": "a red fox"}.`), undefined);
    });
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // One access-log line per request (fastify's own two lines are turned off in app.ts).
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, url: request.routeOptions.url ?? request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 },
      'request',
    );
  });
  app.setNotFoundHandler((_request, reply) => {
    sendError(reply, new HttpError('not_found'));
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return sendError(reply, error);
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendError(reply, new HttpError('payload_too_large', `The request body is larger than the limit of ${formatBytes(app.initialConfig.bodyLimit ?? 0)} (BANANASTAND_BODY_LIMIT).`));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendError(reply, new HttpError('unsupported_media_type', `Content-Type ${JSON.stringify(request.headers['content-type'] ?? '')} is not accepted; send the body as JSON with Content-Type: application/json.`));
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendError(reply, new HttpError('bad_request', 'The request body does not match its Content-Length.'));
    }
    if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return sendError(reply, new HttpError('invalid_json', `The request body is not valid JSON: ${error.message}.`));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: error }, 'client error');
      return sendError(reply, new HttpError(error.statusCode === 404 ? 'not_found' : 'invalid_params', error.message, error.statusCode === 404 ? {} : { invalid_params: [] }));
    }
    if (isStoreUnavailable(error)) {
      request.log.warn({ err: { message: error.message, code: error.code } }, 'database unavailable');
      return sendError(reply, new HttpError('unavailable', undefined, { retryAfterSeconds: 5 }));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, new HttpError('internal'));
  });
}

/** onRequest hook for routes that need a key: 401 before the body is read, then the rate limit. */
export function requireKey(store: KeyStore, limiter: RateLimiter) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const key = await authenticate(store, request);
    request.apiKey = key;
    const r = await limiter.take(key);
    reply.header('x-ratelimit-limit', String(r.limit));
    reply.header('x-ratelimit-remaining', String(r.remaining));
    reply.header('x-ratelimit-reset', String(r.resetSeconds));
    if (!r.allowed) throw new HttpError('rate_limited', undefined, { retryAfterSeconds: r.retryAfterSeconds });
  };
}

/** Where a parsed body holds `__proto__` or `constructor.prototype`, as `"__proto__" (at a.b)`. */
function forbiddenKey(value: unknown, at: string): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const here = Array.isArray(value) ? `${at}[${key}]` : at ? `${at}.${key}` : key;
    if (key === '__proto__') return `"__proto__"${at ? ` (in ${at})` : ''}`;
    if (key === 'constructor' && child && typeof child === 'object' && 'prototype' in child) return `"constructor" holding "prototype"${at ? ` (in ${at})` : ''}`;
    const inner = forbiddenKey(child, here);
    if (inner) return inner;
  }
  return undefined;
}
