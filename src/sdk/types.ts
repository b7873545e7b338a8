import type { z } from 'zod';
import type { errorBodySchema } from '../contract/errors.js';
import type { createTaskBodySchema, listResponseSchema, taskObjectSchema } from '../contract/task.js';
import type { rotatedWebhookSecretSchema, webhookDeliverySchema } from '../contract/webhooks.js';

// Types only, all from the wire schemas in src/contract/ (the server validates and answers with the
// same schemas, so the SDK cannot drift from it). `import type` is erased: nothing of the server, not
// even zod, is loaded at run time, and the layering test (test/architecture/layering.test.ts) keeps it so.

/** The body of `images.create`: exactly what `POST /v1/ai/text-to-image/nano-banana-pro-flash` accepts. */
export type CreateImageParams = z.input<typeof createTaskBodySchema>;

/** A task as the API returns it (create, get, list, cancel, and the webhook body). */
export type Task = z.infer<typeof taskObjectSchema>;

/** `CREATED`, `IN_PROGRESS`, `COMPLETED` or `FAILED`. */
export type TaskStatus = Task['status'];

/** The `error_code` of a FAILED task (its `error` is the message, a string). */
export type TaskErrorCode = NonNullable<Task['error_code']>;

/** The pagination block of a list answer. */
export type PageMeta = z.infer<typeof listResponseSchema>['meta'];

/** An error body as the server sends it. */
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** One entry of a 400's `invalid_params`: the request path of the field and what is wrong with it. */
export type InvalidParam = NonNullable<ErrorBody['invalid_params']>[number];

/** One webhook event and its delivery attempts. */
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

/** The answer of `webhooks.rotateSecret`. */
export type RotatedWebhookSecret = z.infer<typeof rotatedWebhookSecretSchema>['data'];
