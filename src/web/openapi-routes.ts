import type { FastifyInstance } from 'fastify';
import { buildOpenApiDocument } from '../api/openapi.js';

/** `GET /openapi.json`: the document, built once from the zod schemas (spec api.md, "Routes"). */
export async function registerOpenApiRoute(app: FastifyInstance): Promise<void> {
  const body = JSON.stringify(buildOpenApiDocument());
  app.get('/openapi.json', async (_request, reply) =>
    reply.type('application/json; charset=utf-8').header('cache-control', 'no-cache').header('access-control-allow-origin', '*').send(body),
  );
}
