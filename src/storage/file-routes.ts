import type { FastifyInstance } from 'fastify';
import { HttpError } from '../api/errors.js';
import type { FileStore } from '../tasks/store.js';
import type { BlobStore } from './blob-store.js';

const NAME = /^([A-Za-z0-9_-]{32})\.(png|jpg|webp)$/;

/**
 * Generated images at capability URLs: no key, exact bytes, true type and length, a strong ETag and
 * long caching bounded by the file's retention (spec api.md, "Task object": `generated`).
 */
export async function registerFileRoutes(
  app: FastifyInstance,
  deps: { files: FileStore; blobs: BlobStore; now: () => number },
): Promise<void> {
  app.get('/v1/files/:name', async (request, reply) => {
    const m = NAME.exec((request.params as { name: string }).name);
    if (!m) throw new HttpError('not_found');
    const file = await deps.files.getFile(m[1]);
    const now = deps.now();
    if (!file || file.extension !== m[2] || file.expiresAt <= now) throw new HttpError('not_found');
    const maxAge = Math.max(0, Math.min(31_536_000, Math.floor((file.expiresAt - now) / 1000)));
    reply
      .header('etag', file.etag)
      .header('cache-control', `public, max-age=${maxAge}, immutable`)
      .header('expires', new Date(file.expiresAt).toUTCString());
    if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
    const blob = await deps.blobs.get(`${file.id}.${file.extension}`);
    if (!blob) throw new HttpError('not_found');
    return reply.type(file.mimeType).header('content-length', String(blob.size)).send(blob.stream);
  });
}
