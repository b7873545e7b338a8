import { randomInt, randomUUID } from 'node:crypto';
import type { InvalidParam } from '../domain/error-codes.js';
import { classifyReference, decodeInlineReference, readMimeHint } from '../references/inline.js';
import { RESOLUTION_ALIASES, type AspectRatio } from '../domain/output-size.js';
import { paramName } from '../contract/errors.js';
import { createTaskBodySchema } from '../contract/task.js';
import type { TaskStore } from '../store/ports.js';
import type { StoredReferenceInput, TaskRecord } from '../domain/task.js';

/** Seeds are 0 to 4294967295 (the request's `seed` range); `randomInt`'s upper bound is exclusive. */
const SEED_LIMIT = 2 ** 32;

export type CreateTaskOutcome =
  | { ok: true; task: TaskRecord; created: boolean }
  | { ok: false; invalidParams: InvalidParam[] };

/**
 * Validates a create request (every failure at once, named by the request's own paths), decodes
 * inline reference images, and stores the task durably before returning (spec api.md, "Create").
 */
export async function createTask(
  store: TaskStore,
  input: { keyId: string; body: unknown; idempotencyKey?: string; now: number; maxInlineBytes: number },
): Promise<CreateTaskOutcome> {
  if (typeof input.body !== 'object' || input.body === null || Array.isArray(input.body)) {
    return { ok: false, invalidParams: [{ name: 'body', reason: 'must be a JSON object such as {"prompt": "a red fox"}' }] };
  }
  const parsed = createTaskBodySchema.safeParse(input.body);
  const invalid: InvalidParam[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      invalid.push({ name: paramName(issue.path) || 'body', reason: issue.message });
    }
  }

  // Reference images: checked shape-by-shape even when other fields failed, so that every
  // problem is reported in one answer.
  const rawRefs = (input.body as Record<string, unknown>).reference_images;
  const references: StoredReferenceInput[] = [];
  if (Array.isArray(rawRefs) && rawRefs.length <= 14) {
    rawRefs.forEach((ref, index) => {
      if (typeof ref !== 'object' || ref === null || typeof (ref as any).image !== 'string' || !(ref as any).image) return;
      const r = ref as { image: string; text?: string | null; mime_type?: string | null };
      const name = `reference_images[${index}].image`;
      // A hint only (docs/api.md, "Reference images"): the bytes decide, here and when the task runs.
      const declared = readMimeHint(r.mime_type);
      const text = typeof r.text === 'string' ? r.text : undefined;
      const kind = classifyReference(r.image);
      if (kind === 'url') {
        references.push({ index, kind: 'url', url: r.image, mimeType: declared, text });
      } else if (kind === 'gs') {
        references.push({ index, kind: 'gs', url: r.image, mimeType: declared, text });
      } else if (kind === 'data' || kind === 'base64') {
        const decoded = decodeInlineReference(r.image, { maxBytes: input.maxInlineBytes });
        if (!decoded.ok) {
          // A bare string that is not a URL is taken for base64; say what else it could have been.
          const reason = kind === 'base64' ? `${decoded.reason}; give an https:// URL, a gs://bucket/object URI, a data:image/...;base64, URI or base64 image bytes` : decoded.reason;
          invalid.push({ name, reason });
        } else {
          references.push({ index, kind: 'inline', bytes: decoded.bytes, mimeType: decoded.mimeType, text });
        }
      } else {
        invalid.push({
          name,
          reason: 'must be an https:// or http:// URL, a gs://bucket/object URI, a data:image/...;base64, URI or base64 image bytes',
        });
      }
    });
  }

  if (invalid.length || !parsed.success) return { ok: false, invalidParams: invalid };
  const body = parsed.data;
  const { task, created } = await store.createTask({
    id: randomUUID(),
    keyId: input.keyId,
    prompt: body.prompt,
    params: {
      aspectRatio: (body.aspect_ratio ?? '1:1') as AspectRatio,
      resolution: RESOLUTION_ALIASES[body.resolution ?? '1K'],
      useGoogleSearch: body.use_google_search_tool ?? false,
      // Without a seed, each task draws its own (docs/api.md, "Seeds and variations"): asking twice
      // gives two pictures, and the stored seed reproduces either one.
      seed: body.seed ?? randomInt(0, SEED_LIMIT),
    },
    references,
    webhookUrl: body.webhook_url ?? null,
    idempotencyKey: input.idempotencyKey ?? null,
    createdAt: input.now,
  });
  return { ok: true, task, created };
}
