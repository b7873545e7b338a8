import type { FastifyInstance } from 'fastify';
import { HttpError } from '../api/errors.js';
import { newWebhookSecret } from '../keys/keys.js';
import type { Store } from '../store/ports.js';
import type { z } from 'zod';
import type { WebhookAttempt, WebhookEvent } from '../store/ports.js';
import type { webhookDeliverySchema } from '../contract/webhooks.js';

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

/** Extension routes: the caller's signing secret and its webhook delivery log (spec api.md, "Routes"). */
export async function registerWebhookRoutes(
  app: FastifyInstance,
  deps: { store: Store; now: () => number; secretGraceMs: number },
): Promise<void> {
  const { store } = deps;

  app.get('/v1/webhooks/secret', async (request) => ({ data: { secret: request.apiKey.webhookSecret } }));

  app.post('/v1/webhooks/secret/rotate', async (request) => {
    const graceUntil = deps.now() + deps.secretGraceMs;
    const key = await store.rotateWebhookSecret(request.apiKey.id, newWebhookSecret(), graceUntil);
    if (!key) throw new HttpError('not_found');
    return { data: { secret: key.webhookSecret, previous_secret_expires_at: iso(graceUntil) } };
  });

  app.get('/v1/webhooks/deliveries', async (request) => {
    const q = request.query as { task_id?: unknown; limit?: unknown };
    const invalid = [];
    if (q.task_id !== undefined && (typeof q.task_id !== 'string' || !q.task_id)) invalid.push({ name: 'task_id', reason: 'must be a task id' });
    const limit = q.limit === undefined ? 100 : Number(q.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) invalid.push({ name: 'limit', reason: 'must be a whole number from 1 to 500' });
    if (invalid.length) throw new HttpError('invalid_params', undefined, { invalid_params: invalid });
    const events = await store.listDeliveries(request.apiKey.id, { taskId: q.task_id as string | undefined, limit });
    return { data: events.map(presentDelivery) };
  });

  app.post('/v1/webhooks/deliveries/:id/redeliver', async (request) => {
    const { id } = request.params as { id: string };
    const event = await store.redeliver(id, request.apiKey.id, deps.now());
    if (!event) throw new HttpError('not_found');
    const [withLog] = (await store.listDeliveries(request.apiKey.id, { taskId: event.taskId, limit: 500 })).filter((e) => e.id === id);
    return { data: presentDelivery(withLog) };
  });
}
