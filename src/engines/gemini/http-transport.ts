import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * How the engine's `fetch` for generateContent (raw-answer.ts) reaches Google. The SDK still builds
 * every request (URL, headers, auth, body) and reads every answer; only the bytes in between move
 * here. Node's `fetch` hands a body to its reader through web streams, chunk by chunk with promises
 * and copies: for a 4K picture's ~7 MB answer that is ~15 ms of CPU more than reading the socket with
 * `node:http` (docs/benchmarks.md, "Burst").
 */
export interface RawResponse {
  status: number;
  statusText: string;
  ok: boolean;
  headers: Headers;
  /** The body as it comes off the socket; read it once (this way or by `forEachChunk`), or `cancel` it. */
  body: AsyncIterable<Uint8Array>;
  /**
   * Reads the whole body, calling `onChunk` for each piece as it comes off the socket; resolves at
   * its end and fails as iterating `body` fails. No promise per chunk: a 4K picture's answer is
   * ~110 socket reads, and iterating them cost ~5 ms of CPU more per answer (docs/benchmarks.md,
   * "Burst"). A transport may leave it out; readers then iterate `body`.
   */
  forEachChunk?(onChunk: (chunk: Uint8Array) => void): Promise<void>;
  cancel(): void;
}

export type Transport = (input: string | URL | Request, init?: RequestInit) => Promise<RawResponse>;

/** Connections are kept open between calls, as `fetch` keeps them. */
const AGENTS = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

/**
 * A request over `node:http` / `node:https`. Failures look as `fetch`'s do, so failures.ts reads
 * both alike: the caller's abort rejects with the signal's reason; a socket error before the
 * answer is `TypeError('fetch failed')`, during its body `TypeError('terminated')`, with the
 * socket error as `cause`.
 */
export const httpTransport: Transport = (input, init = {}) => {
  const url = new URL(input instanceof Request ? input.url : input);
  const agent = url.protocol === 'http:' || url.protocol === 'https:' ? AGENTS[url.protocol] : undefined;
  if (!agent) return Promise.reject(new TypeError(`fetch failed: unsupported protocol ${url.protocol}`));
  const body = requestBody(init.body);
  const signal = init.signal ?? undefined;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const headers: Record<string, string> = Object.fromEntries(new Headers(init.headers ?? undefined));
  if (body && headers['content-length'] === undefined) headers['content-length'] = String(body.length);

  return new Promise<RawResponse>((resolve, reject) => {
    let response: http.IncomingMessage | undefined;
    const request = (url.protocol === 'https:' ? https : http).request(url, { method: init.method ?? 'GET', headers, agent });
    const onAbort = () => {
      const reason = signal!.reason;
      request.destroy();
      response?.destroy(reason);
      reject(reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    request.once('error', (err) => {
      done();
      reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: err }));
    });
    request.once('response', (res) => {
      response = res;
      res.once('end', done);
      res.once('close', done);
      const stream = decoded(res);
      resolve({
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? '',
        ok: (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300,
        headers: responseHeaders(res),
        body: bodyOf(stream, signal),
        forEachChunk: (onChunk) => eachChunk(stream, signal, onChunk),
        cancel: () => res.destroy(),
      });
    });
    request.end(body);
  });
};

/**
 * No `accept-encoding` is sent (base64 hardly compresses, and inflating 7 MB costs more than
 * reading it), but an answer that comes compressed anyway is inflated, as `fetch` would.
 */
function decoded(res: http.IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const inflate = encoding === 'gzip' || encoding === 'x-gzip' ? zlib.createGunzip() : encoding === 'br' ? zlib.createBrotliDecompress() : encoding === 'deflate' ? zlib.createInflate() : undefined;
  if (!inflate) return res;
  res.once('error', (err) => inflate.destroy(err));
  return res.pipe(inflate);
}

async function* bodyOf(res: Readable & { complete?: boolean }, signal: AbortSignal | undefined): AsyncIterable<Uint8Array> {
  try {
    for await (const chunk of res) yield chunk as Buffer;
  } catch (err) {
    throw signal?.aborted ? signal.reason : new TypeError('terminated', { cause: err });
  }
  // A socket closed before the whole body came ends the iteration quietly; the length says so.
  if ('complete' in res && !res.complete) throw new TypeError('terminated', { cause: new Error('the connection closed before the answer ended') });
}

/** `bodyOf` with one listener instead of an iterator: the same end, the same failures. */
function eachChunk(res: Readable & { complete?: boolean }, signal: AbortSignal | undefined, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const settle = (err?: unknown) => {
      res.off('data', onData);
      res.off('end', onEnd);
      res.off('error', onError);
      res.off('close', onClose);
      if (err === undefined) resolve();
      else reject(err);
    };
    const terminated = (cause: unknown) => (signal?.aborted ? signal.reason : new TypeError('terminated', { cause }));
    const onData = (chunk: Buffer) => {
      try {
        onChunk(chunk);
      } catch (err) {
        res.destroy();
        settle(err);
      }
    };
    // A socket closed before the whole body came ends the stream quietly; the length says so.
    const onEnd = () => settle('complete' in res && !res.complete ? terminated(new Error('the connection closed before the answer ended')) : undefined);
    const onError = (err: unknown) => settle(terminated(err));
    const onClose = () => settle(terminated(new Error('the connection closed before the answer ended')));
    res.on('data', onData);
    res.once('end', onEnd);
    res.once('error', onError);
    res.once('close', onClose);
  });
}

function requestBody(body: RequestInit['body']): Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  // The SDK sends JSON text; a stream or form body would need fetch's own encoders.
  throw new TypeError('fetch failed: the request body must be text or bytes');
}

function responseHeaders(res: http.IncomingMessage): Headers {
  const headers = new Headers();
  const raw = res.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  return headers;
}
