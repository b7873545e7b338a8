import { z } from 'zod';
import { ASPECT_RATIOS, RESOLUTIONS, RESOLUTION_ALIASES } from '../domain/output-size.js';
import { TASK_STAGES, TASK_STATUSES } from '../domain/task.js';
import { TASK_ERROR_CODES } from '../domain/error-codes.js';
import { IMAGE_MIME_TYPES } from '../domain/image-types.js';

// The wire schemas of the task routes (docs/api.md). They validate requests, shape the OpenAPI
// document and give the SDK its types. Messages are the `reason` a client sees in `invalid_params`.

export const RESOLUTION_VALUES = Object.keys(RESOLUTION_ALIASES) as [string, ...string[]];

const codePoints = (s: string) => [...s].length;

export const referenceImageSchema = z
  .object({
    image: z
      .string({ error: 'is required: an https:// or http:// URL, a gs://bucket/object URI, a data:image/...;base64, URI or base64 bytes' })
      .min(1, 'must not be empty')
      .describe('An https:// or http:// URL, a gs://bucket/object URI, a data:image/...;base64, URI, or raw base64 bytes.'),
    text: z
      .string({ error: 'must be a string' })
      .max(1000, 'must be at most 1000 characters')
      .nullish()
      .describe('What the reference is for ("use this palette", "the character").'),
    mime_type: z
      .string({ error: 'must be a string such as image/png' })
      .max(255, 'must be at most 255 characters')
      .nullish()
      .describe(`A hint, such as ${IMAGE_MIME_TYPES.join(', ')} or image/jpg, in any case. The bytes decide: a PNG labelled image/jpeg is used as the PNG it is.`),
  }, { error: 'must be an object such as {"image": "https://…"}, not a bare string or number' })
  .describe('A reference image.');

export const createTaskBodySchema = z
  .object({
    prompt: z
      .string({ error: 'is required and must be a string of 2 to 3000 characters' })
      .refine((s) => codePoints(s) >= 2, 'must be at least 2 characters')
      .refine((s) => codePoints(s) <= 3000, 'must be at most 3000 characters')
      .refine((s) => s.trim().length > 0, 'must not be only white space')
      // JSON Schema's minLength/maxLength count code points too (the refinements do the checking).
      .meta({ minLength: 2, maxLength: 3000 })
      .describe('What to draw: 2 to 3000 characters (Unicode code points).'),
    webhook_url: z
      .string({ error: 'must be a string: an absolute http or https URL' })
      .max(2048, 'must be at most 2048 characters')
      .refine((s) => {
        try {
          const u = new URL(s);
          return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
        } catch {
          return false;
        }
      }, 'must be an absolute http or https URL such as https://example.com/hooks/images')
      .meta({ format: 'uri' })
      .nullish()
      .describe('Receives a signed POST at every status change.'),
    reference_images: z
      .array(referenceImageSchema, { error: 'must be an array of objects such as {"image": "https://…"}' })
      .max(14, 'must hold at most 14 images')
      .nullish()
      .describe('Up to 14 reference images.'),
    aspect_ratio: z
      .enum(ASPECT_RATIOS, { error: `must be one of ${ASPECT_RATIOS.join(', ')}` })
      .nullish()
      .describe('Default 1:1. 1:4, 4:1, 1:8 and 8:1 are extensions.'),
    resolution: z
      .enum(RESOLUTION_VALUES, { error: `must be one of ${RESOLUTION_VALUES.join(', ')}` })
      .nullish()
      .describe('Default 1K. low = 1K, medium = 2K, high = 4K; 512 is an extension.'),
    use_google_search_tool: z
      .boolean({ error: 'must be true or false' })
      .nullish()
      .describe('Ground the image in Google Search results (engines that can search).'),
    seed: z
      .number({ error: 'must be a whole number from 0 to 4294967295' })
      .int('must be a whole number from 0 to 4294967295')
      .min(0, 'must be a whole number from 0 to 4294967295')
      .max(4294967295, 'must be a whole number from 0 to 4294967295')
      .nullish()
      .describe('Extension: the same request with the same seed gives the same picture on engines that honour seeds. Without it, the task draws a fresh seed and reports it.'),
  })
  .describe('Create an image generation task.');

export type CreateTaskBody = z.input<typeof createTaskBodySchema>;

const groundingSchema = z.union([
  z.object({
    status: z.literal('grounded'),
    queries: z.array(z.string()),
    sources: z.array(z.object({ uri: z.string(), title: z.string().optional() })),
    search_entry_point: z.string().optional(),
  }),
  z.object({ status: z.literal('unavailable'), reason: z.string() }),
]);

export const taskObjectSchema = z
  .object({
    task_id: z.string().describe('A UUID.'),
    status: z.enum(TASK_STATUSES),
    generated: z.array(z.string()).describe('Absolute URLs of the images; empty until COMPLETED.'),
    created_at: z.string().optional(),
    updated_at: z.string().optional(),
    queue_position: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Extension, on CREATED only: the place in the queue, 1 = the next task to be claimed. It usually falls as tasks ahead are claimed, and may rise: claims take turns across keys.'),
    stage: z
      .enum(TASK_STAGES)
      .optional()
      .describe('Extension, on IN_PROGRESS only: what the run is doing, fetching_references, generating or storing.'),
    prompt: z.string().optional().describe('Extension: the prompt the task was created with.'),
    error: z
      .string()
      .optional()
      .describe('Extension, on FAILED only: what went wrong, in words a person can act on. A string, as clients written for Magnific read it.'),
    error_code: z.enum(TASK_ERROR_CODES).optional().describe('Extension, on FAILED only: the stable code of the failure.'),
    images: z
      .array(z.object({ url: z.string(), width: z.number(), height: z.number(), mime_type: z.string(), bytes: z.number() }))
      .optional(),
    expires_at: z.string().optional(),
    grounding: groundingSchema.optional(),
    metrics: z
      .object({ queue_ms: z.number(), generation_ms: z.number(), storage_ms: z.number(), total_ms: z.number() })
      .optional(),
    engine: z.string().optional(),
    model: z.string().optional(),
    text: z.string().optional(),
    usage: z
      .object({
        prompt_tokens: z.number().optional(),
        output_tokens: z.number().optional(),
        thoughts_tokens: z.number().optional(),
        total_tokens: z.number().optional(),
        estimated_cost_usd: z.number().optional(),
      })
      .optional(),
    aspect_ratio: z.enum(ASPECT_RATIOS).optional(),
    resolution: z.enum(RESOLUTIONS).optional().describe('The resolution the task runs at (an alias such as high is answered as 4K).'),
    seed: z
      .number()
      .int()
      .optional()
      .describe('Extension: the seed that made the picture, the request\'s own or one drawn for the task; send it again to reproduce the picture.'),
  })
  .describe('A task. Fields other than task_id, status and generated are extensions.');

export type TaskObject = z.infer<typeof taskObjectSchema>;

export const taskResponseSchema = z.object({ data: taskObjectSchema }).describe('One task.');

/** A task id: the UUID the create answer gives, in either case. */
export const TASK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const listQuerySchema = z.object({
  page: z.coerce.number({ error: 'must be a whole number of 1 or more' }).int('must be a whole number of 1 or more').min(1, 'must be a whole number of 1 or more').default(1),
  per_page: z.coerce.number({ error: 'must be a whole number from 1 to 100' }).int('must be a whole number from 1 to 100').min(1, 'must be a whole number from 1 to 100').max(100, 'must be a whole number from 1 to 100').default(20),
  status: z.enum(TASK_STATUSES, { error: `must be one of ${TASK_STATUSES.join(', ')}` }).optional(),
  task_id: z
    .string({ error: 'must be a task id (a UUID)' })
    .regex(TASK_ID, 'must be a task id (a UUID)')
    .optional()
    .describe('Only this task: the list holds it, or nothing when it is not one of the caller\'s.'),
});

export const listResponseSchema = z.object({
  data: z.array(taskObjectSchema),
  meta: z.object({ current_page: z.number(), per_page: z.number(), last_page: z.number(), total: z.number() }),
});
