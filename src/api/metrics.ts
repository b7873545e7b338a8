import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { MetricsRegistry } from '../lib/metrics.js';
import { HttpError } from './errors.js';
import { route } from './route.js';

/**
 * Times every request by its route pattern (`/v1/files/:name`, never the URL itself, which holds
 * capability names and task ids) and status (docs/operations.md, "Metrics").
 */
export function installRequestMetrics(app: FastifyInstance, metrics: MetricsRegistry): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.httpRequest(request.routeOptions.url ?? 'unmatched', request.method, reply.statusCode, reply.elapsedTime / 1000);
  });
}

/**
 * GET /metrics in the Prometheus text format. With BANANASTAND_METRICS_TOKEN set, only a request
 * carrying `Authorization: Bearer <token>` gets it; others get 401 in the API's error shape.
 */
export async function registerMetricsRoute(app: FastifyInstance, deps: { metrics: MetricsRegistry; token?: string }): Promise<void> {
  const expected = deps.token ? Buffer.from(`Bearer ${deps.token}`) : undefined;
  const spec = {
    method: 'GET',
    url: '/metrics',
    operationId: 'metrics',
    summary: 'Prometheus metrics of this process (docs/operations.md, "Metrics")',
    description: 'With BANANASTAND_METRICS_TOKEN set, needs `Authorization: Bearer <token>`; otherwise open.',
    tag: 'Service',
    authenticated: false,
    extension: true,
    responses: { 200: { description: 'The Prometheus text exposition format 0.0.4.', content: { 'text/plain': { schema: { type: 'string' } } } } },
    errors: ['invalid_api_key'],
  } as const;
  route(app, spec, async (_input, request, reply) => {
    if (expected) {
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new HttpError('invalid_api_key', 'Missing or wrong metrics token: send Authorization: Bearer <BANANASTAND_METRICS_TOKEN>.');
      }
    }
    return reply.header('cache-control', 'no-store').type(deps.metrics.contentType).send(await deps.metrics.render());
  });
}
