import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTransport } from '../../../src/engines/gemini/http-transport.js';

// The transport the engine reads Google's answers with: it must fail as fetch fails (failures.ts
// reads both alike) and hand over the body as it came.
let server: http.Server;
let url: string;
const seen: { method?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method, headers: req.headers, body: Buffer.concat(chunks).toString() });
      if (req.url === '/gzip') {
        res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json' });
        res.end(zlib.gzipSync('{"ok":true}'));
      } else if (req.url === '/cut') {
        res.writeHead(200, { 'content-length': '1000' });
        res.write('x'.repeat(10));
        setTimeout(() => res.socket?.destroy(), 20);
      } else if (req.url === '/slow') {
        res.writeHead(200, { 'content-length': '1000' });
        res.write('x');
      } else {
        res.writeHead(429, { 'x-extra': 'a', 'content-type': 'application/json' });
        res.end('{"error":{"code":429}}');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function text(body: AsyncIterable<Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of body) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks).toString();
}

describe('httpTransport', () => {
  it('sends the method, headers and body, and gives back status, headers and body', async () => {
    const res = await httpTransport(`${url}/x`, { method: 'POST', headers: new Headers({ 'x-goog-api-key': 'k' }), body: '{"a":1}' });
    expect(res.status).toBe(429);
    expect(res.ok).toBe(false);
    expect(res.headers.get('x-extra')).toBe('a');
    expect(await text(res.body)).toBe('{"error":{"code":429}}');
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ method: 'POST', body: '{"a":1}' });
    expect(last.headers['x-goog-api-key']).toBe('k');
    expect(last.headers['content-length']).toBe('7');
  });

  it('inflates an answer that comes gzipped', async () => {
    const res = await httpTransport(`${url}/gzip`);
    expect(await text(res.body)).toBe('{"ok":true}');
  });

  it("fails as fetch does: a refused connection is TypeError('fetch failed') with the socket error as cause", async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    const err = await httpTransport(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect((err as TypeError).message).toBe('fetch failed');
    expect(((err as TypeError).cause as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it("fails a body cut short with TypeError('terminated')", async () => {
    const res = await httpTransport(`${url}/cut`);
    const err = await text(res.body).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect((err as TypeError).message).toBe('terminated');
  });

  it("rejects with the signal's reason when aborted while the body is read", async () => {
    const controller = new AbortController();
    const res = await httpTransport(`${url}/slow`, { signal: controller.signal });
    const reading = text(res.body).catch((e: unknown) => e);
    const reason = new DOMException('task cancelled', 'AbortError');
    controller.abort(reason);
    expect(await reading).toBe(reason);
  });

  it('rejects at once for a signal already aborted', async () => {
    const reason = new DOMException('late', 'TimeoutError');
    await expect(httpTransport(`${url}/x`, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  describe('forEachChunk (one listener, no promise per chunk)', () => {
    async function each(res: Awaited<ReturnType<typeof httpTransport>>): Promise<string> {
      const chunks: Buffer[] = [];
      await res.forEachChunk!((c) => chunks.push(Buffer.from(c)));
      return Buffer.concat(chunks).toString();
    }

    it('gives the body as it came, inflated when it came gzipped', async () => {
      expect(await each(await httpTransport(`${url}/x`, { method: 'POST', body: '{}' }))).toBe('{"error":{"code":429}}');
      expect(await each(await httpTransport(`${url}/gzip`))).toBe('{"ok":true}');
    });

    it("fails a body cut short with TypeError('terminated')", async () => {
      const err = await each(await httpTransport(`${url}/cut`)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TypeError);
      expect((err as TypeError).message).toBe('terminated');
    });

    it("rejects with the signal's reason when aborted while the body is read", async () => {
      const controller = new AbortController();
      const reading = each(await httpTransport(`${url}/slow`, { signal: controller.signal })).catch((e: unknown) => e);
      const reason = new DOMException('task deadline passed', 'TimeoutError');
      controller.abort(reason);
      expect(await reading).toBe(reason);
    });

    it('stops reading and rejects with what the callback threw', async () => {
      const res = await httpTransport(`${url}/slow`);
      const boom = new Error('no room');
      await expect(res.forEachChunk!(() => { throw boom; })).rejects.toBe(boom);
    });
  });
});
