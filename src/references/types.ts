import type { ImageMime } from './sniff.js';

/**
 * A reference image as stored with its task (docs/api.md, "Reference images"): URLs and gs:// URIs are
 * fetched when the task runs; data URIs and base64 were decoded and checked at request time.
 */
export interface StoredReference {
  /** Position in the request's `reference_images`, for messages. */
  index: number;
  kind: 'url' | 'gs' | 'inline';
  /** The http(s) URL or `gs://bucket/object` URI (never a data URI: inline bytes live in `bytes`). */
  url?: string;
  /** Inline references only: the decoded bytes. */
  bytes?: Buffer;
  /** The `mime_type` hint read loosely (or, for inline references, the sniffed type): a hint only, the bytes decide. */
  mimeType?: ImageMime;
  /** What the reference is for (`reference_images[].text`). */
  text?: string;
}
