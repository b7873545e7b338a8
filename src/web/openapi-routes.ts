import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildOpenApiDocument } from '../api/openapi.js';

/** The package's version, from package.json beside src/ and dist/. */
function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** `GET /openapi.json`: the document, built once from the zod schemas (spec api.md, "Routes"). */
export async function registerOpenApiRoute(app: FastifyInstance): Promise<void> {
  const body = JSON.stringify(buildOpenApiDocument({ version: packageVersion() }));
  app.get('/openapi.json', async (_request, reply) =>
    reply.type('application/json; charset=utf-8').header('cache-control', 'no-cache').header('access-control-allow-origin', '*').send(body),
  );
}
