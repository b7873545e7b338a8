import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { FsBlobStore } from '../../src/storage/fs-blob-store.js';
import { S3BlobStore } from '../../src/storage/s3-blob-store.js';
import { blobStoreContract } from './blob-store-contract.js';
import { S3_CREDENTIALS, startS3Server } from './s3-server.js';

blobStoreContract('files on disk', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bananastand-blobs-'));
  return { store: new FsBlobStore(dir), teardown: async () => fs.rmSync(dir, { recursive: true, force: true }) };
});

blobStoreContract('S3 (s3rver on loopback)', async () => {
  const s3 = await startS3Server();
  const store = new S3BlobStore({
    bucket: s3.bucket,
    prefix: 'contract',
    client: { region: 'us-east-1', endpoint: s3.endpoint, forcePathStyle: true, credentials: S3_CREDENTIALS },
  });
  return { store, teardown: () => s3.close() };
});

describe('S3BlobStore specifics', () => {
  it('stores the true content type under the prefix, and presigns a GET that needs no credentials', async () => {
    const s3 = await startS3Server();
    const client = { region: 'us-east-1', endpoint: s3.endpoint, forcePathStyle: true, credentials: S3_CREDENTIALS };
    const store = new S3BlobStore({ bucket: s3.bucket, prefix: '/images', client });
    const raw = new S3Client(client);
    try {
      await store.put('abc.webp', Buffer.from('webp bytes'), 'image/webp');
      const head = await raw.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: 'images/abc.webp' }));
      expect(head.ContentType).toBe('image/webp');
      expect(head.ContentLength).toBe(10);
      const obj = await raw.send(new GetObjectCommand({ Bucket: s3.bucket, Key: 'images/abc.webp' }));
      expect(await obj.Body!.transformToString()).toBe('webp bytes');

      const url = await store.presignGet('abc.webp', { expiresInSeconds: 300, contentType: 'image/webp' });
      expect(url).toContain('X-Amz-Expires=300');
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/webp');
      expect(await res.text()).toBe('webp bytes');
    } finally {
      raw.destroy();
      store.close();
      await s3.close();
    }
  });

  it('streams without buffering the whole object first', async () => {
    const s3 = await startS3Server();
    const store = new S3BlobStore({
      bucket: s3.bucket,
      client: { region: 'us-east-1', endpoint: s3.endpoint, forcePathStyle: true, credentials: S3_CREDENTIALS },
    });
    try {
      await store.put('big.png', Buffer.alloc(4 * 1024 * 1024, 7), 'image/png');
      const got = await store.get('big.png');
      expect(got!.stream).toBeInstanceOf(Readable);
      // A stream, not a Buffer: the first chunk arrives long before the last byte.
      const first: Buffer = await new Promise((resolve) => got!.stream.once('data', resolve));
      expect(first.length).toBeLessThan(4 * 1024 * 1024);
      got!.stream.destroy();
    } finally {
      store.close();
      await s3.close();
    }
  });

  it('reports an unreachable or missing bucket as not ready, naming it', async () => {
    const s3 = await startS3Server();
    const store = new S3BlobStore({
      bucket: 'no-such-bucket',
      client: { region: 'us-east-1', endpoint: s3.endpoint, forcePathStyle: true, credentials: S3_CREDENTIALS, maxAttempts: 1 },
    });
    try {
      const res = await store.check();
      expect(res.ok).toBe(false);
      expect(!res.ok && res.message).toMatch(/^S3 bucket no-such-bucket is not reachable: .*404/);
    } finally {
      store.close();
      await s3.close();
    }
  });
});
