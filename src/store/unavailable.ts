/**
 * Whether an error means the database cannot be reached right now (refused or dropped connection,
 * server shutting down, too many connections), as opposed to a bug or a bad statement. The API
 * answers such errors with 503 and Retry-After instead of 500 (docs/deploy.md, "What each part promises when it fails").
 */
export function isStoreUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return true;
    // Postgres SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown),
    // and 53300 (too many connections).
    if (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code) || code === '53300') return true;
  }
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(err.message);
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
