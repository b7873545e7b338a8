// No imports on purpose: this runs wherever Web Crypto does (Node 20+, Deno, Bun, browsers, workers).

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** How far `webhook-timestamp` may be from now, either way, in seconds. Default 300 (5 minutes). */
  toleranceSeconds?: number;
  /** The current time in epoch milliseconds, as `Date.now()` gives it. Default `Date.now()`. */
  now?: number;
}

/** Request headers as Node (`req.headers`), Express, Fastify or the Fetch API (`Headers`) hand them over. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

const encoder = new TextEncoder();

/**
 * Checks that a webhook request was sent by your bananastand server and is recent.
 *
 * bananastand signs every attempt with the secret of the API key that created the task
 * (`GET /v1/webhooks/secret`): the `webhook-signature` header holds space-separated `v1,<base64>`
 * entries, each an HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${raw body}`. For each secret in
 * force there are two: one keyed with the bytes the part after `whsec_` base64-decodes to (the
 * Standard Webhooks way), one keyed with the whole secret string as UTF-8. This function accepts
 * either, so it verifies the same requests as the `standardwebhooks` libraries and as a plain
 * string-keyed HMAC. During a secret rotation each secret adds its entries, and any match is enough.
 *
 * Pass the body exactly as received, before any JSON parsing: re-serialized JSON does not verify.
 * The comparison takes the same time wherever the signatures differ, so it reveals nothing to an
 * attacker timing it. De-duplicate on `webhook-id`: a retried event keeps its id.
 *
 * @param secret - your webhook signing secret, `whsec_…`, exactly as `GET /v1/webhooks/secret` gives it.
 * @param headers - the request's headers; names are matched case-insensitively.
 * @param rawBody - the raw request body, as a string or bytes.
 * @param options - timestamp tolerance (default 5 minutes) and the current time.
 * @returns `true` when one signature entry matches and the timestamp is within the tolerance;
 *   `false` for a missing header, a bad or stale timestamp, or no matching signature. Never throws for
 *   bad input.
 *
 * @example
 * ```ts
 * import { verifyWebhook } from '@bananastand/sdk';
 * if (!(await verifyWebhook(process.env.BANANASTAND_WEBHOOK_SECRET!, req.headers, rawBody))) {
 *   res.statusCode = 401; return res.end();
 * }
 * ```
 */
export async function verifyWebhook(
  secret: string,
  headers: WebhookHeaders,
  rawBody: string | Uint8Array,
  options: VerifyWebhookOptions = {},
): Promise<boolean> {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures || !/^\d{1,15}$/.test(timestamp)) return false;

  const nowSeconds = (options.now ?? Date.now()) / 1000;
  if (Math.abs(nowSeconds - Number(timestamp)) > (options.toleranceSeconds ?? 300)) return false;

  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : rawBody;
  const message = new Uint8Array(prefix.length + body.length);
  message.set(prefix, 0);
  message.set(body, prefix.length);

  const keys: Uint8Array<ArrayBuffer>[] = [encoder.encode(secret)];
  const decoded = decodeSecretKey(secret);
  if (decoded) keys.push(decoded);
  const expected = await Promise.all(keys.map((key) => hmacSha256(key, message)));

  let matched = false;
  for (const entry of signatures.split(/\s+/)) {
    if (!entry.startsWith('v1,')) continue;
    const given = decodeBase64(entry.slice(3));
    if (!given) continue;
    for (const mac of expected) if (constantTimeEqual(given, mac)) matched = true;
  }
  return matched;
}

async function hmacSha256(key: Uint8Array<ArrayBuffer>, message: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const cryptoKey = await globalThis.crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, message));
}

/**
 * The Standard Webhooks key: the part after `whsec_`, base64-decoded. Secrets made by older servers
 * are base64url, so `-` and `_` are read as `+` and `/`, as the server does when it signs.
 */
function decodeSecretKey(secret: string): Uint8Array<ArrayBuffer> | undefined {
  const part = secret.startsWith('whsec_') ? secret.slice(6) : secret;
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(part)) return undefined;
  const unpadded = part.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (unpadded.length % 4 === 1) return undefined;
  const bytes = decodeBase64(unpadded + '='.repeat((4 - (unpadded.length % 4)) % 4));
  return bytes && bytes.length > 0 ? bytes : undefined;
}

/** One header's value; repeated headers are joined with a space, as signature entries are. */
function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() !== name) continue;
    return Array.isArray(value) ? value.join(' ') : value;
  }
  return undefined;
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Compares every byte whatever the earlier ones were, so the time taken does not say where they differ. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
