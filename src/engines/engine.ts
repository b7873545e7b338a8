import type { AspectRatio, Resolution } from '../tasks/output-size.js';

/** A reference image after the reference pipeline: checked bytes (or, on vertex, a gs:// URI). */
export interface ReferenceImage {
  /** Position in the request's `reference_images`, for messages. */
  index: number;
  /** Checked bytes; absent only for a `gs://` reference passed through to Vertex as `fileUri`. */
  bytes?: Buffer;
  /** Sniffed from the bytes (or declared, for a pass-through gs:// URI). */
  mimeType: 'image/png' | 'image/jpeg' | 'image/webp';
  /** `gs://bucket/object` when the engine takes Cloud Storage URIs directly. */
  fileUri?: string;
  /** What the reference is for (`reference_images[].text`). */
  text?: string;
}

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
  mimeType: 'image/png' | 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
}

/** The task's `grounding` extension field (spec api.md, "Task object"). */
export type Grounding =
  | {
      status: 'grounded';
      queries: string[];
      sources: { uri: string; title?: string }[];
      search_entry_point?: string;
    }
  | { status: 'unavailable'; reason: string };

/** The task's `usage` extension field. */
export interface Usage {
  prompt_tokens?: number;
  output_tokens?: number;
  thoughts_tokens?: number;
  total_tokens?: number;
  /** Estimated cost in USD from the engine's price table. */
  estimated_cost_usd?: number;
}

export interface GenerateResult {
  images: GeneratedImage[];
  /** What the engine said (Gemini's text parts) or, for the local engine, what it drew. */
  text?: string;
  grounding?: Grounding;
  usage?: Usage;
}

/** Expected failures; the worker maps them to the task's `error.code`. */
export type EngineErrorCode =
  | 'content_blocked'
  | 'no_image'
  | 'invalid_reference_image'
  | 'engine_unavailable'
  | 'timeout'
  | 'cancelled'
  | 'internal';

/**
 * An expected engine failure. `message` is shown to the user and must say what happened in words
 * they can act on. Anything else thrown by an engine is a bug and fails the task as `internal`.
 */
export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
    /** True when running the task again later could succeed (used by the worker's re-run policy). */
    readonly retryable = false,
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

export interface Engine {
  readonly name: 'local' | 'gemini' | 'vertex';
  readonly model: string;
  /** How many tasks this engine runs at once by default. */
  readonly defaultConcurrency: number;
  /** Whether `gs://` references are passed as URIs (vertex) rather than fetched. */
  readonly acceptsGcsUris: boolean;
  generate(request: GenerateRequest, options: GenerateOptions): Promise<GenerateResult>;
  /** Optional start-up check (a bad key or unknown model should be obvious to the operator). */
  check?(): Promise<{ ok: true } | { ok: false; message: string }>;
  close?(): Promise<void>;
}
