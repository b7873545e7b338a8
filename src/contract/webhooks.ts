import { z } from 'zod';

/** Response bodies of the webhook extension routes (they shape routes.ts, the OpenAPI document and the SDK's types). */

export const webhookSecretSchema = z
  .object({ data: z.object({ secret: z.string().describe('The signing secret, `whsec_…`.') }) })
  .describe("The caller's webhook signing secret.");

export const rotatedWebhookSecretSchema = z
  .object({
    data: z.object({
      secret: z.string().describe('The new signing secret.'),
      previous_secret_expires_at: z.string().describe('Until then (ISO 8601) webhooks are signed with both secrets.'),
    }),
  })
  .describe('A new webhook signing secret.');

export const webhookDeliverySchema = z
  .object({
    id: z.string().describe('The event id, sent as `webhook-id`; the same on every attempt.'),
    task_id: z.string(),
    status: z.string().describe('The task status this event announces.'),
    url: z.string().describe('The webhook_url of the task.'),
    state: z.enum(['pending', 'delivered', 'exhausted']),
    created_at: z.string().nullable(),
    delivered_at: z.string().nullable(),
    next_attempt_at: z.string().nullable(),
    attempts: z.array(
      z.object({
        attempt: z.number().describe('1-based.'),
        at: z.string().nullable(),
        status_code: z.number().nullable().describe('The HTTP status received; null on a network error, time-out or refusal.'),
        error: z.string().nullable(),
        duration_ms: z.number(),
      }),
    ),
  })
  .describe('One webhook event and its delivery attempts.');

export const webhookDeliveryListSchema = z.object({ data: z.array(webhookDeliverySchema) });
export const webhookDeliveryResponseSchema = z.object({ data: webhookDeliverySchema });
