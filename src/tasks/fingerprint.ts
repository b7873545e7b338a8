import { createHash } from 'node:crypto';
import type { ValidCreateRequest } from './create-task.js';

/**
 * SHA-256 of a create request as validated, defaults filled in (docs/api.md, "Create a task"): two
 * bodies that ask for the same task have one fingerprint whatever their key order, spacing or
 * spelled-out defaults; inline images count by their bytes. A seed the server draws is not part
 * of it (it is drawn after), a seed the request gives is.
 */
export function requestFingerprint(request: ValidCreateRequest): string {
  const { params } = request;
  const normalised = {
    prompt: request.prompt,
    aspect_ratio: params.aspectRatio,
    resolution: params.resolution,
    use_google_search: params.useGoogleSearch,
    seed: params.seed ?? null,
    webhook_url: request.webhookUrl,
    references: request.references.map((r) => ({
      kind: r.kind,
      url: r.url ?? null,
      bytes: r.bytes ? createHash('sha256').update(r.bytes).digest('hex') : null,
      mime_type: r.mimeType ?? null,
      text: r.text ?? null,
    })),
  };
  return createHash('sha256').update(JSON.stringify(normalised)).digest('hex');
}
