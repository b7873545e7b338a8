import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HttpError } from './errors.js';
import { route } from './route.js';
import type { FileStore } from '../store/ports.js';
import type { BlobStore } from '../storage/blob-store.js';
import { etagMatches, parseRange } from '../storage/http-range.js';

const NAME = /^([A-Za-z0-9_-]{32})\.(png|jpg|webp)$/;
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

export interface FileRouteDeps {
  files: FileStore;
  blobs: BlobStore;
  now: () => number;
  /** BANANASTAND_S3_PRESIGNED_REDIRECT: answer with a redirect to a presigned GET of this lifetime. */
  presignedRedirect?: { expiresInSeconds: number };
}

/**
 * Generated images at capability URLs: no key, exact bytes streamed from the blob store, true type
 * and length, a strong ETag, single byte ranges, and long caching bounded by the file's retention
 * (docs/storage.md, "Serving files"). Any `all` or `api` process serves any file: the record is in the shared
 * database and the bytes in the shared store.
 */
export async function registerFileRoutes(app: FastifyInstance, deps: FileRouteDeps): Promise<void> {
  const presign = deps.presignedRedirect && deps.blobs.presignGet ? deps.presignedRedirect : undefined;

  route(
    app,
    {
      method: 'GET',
      url: '/v1/files/:name',
      operationId: 'getFile',
      summary: 'Download a generated image',
      description:
        'The URLs in `generated` point here. They need no key: each is unguessable. The exact bytes come with their true content-type and length, a strong ETag, byte ranges and long cache headers, until the file expires (`expires_at`).',
      tag: 'Files',
      authenticated: false,
      extension: false,
      params: z.object({ name: z.string().regex(NAME).describe('The file name from the URL.') }),
      headers: z.object({
        'if-none-match': z.unknown().optional().meta({ type: 'string' }).describe('The ETag of a copy you hold: 304 when it is still current.'),
        range: z.unknown().optional().meta({ type: 'string' }).describe('One byte range, `bytes=start-end`: 206 with those bytes.'),
      }),
      responses: {
        200: {
          description: 'The image bytes.',
          headers: {
            etag: { description: 'A strong ETag of the bytes.', schema: { type: 'string' } },
            'cache-control': { description: '`public, max-age=N, immutable`, N bounded by the retention.', schema: { type: 'string' } },
          },
          content: Object.fromEntries(IMAGE_TYPES.map((t) => [t, { schema: { type: 'string', contentMediaType: t } }])),
        },
        206: {
          description: 'The asked byte range of the image.',
          content: Object.fromEntries(IMAGE_TYPES.map((t) => [t, { schema: { type: 'string', contentMediaType: t } }])),
        },
        304: { description: 'Not modified: the If-None-Match ETag is current.' },
        307: { description: 'BANANASTAND_S3_PRESIGNED_REDIRECT: the bytes are at the presigned URL in `location`.' },
        416: { description: 'The range is outside the file.' },
      },
      errors: ['not_found'],
    },
    async ({ params }, request, reply) => {
      const m = NAME.exec(params.name)!;
      const file = await deps.files.getFile(m[1]);
      const now = deps.now();
      if (!file || file.extension !== m[2] || file.expiresAt <= now) throw new HttpError('not_found');
      const key = `${file.id}.${file.extension}`;

      if (etagMatches(request.headers['if-none-match'], file.etag)) {
        return reply.code(304).header('etag', file.etag).header('cache-control', cacheControl(file.expiresAt, now)).send();
      }
      if (presign) {
        // Never past the file's retention, and never cached longer than the signature lives.
        const expiresInSeconds = Math.max(1, Math.min(presign.expiresInSeconds, Math.floor((file.expiresAt - now) / 1000)));
        const location = await deps.blobs.presignGet!(key, { expiresInSeconds, contentType: file.mimeType });
        return reply.code(307).header('location', location).header('cache-control', 'no-store').send();
      }

      reply
        .header('etag', file.etag)
        .header('accept-ranges', 'bytes')
        .header('cache-control', cacheControl(file.expiresAt, now))
        .header('expires', new Date(file.expiresAt).toUTCString());
      // If-Range: a range only of the very bytes the client already holds part of.
      const ifRange = request.headers['if-range'];
      const asked = ifRange === undefined || ifRange === file.etag ? parseRange(request.headers.range, file.bytes) : { kind: 'full' as const };
      if (asked.kind === 'unsatisfiable') {
        return reply.code(416).header('content-range', `bytes */${file.bytes}`).send();
      }
      const range = asked.kind === 'partial' ? asked.range : undefined;
      const blob = await deps.blobs.get(key, range);
      if (!blob) throw new HttpError('not_found');
      reply.type(file.mimeType);
      if (!range) return reply.header('content-length', String(blob.size)).send(blob.stream);
      return reply
        .code(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${blob.size}`)
        .header('content-length', String(range.end - range.start + 1))
        .send(blob.stream);
    },
  );
}

function cacheControl(expiresAt: number, now: number): string {
  const maxAge = Math.max(0, Math.min(31_536_000, Math.floor((expiresAt - now) / 1000)));
  return `public, max-age=${maxAge}, immutable`;
}
