import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { Agent, request, type Dispatcher } from 'undici';
import { formatBytes, formatDuration } from '../lib/format.js';
import { classifyAddress, type AddressPolicy } from './ip-address.js';

/**
 * The outbound guard shared by reference fetches and webhooks (docs/network-guard.md, "The
 * network guard"): only http(s), every address checked before connecting, the connection made to the
 * address that was checked, redirects followed by hand and re-checked, bodies capped while streaming.
 */

export type ResolveHost = (hostname: string) => Promise<{ address: string; family: number }[]>;

export interface GuardedFetcherOptions {
  /** BANANASTAND_ALLOW_PRIVATE_URLS: lifts the address check only; schemes, redirects and limits still apply. */
  allowPrivate: boolean;
  /** Resolves a host name to all its addresses; defaults to `dns.lookup(host, { all: true })`. */
  lookup?: ResolveHost;
  /** Which addresses may be reached; defaults to `classifyAddress` (public unicast only). */
  addressPolicy?: AddressPolicy;
}

export interface GuardedRequestOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** For the whole exchange: every hop, and reading the body. */
  timeoutMs: number;
  /** 0 makes any redirect a failure ("redirect not followed"). */
  maxRedirects: number;
  /** When set, the body is read and refused as soon as it passes this many bytes; when absent it is discarded. */
  maxBytes?: number;
  signal?: AbortSignal;
}

export interface GuardedResponse {
  ok: true;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The URL that answered, after redirects. */
  url: string;
  redirects: number;
  /** The body, when `maxBytes` was given; otherwise empty. */
  body: Buffer;
}

export type GuardFailureKind = 'invalid_url' | 'refused' | 'redirect' | 'too_large' | 'timeout' | 'aborted' | 'network';

export interface GuardFailure {
  ok: false;
  kind: GuardFailureKind;
  /** Says what happened, for a task error or a delivery log: "refused: example.test resolves to 10.0.0.1, a private address; …". */
  message: string;
  /** The URL of the hop that failed. */
  url: string;
  /** The HTTP status, when the failure is a response (an unfollowed redirect). */
  status?: number;
  /** Body bytes read before a `too_large` refusal. */
  receivedBytes?: number;
}

export type GuardedResult = GuardedResponse | GuardFailure;

export interface GuardedFetcher {
  request(url: string, options: GuardedRequestOptions): Promise<GuardedResult>;
  /** Closes pooled connections. */
  close(): Promise<void>;
}

const ALLOW_HINT = 'set BANANASTAND_ALLOW_PRIVATE_URLS=true only for development';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** How much of an unread (discarded) body is drained so the connection can be reused. */
const DISCARD_LIMIT = 64 * 1024;

/** Thrown from inside the connection's lookup so that undici fails the request with it. */
class AddressRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AddressRefusedError';
  }
}

const defaultResolve: ResolveHost = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export function createGuardedFetcher(options: GuardedFetcherOptions): GuardedFetcher {
  const resolve = options.lookup ?? defaultResolve;
  const policy = options.addressPolicy ?? classifyAddress;

  /** All addresses of `hostname`, every one of them checked: a connection may go to any of them. */
  async function resolveChecked(hostname: string): Promise<LookupAddress[]> {
    const addresses = await resolve(hostname);
    if (addresses.length === 0) throw Object.assign(new Error(`could not resolve ${hostname}`), { code: 'ENOTFOUND' });
    if (!options.allowPrivate) {
      for (const { address } of addresses) {
        const verdict = policy(address);
        if (!verdict.allowed) throw new AddressRefusedError(`refused: ${hostname} resolves to ${address}, ${verdict.description}; ${ALLOW_HINT}`);
      }
    }
    return addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
  }

  // The connection resolves through `resolveChecked`, once, and connects to what it returned: no second
  // lookup for a rebinding DNS server to answer differently. undici passes `connect.lookup` on to
  // net.connect / tls.connect, which keep the host name for SNI and the Host header.
  const agent = new Agent({
    connect: {
      lookup(hostname: string, lookupOptions: { family?: number | string; all?: boolean }, callback: (...args: unknown[]) => void) {
        resolveChecked(hostname).then(
          (addresses) => {
            const family = lookupOptions.family === 'IPv4' ? 4 : lookupOptions.family === 'IPv6' ? 6 : lookupOptions.family;
            const usable = family === 4 || family === 6 ? addresses.filter((a) => a.family === family) : addresses;
            if (usable.length === 0) callback(Object.assign(new Error(`could not resolve ${hostname}`), { code: 'ENOTFOUND' }));
            else if (lookupOptions.all) callback(null, usable);
            else callback(null, usable[0]!.address, usable[0]!.family);
          },
          (err: unknown) => callback(err),
        );
      },
    } as Agent.Options['connect'],
  });

  /** Checks a URL before connecting: scheme, and the address itself when the host is an IP literal. */
  function checkUrl(raw: string | URL): { url: URL } | { message: string; kind: 'invalid_url' | 'refused' } {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { kind: 'invalid_url', message: `${String(raw)} is not a valid URL` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { kind: 'invalid_url', message: `refused: only http and https URLs are fetched, not ${url.protocol.slice(0, -1)}` };
    }
    if (url.username || url.password) return { kind: 'invalid_url', message: 'refused: URLs with credentials are not fetched' };
    // WHATWG URL has already turned 2130706433, 0x7f.1 and 0177.0.0.1 into 127.0.0.1, and brackets IPv6.
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    if (!options.allowPrivate && isIP(host)) {
      const verdict = policy(host);
      if (!verdict.allowed) return { kind: 'refused', message: `refused: ${url.hostname} is ${verdict.description}; ${ALLOW_HINT}` };
    }
    return { url };
  }

  async function guardedRequest(rawUrl: string, opts: GuardedRequestOptions): Promise<GuardedResult> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
    const signal = opts.signal ? AbortSignal.any([controller.signal, opts.signal]) : controller.signal;
    let method = opts.method ?? 'GET';
    let body = opts.body;
    let headers = { ...opts.headers };
    let current = rawUrl;
    try {
      for (let redirects = 0; ; redirects++) {
        const checked = checkUrl(current);
        if (!('url' in checked)) return { ok: false, kind: checked.kind, message: checked.message, url: current };
        const url = checked.url;
        let res: Dispatcher.ResponseData;
        try {
          res = await request(url, { method, headers, body, signal, dispatcher: agent });
        } catch (err) {
          return failureFromError(err, url.href, opts, controller.signal);
        }
        const location = res.headers.location;
        if (REDIRECT_STATUSES.has(res.statusCode) && typeof location === 'string') {
          await res.body.dump({ limit: DISCARD_LIMIT }).catch(() => undefined);
          let next: URL;
          try {
            next = new URL(location, url);
          } catch {
            return { ok: false, kind: 'redirect', status: res.statusCode, url: url.href, message: `the server redirected to an invalid URL (${location})` };
          }
          if (redirects >= opts.maxRedirects) {
            const message =
              opts.maxRedirects === 0
                ? `redirect not followed (${res.statusCode} to ${next.href})`
                : `more than ${opts.maxRedirects} redirects (the last was ${res.statusCode} to ${next.href})`;
            return { ok: false, kind: 'redirect', status: res.statusCode, url: url.href, message };
          }
          // As browsers do (Fetch standard, "HTTP-redirect fetch"): 303, and 301/302 after a POST, become a GET.
          if (res.statusCode === 303 || ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')) {
            method = 'GET';
            body = undefined;
            headers = withoutHeaders(headers, ['content-type', 'content-length']);
          }
          if (next.origin !== url.origin) headers = withoutHeaders(headers, ['authorization', 'cookie']);
          current = next.href;
          continue;
        }
        const base = { status: res.statusCode, headers: res.headers, url: url.href, redirects };
        if (opts.maxBytes === undefined) {
          await res.body.dump({ limit: DISCARD_LIMIT }).catch(() => undefined);
          return { ok: true, ...base, body: Buffer.alloc(0) };
        }
        try {
          const read = await readCapped(res, opts.maxBytes);
          if (!read.ok) return { ok: false, kind: 'too_large', message: read.message, url: url.href, status: res.statusCode, receivedBytes: read.receivedBytes };
          return { ok: true, ...base, body: read.body };
        } catch (err) {
          return failureFromError(err, url.href, opts, controller.signal);
        }
      }
    } finally {
      clearTimeout(timer);
    }
  }

  return { request: guardedRequest, close: () => agent.close() };
}

/** Reads at most `maxBytes`, stopping the download (and closing the connection) as soon as it passes. */
async function readCapped(
  res: Dispatcher.ResponseData,
  maxBytes: number,
): Promise<{ ok: true; body: Buffer } | { ok: false; message: string; receivedBytes: number }> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.body.destroy();
    return { ok: false, message: `${formatBytes(declared)} is over the ${formatBytes(maxBytes)} limit`, receivedBytes: 0 };
  }
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of res.body as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > maxBytes) {
      res.body.destroy();
      return { ok: false, message: `over the ${formatBytes(maxBytes)} limit (the download was stopped there)`, receivedBytes: received };
    }
    chunks.push(chunk);
  }
  return { ok: true, body: Buffer.concat(chunks, received) };
}

function failureFromError(err: unknown, url: string, opts: GuardedRequestOptions, timeoutSignal: AbortSignal): GuardFailure {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    if (e instanceof AddressRefusedError) return { ok: false, kind: 'refused', message: e.message, url };
  }
  if (timeoutSignal.aborted) return { ok: false, kind: 'timeout', message: `no complete answer within ${formatDuration(opts.timeoutMs)}`, url };
  if (opts.signal?.aborted) return { ok: false, kind: 'aborted', message: 'cancelled', url };
  return { ok: false, kind: 'network', message: networkMessage(err, new URL(url).host), url };
}

function networkMessage(err: unknown, host: string): string {
  const code = (err as { code?: unknown } | undefined)?.code;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `could not resolve ${host.replace(/:\d+$/, '')}`;
    case 'ECONNREFUSED':
      return `connection refused by ${host}`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return `connection to ${host} closed before a complete answer`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${host} is unreachable`;
    default:
      return `network error talking to ${host}: ${err instanceof Error ? err.message : String(err)}`;
  }
}

function withoutHeaders(headers: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !names.includes(k.toLowerCase())));
}
