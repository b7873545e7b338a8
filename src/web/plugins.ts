import type { FastifyInstance } from 'fastify';
import { registerOpenApiRoute } from './openapi-routes.js';
import { registerStaticRoutes } from './static-routes.js';

/**
 * The routes beside the API: `/openapi.json`, the docs page at `/docs` and the playground at `/`
 * (static files from web/). Pass them to createRuntime as `plugins`.
 */
export function playgroundPlugins(): ((app: FastifyInstance) => Promise<void>)[] {
  return [registerOpenApiRoute, (app) => registerStaticRoutes(app)];
}
