import { createHash, randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { TaskErrorCode } from '../domain/error-codes.js';
import type { FileRecord, StoredReferenceInput, TaskRecord, TaskStage } from '../domain/task.js';
import { EngineError, type Engine, type GenerateResult, type ReferenceImage } from '../engines/engine.js';
import { throwIfAborted, untilAborted } from '../lib/abort.js';
import type { Metrics } from '../lib/metrics.js';
import { extensionFor, sniffImageType } from '../references/sniff.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { TaskStore } from '../store/ports.js';
import type { StageTicket } from './stages.js';

export type ReferenceResolver = (
  refs: StoredReferenceInput[],
  opts: { signal: AbortSignal; acceptsGcsUris: boolean },
) => Promise<{ ok: true; references: ReferenceImage[] } | { ok: false; message: string }>;

/** Abort reasons of a running task that record no outcome of their own. */
export class Shutdown extends Error {
  constructor() {
    super('the server is shutting down');
    this.name = 'Shutdown';
  }
}
export class Cancelled extends Error {
  constructor() {
    super('the task was cancelled');
    this.name = 'Cancelled';
  }
}

export interface RunTaskDeps {
  store: TaskStore;
  engine: Engine;
  blobs: BlobStore;
  resolveReferences: ReferenceResolver;
  metrics: Metrics;
  logger: Logger;
  now: () => number;
  /** The lease holder: only its `complete`/`fail` count. */
  owner: string;
  taskTimeoutMs: number;
  retentionMs: number;
}

/**
 * Runs one claimed task: references → engine → blobs → complete, or a `fail` with the code the
 * user reads (docs/errors.md, "Task error codes"). `signal` aborts with a TimeoutError DOMException
 * at the deadline, with {@link Cancelled} or {@link Shutdown}; the caller owns the lease.
 */
export async function runTask(deps: RunTaskDeps, task: TaskRecord, signal: AbortSignal, claimedAt: number, slots: StageTicket): Promise<void> {
  const { store, engine, metrics, now } = deps;
  const log = deps.logger.child({ task_id: task.id, run: task.runs });
  // One info line per task, when it ends (completed, failed): under a burst every line costs the event loop.
  log.debug({ engine: engine.name }, 'task started');
  // The stage is for people watching (docs/api.md, "Queue position and stage"): a failed write is logged, never fatal.
  const stage = (s: TaskStage) => store.setStage(task.id, deps.owner, s).catch((err: Error) => log.warn({ err: err.message, stage: s }, 'could not record the stage'));
  try {
    const refs = task.referenceCount ? await store.getReferences(task.id) : [];
    let references: ReferenceImage[] = [];
    if (refs.length) {
      // Its own stage: hanging reference URLs hold a reference slot of this key, not an engine slot.
      const releaseReferences = await slots.referenceSlot(signal);
      await stage('fetching_references');
      let resolved: Awaited<ReturnType<ReferenceResolver>>;
      try {
        resolved = await untilAborted(deps.resolveReferences(refs, { signal, acceptsGcsUris: engine.acceptsGcsUris }), signal);
      } finally {
        releaseReferences();
      }
      if (!resolved.ok) {
        throwIfAborted(signal);
        await fail(deps, task, 'invalid_reference_image', resolved.message);
        return;
      }
      references = resolved.references;
    }
    if (refs.length) metrics.phase('references', (now() - claimedAt) / 1000);
    const releaseEngine = await slots.engineSlot(signal);
    try {
      // The claim wrote it already for a task without references (statements.ts, `takeTask`).
      if (task.stage !== 'generating') await stage('generating');
      await generateAndStore(deps, task, references, signal, claimedAt, stage, log);
    } finally {
      releaseEngine();
    }
  } catch (err) {
    await handleError(deps, task, err, signal, log);
  }
}

/** The engine stage, inside an engine slot: generate, store the images, complete. */
async function generateAndStore(
  deps: RunTaskDeps,
  task: TaskRecord,
  references: ReferenceImage[],
  signal: AbortSignal,
  claimedAt: number,
  stage: (s: TaskStage) => Promise<unknown>,
  log: Logger,
): Promise<void> {
  const { store, engine, metrics, now } = deps;
  const genStart = now();
  const result = await untilAborted(
    engine.generate(
      {
        prompt: task.prompt,
        aspectRatio: task.params.aspectRatio,
        resolution: task.params.resolution,
        useGoogleSearch: task.params.useGoogleSearch,
        references,
        seed: task.params.seed,
      },
      { signal, deadline: claimedAt + deps.taskTimeoutMs },
    ),
    signal,
  );
  const genEnd = now();
  let files: FileRecord[];
  try {
    throwIfAborted(signal);
    if (!result.images.length) {
      metrics.engineFailure('no_image');
      await fail(deps, task, 'no_image', 'The engine answered without an image.', result);
      return;
    }
    await stage('storing');
    files = await storeImages(deps, task, result);
  } finally {
    // The bytes are on disk (or in the bucket) now: memory an engine lent goes back to it.
    result.release?.();
  }
  const end = now();
  const completed = await store.complete(task.id, deps.owner, end, files, {
    engine: engine.name,
    model: engine.model,
    text: result.text,
    grounding: result.grounding,
    usage: result.usage,
    metrics: {
      queue_ms: Math.max(0, claimedAt - task.createdAt),
      generation_ms: genEnd - genStart,
      storage_ms: end - genEnd,
      total_ms: end - task.createdAt,
    },
  });
  if (!completed) {
    // Cancelled or taken over meanwhile: its images are nobody's.
    await Promise.all(files.map((f) => deps.blobs.delete(`${f.id}.${f.extension}`).catch(() => {})));
    log.info('task finished elsewhere; images discarded');
  } else {
    log.info({ ms: end - claimedAt }, 'task completed');
    metrics.taskFinished(engine.name, 'COMPLETED');
    metrics.phase('queue', Math.max(0, claimedAt - task.createdAt) / 1000);
    metrics.phase('generation', (genEnd - genStart) / 1000);
    metrics.phase('storage', (end - genEnd) / 1000);
    metrics.phase('total', (end - task.createdAt) / 1000);
  }
}

/** Maps what stopped a run to the task's outcome; a shutdown or a cancel records nothing here. */
async function handleError(deps: RunTaskDeps, task: TaskRecord, err: unknown, signal: AbortSignal, log: Logger) {
  const reason = signal.aborted ? signal.reason : undefined;
  if (reason instanceof Shutdown) {
    log.warn('task interrupted by shutdown; it will run again at the next start');
    return;
  }
  if (reason instanceof Cancelled) return; // the store already holds the cancellation
  if (reason instanceof DOMException && reason.name === 'TimeoutError') {
    await fail(deps, task, 'timeout', `The task did not finish within its deadline of ${Math.round(deps.taskTimeoutMs / 1000)} s.`);
    return;
  }
  if (err instanceof EngineError) {
    deps.metrics.engineFailure(err.code);
    await fail(deps, task, err.code, err.message);
    return;
  }
  if (err instanceof StorageError) {
    log.error({ err: err.cause }, 'could not store the generated image');
    await fail(deps, task, 'internal', err.message);
    return;
  }
  log.error({ err }, 'task failed with an unexpected error');
  await fail(deps, task, 'internal', 'The server hit an unexpected error while generating; the details are in its log.');
}

async function fail(deps: RunTaskDeps, task: TaskRecord, code: TaskErrorCode, message: string, result?: GenerateResult) {
  const { engine, store, logger, metrics } = deps;
  try {
    const failed = await store.fail(task.id, deps.now(), { code, message }, {
      owner: deps.owner,
      result: { engine: engine.name, model: engine.model, ...(result?.text ? { text: result.text } : {}) },
    });
    if (failed) {
      logger.info({ task_id: task.id, code }, 'task failed');
      metrics.taskFinished(engine.name, 'FAILED');
      metrics.phase('total', (deps.now() - task.createdAt) / 1000);
    } else {
      // Cancelled or taken over meanwhile: the store kept the outcome it already had.
      logger.info({ task_id: task.id, code }, 'task finished elsewhere; this failure not recorded');
    }
  } catch (err) {
    // The lease runs out and the task is re-run or failed as worker_lost: never lost.
    logger.error({ err, task_id: task.id }, 'could not record a task failure');
  }
}

async function storeImages(deps: RunTaskDeps, task: TaskRecord, result: GenerateResult): Promise<FileRecord[]> {
  const now = deps.now();
  const files: FileRecord[] = [];
  for (const [index, image] of result.images.entries()) {
    const mimeType = sniffImageType(image.bytes) ?? image.mimeType;
    const extension = extensionFor(mimeType);
    const id = randomBytes(24).toString('base64url');
    try {
      await deps.blobs.put(`${id}.${extension}`, image.bytes, mimeType);
    } catch (err) {
      await Promise.all(files.map((f) => deps.blobs.delete(`${f.id}.${f.extension}`).catch(() => {})));
      // Words for the user; the errno and the server's paths go only to the log (handleError).
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOSPC' || code === 'EDQUOT' ? 'the disk is full' : 'the server could not write to its image store (files folder or bucket)';
      throw new StorageError(`The image was generated but could not be stored: ${why}.`, err);
    }
    files.push({
      id,
      taskId: task.id,
      keyId: task.keyId,
      index,
      mimeType,
      extension,
      bytes: image.bytes.length,
      width: image.width,
      height: image.height,
      etag: fileEtag(id),
      createdAt: now,
      expiresAt: now + deps.retentionMs,
    });
  }
  return files;
}

/**
 * A file's strong ETag. The bytes under a file id never change (a new picture is a new id), so a
 * hash of the id validates them as a hash of the bytes would, without reading 5 MB of a 4K picture
 * again (docs/benchmarks.md, "Burst").
 */
function fileEtag(fileId: string): string {
  return `"${createHash('sha256').update(fileId).digest('base64url').slice(0, 27)}"`;
}

class StorageError extends Error {
  constructor(message: string, readonly cause: unknown) {
    super(message);
    this.name = 'StorageError';
  }
}
