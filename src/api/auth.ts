import type { FastifyRequest } from 'fastify';
import { hashApiKey } from '../keys/keys.js';
import type { ApiKeyRecord, KeyStore } from '../store/ports.js';
import { HttpError } from './errors.js';

/** The caller's key from `x-magnific-api-key`, `x-freepik-api-key` or `Authorization: Bearer`. */
export function presentedKey(request: FastifyRequest): string | undefined {
  const h = request.headers;
  // An empty header counts as absent: it does not hide a key in the next one.
  for (const name of ['x-magnific-api-key', 'x-freepik-api-key']) {
    const direct = h[name];
    if (typeof direct === 'string' && direct.trim()) return direct.trim();
  }
  const auth = h.authorization;
  if (typeof auth === 'string') {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    if (m) return m[1].trim();
  }
  return undefined;
}

/** Resolves the caller's key or throws the 401 of docs/api.md, "Authentication comes before routing". */
export async function authenticate(store: KeyStore, request: FastifyRequest): Promise<ApiKeyRecord> {
  const key = presentedKey(request);
  if (!key) throw new HttpError('missing_api_key');
  const record = await store.findKeyByHash(hashApiKey(key));
  if (!record || record.revokedAt !== null) throw new HttpError('invalid_api_key');
  return record;
}
