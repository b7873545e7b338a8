import { describe, expect, it } from 'vitest';
import { Bananastand, imageDataUri, readServerSentEvents, sniffImageType, type Task } from '../../packages/sdk/src/index.js';
import { PNG_1x1 } from '../helpers/runtime.js';

const stream = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const chunk of chunks) c.enqueue(new TextEncoder().encode(chunk));
      c.close();
    },
  });

const task = (over: Partial<Task>): Task => ({ task_id: 't1', status: 'CREATED', generated: [], ...over });

describe('references', () => {
  it('sniffs PNG, JPEG and WebP and makes data URIs; anything else is refused by name', () => {
    expect(sniffImageType(PNG_1x1)).toBe('image/png');
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(imageDataUri(PNG_1x1)).toBe(`data:image/png;base64,${PNG_1x1.toString('base64')}`);
    expect(() => imageDataUri(new TextEncoder().encode('GIF89a'), 'reference_images[2].image')).toThrow(/reference_images\[2\]\.image: the bytes are not a PNG, JPEG or WebP/);
  });

  it('sends Buffers, Blobs and paths as data URIs, strings as they are', async () => {
    const bodies: any[] = [];
    const fetch: typeof globalThis.fetch = async (_url, init) => {
      bodies.push(JSON.parse(String(init!.body)));
      return new Response(JSON.stringify({ data: task({}) }), { headers: { 'content-type': 'application/json' } });
    };
    const client = new Bananastand({ baseUrl: 'http://127.0.0.1:1', fetch });
    const path = `${process.cwd()}/.tmp-ref-${process.pid}.png`;
    (await import('node:fs')).writeFileSync(path, PNG_1x1);
    try {
      await client.images.create({
        prompt: 'a fox',
        reference_images: [{ image: PNG_1x1 }, { image: new Blob([PNG_1x1]) }, { image: { path }, text: 'palette' }, { image: 'https://example.com/a.png' }],
      });
    } finally {
      (await import('node:fs')).rmSync(path);
    }
    const uri = `data:image/png;base64,${PNG_1x1.toString('base64')}`;
    expect(bodies[0].reference_images).toEqual([{ image: uri }, { image: uri }, { image: uri, text: 'palette' }, { image: 'https://example.com/a.png' }]);
    await expect(client.images.create({ prompt: 'x', reference_images: [{ image: { path: '/nonexistent.png' } }] })).rejects.toThrow(/reference_images\[0\]\.image: could not read \/nonexistent\.png/);
  });
});

describe('readServerSentEvents', () => {
  it('parses events split across chunks, with comments, CRLF and multi-line data', async () => {
    const got = [];
    for await (const e of readServerSentEvents(stream(': keep-alive\r\n\r\nevent: task\r\nid: 1\r\ndata: {"a":', '1}\r\n\r\ndata: x\ndata: y\n\n', 'event: task\ndata: tail'))) got.push(e);
    expect(got).toEqual([
      { event: 'task', data: '{"a":1}', id: '1' },
      { event: 'message', data: 'x\ny', id: '1' },
    ]);
  });
});

describe('subscribe', () => {
  it('falls back to polling when the stream cannot be opened, and reports each change once', async () => {
    const states = [task({ queue_position: 2 }), task({ queue_position: 1 }), task({ queue_position: 1 }), task({ status: 'IN_PROGRESS', stage: 'generating' }), task({ status: 'COMPLETED', generated: ['u'] })];
    const fetch: typeof globalThis.fetch = async (url) => {
      if (String(url).endsWith('/events')) return new Response('no', { status: 503 });
      return new Response(JSON.stringify({ data: states.shift() }), { headers: { 'content-type': 'application/json' } });
    };
    const client = new Bananastand({ baseUrl: 'http://127.0.0.1:1', fetch, maxRetries: 0 });
    const seen: string[] = [];
    const final = await client.subscribe('t1', { onUpdate: (t) => seen.push(`${t.status} ${t.queue_position ?? t.stage ?? ''}`.trim()), pollIntervalMs: 1 });
    expect(final.status).toBe('COMPLETED');
    expect(seen).toEqual(['CREATED 2', 'CREATED 1', 'IN_PROGRESS generating', 'COMPLETED']);
  });

  it('stops with the signal', async () => {
    const fetch: typeof globalThis.fetch = async () => new Response(JSON.stringify({ data: task({}) }), { headers: { 'content-type': 'application/json' } });
    const client = new Bananastand({ baseUrl: 'http://127.0.0.1:1', fetch });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('enough')), 50);
    await expect(client.subscribe('t1', { signal: controller.signal, pollIntervalMs: 5 })).rejects.toThrow('enough');
  });
});

describe('options', () => {
  it('calls fetch unbound (no Illegal invocation), merges withOptions, and keeps the last rate-limit headers', async () => {
    const seen: { self: unknown; headers: Headers }[] = [];
    const fetch = function (this: unknown, _url: RequestInfo | URL, init?: RequestInit) {
      seen.push({ self: this, headers: new Headers(init?.headers) });
      return Promise.resolve(new Response(JSON.stringify({ data: task({}) }), { headers: { 'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '49', 'x-ratelimit-reset': '1' } }));
    } as typeof globalThis.fetch;
    const base = new Bananastand({ baseUrl: 'http://127.0.0.1:1', apiKey: 'k1', fetch, headers: { 'x-a': '1' } });
    const other = base.withOptions({ apiKey: 'k2', headers: { 'x-b': '2' } });
    await other.tasks.get('t1');
    expect(seen[0]!.self).toBeUndefined();
    expect([seen[0]!.headers.get('x-magnific-api-key'), seen[0]!.headers.get('x-a'), seen[0]!.headers.get('x-b')]).toEqual(['k2', '1', '2']);
    expect(other.lastRateLimit).toEqual({ limit: 50, remaining: 49, resetSeconds: 1 });
    expect(base.lastRateLimit).toBeUndefined();
  });
});
