import type { Logger } from 'pino';
import type { FileStore } from '../store/ports.js';
import type { BlobStore } from './blob-store.js';

/** Deletes files past their retention (BANANASTAND_RETENTION); their URLs already answer 404. */
export async function sweepExpiredFiles(deps: { files: FileStore; blobs: BlobStore; now: number; logger?: Logger }): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = await deps.files.expiredFiles(deps.now, 500);
    if (!batch.length) return total;
    await Promise.all(batch.map((f) => deps.blobs.delete(`${f.id}.${f.extension}`)));
    await deps.files.markFilesDeleted(batch.map((f) => f.id), deps.now);
    total += batch.length;
    deps.logger?.info({ files: batch.length }, 'deleted expired files');
  }
}
