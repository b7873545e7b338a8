import { createHmac } from 'node:crypto';

/**
 * The `webhook-signature` header value (docs/webhooks.md, "Signing"): for each secret in force, two
 * space-separated `v1,<base64>` entries over `${id}.${timestamp}.${body}`, one per way real receivers
 * turn the secret into an HMAC-SHA256 key:
 *
 * 1. the bytes that the part after `whsec_` decodes to (Standard Webhooks libraries, Svix snippets);
 * 2. the whole secret string as UTF-8 (receivers written from Magnific's examples).
 *
 * A receiver of either kind finds its own among the entries.
 */
export function signWebhook(input: { id: string; timestamp: number; body: string; secrets: readonly string[] }): string {
  const message = `${input.id}.${input.timestamp}.${input.body}`;
  const hmac = (key: Buffer) => `v1,${createHmac('sha256', key).update(message, 'utf8').digest('base64')}`;
  return input.secrets
    .flatMap((secret) => {
      const decoded = decodedSecretKey(secret);
      return [...(decoded ? [hmac(decoded)] : []), hmac(Buffer.from(secret, 'utf8'))];
    })
    .join(' ');
}

/**
 * The key bytes of the Standard Webhooks kind: the part after `whsec_`, base64-decoded. Secrets made
 * since this release are standard base64 of 32 bytes. Secrets made before it are base64url of 24
 * bytes: they are read in that alphabet (the same bytes Node's `Buffer.from(s, 'base64')` and
 * Python's `urlsafe_b64decode` give); the `standardwebhooks` libraries refuse those that hold `-` or
 * `_`, and docs/webhooks.md tells their owners to rotate.
 */
export function decodedSecretKey(secret: string): Buffer | undefined {
  const part = secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret;
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(part)) return undefined;
  const bytes = Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return bytes.length > 0 ? bytes : undefined;
}
