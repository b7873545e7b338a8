import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { route, type AnyRouteSpec } from '../api/route.js';

/** The folder of the static pages: `web/` at the package root, beside `src/` and `dist/`. */
export const WEB_DIR = path.resolve(import.meta.dirname, '../../web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

// The pages load nothing from elsewhere (no CDN, docs/playground.md; and no network in many deployments). Images
// come from the public URL, which may be another origin than the page's; the search entry point
// is rendered in a sandboxed srcdoc frame, which inherits this policy (hence inline styles).
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: http: https:",
  "connect-src 'self' http: https:",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Pages at their routes; every other file of web/ under /assets/. */
const PAGES: Record<string, string> = { '/': 'index.html', '/docs': 'docs.html' };

/** The pages' entries in the OpenAPI document (the assets under /assets/ are not API). */
const PAGE_SPECS: Record<string, AnyRouteSpec> = {
  '/': pageSpec('/', 'playground', 'The playground: create images and browse your tasks in a browser'),
  '/docs': pageSpec('/docs', 'docs', 'This document as a readable page'),
};

function pageSpec(url: string, operationId: string, summary: string): AnyRouteSpec {
  return {
    method: 'GET',
    url,
    operationId,
    summary,
    tag: 'Service',
    authenticated: false,
    extension: true,
    responses: { 200: { description: 'An HTML page.', content: { 'text/html': { schema: { type: 'string' } } } } },
    errors: [],
  };
}

/**
 * Serves the playground and the docs page from web/, held in memory with strong ETags; they
 * revalidate on every load so that an upgrade shows at once.
 */
export async function registerStaticRoutes(app: FastifyInstance, webDir = WEB_DIR): Promise<void> {
  const files = new Map<string, { body: Buffer; type: string; etag: string }>();
  for (const name of fs.readdirSync(webDir)) {
    const type = TYPES[path.extname(name)];
    if (!type) continue;
    const body = fs.readFileSync(path.join(webDir, name));
    files.set(name, { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` });
  }
  const routes = new Map<string, string>();
  for (const name of files.keys()) if (!name.endsWith('.html')) routes.set(`/assets/${name}`, name);
  for (const [url, name] of Object.entries(PAGES)) if (files.has(name)) routes.set(url, name);

  for (const [url, name] of routes) {
    const file = files.get(name)!;
    const serve = async (request: FastifyRequest, reply: FastifyReply) => {
      reply
        .header('etag', file.etag)
        .header('cache-control', 'no-cache')
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'no-referrer');
      if (file.type.startsWith('text/html')) reply.header('content-security-policy', CSP);
      if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
      return reply.type(file.type).send(file.body);
    };
    const spec = PAGE_SPECS[url];
    if (spec) route(app, spec, (_input, request, reply) => serve(request, reply));
    else app.get(url, serve);
  }
}
