import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ApiKeyRecord, KeyLimits, KeyStore } from '../store/ports.js';

/** Keys are 256 random bits, so a fast hash is enough: nothing to brute-force. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * `whsec_` + standard base64 of 32 random bytes, as Standard Webhooks defines a secret, so that its
 * libraries decode it as they are (docs/webhooks.md, "Signing").
 */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

async function insertKey(store: KeyStore, key: string, name: string, now: number, limits?: KeyLimits): Promise<ApiKeyRecord> {
  return store.createKey({
    limits,
    id: `key_${randomUUID().replace(/-/g, '').slice(0, 20)}`,
    name,
    keyHash: hashApiKey(key),
    prefix: `${key.slice(0, 10)}…`,
    webhookSecret: newWebhookSecret(),
    createdAt: now,
  });
}

/** Makes a new key. The key itself is returned once and never stored. */
export async function createApiKey(
  store: KeyStore,
  name: string,
  now = Date.now(),
  limits?: KeyLimits,
): Promise<{ key: string; record: ApiKeyRecord }> {
  const key = `bs_${randomBytes(32).toString('base64url')}`;
  return { key, record: await insertKey(store, key, name, now, limits) };
}

/**
 * Accepts the keys named in BANANASTAND_API_KEYS; on a first start with no key at all, makes one
 * (returned so the server prints it once).
 */
export async function bootstrapKeys(store: KeyStore, keys: readonly string[], now = Date.now()): Promise<{ generated?: string }> {
  for (const [i, key] of keys.entries()) {
    if (await store.findKeyByHash(hashApiKey(key))) continue;
    // Processes starting together on one Postgres insert the same key at once: the one that loses
    // the race finds the key there, and that is not an error.
    await insertKey(store, key, `bootstrap-${i + 1}`, now).catch(async (err: unknown) => {
      if (!(await store.findKeyByHash(hashApiKey(key)))) throw err;
    });
  }
  if ((await store.listKeys()).length === 0) {
    const { key } = await createApiKey(store, 'default', now);
    return { generated: key };
  }
  return {};
}

/** The secrets that sign a key's webhooks now: the current one, and the previous during its grace. */
export function signingSecrets(key: ApiKeyRecord, now = Date.now()): string[] {
  const secrets = [key.webhookSecret];
  if (key.previousWebhookSecret && (key.previousSecretExpiresAt ?? 0) > now) secrets.push(key.previousWebhookSecret);
  return secrets;
}
