import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capConnections, defaultMaxConnections } from '../../src/api/http-server.js';
import { loadConfig } from '../../src/config.js';
import { KEY_A, startRuntime, TASKS } from '../helpers/runtime.js';

type Rt = Awaited<ReturnType<typeof startRuntime>>;

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: any;
  raw: string;
  /** ms from the first byte sent until the server closed the connection. */
  closedAfterMs: number;
}

/** Sends raw bytes (the parts with `gapMs` between them) and reads until the server closes. */
function raw(port: number, parts: (string | Buffer)[], opts: { gapMs?: number; keepSending?: boolean } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const started = Date.now();
    let data = '';
    let timer: NodeJS.Timeout | undefined;
    socket.on('data', (d) => (data += d));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      const [head = '', ...rest] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      let body: any = rest.join('\r\n\r\n');
      try {
        body = JSON.parse(body);
      } catch {
        // not JSON: keep the text
      }
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body, raw: data, closedAfterMs: Date.now() - started });
    });
    socket.on('connect', () => {
      let i = 0;
      const next = () => {
        if (socket.destroyed) return;
        if (i < parts.length) socket.write(parts[i++]!);
        else if (opts.keepSending) socket.write('X-Drip: 1\r\n');
        else return;
        timer = setTimeout(next, opts.gapMs ?? 0);
      };
      next();
    });
    setTimeout(() => reject(new Error(`no close after 15 s; got ${JSON.stringify(data)}`)), 15_000).unref();
  });
}

function expectOurShape(a: RawAnswer, status: number, code: string) {
  expect(a.status, a.raw).toBe(status);
  expect(a.headers['content-type']).toMatch(/^application\/json/);
  expect(a.headers['x-request-id']).toMatch(/^req_[0-9a-f]{32}$|^[A-Za-z0-9._:-]+$/);
  expect(Object.keys(a.body).sort()).toEqual(['code', 'message']);
  expect(a.body.code).toBe(code);
}

describe('HTTP layer: every error in our shape, timeouts, connection cap', () => {
  let rt: Rt;
  let port: number;
  beforeAll(async () => {
    rt = await startRuntime({ BANANASTAND_REQUEST_TIMEOUT: '1s', BANANASTAND_WORKER: 'paused' }, { listen: true });
    port = Number(new URL(rt.baseUrl).port);
  });
  afterAll(() => rt?.close());

  const post = (extra: string) => `POST ${TASKS} HTTP/1.1\r\nHost: localhost\r\nx-magnific-api-key: ${KEY_A}\r\ncontent-type: application/json\r\n${extra}`;

  it('431 for headers over the limit', async () => {
    const a = await raw(port, [`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`]);
    expectOurShape(a, 431, 'headers_too_large');
    expect(a.body.message).toContain('16 KiB');
  });

  it.each([
    ['a Content-Length that is not a number', post('content-length: 12abc\r\n\r\n{}'), /Content-Length/],
    ['both Content-Length and chunked', post('content-length: 2\r\ntransfer-encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n'), /Content-Length and Transfer-Encoding/],
    ['a NUL in a header value', `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Bad: a\0b\r\n\r\n`, /not allowed/],
    ['a bad chunk size', post('transfer-encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n'), /chunk size/],
    ['a broken request line', 'GET /healthz HTTP/9.Z\r\nHost: x\r\n\r\n', /HTTP/],
  ])('400 bad_request for %s', async (_name, request, message) => {
    const a = await raw(port, [request]);
    expectOurShape(a, 400, 'bad_request');
    expect(a.body.message).toMatch(message);
  });

  it('400 for an HTTP/1.1 request without Host, with the request id', async () => {
    const a = await raw(port, ['GET /healthz HTTP/1.1\r\nx-request-id: mine-1\r\nConnection: close\r\n\r\n']);
    expectOurShape(a, 400, 'bad_request');
    expect(a.headers['x-request-id']).toBe('mine-1');
    expect(a.body.message).toMatch(/Host header/);
    // HTTP/1.0 needs no Host.
    const old = await raw(port, ['GET /healthz HTTP/1.0\r\n\r\n']);
    expect(old.status).toBe(200);
  });

  it('a __proto__ or constructor.prototype key is refused, saying so', async () => {
    for (const [body, key] of [
      ['{"prompt":"a red fox","__proto__":{"admin":true}}', '__proto__'],
      ['{"prompt":"a red fox","constructor":{"prototype":{"admin":true}}}', 'constructor'],
    ]) {
      const res = await fetch(`${rt.baseUrl}${TASKS}`, { method: 'POST', headers: { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' }, body });
      const json = (await res.json()) as any;
      expect(res.status).toBe(400);
      expect(json.code).toBe('forbidden_json_key');
      expect(json.message).toContain(`"${key}"`);
      expect(json.message).not.toMatch(/not valid JSON/);
    }
  });

  it('an empty x-magnific-api-key does not hide a valid x-freepik-api-key', async () => {
    const res = await fetch(`${rt.baseUrl}${TASKS}`, { headers: { 'x-magnific-api-key': '', 'x-freepik-api-key': KEY_A } });
    expect(res.status).toBe(200);
    const none = await fetch(`${rt.baseUrl}${TASKS}`, { headers: { 'x-magnific-api-key': ' ' } });
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ message: 'Missing API key' });
  });

  it('a half-sent body is answered 408 and closed within the timeout plus slack', async () => {
    const before = await new Promise<number>((r) => rt.app.server.getConnections((_e, n) => r(n)));
    const a = await raw(port, [post('content-length: 1000\r\n\r\n{"prompt":"a')]);
    expectOurShape(a, 408, 'request_timeout');
    expect(a.body.message).toContain('BANANASTAND_REQUEST_TIMEOUT');
    expect(a.closedAfterMs).toBeGreaterThanOrEqual(900);
    expect(a.closedAfterMs).toBeLessThan(2500);
    const after = await new Promise<number>((r) => rt.app.server.getConnections((_e, n) => r(n)));
    expect(after).toBeLessThanOrEqual(before);
    console.log(`stalled body closed after ${a.closedAfterMs} ms (timeout 1000 ms)`);
  });

  it('a slowloris header dribble is closed within the timeout plus slack', async () => {
    const a = await raw(port, ['GET /healthz HTTP/1.1\r\nHost: x\r\n'], { gapMs: 100, keepSending: true });
    expectOurShape(a, 408, 'request_timeout');
    expect(a.closedAfterMs).toBeLessThan(2500);
    console.log(`header dribble closed after ${a.closedAfterMs} ms (timeout 1000 ms)`);
  });

  it('an idle keep-alive connection is not a request: it is kept for the keep-alive timeout', async () => {
    const a = await raw(port, ['GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n']);
    expect(a.status).toBe(200);
  });
});

describe('shutting down', () => {
  it('a request that arrives on an open connection while closing gets 503 in our shape', async () => {
    const rt = await startRuntime({ BANANASTAND_WORKER: 'paused' }, { listen: true });
    const port = Number(new URL(rt.baseUrl).port);
    const created = await fetch(`${rt.baseUrl}${TASKS}`, {
      method: 'POST',
      headers: { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'a red fox' }),
    });
    const id = ((await created.json()) as any).data.task_id;
    // The first request waits 1 s; the server starts closing at 200 ms; the second arrives at 400 ms.
    const answer = raw(
      port,
      [`GET ${TASKS}/${id}?wait=1 HTTP/1.1\r\nHost: x\r\nx-magnific-api-key: ${KEY_A}\r\n\r\n`, 'GET /healthz HTTP/1.1\r\nHost: x\r\nx-request-id: second\r\n\r\n'],
      { gapMs: 400 },
    );
    await new Promise((r) => setTimeout(r, 200));
    const closed = rt.close();
    const a = await answer;
    await closed;
    const second = a.raw.slice(a.raw.indexOf('HTTP/1.1', 10));
    expect(second).toMatch(/^HTTP\/1.1 503 /);
    expect(second).toMatch(/x-request-id: second/);
    expect(second).toMatch(/retry-after: 5/);
    expect(JSON.parse(second.slice(second.indexOf('\r\n\r\n') + 4))).toEqual({
      code: 'unavailable',
      message: 'The server is shutting down; send the request again in a few seconds.',
    });
  });
});

describe('connection cap', () => {
  it('refuses connections past the cap and logs once, then once when below it again', async () => {
    const lines: string[] = [];
    const logger = { info: (_o: object, m?: string) => lines.push(`info ${m}`), warn: (_o: object, m?: string) => lines.push(`warn ${m}`) };
    const server = http.createServer((_req, res) => res.end('ok'));
    capConnections(server, 3, logger);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as net.AddressInfo).port;
    const open = async () => {
      const s = net.connect(port, '127.0.0.1');
      s.on('error', () => {});
      await new Promise((r) => s.once('connect', r));
      return s;
    };
    const held = await Promise.all([open(), open(), open()]);
    await new Promise((r) => setTimeout(r, 50));
    const extra = await Promise.all(Array.from({ length: 10 }, open));
    const closed = await Promise.all(extra.map((s) => new Promise<string>((r) => { let got = ''; s.on('data', (d) => (got += d)); s.once('close', () => r(got)); })));
    expect(closed).toEqual(extra.map(() => ''));
    expect(lines.filter((l) => l.startsWith('warn'))).toHaveLength(1);
    expect(lines[0]).toMatch(/connection cap reached: 3 connections/);
    for (const s of held) s.destroy();
    const until = Date.now() + 3000;
    while (lines.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(lines[1]).toBe('info below the connection cap again; 10 connections were refused meanwhile');
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(await res.text()).toBe('ok');
    await new Promise((r) => server.close(r));
  });

  it('BANANASTAND_MAX_CONNECTIONS caps the real server', async () => {
    const rt = await startRuntime({ BANANASTAND_MAX_CONNECTIONS: '2', BANANASTAND_WORKER: 'paused' }, { listen: true });
    try {
      expect(rt.app.server.maxConnections).toBe(2);
    } finally {
      await rt.close();
    }
  });
});

describe('settings', () => {
  it('defaults, and a bad value names the variable', () => {
    const c = loadConfig({});
    expect(c.http).toEqual({ requestTimeoutMs: 30_000, keepAliveTimeoutMs: 72_000, maxConnections: undefined });
    expect(c.webhooks).toMatchObject({ concurrency: 64, originConcurrency: 4 });
    expect(loadConfig({ BANANASTAND_REQUEST_TIMEOUT: '5s', BANANASTAND_MAX_CONNECTIONS: '100' }).http).toMatchObject({ requestTimeoutMs: 5000, maxConnections: 100 });
    expect(() => loadConfig({ BANANASTAND_REQUEST_TIMEOUT: 'soon' })).toThrow(/BANANASTAND_REQUEST_TIMEOUT="soon": must be a duration/);
    expect(() => loadConfig({ BANANASTAND_MAX_CONNECTIONS: '0' })).toThrow(/BANANASTAND_MAX_CONNECTIONS="0"/);
    // 4096, or the open-file limit less 512 when that is lower.
    expect(defaultMaxConnections()).toBeLessThanOrEqual(4096);
    expect(defaultMaxConnections()).toBeGreaterThanOrEqual(64);
  });
});
