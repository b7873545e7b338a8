import type { TaskErrorCode } from './error-codes.js';
import type { ImageMimeType } from './image-types.js';
import type { AspectRatio, Resolution } from './output-size.js';

/** The only status values a client ever sees (docs/api.md, "The task object"). */
export const TASK_STATUSES = ['CREATED', 'IN_PROGRESS', 'COMPLETED', 'FAILED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const FINAL_STATUSES: readonly TaskStatus[] = ['COMPLETED', 'FAILED'];

/** What an IN_PROGRESS task is doing (docs/api.md, "Queue position and stage"), in the order a run goes through them. */
export const TASK_STAGES = ['fetching_references', 'generating', 'storing'] as const;
export type TaskStage = (typeof TASK_STAGES)[number];

/** A reference as stored with the task: URLs are fetched when the task runs; inline bytes are kept. */
export interface StoredReferenceInput {
  index: number;
  kind: 'url' | 'gs' | 'inline';
  /** The URL or gs:// URI (never a data URI: inline bytes live in `bytes`). */
  url?: string;
  bytes?: Buffer;
  /** The declared `mime_type`, or, for inline references, the sniffed one. */
  mimeType?: ImageMimeType;
  text?: string;
}

export interface TaskParams {
  aspectRatio: AspectRatio;
  resolution: Resolution;
  useGoogleSearch: boolean;
  seed?: number;
}

/** The task's `grounding` extension field (docs/api.md, "The task object"). */
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

export interface TaskError {
  code: TaskErrorCode;
  message: string;
}

export interface TaskMetrics {
  queue_ms: number;
  generation_ms: number;
  storage_ms: number;
  total_ms: number;
}

export interface TaskResult {
  engine: string;
  model: string;
  text?: string;
  grounding?: Grounding;
  usage?: Usage;
  metrics: TaskMetrics;
}

export interface FileRecord {
  /** The capability id in the URL: 32 base64url characters (192 random bits). */
  id: string;
  taskId: string;
  keyId: string;
  index: number;
  mimeType: ImageMimeType;
  extension: string;
  bytes: number;
  width: number;
  height: number;
  /** Quoted strong ETag: the file id's sha256, base64url, shortened (a file's bytes never change under its id). */
  etag: string;
  createdAt: number;
  expiresAt: number;
}

export interface TaskRecord {
  id: string;
  keyId: string;
  status: TaskStatus;
  prompt: string;
  params: TaskParams;
  /** How many references the request carried (their bytes are loaded only to run the task). */
  referenceCount: number;
  webhookUrl: string | null;
  idempotencyKey: string | null;
  /** How many times a worker has claimed it. */
  runs: number;
  createdAt: number;
  updatedAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  error: TaskError | null;
  result: TaskResult | null;
  files: FileRecord[];
  /** What the run is doing, written by it as it goes; meaningful only while IN_PROGRESS. */
  stage?: TaskStage | null;
}
