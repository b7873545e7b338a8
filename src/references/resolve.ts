import type { ReferenceImage } from '../domain/image-types.js';
import type { GuardedFetcher } from '../net/guard.js';
import { notAnImageReason, parseGsUri } from './inline.js';
import { pixelLimitReason } from './dimensions.js';
import { sniffImageType, type ImageMime } from './sniff.js';
import type { StoredReference } from './types.js';

/**
 * Run-time resolution of a task's reference images (docs/network-guard.md, docs/api.md "Reference
 * images"): URLs fetched through the guard, all at once; every image's type read from its bytes,
 * whatever `mime_type` or the server's content-type said. A failure names the image:
 * "reference_images[2]: the server answered 404 for https://…".
 */

export interface ResolveReferencesOptions {
  fetcher: GuardedFetcher;
  /** BANANASTAND_REFERENCE_MAX_BYTES: per image, enforced while downloading. */
  maxBytes: number;
  /** BANANASTAND_REFERENCE_TIMEOUT: per image, redirects included. */
  timeoutMs: number;
  /** BANANASTAND_MAX_REFERENCE_MEGAPIXELS: width × height from the header, checked before anything decodes. */
  maxPixels: number;
  /** The engine takes `gs://` URIs itself (Vertex); otherwise they are read over public HTTPS. */
  acceptsGcsUris: boolean;
  /** The task's signal: its deadline or a cancel. */
  signal?: AbortSignal;
}

export type ResolveReferencesResult =
  | { ok: true; references: ReferenceImage[] }
  /** `aborted` is true when `signal` stopped the work; the caller maps that to its own reason. */
  | { ok: false; message: string; aborted?: boolean };

/** At most 3 redirects per image, each hop checked by the guard (docs/network-guard.md, "Reference images"). */
export const REFERENCE_MAX_REDIRECTS = 3;

type One = { ok: true; image: ReferenceImage } | { ok: false; reason: string; aborted?: boolean };

export async function resolveReferences(refs: StoredReference[], options: ResolveReferencesOptions): Promise<ResolveReferencesResult> {
  // The first failure dooms the task, so it stops the other downloads.
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([stop.signal, options.signal]) : stop.signal;
  const results = await Promise.all(
    refs.map(async (ref): Promise<One> => {
      const one = await resolveOne(ref, { ...options, signal });
      if (!one.ok) stop.abort();
      return one;
    }),
  );
  if (options.signal?.aborted) return { ok: false, message: 'cancelled while fetching reference images', aborted: true };
  const failures = refs
    .map((ref, i) => ({ ref, result: results[i]! }))
    .filter((x): x is { ref: StoredReference; result: Extract<One, { ok: false }> } => !x.result.ok && !x.result.aborted);
  if (failures.length) {
    return { ok: false, message: failures.map(({ ref, result }) => `reference_images[${ref.index}]: ${result.reason}`).join('; ') };
  }
  return { ok: true, references: results.map((r) => (r as Extract<One, { ok: true }>).image) };
}

async function resolveOne(ref: StoredReference, options: ResolveReferencesOptions & { signal: AbortSignal }): Promise<One> {
  const base = { index: ref.index, ...(ref.text !== undefined ? { text: ref.text } : {}) };
  if (ref.kind === 'inline') {
    if (!ref.bytes) return { ok: false, reason: 'the stored image has no bytes' };
    return checkBytes(ref.bytes, base, 'the stored image', options.maxPixels);
  }
  if (!ref.url) return { ok: false, reason: 'the stored reference has no URL' };
  let url = ref.url;
  if (ref.kind === 'gs') {
    const gs = parseGsUri(ref.url);
    if (!gs) return { ok: false, reason: `${ref.url} is not a gs://bucket/object URI` };
    if (options.acceptsGcsUris) {
      const mimeType = ref.mimeType ?? typeFromExtension(gs.object);
      if (!mimeType) {
        return { ok: false, reason: `give a mime_type for ${ref.url}: its type cannot be read without downloading it` };
      }
      return { ok: true, image: { ...base, fileUri: ref.url, mimeType } };
    }
    // Cloud Storage's public endpoint: object names are raw, so each path segment is encoded.
    url = `https://storage.googleapis.com/${gs.bucket}/${gs.object.split('/').map(encodeURIComponent).join('/')}`;
  }
  const res = await options.fetcher.request(url, {
    method: 'GET',
    headers: { accept: 'image/png, image/jpeg, image/webp' },
    timeoutMs: options.timeoutMs,
    maxRedirects: REFERENCE_MAX_REDIRECTS,
    maxBytes: options.maxBytes,
    signal: options.signal,
  });
  if (!res.ok) {
    if (res.kind === 'aborted') return { ok: false, reason: res.message, aborted: true };
    // Refusals and size messages stand alone; the others read best after the URL they are about.
    return { ok: false, reason: res.kind === 'refused' || res.kind === 'too_large' ? res.message : `${url}: ${res.message}` };
  }
  if (res.status < 200 || res.status > 299) return { ok: false, reason: `the server answered ${res.status} for ${url}` };
  const contentType = res.headers['content-type'];
  const sent = typeof contentType === 'string' && contentType ? ` (it sent ${contentType.split(';')[0]})` : '';
  return checkBytes(res.body, base, `${url}${sent}`, options.maxPixels);
}

/** The bytes decide the type: a PNG labelled image/jpeg is used as the PNG it is. */
function checkBytes(bytes: Buffer, base: { index: number; text?: string }, what: string, maxPixels: number): One {
  if (bytes.length === 0) return { ok: false, reason: `${what} is empty` };
  const sniffed = sniffImageType(bytes);
  if (!sniffed) return { ok: false, reason: `${what} ${notAnImageReason(bytes)}` };
  const tooLarge = pixelLimitReason(bytes, maxPixels);
  if (tooLarge) return { ok: false, reason: `${what} ${tooLarge}` };
  return { ok: true, image: { ...base, bytes, mimeType: sniffed } };
}

function typeFromExtension(object: string): ImageMime | undefined {
  const ext = /\.([a-z]+)$/i.exec(object)?.[1]?.toLowerCase();
  return ext === 'png' ? 'image/png' : ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : ext === 'webp' ? 'image/webp' : undefined;
}

/** `resolveReferences` with the server's fetcher and limits bound, in the shape the worker calls. */
export function createReferenceResolver(bound: Pick<ResolveReferencesOptions, 'fetcher' | 'maxBytes' | 'timeoutMs' | 'maxPixels'>) {
  return (refs: StoredReference[], opts: { signal: AbortSignal; acceptsGcsUris: boolean }): Promise<ResolveReferencesResult> =>
    resolveReferences(refs, { ...bound, ...opts });
}
