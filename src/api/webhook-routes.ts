import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.js';
import { newWebhookSecret } from '../keys/keys.js';
import type { Store, WebhookAttempt, WebhookEvent } from '../store/ports.js';
import { z } from 'zod';
import {
  rotatedWebhookSecretSchema,
  webhookDeliveryListSchema,
  webhookDeliveryResponseSchema,
  webhookSecretSchema,
  type webhookDeliverySchema,
} from '../contract/webhooks.js';
import { route } from './route.js';

const LIMIT = 'must be a whole number from 1 to 500';
const deliveriesQuery = z.object({
  task_id: z.string({ error: 'must be a task id' }).min(1, 'must be a task id').optional().describe('Only the events of this task.'),
  limit: z.coerce
    .number({ error: LIMIT })
    .int(LIMIT)
    .min(1, LIMIT)
    .max(500, LIMIT)
    .default(100)
    .describe('At most this many events, 1 to 500 (default 100).'),
});

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function presentDelivery(e: WebhookEvent & { attemptsLog: WebhookAttempt[] }): z.infer<typeof webhookDeliverySchema> {
  return {
    id: e.id,
    task_id: e.taskId,
    status: e.status,
    url: e.url,
    state: e.state,
    created_at: iso(e.createdAt),
    delivered_at: iso(e.deliveredAt),
    next_attempt_at: e.state === 'pending' ? iso(e.nextAttemptAt) : null,
    attempts: e.attemptsLog.map((a) => ({
      attempt: a.attempt,
      at: iso(a.attemptedAt),
      status_code: a.statusCode,
      error: a.error,
      duration_ms: a.durationMs,
    })),
  };
}

/** Extension routes: the caller's signing secret and its webhook delivery log (docs/webhooks.md). */
export async function registerWebhookRoutes(
  app: FastifyInstance,
  deps: { store: Store; now: () => number; secretGraceMs: number },
): Promise<void> {
  const { store } = deps;
  const common = { tag: 'Webhooks', authenticated: true, extension: true } as const;

  route(
    app,
    {
      ...common,
      method: 'GET',
      url: '/v1/webhooks/secret',
      operationId: 'getWebhookSecret',
      summary: "The caller's webhook signing secret",
      responses: { 200: { description: 'The secret.', schema: webhookSecretSchema } },
      errors: [],
    },
    async (_input, request) => ({ data: { secret: request.apiKey.webhookSecret } }),
  );

  route(
    app,
    {
      ...common,
      method: 'POST',
      url: '/v1/webhooks/secret/rotate',
      operationId: 'rotateWebhookSecret',
      summary: 'Make a new webhook signing secret',
      description: 'The old secret keeps signing, beside the new one, during a grace period (BANANASTAND_WEBHOOK_SECRET_GRACE).',
      responses: { 200: { description: 'The new secret and when the old one stops signing.', schema: rotatedWebhookSecretSchema } },
      errors: ['not_found'],
    },
    async (_input, request) => {
      const graceUntil = deps.now() + deps.secretGraceMs;
      const key = await store.rotateWebhookSecret(request.apiKey.id, newWebhookSecret(), graceUntil);
      if (!key) throw new HttpError('not_found');
      return { data: { secret: key.webhookSecret, previous_secret_expires_at: iso(graceUntil) } };
    },
  );

  route(
    app,
    {
      ...common,
      method: 'GET',
      url: '/v1/webhooks/deliveries',
      operationId: 'listWebhookDeliveries',
      summary: "The delivery log of the caller's webhook events",
      query: deliveriesQuery,
      responses: { 200: { description: 'Events, newest first, each with its attempts.', schema: webhookDeliveryListSchema } },
      errors: ['invalid_params'],
    },
    async ({ query }, request) => {
      const events = await store.listDeliveries(request.apiKey.id, { taskId: query.task_id, limit: query.limit });
      return { data: events.map(presentDelivery) };
    },
  );

  route(
    app,
    {
      ...common,
      method: 'POST',
      url: '/v1/webhooks/deliveries/:id/redeliver',
      operationId: 'redeliverWebhook',
      summary: 'Send one webhook event again',
      params: z.object({ id: z.string().describe('The event id (`webhook-id`).') }),
      responses: { 200: { description: 'The event, pending again.', schema: webhookDeliveryResponseSchema } },
      errors: ['not_found'],
    },
    async ({ params: { id } }, request) => {
      const event = await store.redeliver(id, request.apiKey.id, deps.now());
      if (!event) throw new HttpError('not_found');
      const [withLog] = (await store.listDeliveries(request.apiKey.id, { taskId: event.taskId, limit: 500 })).filter((e) => e.id === id);
      return { data: presentDelivery(withLog) };
    },
  );
}
