import type { Readable } from 'node:stream';

/** Inclusive byte positions inside a blob, already checked against its size (an HTTP `Range`). */
export interface ByteRange {
  start: number;
  end: number;
}

/** Where generated image bytes live (docs/storage.md). Keys are opaque strings chosen by the caller. */
export interface BlobStore {
  /** Writes the bytes durably with their media type (a crash after this returns does not lose them). */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /**
   * A stream of the bytes (only `range` of them when given), or undefined when the key does not
   * exist. `size` is always the whole blob's length. Nothing is buffered: the bytes flow as read.
   */
  get(key: string, range?: ByteRange): Promise<{ stream: Readable; size: number } | undefined>;
  /** Deletes; a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Whether the store can take writes now (readiness). */
  check(): Promise<{ ok: true } | { ok: false; message: string }>;
  /**
   * A URL anyone may GET the bytes from for `expiresInSeconds`, for stores that have one (S3);
   * absent on stores that do not.
   */
  presignGet?(key: string, opts: { expiresInSeconds: number; contentType: string }): Promise<string>;
  /** Releases connections at shutdown. */
  close?(): void;
}
