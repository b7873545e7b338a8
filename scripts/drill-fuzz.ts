import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import pino from 'pino';
import { HTTP_ERRORS } from '../src/api/errors.js';
import { loadConfig } from '../src/config.js';
import type { Engine } from '../src/engines/engine.js';
import { createRuntime } from '../src/runtime.js';
import { playgroundPlugins } from '../src/web/plugins.js';

/**
 * The bad-input drill: thousands of generated and mutated requests (bodies, headers, paths, query
 * strings, keys) go to the real app in-process (`app.inject`), then malformed HTTP goes to it over a
 * loopback socket. Nothing may answer 5xx, nothing may crash the process, and every 4xx must have
 * the documented shape (docs/errors.md).
 */

export interface FuzzDrillOptions {
  runs: number;
  seed: number;
  /** Malformed raw HTTP requests sent over a socket after the in-process phase. */
  rawRuns: number;
}

export interface FuzzDrillReport {
  seed: number;
  requests: number;
  byStatus: Record<string, number>;
  /** Requests the injector itself refused to build (invalid header bytes and the like). */
  unsendable: number;
  /** Distinct problems (first example of each), at most 50. */
  problems: string[];
  raw: { sent: number; byStatus: Record<string, number>; problems: string[] };
  /** Unhandled rejections or exceptions seen while the drill ran. */
  crashes: string[];
  durationMs: number;
}

const KEY = 'bs_fuzz_key_0123456789abcdefghijklmnopqrstuvwx';
const OTHER_KEY = 'bs_fuzz_other_0123456789abcdefghijklmnopqrstu';
const TASKS = '/v1/ai/text-to-image/nano-banana-pro-flash';
const BODY_LIMIT = 256 * 1024;
const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Never called: the worker is paused, only the HTTP surface is under test. */
const idleEngine: Engine = {
  name: 'local',
  model: 'fuzz',
  acceptsGcsUris: false,
  generate: () => Promise.reject(new Error('the fuzz drill runs no tasks')),
};

interface FuzzRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS';
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

// ---- generators ----

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\uFEFF', '\uD800', '🦊🦊', 'ǅ'.repeat(3), '\u202Etxt', '%00', '../../etc/passwd', '<script>'),
);

const wrongType = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }));

const referenceImage = fc.record(
  {
    image: fc.oneof(
      fc.webUrl(),
      fc.constantFrom(
        'gs://bucket/object.png',
        'gs://',
        `data:image/png;base64,${PNG_1x1}`,
        PNG_1x1,
        'data:image/png;base64,',
        'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
        'data:text/html,<b>hi</b>',
        'data:image/png;base64,@@@@',
        'ftp://example.com/x.png',
        'file:///etc/passwd',
        'http://169.254.169.254/latest/meta-data',
        'not a url at all',
      ),
      fc.base64String({ maxLength: 200 }),
      anyText,
      wrongType,
    ),
    text: fc.oneof(anyText, fc.constant('t'.repeat(1001)), wrongType),
    mime_type: fc.oneof(fc.constantFrom('image/png', 'image/jpeg', 'image/webp', 'image/gif', 'IMAGE/PNG', ''), anyText, wrongType),
  },
  { requiredKeys: [] },
);

/** A create body where each field is valid, wrong in type, wrong in value, or missing. */
const createBody = fc.record(
  {
    prompt: fc.oneof(
      { arbitrary: fc.constantFrom('a red fox', 'a cat on a mat'), weight: 3 },
      { arbitrary: anyText, weight: 3 },
      { arbitrary: fc.constantFrom('x', '  ', '\n\t', 'ab', 'a'.repeat(3000), 'a'.repeat(3001), '🦊'.repeat(3000), '🦊'.repeat(3001)), weight: 2 },
      { arbitrary: wrongType, weight: 2 },
    ),
    webhook_url: fc.oneof(
      fc.webUrl(),
      fc.constantFrom('javascript:alert(1)', 'http://', 'https://x', `https://e.com/${'a'.repeat(2100)}`, 'mailto:a@b.c', '//example.com/hook', 'http://[::1]/hook'),
      anyText,
      wrongType,
    ),
    reference_images: fc.oneof(fc.array(referenceImage, { maxLength: 16 }), wrongType, fc.array(wrongType, { maxLength: 3 })),
    aspect_ratio: fc.oneof(fc.constantFrom('1:1', '16:9', '8:1', '1:8', '2:1', '16:10', '1:1 ', '0:0', ''), anyText, wrongType),
    resolution: fc.oneof(fc.constantFrom('512', '1K', '2K', '4K', 'low', 'medium', 'high', '8K', '1k', 'HIGH', ''), anyText, wrongType),
    use_google_search_tool: fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 0, 1), wrongType),
    seed: fc.oneof(
      fc.integer({ min: 0, max: 4294967295 }),
      fc.constantFrom(-1, 4294967296, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER, '42'),
      wrongType,
    ),
    constructor: fc.constant({ prototype: { polluted: true } }),
    unknown_field: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

function nested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** The body bytes: JSON of a generated body, arbitrary JSON, deep nesting, broken JSON, oversize, or binary. */
const payload: fc.Arbitrary<string | Buffer | undefined> = fc.oneof(
  { arbitrary: createBody.map((b) => JSON.stringify(b)), weight: 8 },
  { arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)), weight: 2 },
  {
    arbitrary: fc.tuple(fc.constantFrom(10, 1000, 10_000, 100_000), fc.constantFrom('array' as const, 'object' as const)).map(([d, k]) =>
      // An object nested past the body limit would only test the limit; keep it under.
      k === 'object' && d === 100_000 ? nested(40_000, k) : nested(d, k),
    ),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(createBody.map((b) => JSON.stringify(b)), fc.nat(), fc.constantFrom('truncate', 'comma', 'quote', 'bom', 'nan', 'dupkey', 'proto', 'garbage')).map(
      ([json, n, how]) => {
        switch (how) {
          case 'truncate':
            return json.slice(0, n % Math.max(1, json.length));
          case 'comma':
            return json.replace(/}$/, ',}');
          case 'quote':
            return json.replaceAll('"', "'");
          case 'bom':
            return `\uFEFF${json}`;
          case 'nan':
            return '{"prompt": "a fox", "seed": NaN}';
          case 'proto':
            // An own "__proto__" key only exists in JSON text; fastify's parser must refuse or strip it.
            return json.replace(/^\{/, '{"__proto__":{"prompt":"polluted","isAdmin":true},');
          case 'dupkey':
            return '{"prompt": "a fox", "prompt": 5, "prompt": "a cat"}';
          default:
            return `${json}\u0000garbage`;
        }
      },
    ),
    weight: 3,
  },
  {
    arbitrary: fc.constantFrom('prompt', 'image').map((where) =>
      where === 'prompt'
        ? JSON.stringify({ prompt: 'a'.repeat(BODY_LIMIT + 10) })
        : JSON.stringify({ prompt: 'a fox', reference_images: [{ image: `data:image/png;base64,${'A'.repeat(BODY_LIMIT)}` }] }),
    ),
    weight: 1,
  },
  { arbitrary: fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)), weight: 1 },
  { arbitrary: fc.constantFrom('', ' ', 'null', '[]', '"a string"', '0', 'true', '{}'), weight: 2 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

const contentType = fc.oneof(
  { arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8'), weight: 6 },
  {
    arbitrary: fc.constantFrom(
      'application/vnd.api+json',
      'APPLICATION/JSON',
      'application/json; charset=latin1',
      'application/json;;;',
      'application/jsonx',
      'text/plain',
      'text/json',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      'application/octet-stream',
      '*/*',
      '',
      'application/',
    ),
    weight: 3,
  },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

const auth = fc.oneof(
  { arbitrary: fc.constant({ 'x-magnific-api-key': KEY }), weight: 8 },
  {
    arbitrary: fc.constantFrom<Record<string, string>>(
      {},
      { 'x-freepik-api-key': KEY },
      { authorization: `Bearer ${KEY}` },
      { authorization: `bearer   ${KEY}  ` },
      { authorization: `Basic ${Buffer.from(`${KEY}:`).toString('base64')}` },
      { authorization: 'Bearer' },
      { 'x-magnific-api-key': '' },
      { 'x-magnific-api-key': '   ' },
      { 'x-magnific-api-key': KEY.toUpperCase() },
      { 'x-magnific-api-key': `${KEY} ` },
      { 'x-magnific-api-key': 'x'.repeat(8000) },
      { 'x-magnific-api-key': OTHER_KEY },
      { 'x-magnific-api-key': 'bad', authorization: `Bearer ${KEY}` },
      { 'x-magnific-api-key': KEY, authorization: 'Bearer bad' },
    ),
    weight: 4,
  },
  { arbitrary: fc.string({ maxLength: 60 }).map((k) => ({ 'x-magnific-api-key': k })), weight: 1 },
);

function paths(taskIds: string[]) {
  const known = fc.constantFrom(
    TASKS,
    `${TASKS}/`,
    `${TASKS}/${taskIds[0]}`,
    `${TASKS}/${taskIds[0]!.toUpperCase()}`,
    `${TASKS}/${taskIds[1]}`,
    `${TASKS}/${taskIds[0]}/cancel`,
    `${TASKS}/00000000-0000-0000-0000-000000000000`,
    `${TASKS}/not-a-uuid`,
    '/v1/files/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.png',
    '/v1/files/..%2F..%2Fbananastand.db',
    '/v1/files/',
    '/v1/webhooks/secret',
    '/v1/webhooks/secret/rotate',
    '/v1/webhooks/deliveries',
    `/v1/webhooks/deliveries?task_id=${taskIds[0]}`,
    '/v1/webhooks/deliveries/msg_x/redeliver',
    '/healthz',
    '/readyz',
    '/openapi.json',
    '/docs',
    '/',
    '/assets/../../package.json',
  );
  const query = fc.oneof(
    fc.constant(''),
    fc
      .record(
        {
          page: fc.oneof(fc.constantFrom('1', '0', '-1', '1.5', '99999999999999999999', 'abc', '', '1e3'), fc.string({ maxLength: 10 })),
          per_page: fc.oneof(fc.constantFrom('1', '100', '101', '0', 'NaN', ''), fc.string({ maxLength: 10 })),
          status: fc.oneof(fc.constantFrom('COMPLETED', 'FAILED', 'CREATED', 'IN_PROGRESS', 'completed', 'DONE', ''), fc.string({ maxLength: 10 })),
          limit: fc.constantFrom('1', '500', '501', 'x'),
          task_id: fc.oneof(fc.uuid(), fc.string({ maxLength: 20 })),
          // Numeric waits would hold the request open (the worker is paused): only junk values.
          wait: fc.constantFrom('abc', '-1', '', '1e9x'),
        },
        { requiredKeys: [] },
      )
      .map((q) => `?${new URLSearchParams(q as Record<string, string>).toString()}`),
    fc.constantFrom('?page=1&page=2', '?page[]=1', '?__proto__[x]=1', '?constructor[prototype][x]=1', '?%zz', '?a=%E0%A4%A', '?' + 'a=1&'.repeat(2000), '?per_page=10#frag'),
    fc.string({ maxLength: 50 }).map((s) => `?${s}`),
  );
  const mutatedPath = fc.oneof(
    fc.tuple(known, fc.string({ unit: 'binary', maxLength: 20 })).map(([p, s]) => `${p}${encodeURIComponent(s)}`),
    fc.tuple(known, fc.constantFrom('%', '%zz', '%00', '%C0%AF', '/..', '//', '/./', '%2e%2e%2f', ';a=b', '\\', '/' + 'x'.repeat(10_000))).map(([p, s]) => `${p}${s}`),
    fc.constantFrom('//v1/ai/text-to-image/nano-banana-pro-flash', '/V1/AI/TEXT-TO-IMAGE/NANO-BANANA-PRO-FLASH', '/v1/ai/text-to-image/nano-banana-pro-flash/..'),
  );
  return fc.tuple(fc.oneof({ arbitrary: known, weight: 4 }, { arbitrary: mutatedPath, weight: 1 }), query).map(([p, q]) => `${p}${q}`);
}

function requests(taskIds: string[]): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: fc.oneof(
        { arbitrary: fc.constant('POST' as const), weight: 6 },
        { arbitrary: fc.constant('GET' as const), weight: 4 },
        { arbitrary: fc.constantFrom('PUT' as const, 'DELETE' as const, 'PATCH' as const, 'HEAD' as const, 'OPTIONS' as const), weight: 1 },
      ),
      url: fc.oneof({ arbitrary: fc.constant(TASKS), weight: 3 }, { arbitrary: paths(taskIds), weight: 2 }),
      auth,
      contentType,
      payload,
      extra: fc.record(
        {
          'idempotency-key': fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('', 'k'.repeat(256), 'same-key')),
          'x-request-id': fc.oneof(fc.string({ maxLength: 20 }), fc.constant('r'.repeat(200))),
          prefer: fc.constantFrom('wait', 'wait=abc', 'respond-async', 'return=minimal'),
          accept: fc.constantFrom('application/json', 'text/html', '*/*', ''),
          'content-encoding': fc.constantFrom('gzip', 'identity', 'br'),
          'x-forwarded-for': fc.constantFrom('1.2.3.4', 'garbage', '::1, 10.0.0.1'),
        },
        { requiredKeys: [] },
      ),
    })
    .map((r) => {
      const headers: Record<string, string> = { ...r.auth, ...(r.extra as Record<string, string>) };
      if (r.contentType !== undefined) headers['content-type'] = r.contentType;
      return { method: r.method, url: r.url, headers, payload: r.method === 'GET' || r.method === 'HEAD' ? undefined : r.payload };
    });
}

// ---- checks ----

const MESSAGES_401 = new Set<string>([HTTP_ERRORS.missing_api_key.message, HTTP_ERRORS.invalid_api_key.message]);

/** What is wrong with a response, or undefined when it is fine. */
function checkResponse(req: Pick<FuzzRequest, 'method'>, status: number, headers: Record<string, unknown>, body: string): string | undefined {
  if (status >= 500) return `${status}: ${body.slice(0, 200)}`;
  if (!headers['x-request-id']) return `${status} without x-request-id`;
  if (status < 400 || req.method === 'HEAD') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return `${status} with a body that is not JSON: ${JSON.stringify(body.slice(0, 100))}`;
  }
  if (!/^application\/json/.test(String(headers['content-type']))) return `${status} with content-type ${String(headers['content-type'])}`;
  const b = parsed as Record<string, unknown>;
  if (typeof b !== 'object' || b === null || typeof b.message !== 'string' || !b.message) return `${status} without a message: ${body.slice(0, 200)}`;
  if (status === 401) {
    if (Object.keys(b).join() !== 'message' || !MESSAGES_401.has(b.message)) return `401 body is not exactly {message}: ${body.slice(0, 200)}`;
    return undefined;
  }
  const code = b.code as keyof typeof HTTP_ERRORS;
  if (typeof code !== 'string' || !(code in HTTP_ERRORS)) return `${status} with code ${JSON.stringify(b.code)} not in the registry`;
  if (HTTP_ERRORS[code].status !== status) return `${status} with code ${code}, which the registry maps to ${HTTP_ERRORS[code].status}`;
  const allowed = code === 'invalid_params' ? ['message', 'code', 'invalid_params'] : ['message', 'code'];
  const extra = Object.keys(b).filter((k) => !allowed.includes(k));
  if (extra.length) return `${status} ${code} with unexpected fields ${extra.join(', ')}`;
  if (code === 'invalid_params') {
    const list = b.invalid_params;
    if (!Array.isArray(list) || list.length === 0) return `400 invalid_params without entries: ${body.slice(0, 200)}`;
    for (const p of list) {
      if (typeof p !== 'object' || p === null || Object.keys(p).sort().join() !== 'name,reason' || typeof p.name !== 'string' || typeof p.reason !== 'string' || !p.name || !p.reason) {
        return `400 invalid_params entry is not {name, reason}: ${JSON.stringify(p).slice(0, 200)}`;
      }
    }
  }
  return undefined;
}

/** A problem's kind without its variable details, so that one bug is reported once. */
function kindOf(problem: string): string {
  return problem.replace(/:.*$/s, '');
}

// ---- raw HTTP ----

const RAW: ((host: string) => string)[] = [
  () => 'GARBAGE\r\n\r\n',
  () => 'GET / HTTP/9.9\r\n\r\n',
  (h) => `GET /healthz HTTP/1.1\r\nHost: ${h}\r\nX-Bad: a\u0001b\r\n\r\n`,
  (h) => `GET /healthz HTTP/1.1\r\nHost: ${h}\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
  (h) => `POST ${TASKS} HTTP/1.1\r\nHost: ${h}\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
  (h) => `POST ${TASKS} HTTP/1.1\r\nHost: ${h}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nx-magnific-api-key: ${KEY}\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
  (h) => `POST ${TASKS} HTTP/1.1\r\nHost: ${h}\r\nContent-Type: application/json\r\nContent-Length: -1\r\nx-magnific-api-key: ${KEY}\r\n\r\n`,
  (h) => `POST ${TASKS} HTTP/1.1\r\nHost: ${h}\r\nContent-Type: application/json\r\nContent-Length: 10\r\nx-magnific-api-key: ${KEY}\r\n\r\n{"a"`,
  (h) => `GET /v1/ai/text-to-image/nano-banana-pro-flash/%ff%fe HTTP/1.1\r\nHost: ${h}\r\nx-magnific-api-key: ${KEY}\r\n\r\n`,
  (h) => `GET /\u00e9\u00e8 HTTP/1.1\r\nHost: ${h}\r\n\r\n`,
  (h) => `GET http://evil.example/healthz HTTP/1.1\r\nHost: ${h}\r\n\r\n`,
  () => 'GET /healthz HTTP/1.1\r\n\r\n',
  (h) => `GET /healthz HTTP/1.1\r\nHost: ${h}\r\nHost: other\r\n\r\n`,
  (h) => `POST ${TASKS} HTTP/1.1\r\nHost: ${h}\r\nContent-Type: application/json\r\nContent-Length: 99999999999999999999\r\nx-magnific-api-key: ${KEY}\r\n\r\n{}`,
  (h) => `GET /healthz HTTP/1.1\r\nHost: ${h}\r\n Folded: header\r\n\r\n`,
];

/** Sends one raw request; resolves with the status line's code (or 0 when the server just closed). */
function sendRaw(port: number, text: string): Promise<{ status: number; response: string }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let response = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1] ?? 0), response });
    };
    const timer = setTimeout(done, 2000);
    socket.on('data', (d) => {
      response += d.toString('latin1');
      // One response is enough: stop at the end of the first body we can delimit.
      const m = /\r\n\r\n/.exec(response);
      const len = Number(/content-length: (\d+)/i.exec(response)?.[1] ?? NaN);
      if (m && Number.isFinite(len) && response.length >= m.index + 4 + len) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(Buffer.from(text, 'latin1'));
  });
}

// ---- the drill ----

export async function fuzzDrill(opts: FuzzDrillOptions): Promise<FuzzDrillReport> {
  const started = Date.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bananastand-drill-fuzz-'));
  const config = loadConfig({
    BANANASTAND_DATA_DIR: dataDir,
    BANANASTAND_API_KEYS: `${KEY},${OTHER_KEY}`,
    BANANASTAND_ENGINE: 'local',
    BANANASTAND_WORKER: 'paused',
    BANANASTAND_RATE_LIMIT: '1000000',
    BANANASTAND_BODY_LIMIT: String(BODY_LIMIT),
    BANANASTAND_LOG_LEVEL: 'silent',
  });
  const crashes: string[] = [];
  const onCrash = (err: unknown) => crashes.push(String((err as Error)?.stack ?? err).slice(0, 500));
  process.on('unhandledRejection', onCrash);
  process.on('uncaughtException', onCrash);
  const runtime = await createRuntime(config, { logger: pino({ level: 'silent' }), engine: idleEngine, plugins: playgroundPlugins() });
  await runtime.app.listen({ port: 0, host: '127.0.0.1' });
  await runtime.start();
  const { app } = runtime;

  const problems = new Map<string, string>();
  const byStatus: Record<string, number> = {};
  let unsendable = 0;
  let sent = 0;
  const raw = { sent: 0, byStatus: {} as Record<string, number>, problems: [] as string[] };
  try {
    const taskIds: string[] = [];
    for (const key of [KEY, OTHER_KEY]) {
      const res = await app.inject({ method: 'POST', url: TASKS, headers: { 'x-magnific-api-key': key, 'content-type': 'application/json' }, payload: '{"prompt":"a fox"}' });
      taskIds.push(res.json().data.task_id);
    }
    const cases = fc.sample(requests(taskIds), { numRuns: opts.runs, seed: opts.seed });
    for (const [i, r] of cases.entries()) {
      let res;
      try {
        res = await app.inject({ method: r.method, url: r.url, headers: r.headers, payload: r.payload });
      } catch (err) {
        // light-my-request refuses some requests before they reach the server (e.g. bytes not
        // allowed in a header value): not a server fault, but counted.
        unsendable++;
        if (!/Invalid character|invalid header|ERR_INVALID|not a valid HTTP header|Invalid URL/i.test(String(err))) {
          problems.set(`inject threw ${kindOf(String(err))}`, `${r.method} ${r.url.slice(0, 100)}: ${String(err).slice(0, 200)}`);
        }
        continue;
      }
      sent++;
      byStatus[res.statusCode] = (byStatus[res.statusCode] ?? 0) + 1;
      const problem = checkResponse(r, res.statusCode, res.headers, res.body);
      if (problem && !problems.has(kindOf(problem))) {
        problems.set(kindOf(problem), `${problem} ← ${r.method} ${r.url.slice(0, 120)} ${JSON.stringify(r.headers).slice(0, 200)} ${String(r.payload ?? '').slice(0, 200)}`);
      }
      if (i % 500 === 0 && (await app.inject({ method: 'GET', url: '/healthz' })).statusCode !== 200) {
        problems.set('healthz', `/healthz stopped answering 200 after ${i} requests`);
      }
    }

    const addr = runtime.app.server.address() as net.AddressInfo;
    for (let i = 0; i < opts.rawRuns; i++) {
      const text = RAW[i % RAW.length]!(`127.0.0.1:${addr.port}`);
      const { status, response } = await sendRaw(addr.port, text);
      raw.sent++;
      raw.byStatus[status] = (raw.byStatus[status] ?? 0) + 1;
      if (status >= 500) raw.problems.push(`${status} for ${JSON.stringify(text.slice(0, 80))}: ${response.slice(0, 200)}`);
    }
    const health = await fetch(`http://127.0.0.1:${addr.port}/healthz`);
    if (health.status !== 200) raw.problems.push(`/healthz answered ${health.status} after the raw requests`);
    const create = await fetch(`http://127.0.0.1:${addr.port}${TASKS}`, {
      method: 'POST',
      headers: { 'x-magnific-api-key': KEY, 'content-type': 'application/json' },
      body: '{"prompt":"still alive?"}',
    });
    if (create.status !== 200) raw.problems.push(`a valid create answered ${create.status} after the drill`);
  } finally {
    await runtime.stop();
    process.off('unhandledRejection', onCrash);
    process.off('uncaughtException', onCrash);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return {
    seed: opts.seed,
    requests: sent,
    byStatus,
    unsendable,
    problems: [...problems.values()].slice(0, 50),
    raw,
    crashes,
    durationMs: Date.now() - started,
  };
}
