import type { ImageMime } from './sniff.js';

/**
 * A reference image as stored with its task (spec api.md, "POST body"): URLs and gs:// URIs are
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
  /** The declared `mime_type` (or, for inline references, the sniffed one); the bytes must match it. */
  mimeType?: ImageMime;
  /** What the reference is for (`reference_images[].text`). */
  text?: string;
}
