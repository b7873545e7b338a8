import fs from 'node:fs';
import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyHttpOptions, FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { HttpError } from './errors.js';
import { requestId } from './http.js';

/**
 * The node HTTP server's limits and its answers below fastify (docs/operations.md, "Connections and
 * timeouts"): how long a request may take to arrive, how many connections may be open, and the
 * HTTP parser's errors in the documented `{"message","code"}` shape instead of node's or fastify's.
 */

/** The part of a pino logger this uses. */
interface ServerLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** A connection with no bytes either way this long is closed (longer than `Prefer: wait=60`). */
export const IDLE_SOCKET_TIMEOUT_MS = 120_000;
/** How often node looks for requests past their time: the slack on BANANASTAND_REQUEST_TIMEOUT. */
const TIMEOUT_CHECK_INTERVAL_MS = 1000;
/** node's default --max-http-header-size. */
const MAX_HEADER_BYTES = http.maxHeaderSize;
/** File descriptors kept for everything else (the database, files, outbound connections). */
const RESERVED_FDS = 512;

/** The request id of the request a socket is currently receiving, so that parser errors can name it. */
const socketRequest = new WeakMap<Socket, string>();

/** Fastify options for the node server; spread into `Fastify({...})`. */
export function httpServerOptions(limits: Config['http']): Partial<FastifyHttpOptions<http.Server>> {
  return {
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionTimeout: IDLE_SOCKET_TIMEOUT_MS,
    http: {
      headersTimeout: limits.requestTimeoutMs,
      // 0 turns the timeout off; node's own interval then (nothing to check).
      connectionsCheckingInterval: limits.requestTimeoutMs > 0 ? Math.min(TIMEOUT_CHECK_INTERVAL_MS, limits.requestTimeoutMs) : 30_000,
      // Checked in our onRequest hook instead, to answer in our shape (node's own 400 has no body).
      requireHostHeader: false,
    },
    clientErrorHandler: function (this: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket) {
      answerClientError(err, socket, limits, this.log);
    },
  };
}

/** Hooks and the connection cap, once the app exists (before it listens). */
export function installHttpGuards(app: FastifyInstance, limits: Config['http'], logger: ServerLogger): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (request, reply) => {
    socketRequest.set(request.raw.socket, request.id);
    // A request that still arrives on an open connection while the server shuts down.
    if (closing) {
      reply.header('connection', 'close');
      throw new HttpError('unavailable', 'The server is shutting down; send the request again in a few seconds.', { retryAfterSeconds: 5 });
    }
    // RFC 9112 §3.2: a server must answer 400 to an HTTP/1.1 request without Host.
    if (request.raw.httpVersion === '1.1' && request.headers.host === undefined) {
      throw new HttpError('bad_request', 'HTTP/1.1 requests must carry a Host header; add one (for example Host: api.example.com).');
    }
  });
  app.addHook('onResponse', async (request) => {
    socketRequest.delete(request.raw.socket);
  });
  capConnections(app.server, limits.maxConnections ?? defaultMaxConnections(), logger);
}

/**
 * Refuses connections past `max` (node closes them as they arrive), with one log line when the cap
 * is reached and one when the server is below it again, not one per refused connection.
 */
export function capConnections(server: http.Server, max: number, logger: ServerLogger): void {
  server.maxConnections = max;
  let refused = 0;
  let watch: NodeJS.Timeout | undefined;
  server.on('drop', () => {
    refused++;
    if (watch) return;
    logger.warn(
      { maxConnections: max },
      `connection cap reached: ${max} connections are open (BANANASTAND_MAX_CONNECTIONS); new connections are refused until some close`,
    );
    watch = setInterval(() => {
      server.getConnections((err, open) => {
        if (err || open >= max || !watch) return;
        clearInterval(watch);
        watch = undefined;
        logger.info({ maxConnections: max, refused }, `below the connection cap again; ${refused} connections were refused meanwhile`);
        refused = 0;
      });
    }, 1000);
    watch.unref();
  });
  server.once('close', () => clearInterval(watch));
}

/** Connections allowed by default: 4096, or fewer when the open-file limit is low. */
export function defaultMaxConnections(): number {
  let limit = Infinity;
  try {
    const line = /^Max open files\s+(\d+|unlimited)/m.exec(fs.readFileSync('/proc/self/limits', 'utf8'));
    if (line && line[1] !== 'unlimited') limit = Number(line[1]);
  } catch {
    // not Linux: keep the default
  }
  return Math.max(64, Math.min(4096, limit - RESERVED_FDS));
}

/** What the HTTP parser's error codes mean, in words a client can act on. */
const PARSER_ERRORS: Record<string, string> = {
  HPE_INVALID_CONTENT_LENGTH: 'the Content-Length header is not a single whole number',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'it has both Content-Length and Transfer-Encoding: chunked; send only one',
  HPE_INVALID_TRANSFER_ENCODING: 'the Transfer-Encoding header is not valid (only chunked is accepted, and last)',
  HPE_INVALID_CHUNK_SIZE: 'a chunk size of the chunked body is not a hexadecimal number',
  HPE_INVALID_HEADER_TOKEN: 'a header name or value contains a character that is not allowed (such as NUL or a control character)',
  HPE_INVALID_METHOD: 'the method is not a valid HTTP method',
  HPE_INVALID_URL: 'the request target is not a valid URL path',
  HPE_INVALID_VERSION: 'the HTTP version is not valid (send HTTP/1.1)',
  HPE_INVALID_CONSTANT: 'the request line is not valid HTTP',
  HPE_LF_EXPECTED: 'a line does not end with CRLF',
  HPE_CR_EXPECTED: 'a line does not end with CRLF',
  HPE_UNEXPECTED_SPACE: 'a header line has a space where none is allowed',
  HPE_INVALID_EOF_STATE: 'the connection ended in the middle of the request',
};

/** The registry error for an error of node's HTTP parser or server. */
export function clientHttpError(err: NodeJS.ErrnoException, limits: Config['http']): HttpError {
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new HttpError(
      'request_timeout',
      `The request's headers and body did not arrive within ${formatSeconds(limits.requestTimeoutMs)} (BANANASTAND_REQUEST_TIMEOUT); send the whole request at once.`,
    );
  }
  if (err.code === 'HPE_HEADER_OVERFLOW') {
    return new HttpError('headers_too_large', `The request's headers are larger than ${Math.round(MAX_HEADER_BYTES / 1024)} KiB in all; send fewer or shorter headers.`);
  }
  // llhttp reports Content-Length beside chunked as a bad Transfer-Encoding.
  if (err.code === 'HPE_INVALID_TRANSFER_ENCODING' && /Content-Length/.test(String((err as { reason?: string }).reason))) {
    return new HttpError('bad_request', 'The request is not valid HTTP/1.1: it has both Content-Length and Transfer-Encoding: chunked; send only one.');
  }
  const reason = (err.code && PARSER_ERRORS[err.code]) ?? ((err as { reason?: string }).reason || err.message).replace(/\.$/, '');
  return new HttpError('bad_request', `The request is not valid HTTP/1.1: ${reason}.`);
}

function answerClientError(err: NodeJS.ErrnoException, socket: Socket, limits: Config['http'], logger: ServerLogger): void {
  // A reset connection has nobody to answer.
  if (err.code === 'ECONNRESET' || socket.destroyed) {
    socket.destroy();
    return;
  }
  const error = clientHttpError(err, limits);
  const id = socketRequest.get(socket) ?? requestId({ headers: {} });
  logger.info({ request_id: id, code: err.code, status: error.status }, 'client error');
  // Once an answer has started on this socket, no second one can be written.
  const response = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && !response?.headersSent) {
    const body = JSON.stringify(error.body());
    socket.write(
      `HTTP/1.1 ${error.status} ${http.STATUS_CODES[error.status]}\r\n` +
        'content-type: application/json; charset=utf-8\r\n' +
        `content-length: ${Buffer.byteLength(body)}\r\n` +
        `x-request-id: ${id}\r\n` +
        'connection: close\r\n\r\n' +
        body,
    );
  }
  // Frees whatever part of the request was buffered.
  socket.destroy();
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
