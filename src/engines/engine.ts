import type { TaskErrorCode } from '../domain/error-codes.js';
import type { ImageMimeType, ReferenceImage } from '../domain/image-types.js';
import type { AspectRatio, Resolution } from '../domain/output-size.js';
import type { Grounding, Usage } from '../domain/task.js';

export type { Grounding, Usage } from '../domain/task.js';
export type { ReferenceImage } from '../domain/image-types.js';

export interface GenerateRequest {
  prompt: string;
  aspectRatio: AspectRatio;
  resolution: Resolution;
  useGoogleSearch: boolean;
  references: ReferenceImage[];
  /** Request extension: same seed, same picture on engines that honour seeds. */
  seed?: number;
}

export interface GeneratedImage {
  bytes: Buffer;
  mimeType: ImageMimeType;
  width: number;
  height: number;
}

export interface GenerateResult {
  images: GeneratedImage[];
  /** What the engine said (Gemini's text parts) or, for the local engine, what it drew. */
  text?: string;
  grounding?: Grounding;
  usage?: Usage;
  /** Milliseconds per step of the engine's own work, where it measures them (the local engine's render thread), for benchmarks. */
  stageMs?: Record<string, number>;
  /**
   * Gives back the memory the images' bytes live in, for engines that lend it (the gemini threads,
   * picture-pool.ts): call it once the bytes are stored and will not be read again. Optional to
   * call: lent bytes nobody released are given back when they are collected, only later.
   */
  release?(): void;
}

/** Expected failures; the worker maps them to the task's `error_code`. */
export type EngineErrorCode = Exclude<TaskErrorCode, 'worker_lost'>;

/**
 * An expected engine failure. `message` is shown to the user and must say what happened in words
 * they can act on. Anything else thrown by an engine is a bug and fails the task as `internal`.
 */
export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

export interface GenerateOptions {
  /** Aborted when the task's deadline passes or the task is cancelled. */
  signal: AbortSignal;
  /** Absolute deadline (epoch ms) of the task, so engines can fit retries inside it. */
  deadline?: number;
}

/** The aspect ratios and resolutions the configured model can make. */
export interface EngineCapabilities {
  aspectRatios: readonly AspectRatio[];
  resolutions: readonly Resolution[];
}

export interface Engine {
  readonly name: 'local' | 'gemini' | 'vertex';
  readonly model: string;
  /**
   * What the configured model supports, checked when a task is created so a request it cannot
   * serve is a 400, not a failed task (docs/api.md). Absent: every ratio and resolution.
   */
  capabilities?(): EngineCapabilities;
  /** Whether `gs://` references are passed as URIs (vertex) rather than fetched. */
  readonly acceptsGcsUris: boolean;
  generate(request: GenerateRequest, options: GenerateOptions): Promise<GenerateResult>;
  /** Optional start-up check (a bad key or unknown model should be obvious to the operator). */
  check?(): Promise<{ ok: true } | { ok: false; message: string }>;
  close?(): Promise<void>;
}
