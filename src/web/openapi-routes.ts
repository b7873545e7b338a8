import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildOpenApiDocument } from '../api/openapi.js';
import { route } from '../api/route.js';

/** The package's version, from package.json beside src/ and dist/. */
function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * `GET /openapi.json`: the document, generated from the declarations of every route the app has
 * registered (api/route.ts), once, at the first request, when all of them are in.
 */
export async function registerOpenApiRoute(app: FastifyInstance): Promise<void> {
  let body: string | undefined;
  route(
    app,
    {
      method: 'GET',
      url: '/openapi.json',
      operationId: 'openapi',
      summary: 'This document',
      tag: 'Service',
      authenticated: false,
      extension: true,
      responses: { 200: { description: 'The OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
      errors: [],
    },
    async (_input, _request, reply) => {
      body ??= JSON.stringify(buildOpenApiDocument({ version: packageVersion(), routes: app.routeSpecs }));
      return reply.type('application/json; charset=utf-8').header('cache-control', 'no-cache').header('access-control-allow-origin', '*').send(body);
    },
  );
}
