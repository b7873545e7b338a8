import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlobStore } from '../../src/storage/blob-store.js';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const key = (ext = 'png') => `${randomBytes(24).toString('base64url')}.${ext}`;

/**
 * What every BlobStore promises (src/storage/blob-store.ts), run on each implementation so the
 * file routes and the sweeper behave the same on local files and in a bucket.
 */
export function blobStoreContract(name: string, setup: () => Promise<{ store: BlobStore; teardown(): Promise<void> }>) {
  describe(`BlobStore contract: ${name}`, () => {
    let store: BlobStore;
    let teardown: () => Promise<void>;
    beforeAll(async () => {
      ({ store, teardown } = await setup());
    });
    afterAll(async () => {
      store.close?.();
      await teardown();
    });

    it('is ready', async () => {
      expect(await store.check()).toEqual({ ok: true });
    });

    it('stores bytes that live in shared memory (the gemini threads lend pictures so)', async () => {
      const k = key('jpg');
      const bytes = Buffer.from(new SharedArrayBuffer(2 ** 20), 0, 700_000);
      randomBytes(700_000).copy(bytes);
      await store.put(k, bytes, 'image/jpeg');
      const got = await store.get(k);
      expect(got?.size).toBe(700_000);
      expect((await readAll(got!.stream)).equals(bytes)).toBe(true);
    });

    it('gives back exactly the bytes it was given, with their length', async () => {
      const k = key();
      const bytes = randomBytes(300_000);
      await store.put(k, bytes, 'image/png');
      const got = await store.get(k);
      expect(got?.size).toBe(bytes.length);
      expect((await readAll(got!.stream)).equals(bytes)).toBe(true);
    });

    it('streams one inclusive range and still reports the whole size', async () => {
      const k = key('jpg');
      const bytes = randomBytes(10_000);
      await store.put(k, bytes, 'image/jpeg');
      const got = await store.get(k, { start: 100, end: 199 });
      expect(got?.size).toBe(10_000);
      expect((await readAll(got!.stream)).equals(bytes.subarray(100, 200))).toBe(true);
      const last = await store.get(k, { start: 9_999, end: 9_999 });
      expect((await readAll(last!.stream)).equals(bytes.subarray(9_999))).toBe(true);
    });

    it('answers undefined for a key it never had', async () => {
      expect(await store.get(key())).toBeUndefined();
    });

    it('overwrites a key', async () => {
      const k = key('webp');
      await store.put(k, Buffer.from('first'), 'image/webp');
      await store.put(k, Buffer.from('second'), 'image/webp');
      expect((await readAll((await store.get(k))!.stream)).toString()).toBe('second');
    });

    it('deletes, and deleting a missing key is not an error', async () => {
      const k = key();
      await store.put(k, Buffer.from('bytes'), 'image/png');
      await store.delete(k);
      expect(await store.get(k)).toBeUndefined();
      await expect(store.delete(k)).resolves.toBeUndefined();
    });

    it('refuses keys that could escape its namespace', async () => {
      await expect(store.put('../evil.png', Buffer.from('x'), 'image/png')).rejects.toThrow(/invalid blob key/);
      await expect(store.get('a/b.png')).rejects.toThrow(/invalid blob key/);
    });

    it('keeps blobs apart: many at once, each with its own bytes', async () => {
      const items = Array.from({ length: 20 }, () => ({ k: key(), bytes: randomBytes(2_000) }));
      await Promise.all(items.map((i) => store.put(i.k, i.bytes, 'image/png')));
      for (const i of items) expect((await readAll((await store.get(i.k))!.stream)).equals(i.bytes)).toBe(true);
    });
  });
}
