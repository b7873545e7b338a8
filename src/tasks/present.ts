import type { TaskObject } from '../contract/task.js';
import type { FileRecord, TaskRecord } from '../domain/task.js';

/** The public URL of a generated file: a capability URL, no key needed. */
export function fileUrl(publicUrl: string, file: Pick<FileRecord, 'id' | 'extension'>): string {
  return `${publicUrl}/v1/files/${file.id}.${file.extension}`;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The task object of the API (docs/api.md, "The task object"): Magnific's three fields first, then
 * our extensions, which only add. `queuePosition` is the store's count of tasks ahead (0: next),
 * shown 1-based on a CREATED task.
 */
export function presentTask(task: TaskRecord, publicUrl: string, queuePosition?: number | null): TaskObject {
  const generated = task.status === 'COMPLETED' ? task.files.map((f) => fileUrl(publicUrl, f)) : [];
  const out: TaskObject = {
    task_id: task.id,
    status: task.status,
    generated,
    created_at: iso(task.createdAt),
    updated_at: iso(task.updatedAt),
    aspect_ratio: task.params.aspectRatio,
    resolution: task.params.resolution,
  };
  if (task.status === 'CREATED' && typeof queuePosition === 'number') out.queue_position = queuePosition + 1;
  if (task.status === 'IN_PROGRESS' && task.stage) out.stage = task.stage;
  out.prompt = task.prompt;
  if (task.params.seed !== undefined) out.seed = task.params.seed;
  // `error` is text, as Magnific clients print it; the code sits beside it (docs/api.md, "The task object").
  if (task.status === 'FAILED' && task.error) {
    out.error = task.error.message;
    out.error_code = task.error.code;
  }
  if (task.status === 'COMPLETED') {
    out.images = task.files.map((f) => ({
      url: fileUrl(publicUrl, f),
      width: f.width,
      height: f.height,
      mime_type: f.mimeType,
      bytes: f.bytes,
    }));
    if (task.files.length) out.expires_at = iso(Math.min(...task.files.map((f) => f.expiresAt)));
  }
  const r = task.result;
  if (r) {
    if (r.engine) out.engine = r.engine;
    if (r.model) out.model = r.model;
    if (r.text) out.text = r.text;
    if (r.grounding) out.grounding = r.grounding;
    if (r.usage) out.usage = r.usage;
    if (r.metrics) out.metrics = r.metrics;
  }
  return out;
}
