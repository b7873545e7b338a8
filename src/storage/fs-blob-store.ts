import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { BlobStore, ByteRange } from './blob-store.js';

/**
 * Blobs as files under one folder, fanned out by the key's first characters. The media type is not
 * kept: the file record holds it, and the key's extension names it.
 */
export class FsBlobStore implements BlobStore {
  constructor(
    private readonly root: string,
    /** Below this much free space the store reports itself not ready (a full disk fails every task). */
    private readonly minFreeBytes = 0,
  ) {}

  private pathFor(key: string): string {
    if (!/^[A-Za-z0-9_.-]+$/.test(key)) throw new Error(`invalid blob key ${JSON.stringify(key)}`);
    return path.join(this.root, key.slice(0, 2), key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.pathFor(key);
    // Write to a temporary name, fsync, rename, fsync the folder: a reader never sees a half-written
    // image, and the bytes and their name are on disk before the task is marked COMPLETED.
    const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const handle = await openCreatingFolder(tmp);
      try {
        // One write of the whole buffer (writeFile would cut it into 512 KiB calls), repeated only if short.
        for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(tmp, file);
      // The rename itself is durable only once its folder is synced (a power loss could undo it).
      const dir = await fs.open(path.dirname(file), 'r');
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
    } catch (err) {
      // A partial file on a full disk would keep it full: nothing else ever deletes *.tmp.
      await fs.rm(tmp, { force: true });
      throw err;
    }
  }

  async get(key: string, range?: ByteRange) {
    const file = this.pathFor(key);
    try {
      // Open first, then stat the open file: a sweep between the two cannot leave a stream of nothing.
      const handle = await fs.open(file, 'r');
      try {
        const { size } = await handle.stat();
        return { stream: handle.createReadStream({ start: range?.start, end: range?.end }), size };
      } catch (err) {
        await handle.close();
        throw err;
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathFor(key), { force: true });
  }

  async check() {
    try {
      await fs.mkdir(this.root, { recursive: true });
      await fs.access(this.root, fs.constants.W_OK);
      if ((await fs.stat(this.root)).isDirectory() === false) throw new Error('not a folder');
    } catch (err) {
      return { ok: false as const, message: `files folder ${this.root} is not writable: ${(err as Error).message}` };
    }
    if (this.minFreeBytes > 0) {
      const fsStats = await fs.statfs(this.root);
      const free = fsStats.bavail * fsStats.bsize;
      if (free < this.minFreeBytes) {
        return { ok: false as const, message: `files folder ${this.root} has ${free} bytes free, under BANANASTAND_MIN_FREE_DISK (${this.minFreeBytes})` };
      }
    }
    return { ok: true as const };
  }
}

/** Opens a new file for writing; its fan-out folder is made only the first time it is missing. */
async function openCreatingFolder(file: string): Promise<fs.FileHandle> {
  try {
    return await fs.open(file, 'w');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await fs.mkdir(path.dirname(file), { recursive: true });
    return fs.open(file, 'w');
  }
}
