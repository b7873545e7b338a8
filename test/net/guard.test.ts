import tls from 'node:tls';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGuardedFetcher, type GuardedFetcher, type ResolveHost } from '../../src/net/guard.js';
import { classifyAddress } from '../../src/net/ip-address.js';
import { startServer, streamBytes, type LoopbackServer } from './loopback-server.js';

const HINT = 'set BANANASTAND_ALLOW_PRIVATE_URLS=true only for development';
const MiB = 1024 * 1024;

/** A DNS stand-in: fixed answers per name, counting the questions. */
function fakeDns(answers: Record<string, string[] | (() => string[])>): ResolveHost & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string) => {
    calls.push(hostname);
    const entry = answers[hostname];
    const list = typeof entry === 'function' ? entry() : entry;
    if (!list) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { calls });
}

/**
 * The real policy, except that 127.0.0.2 counts as public: a stand-in for "some server on the Internet",
 * so that a test can go through a first hop with allowPrivate=false and see what the guard does next.
 */
const treat127002AsPublic = (address: string) =>
  address === '127.0.0.2' ? { allowed: true, kind: 'public' as const, description: 'a public address' } : classifyAddress(address);

const fetchers: GuardedFetcher[] = [];
const servers: LoopbackServer[] = [];
function guard(...args: Parameters<typeof createGuardedFetcher>): GuardedFetcher {
  const f = createGuardedFetcher(...args);
  fetchers.push(f);
  return f;
}
async function server(...args: Parameters<typeof startServer>): Promise<LoopbackServer> {
  const s = await startServer(...args);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(fetchers.splice(0).map((f) => f.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const get = { timeoutMs: 5000, maxRedirects: 3, maxBytes: MiB };

describe('address checks', () => {
  let target: LoopbackServer;
  beforeEach(async () => {
    target = await server((_req, res) => res.end('secret'));
  });

  it.each([
    ['http://127.0.0.1:PORT/', 'refused: 127.0.0.1 is a loopback address'],
    ['http://[::1]:PORT/', 'refused: [::1] is a loopback address'],
    ['http://10.0.0.1/', 'refused: 10.0.0.1 is a private address'],
    ['http://169.254.169.254/latest/meta-data/', 'refused: 169.254.169.254 is a link-local address'],
    ['http://[::ffff:127.0.0.1]:PORT/', 'refused: [::ffff:7f00:1] is an IPv4-mapped form of 127.0.0.1, a loopback address'],
    ['http://[::ffff:7f00:1]:PORT/', 'refused: [::ffff:7f00:1] is an IPv4-mapped form of 127.0.0.1, a loopback address'],
    ['http://[64:ff9b::7f00:1]:PORT/', 'refused: [64:ff9b::7f00:1] is a NAT64 form of 127.0.0.1, a loopback address'],
    ['http://[::127.0.0.1]:PORT/', 'refused: [::7f00:1] is an IPv4-compatible form of 127.0.0.1, a loopback address'],
    ['http://0.0.0.0:PORT/', 'refused: 0.0.0.0 is an unspecified address'],
    ['http://0:PORT/', 'refused: 0.0.0.0 is an unspecified address'],
    ['http://2130706433:PORT/', 'refused: 127.0.0.1 is a loopback address'],
    ['http://0x7f.0.0.1:PORT/', 'refused: 127.0.0.1 is a loopback address'],
    ['http://0177.0.0.1:PORT/', 'refused: 127.0.0.1 is a loopback address'],
    ['http://100.64.0.1/', 'refused: 100.64.0.1 is a carrier-grade NAT address'],
    ['http://[fe80::1]/', 'refused: [fe80::1] is a link-local address'],
    ['http://255.255.255.255/', 'refused: 255.255.255.255 is the broadcast address'],
  ])('refuses %s without connecting', async (url, message) => {
    const dns = fakeDns({});
    const res = await guard({ allowPrivate: false, lookup: dns }).request(url.replace('PORT', String(target.port)), get);
    expect(res).toMatchObject({ ok: false, kind: 'refused', message: `${message}; ${HINT}` });
    expect(target.requests).toHaveLength(0);
    expect(dns.calls).toEqual([]);
  });

  it('refuses a host name that resolves to loopback, before connecting', async () => {
    const dns = fakeDns({ 'public.example': ['127.0.0.1'] });
    const res = await guard({ allowPrivate: false, lookup: dns }).request(`http://public.example:${target.port}/`, get);
    expect(res).toMatchObject({ ok: false, kind: 'refused', message: `refused: public.example resolves to 127.0.0.1, a loopback address; ${HINT}` });
    expect(target.requests).toHaveLength(0);
  });

  it('refuses a host name when any one of its addresses is private', async () => {
    const dns = fakeDns({ 'mixed.example': ['8.8.8.8', '2606:4700::1', '10.0.0.1'] });
    const res = await guard({ allowPrivate: false, lookup: dns }).request('http://mixed.example/', get);
    expect(res).toMatchObject({ ok: false, kind: 'refused', message: `refused: mixed.example resolves to 10.0.0.1, a private address; ${HINT}` });
  });

  it('refuses localhost through the system resolver', async () => {
    const res = await guard({ allowPrivate: false }).request(`http://localhost:${target.port}/`, get);
    expect(res.ok).toBe(false);
    expect(res.ok ? '' : res.message).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    expect(target.requests).toHaveLength(0);
  });

  it('lets loopback through with allowPrivate, by address and by name', async () => {
    const f = guard({ allowPrivate: true });
    const byAddress = await f.request(`${target.origin}/a`, get);
    const byName = await f.request(`http://localhost:${target.port}/b`, get);
    expect(byAddress).toMatchObject({ ok: true, status: 200 });
    expect(byName).toMatchObject({ ok: true, status: 200 });
    expect(byAddress.ok && byAddress.body.toString()).toBe('secret');
    expect(target.requests.map((r) => r.url).sort()).toEqual(['/a', '/b']);
  });

  it('still refuses other schemes, and credentials in URLs, with allowPrivate', async () => {
    const f = guard({ allowPrivate: true });
    for (const url of ['file:///etc/passwd', 'ftp://127.0.0.1/x', 'gopher://127.0.0.1/']) {
      expect(await f.request(url, get)).toMatchObject({ ok: false, kind: 'invalid_url', message: expect.stringMatching(/^refused: only http and https/) });
    }
    expect(await f.request('http://user:secret@127.0.0.1/', get)).toMatchObject({ ok: false, kind: 'invalid_url', message: 'refused: URLs with credentials are not fetched' });
  });
});

describe('DNS rebinding', () => {
  it('connects to the address it checked: one lookup, and the Host header keeps the name', async () => {
    const publicServer = await server((req, res) => res.end(`hello ${req.headers.host}`), '127.0.0.2');
    // A rebinding DNS server: a public answer for the check, loopback for any later question.
    let answers = 0;
    const dns = fakeDns({ 'rebind.example': () => (answers++ === 0 ? ['127.0.0.2'] : ['127.0.0.1']) });
    const f = guard({ allowPrivate: false, lookup: dns, addressPolicy: treat127002AsPublic });
    const res = await f.request(`http://rebind.example:${publicServer.port}/`, get);
    expect(res).toMatchObject({ ok: true, status: 200 });
    expect(res.ok && res.body.toString()).toBe(`hello rebind.example:${publicServer.port}`);
    expect(dns.calls).toEqual(['rebind.example']);
  });

  it('keeps the host name for TLS SNI while connecting to the checked address', async () => {
    // No certificate needed: the ClientHello, which carries SNI, reaches the server before any.
    const names: (string | undefined)[] = [];
    const tlsServer = tls.createServer({ SNICallback: (name, cb) => (names.push(name), cb(new Error('no certificate here'), undefined)) });
    await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
    try {
      const port = (tlsServer.address() as AddressInfo).port;
      const dns = fakeDns({ 'secure.example': ['127.0.0.1'] });
      const res = await guard({ allowPrivate: true, lookup: dns }).request(`https://secure.example:${port}/`, get);
      expect(res).toMatchObject({ ok: false, kind: 'network' });
      expect(names).toEqual(['secure.example']);
      expect(dns.calls).toEqual(['secure.example']);
    } finally {
      tlsServer.close();
    }
  });
});

describe('redirects', () => {
  let internal: LoopbackServer;
  let edge: LoopbackServer;
  beforeEach(async () => {
    internal = await server((_req, res) => res.end('internal secret'));
    edge = await server((req, res) => {
      const url = new URL(req.url!, 'http://x');
      if (url.pathname === '/to-literal') res.writeHead(302, { location: `http://127.0.0.1:${internal.port}/secret` }).end();
      else if (url.pathname === '/to-name') res.writeHead(301, { location: `http://internal.example:${internal.port}/secret` }).end();
      else if (url.pathname === '/to-file') res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      else if (url.pathname.startsWith('/hops/')) {
        const n = Number(url.pathname.slice('/hops/'.length));
        if (n === 0) res.end('arrived');
        else res.writeHead(307, { location: `/hops/${n - 1}` }).end();
      } else res.writeHead(404).end();
    }, '127.0.0.2');
  });
  const dns = () => fakeDns({ 'edge.example': ['127.0.0.2'], 'internal.example': ['127.0.0.1'] });

  it('re-checks every hop: a public server redirecting to a loopback address is refused', async () => {
    const f = guard({ allowPrivate: false, lookup: dns(), addressPolicy: treat127002AsPublic });
    expect(await f.request(`http://edge.example:${edge.port}/to-literal`, get)).toMatchObject({
      ok: false,
      kind: 'refused',
      message: `refused: 127.0.0.1 is a loopback address; ${HINT}`,
      url: `http://127.0.0.1:${internal.port}/secret`,
    });
    expect(await f.request(`http://edge.example:${edge.port}/to-name`, get)).toMatchObject({
      ok: false,
      kind: 'refused',
      message: `refused: internal.example resolves to 127.0.0.1, a loopback address; ${HINT}`,
    });
    expect(await f.request(`http://edge.example:${edge.port}/to-file`, get)).toMatchObject({ ok: false, kind: 'invalid_url' });
    expect(edge.requests).toHaveLength(3);
    expect(internal.requests).toHaveLength(0);
  });

  it('follows the same redirects when private addresses are allowed', async () => {
    const f = guard({ allowPrivate: true, lookup: dns() });
    const res = await f.request(`http://edge.example:${edge.port}/to-name`, get);
    expect(res).toMatchObject({ ok: true, status: 200, url: `http://internal.example:${internal.port}/secret`, redirects: 1 });
    expect(res.ok && res.body.toString()).toBe('internal secret');
  });

  it('follows at most maxRedirects hops', async () => {
    const f = guard({ allowPrivate: true });
    expect(await f.request(`${edge.origin}/hops/3`, get)).toMatchObject({ ok: true, status: 200, redirects: 3, url: `${edge.origin}/hops/0` });
    expect(await f.request(`${edge.origin}/hops/4`, get)).toMatchObject({
      ok: false,
      kind: 'redirect',
      status: 307,
      message: `more than 3 redirects (the last was 307 to ${edge.origin}/hops/0)`,
    });
    expect(edge.requests.filter((r) => r.url === '/hops/0')).toHaveLength(1);
  });

  it('with maxRedirects 0 a redirect is a failure, not followed', async () => {
    const f = guard({ allowPrivate: true });
    const res = await f.request(`${edge.origin}/hops/1`, { method: 'POST', body: '{}', timeoutMs: 5000, maxRedirects: 0 });
    expect(res).toMatchObject({ ok: false, kind: 'redirect', status: 307, message: `redirect not followed (307 to ${edge.origin}/hops/0)` });
    expect(edge.requests.map((r) => r.url)).toEqual(['/hops/1']);
  });
});

describe('size limit, enforced while streaming', () => {
  it('refuses a 25 MiB body announced by content-length without reading it', async () => {
    let served: Promise<{ written: number; finished: boolean }> | undefined;
    const s = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(25 * MiB) });
      served = streamBytes(res, 25 * MiB);
    });
    const res = await guard({ allowPrivate: true }).request(s.origin, { ...get, maxBytes: 20 * MiB });
    expect(res).toMatchObject({ ok: false, kind: 'too_large', message: '25 MiB is over the 20 MiB limit', receivedBytes: 0 });
    const { written, finished } = await served!;
    expect(finished).toBe(false);
    expect(written).toBeLessThan(25 * MiB);
  });

  it('stops a body without content-length as soon as it passes the cap', async () => {
    const endless = 500 * MiB;
    let served: Promise<{ written: number; finished: boolean }> | undefined;
    const s = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      served = streamBytes(res, endless);
    });
    const res = await guard({ allowPrivate: true }).request(s.origin, { ...get, maxBytes: 2 * MiB });
    expect(res).toMatchObject({ ok: false, kind: 'too_large', message: 'over the 2 MiB limit (the download was stopped there)' });
    const received = res.ok ? 0 : res.receivedBytes!;
    expect(received).toBeGreaterThan(2 * MiB);
    expect(received).toBeLessThanOrEqual(2 * MiB + 128 * 1024);
    const { written, finished } = await served!;
    expect(finished).toBe(false);
    // What the server pushed is the cap plus socket buffers, nowhere near the whole body.
    expect(written).toBeLessThan(32 * MiB);
  });

  it('reads a body under the cap in full', async () => {
    const s = await server((_req, res) => void streamBytes(res, 3 * 64 * 1024));
    const res = await guard({ allowPrivate: true }).request(s.origin, { ...get, maxBytes: MiB });
    expect(res.ok && res.body.length).toBe(3 * 64 * 1024);
  });
});

describe('time limit and cancellation', () => {
  it('gives up after timeoutMs when the server never answers', async () => {
    const s = await server(() => undefined);
    const started = Date.now();
    const res = await guard({ allowPrivate: true }).request(s.origin, { ...get, timeoutMs: 300 });
    expect(res).toMatchObject({ ok: false, kind: 'timeout', message: 'no complete answer within 300 ms' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops when the caller aborts', async () => {
    const s = await server(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const res = await guard({ allowPrivate: true }).request(s.origin, { ...get, signal: controller.signal });
    expect(res).toMatchObject({ ok: false, kind: 'aborted' });
  });

  it('names a connection refusal', async () => {
    const s = await server((_req, res) => res.end());
    const port = s.port;
    await s.close();
    const res = await guard({ allowPrivate: true }).request(`http://127.0.0.1:${port}/`, get);
    expect(res).toMatchObject({ ok: false, kind: 'network', message: `connection refused by 127.0.0.1:${port}` });
  });
});
