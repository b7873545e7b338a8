import type { Readable } from 'node:stream';

/** Where generated image bytes live. Keys are opaque strings chosen by the caller. */
export interface BlobStore {
  /** Writes the bytes durably (a crash after this returns does not lose them). */
  put(key: string, bytes: Buffer): Promise<void>;
  /** A stream of the bytes, or undefined when the key does not exist. */
  get(key: string): Promise<{ stream: Readable; size: number } | undefined>;
  /** Deletes; a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Whether the store can take writes now (readiness). */
  check(): Promise<{ ok: true } | { ok: false; message: string }>;
}
