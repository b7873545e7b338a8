import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { BlobStore, ByteRange } from './blob-store.js';

export interface S3BlobStoreOptions {
  bucket: string;
  /** Prepended to every key; a missing trailing `/` is added (`images` → `images/<key>`). */
  prefix?: string;
  /** Region, endpoint, path style, credentials: anything the SDK's client takes (docs/storage.md). */
  client: S3ClientConfig;
}

/**
 * Blobs as objects in one S3-compatible bucket, through the official SDK. Several processes on
 * several machines share it; each object keeps its true Content-Type.
 */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(opts: S3BlobStoreOptions) {
    this.bucket = opts.bucket;
    this.prefix = normalizePrefix(opts.prefix ?? '');
    this.client = new S3Client(opts.client);
  }

  private keyFor(key: string): string {
    if (!/^[A-Za-z0-9_.-]+$/.test(key)) throw new Error(`invalid blob key ${JSON.stringify(key)}`);
    return this.prefix + key;
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    // PutObject answers only once the object is stored (S3 is read-after-write consistent), so the
    // task is marked COMPLETED after its bytes are durable. Images are far under PutObject's 5 GB.
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.keyFor(key),
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.length,
      }),
    );
  }

  async get(key: string, range?: ByteRange): Promise<{ stream: Readable; size: number } | undefined> {
    try {
      const res = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: this.keyFor(key),
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      // In Node the body is the response's own IncomingMessage: the bytes stream as they arrive.
      const stream = res.Body as Readable;
      const total = /\/(\d+)$/.exec(res.ContentRange ?? '')?.[1];
      return { stream, size: total !== undefined ? Number(total) : Number(res.ContentLength ?? 0) };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 for a key that does not exist, as the port asks.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyFor(key) }));
  }

  async check(): Promise<{ ok: true } | { ok: false; message: string }> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
      return { ok: true };
    } catch (err) {
      return { ok: false, message: `S3 bucket ${this.bucket} is not reachable: ${describe(err)}` };
    }
  }

  async presignGet(key: string, opts: { expiresInSeconds: number; contentType: string }): Promise<string> {
    return getSignedUrl(
      this.client,
      new GetObjectCommand({ Bucket: this.bucket, Key: this.keyFor(key), ResponseContentType: opts.contentType }),
      { expiresIn: opts.expiresInSeconds },
    );
  }

  /** Closes the client's sockets (shutdown, tests). */
  close(): void {
    this.client.destroy();
  }
}

function normalizePrefix(prefix: string): string {
  const p = prefix.replace(/^\/+/, '');
  return p === '' || p.endsWith('/') ? p : `${p}/`;
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

/** The error's name and HTTP status: HEAD answers carry no message, and the name says what to fix. */
function describe(err: unknown): string {
  const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = e?.$metadata?.httpStatusCode;
  const text = e?.message && e.message !== 'UnknownError' ? `${e.name}: ${e.message}` : (e?.name ?? String(err));
  return status ? `${text} (HTTP ${status})` : text;
}
