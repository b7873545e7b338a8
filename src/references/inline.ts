import { formatBytes } from '../lib/format.js';
import { describeBytes, sniffImageType, type ImageMime } from './sniff.js';

/**
 * Request-time handling of `reference_images[].image` (docs/api.md, "Reference images"): which form
 * it has, and, for data URIs and raw base64, the decoded and checked bytes. URLs are fetched later,
 * when the task runs (resolve.ts). Labels are hints: the bytes decide the type.
 */

export type ReferenceForm = 'url' | 'gs' | 'data' | 'base64' | 'invalid';

export type InlineReference = { ok: true; bytes: Buffer; mimeType: ImageMime } | { ok: false; reason: string };

const KNOWN_LABELS: Record<string, ImageMime> = {
  'image/png': 'image/png',
  'image/jpeg': 'image/jpeg',
  // Not a registered type, but sent by enough encoders that refusing it would only annoy.
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/webp': 'image/webp',
};

/**
 * A `mime_type` hint (or a data URI's media type) read loosely: any case, `image/jpg` for JPEG,
 * parameters ignored. Undefined for anything else. Only a `gs://` reference handed to Vertex unread
 * uses it; everywhere else the sniffed bytes decide (real clients label every upload image/jpeg).
 */
export function readMimeHint(label: string | null | undefined): ImageMime | undefined {
  if (typeof label !== 'string') return undefined;
  return KNOWN_LABELS[label.split(';')[0]!.trim().toLowerCase()];
}

/** The refusal of bytes that are none of the accepted types, saying what they are instead. */
export function notAnImageReason(bytes: Uint8Array): string {
  return `is not a PNG, JPEG or WebP image: the bytes are ${describeBytes(bytes)}`;
}

// The standard alphabet only: Buffer.from(x, 'base64') silently skips anything else, so a string such as
// "hello world!" would otherwise decode to something. Line breaks are allowed (MIME encoders wrap at 76).
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE64_LOOSE_LINES = /^[A-Za-z0-9+/\r\n]+={0,2}$/;
const GS_URI = /^gs:\/\/([a-z0-9][a-z0-9._-]{1,220}[a-z0-9])\/(.+)$/;

/** Which form a `reference_images[].image` string has; `invalid` when it is none of the accepted ones. */
export function classifyReference(image: string): ReferenceForm {
  if (/^https?:\/\//i.test(image)) {
    try {
      const url = new URL(image);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? 'url' : 'invalid';
    } catch {
      return 'invalid';
    }
  }
  if (/^gs:\/\//i.test(image)) return parseGsUri(image) ? 'gs' : 'invalid';
  if (/^data:/i.test(image)) return 'data';
  return BASE64_LOOSE_LINES.test(image) ? 'base64' : 'invalid';
}

/** `gs://bucket/object` split into its parts (bucket naming rules from Cloud Storage), or undefined. */
export function parseGsUri(uri: string): { bucket: string; object: string } | undefined {
  const m = GS_URI.exec(uri);
  return m ? { bucket: m[1]!, object: m[2]! } : undefined;
}

/**
 * Decodes a `data:image/...;base64,` URI or raw base64 and checks that the bytes are a PNG, JPEG or
 * WebP image. The data URI's media type is a label only: `data:image/jpeg;base64,<PNG bytes>` is the
 * PNG it is. `reason` completes a sentence about the field: "is not a PNG, JPEG or WebP image: the
 * bytes are a GIF image".
 */
export function decodeInlineReference(image: string, options: { maxBytes?: number } = {}): InlineReference {
  let payload = image;
  if (/^data:/i.test(image)) {
    const comma = image.indexOf(',');
    if (comma < 0) return { ok: false, reason: 'is not a complete data URI (no comma before the data)' };
    const params = image.slice(5, comma).split(';').map((p) => p.trim().toLowerCase());
    if (params[params.length - 1] !== 'base64') {
      return { ok: false, reason: 'data URI must be base64-encoded, as in data:image/png;base64,…' };
    }
    payload = image.slice(comma + 1);
  }
  if (payload.includes('\n') || payload.includes('\r')) payload = payload.replace(/\r?\n/g, '');
  if (payload.length === 0) return { ok: false, reason: 'has no image data' };
  if (!BASE64.test(payload)) {
    return { ok: false, reason: 'is not valid base64: it has characters outside A-Z, a-z, 0-9, + and /' };
  }
  if (payload.length % 4 === 1 || (payload.endsWith('=') && payload.length % 4 !== 0)) {
    return { ok: false, reason: 'is not valid base64: its length or padding is wrong (truncated?)' };
  }
  const size = Math.floor((payload.length * 3) / 4) - (payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0);
  if (options.maxBytes !== undefined && size > options.maxBytes) {
    return { ok: false, reason: `${formatBytes(size)} is over the ${formatBytes(options.maxBytes)} limit` };
  }
  const bytes = Buffer.from(payload, 'base64');
  const sniffed = sniffImageType(bytes);
  if (!sniffed) return { ok: false, reason: notAnImageReason(bytes) };
  return { ok: true, bytes, mimeType: sniffed };
}
