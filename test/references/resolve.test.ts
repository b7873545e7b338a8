import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuardedFetcher, type GuardedFetcher, type GuardedRequestOptions, type ResolveHost } from '../../src/net/guard.js';
import { resolveReferences, type ResolveReferencesOptions } from '../../src/references/resolve.js';
import type { StoredReference } from '../../src/references/types.js';
import { startServer, streamBytes, type LoopbackServer } from '../net/loopback-server.js';
import { sampleImages } from './images.js';

const MiB = 1024 * 1024;
let png: Buffer, jpeg: Buffer, webp: Buffer;
let images: LoopbackServer;
let fetcher: GuardedFetcher;

beforeAll(async () => {
  ({ png, jpeg, webp } = await sampleImages());
  images = await startServer(async (req, res) => {
    const url = new URL(req.url!, 'http://x');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    switch (url.pathname) {
      case '/cat.png':
        return void res.writeHead(200, { 'content-type': 'image/png' }).end(png);
      case '/dog.jpg':
        return void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg);
      case '/bird.webp':
        return void res.writeHead(200, { 'content-type': 'image/webp' }).end(webp);
      case '/mislabelled.png':
        return void res.writeHead(200, { 'content-type': 'image/png' }).end(jpeg);
      case '/anim.gif':
        return void res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'));
      case '/page':
        return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html>not an image</html>');
      case '/huge.png':
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(25 * MiB) });
        return void streamBytes(res, 25 * MiB, png);
      case '/endless.png':
        res.writeHead(200, { 'content-type': 'image/png' });
        return void streamBytes(res, 200 * MiB, png);
      default: {
        const hops = /^\/hops\/(\d+)$/.exec(url.pathname);
        if (hops) return void res.writeHead(302, { location: Number(hops[1]) > 0 ? `/hops/${Number(hops[1]) - 1}` : '/cat.png' }).end();
        res.writeHead(404).end('not here');
      }
    }
  });
  fetcher = createGuardedFetcher({ allowPrivate: true });
});
afterAll(async () => {
  await fetcher.close();
  await images.close();
});

const opts = (extra: Partial<ResolveReferencesOptions> = {}): ResolveReferencesOptions => ({
  fetcher,
  maxBytes: 20 * MiB,
  timeoutMs: 30_000,
  maxPixels: 40_000_000,
  acceptsGcsUris: false,
  ...extra,
});
const url = (index: number, path: string, extra: Partial<StoredReference> = {}): StoredReference => ({
  index,
  kind: 'url',
  url: `${images.origin}${path}`,
  ...extra,
});

describe('resolveReferences', () => {
  it('fetches URLs and keeps inline bytes, each typed from its bytes, in order', async () => {
    const res = await resolveReferences(
      [url(0, '/cat.png', { text: 'the cat' }), url(1, '/dog.jpg', { mimeType: 'image/jpeg' }), { index: 2, kind: 'inline', bytes: webp, mimeType: 'image/webp' }],
      opts(),
    );
    expect(res).toEqual({
      ok: true,
      references: [
        { index: 0, bytes: png, mimeType: 'image/png', text: 'the cat' },
        { index: 1, bytes: jpeg, mimeType: 'image/jpeg' },
        { index: 2, bytes: webp, mimeType: 'image/webp' },
      ],
    });
  });

  it('fetches all URLs at once', async () => {
    const started = Date.now();
    const res = await resolveReferences([0, 1, 2, 3].map((i) => url(i, '/cat.png?delay=400')), opts());
    expect(res.ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(1200);
  });

  it('names the image and the answer for an HTTP error', async () => {
    const refs = [url(0, '/cat.png'), url(1, '/dog.jpg'), url(2, '/missing.png')];
    expect(await resolveReferences(refs, opts())).toEqual({ ok: false, message: `reference_images[2]: the server answered 404 for ${images.origin}/missing.png` });
  });

  it('refuses a body announced over the limit', async () => {
    expect(await resolveReferences([url(0, '/huge.png')], opts())).toEqual({ ok: false, message: 'reference_images[0]: 25 MiB is over the 20 MiB limit' });
  });

  it('stops a body that streams past the limit', async () => {
    expect(await resolveReferences([url(0, '/endless.png')], opts())).toEqual({
      ok: false,
      message: 'reference_images[0]: over the 20 MiB limit (the download was stopped there)',
    });
  });

  it('lets the bytes decide whatever mime_type or the server said', async () => {
    expect(
      await resolveReferences(
        [url(0, '/cat.png', { mimeType: 'image/jpeg' }), url(1, '/mislabelled.png'), { index: 4, kind: 'inline', bytes: png, mimeType: 'image/webp' }],
        opts(),
      ),
    ).toEqual({
      ok: true,
      references: [
        { index: 0, bytes: png, mimeType: 'image/png' },
        { index: 1, bytes: jpeg, mimeType: 'image/jpeg' },
        { index: 4, bytes: png, mimeType: 'image/png' },
      ],
    });
  });

  it('refuses what is not an image, saying what the server sent and what the bytes are', async () => {
    expect(await resolveReferences([url(0, '/page')], opts())).toEqual({
      ok: false,
      message: `reference_images[0]: ${images.origin}/page (it sent text/html) is not a PNG, JPEG or WebP image: the bytes are an HTML page`,
    });
    expect(await resolveReferences([url(0, '/cat.png'), url(3, '/anim.gif', { mimeType: 'image/png' })], opts())).toEqual({
      ok: false,
      message: `reference_images[3]: ${images.origin}/anim.gif (it sent image/png) is not a PNG, JPEG or WebP image: the bytes are a GIF image`,
    });
  });

  it('follows up to 3 redirects', async () => {
    expect(await resolveReferences([url(0, '/hops/2')], opts())).toMatchObject({ ok: true, references: [{ index: 0, mimeType: 'image/png' }] });
    expect(await resolveReferences([url(0, '/hops/3')], opts())).toEqual({
      ok: false,
      message: `reference_images[0]: ${images.origin}/hops/3: more than 3 redirects (the last was 302 to ${images.origin}/cat.png)`,
    });
  });

  it('reports a reference refused by the network guard', async () => {
    const lookup: ResolveHost = async (host) => (host === 'files.example' ? [{ address: '10.0.0.1', family: 4 }] : []);
    const strict = createGuardedFetcher({ allowPrivate: false, lookup });
    try {
      const refs: StoredReference[] = [{ index: 3, kind: 'url', url: 'http://files.example/cat.png' }];
      expect(await resolveReferences(refs, opts({ fetcher: strict }))).toEqual({
        ok: false,
        message:
          'reference_images[3]: refused: files.example resolves to 10.0.0.1, a private address; set BANANASTAND_ALLOW_PRIVATE_URLS=true only for development',
      });
    } finally {
      await strict.close();
    }
  });

  it('stops the other downloads once one has failed', async () => {
    const started = Date.now();
    const res = await resolveReferences([url(0, '/cat.png?delay=5000'), url(1, '/missing.png')], opts());
    expect(res).toEqual({ ok: false, message: `reference_images[1]: the server answered 404 for ${images.origin}/missing.png` });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('says it was aborted when the task signal fires', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const res = await resolveReferences([url(0, '/cat.png?delay=5000')], opts({ signal: controller.signal }));
    expect(res).toMatchObject({ ok: false, aborted: true });
  });
});

describe('gs:// references', () => {
  it('passes them through as fileUri when the engine takes Cloud Storage URIs', async () => {
    const refs: StoredReference[] = [
      { index: 0, kind: 'gs', url: 'gs://my-bucket/refs/cat.png' },
      { index: 1, kind: 'gs', url: 'gs://my-bucket/refs/blob', mimeType: 'image/webp', text: 'style' },
    ];
    expect(await resolveReferences(refs, opts({ acceptsGcsUris: true }))).toEqual({
      ok: true,
      references: [
        { index: 0, fileUri: 'gs://my-bucket/refs/cat.png', mimeType: 'image/png' },
        { index: 1, fileUri: 'gs://my-bucket/refs/blob', mimeType: 'image/webp', text: 'style' },
      ],
    });
    expect(await resolveReferences([{ index: 2, kind: 'gs', url: 'gs://my-bucket/refs/blob' }], opts({ acceptsGcsUris: true }))).toEqual({
      ok: false,
      message: 'reference_images[2]: give a mime_type for gs://my-bucket/refs/blob: its type cannot be read without downloading it',
    });
  });

  it('reads them from the public storage.googleapis.com endpoint otherwise', async () => {
    // Cloud Storage is out of reach from a test: a recording stand-in for the guard answers instead.
    const requested: { url: string; options: GuardedRequestOptions }[] = [];
    const recording: GuardedFetcher = {
      async request(u, options) {
        requested.push({ url: u, options });
        return { ok: true, status: 200, headers: { 'content-type': 'image/png' }, url: u, redirects: 0, body: png };
      },
      close: async () => undefined,
    };
    const res = await resolveReferences([{ index: 0, kind: 'gs', url: 'gs://my-bucket/a folder/cat#1.png' }], opts({ fetcher: recording }));
    expect(res).toEqual({ ok: true, references: [{ index: 0, bytes: png, mimeType: 'image/png' }] });
    expect(requested).toEqual([
      {
        url: 'https://storage.googleapis.com/my-bucket/a%20folder/cat%231.png',
        options: expect.objectContaining({ method: 'GET', maxRedirects: 3, maxBytes: 20 * MiB, timeoutMs: 30_000 }),
      },
    ]);
  });
});
