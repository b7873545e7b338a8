import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

// Cross-origin access for browser apps (docs/configuration.md, BANANASTAND_CORS_ORIGINS): none by
// default. A page on an allowed origin may call the API with its key header, read the answers'
// rate-limit and request-id headers, follow the event stream, and draw the files on a canvas.

/** `*` (any origin) or the exact origins allowed; empty: no CORS headers at all. */
export type CorsOrigins = readonly string[];

/** Request headers a page may send (the key, the create extensions, the download ranges, SSE resumes). */
const ALLOWED_HEADERS = [
  'x-magnific-api-key',
  'content-type',
  'idempotency-key',
  'prefer',
  'accept',
  'range',
  'if-range',
  'if-none-match',
  'last-event-id',
].join(', ');

/** Answer headers a page may read. */
const EXPOSED_HEADERS = [
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'retry-after',
  'x-request-id',
  'idempotent-replayed',
  'content-length',
  'content-range',
  'accept-ranges',
  'etag',
].join(', ');

/** How long a browser may reuse a preflight answer (Chromium caps it at 2 hours). */
const MAX_AGE_SECONDS = 7200;

/**
 * Reads BANANASTAND_CORS_ORIGINS: `*`, or a comma-separated list of origins such as
 * `https://app.example.com, http://localhost:5173`. Returns an error message naming what to fix.
 */
export function parseCorsOrigins(text: string): { ok: true; origins: CorsOrigins } | { ok: false; message: string } {
  const items = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.includes('*')) {
    return items.length === 1 ? { ok: true, origins: ['*'] } : { ok: false, message: 'is either * alone or a list of origins, not both' };
  }
  const origins: string[] = [];
  for (const item of items) {
    let url: URL | undefined;
    try {
      url = new URL(item);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== item.replace(/\/$/, '').toLowerCase()) {
      return { ok: false, message: `holds ${JSON.stringify(item)}, which is not an origin: write scheme://host[:port] without a path, such as https://app.example.com` };
    }
    origins.push(url.origin);
  }
  return { ok: true, origins };
}

/** BANANASTAND_CORS_ORIGINS as the configuration reads it. */
export const corsOriginsSchema = z.string().transform((value, ctx) => {
  const parsed = parseCorsOrigins(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  return parsed.ok ? parsed.origins : z.NEVER;
});

/** Adds the CORS headers to every answer for an allowed origin, and answers preflights itself. */
export function installCors(app: FastifyInstance, origins: CorsOrigins): void {
  if (!origins.length) return;
  const any = origins.includes('*');
  const allowed = new Set(origins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (typeof origin !== 'string') return;
    const ok = any || allowed.has(origin);
    if (!any) reply.header('vary', 'Origin');
    if (ok) reply.header('access-control-allow-origin', any ? '*' : origin);
    // A preflight is answered here, before the key check and routing, which it cannot pass.
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
      if (ok) {
        reply.header('access-control-allow-methods', 'GET, POST, HEAD, OPTIONS');
        reply.header('access-control-allow-headers', ALLOWED_HEADERS);
        reply.header('access-control-max-age', String(MAX_AGE_SECONDS));
      }
      return reply.code(204).send();
    }
    if (ok) reply.header('access-control-expose-headers', EXPOSED_HEADERS);
  });
}
