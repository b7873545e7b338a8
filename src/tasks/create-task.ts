import { randomInt, randomUUID } from 'node:crypto';
import type { InvalidParam } from '../domain/error-codes.js';
import { pixelLimitReason } from '../references/dimensions.js';
import { classifyReference, decodeInlineReference, readMimeHint } from '../references/inline.js';
import { RESOLUTION_ALIASES, type AspectRatio, type Resolution } from '../domain/output-size.js';
import { paramName } from '../contract/errors.js';
import { createTaskBodySchema } from '../contract/task.js';
import { IdempotencyKeyReused, InFlightLimitReached, type TaskStore } from '../store/ports.js';
import { HttpError } from '../api/errors.js';
import { requestFingerprint } from './fingerprint.js';
import type { StoredReferenceInput, TaskParams, TaskRecord } from '../domain/task.js';

/** A create request that passed every check, ready to store. */
export interface ValidCreateRequest {
  prompt: string;
  params: TaskParams;
  references: StoredReferenceInput[];
  webhookUrl: string | null;
}

export interface CreateCheckOptions {
  maxInlineBytes: number;
  /** The largest inline reference in pixels, read from its header (BANANASTAND_MAX_REFERENCE_MEGAPIXELS). */
  maxPixels?: number;
  /** What the engine's model cannot serve (docs/api.md, "Per-model limits"); each is a 400. */
  checkParams?: (params: { aspectRatio: AspectRatio; resolution: Resolution }) => InvalidParam[];
}

/**
 * Validates a create request body (every failure at once, named by the request's own paths) and
 * decodes inline reference images (docs/api.md, "Create a task"). The route runs it before its
 * handler; the CLI's in-process mode runs it too.
 */
export function validateCreateRequest(
  body: unknown,
  input: CreateCheckOptions,
): { ok: true; value: ValidCreateRequest } | { ok: false; invalidParams: InvalidParam[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, invalidParams: [{ name: 'body', reason: 'must be a JSON object such as {"prompt": "a red fox"}' }] };
  }
  const parsed = createTaskBodySchema.safeParse(body);
  const invalid: InvalidParam[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      invalid.push({ name: paramName(issue.path) || 'body', reason: issue.message });
    }
  }

  // Reference images: checked shape-by-shape even when other fields failed, so that every
  // problem is reported in one answer.
  const rawRefs = (body as Record<string, unknown>).reference_images;
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
        } else if (input.maxPixels && pixelLimitReason(decoded.bytes, input.maxPixels)) {
          invalid.push({ name, reason: `the image ${pixelLimitReason(decoded.bytes, input.maxPixels)}` });
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

  if (parsed.success && input.checkParams) {
    const { aspect_ratio, resolution } = parsed.data;
    invalid.push(...input.checkParams({ aspectRatio: (aspect_ratio ?? '1:1') as AspectRatio, resolution: RESOLUTION_ALIASES[resolution ?? '1K'] }));
  }
  if (invalid.length || !parsed.success) return { ok: false, invalidParams: invalid };
  const data = parsed.data;
  return {
    ok: true,
    value: {
      prompt: data.prompt,
      params: {
        aspectRatio: (data.aspect_ratio ?? '1:1') as AspectRatio,
        resolution: RESOLUTION_ALIASES[data.resolution ?? '1K'],
        useGoogleSearch: data.use_google_search_tool ?? false,
        ...(data.seed != null ? { seed: data.seed } : {}),
      },
      references,
      webhookUrl: data.webhook_url ?? null,
    },
  };
}

/** Seeds are 0 to 4294967295 (the request's `seed` range); `randomInt`'s upper bound is exclusive. */
const SEED_LIMIT = 2 ** 32;

/** Stores a validated task durably before returning; an Idempotency-Key seen before returns the first task. */
export async function createTask(
  store: TaskStore,
  input: { keyId: string; request: ValidCreateRequest; idempotencyKey?: string; now: number; maxInFlight?: number | null },
): Promise<{ task: TaskRecord; created: boolean }> {
  const { params } = input.request;
  try {
    return await store.createTask({
      id: randomUUID(),
      keyId: input.keyId,
      ...input.request,
      // Without a seed, each task draws its own (docs/api.md, "Seeds and variations"): asking twice
      // gives two pictures, and the stored seed reproduces either one.
      params: { ...params, seed: params.seed ?? randomInt(0, SEED_LIMIT) },
      idempotencyKey: input.idempotencyKey ?? null,
      fingerprint: input.idempotencyKey ? requestFingerprint(input.request) : null,
      maxInFlight: input.maxInFlight || null,
      createdAt: input.now,
    });
  } catch (err) {
    throw refusal(err);
  }
}

/** The store's refusals as the answers docs/errors.md lists; anything else as it was. */
function refusal(err: unknown): unknown {
  if (err instanceof IdempotencyKeyReused) {
    return new HttpError(
      'idempotency_key_reused',
      `Idempotency-Key ${JSON.stringify(err.idempotencyKey)} was already used with another request body (task ${err.taskId}); send that same body to get that task again, or use a new Idempotency-Key for a new request.`,
    );
  }
  if (err instanceof InFlightLimitReached) {
    return new HttpError(
      'too_many_tasks',
      `This API key already has ${err.limit} tasks CREATED or IN_PROGRESS, its limit; wait for some to finish (the limit is set with bananastand keys update --max-in-flight).`,
      { retryAfterSeconds: 2 },
    );
  }
  return err;
}
