import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_ERRORS } from '../../src/domain/error-codes.js';
import { KEY_A, TASKS } from '../helpers/runtime.js';
import { startLiveServer, type LiveServer } from '../sdk/live-server.js';

let server: LiveServer;
let doc: any;
beforeAll(async () => {
  server = await startLiveServer({ BANANASTAND_RATE_LIMIT: '1000' });
  doc = await (await fetch(`${server.baseUrl}/openapi.json`)).json();
});
afterAll(() => server.close());

/** Every route fastify serves, from printRoutes' tree: `GET /v1/files/:name`, … (HEAD left out). */
function servedRoutes(tree: string): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)[├└]── (.*?)(?: \(([^)]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1].length / 4;
    stack.length = depth;
    stack.push(m[2]);
    for (const method of m[3]?.split(', ') ?? []) if (method !== 'HEAD') out.push(`${method} ${stack.join('')}`);
  }
  return out;
}

/** A documented path in fastify's spelling, with every parameter named alike. */
const normalize = (route: string) => route.replace(/\{[^}]+\}|:[A-Za-z0-9_]+/g, ':p');

function responseValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: 'openapi.json', components: doc.components });
  return (path: string, method: string, status: number, body: unknown) => {
    const op = doc.paths[path][method];
    const response = op.responses[String(status)];
    if (!response) throw new Error(`${method.toUpperCase()} ${path} does not document status ${status}`);
    const schema = response.content['application/json'].schema;
    const validate = ajv.compile({ $ref: `openapi.json${schema.$ref}` });
    const ok = validate(body);
    return ok ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);
  };
}

describe('/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents exactly the routes the server serves', () => {
    const served = servedRoutes(server.app.printRoutes({ commonPrefix: false }))
      .filter((r) => !r.includes(' /assets/'))
      .map(normalize)
      .sort();
    const documented = Object.entries(doc.paths)
      .flatMap(([path, item]: [string, any]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
      .map(normalize)
      .sort();
    expect(documented).toEqual(served);
  });

  it('comes from the zod schemas: the request rules and every extension field of the task', () => {
    const body = doc.components.schemas.CreateTaskBody;
    expect(body.required).toEqual(['prompt']);
    expect(body.properties.aspect_ratio.anyOf[0].enum).toContain('8:1');
    expect(body.properties.reference_images.anyOf[0].maxItems).toBe(14);
    expect(body.properties.seed.anyOf[0]).toMatchObject({ type: 'integer', minimum: 0, maximum: 4294967295 });
    expect(Object.keys(doc.components.schemas.Task.properties)).toEqual(
      expect.arrayContaining(['task_id', 'status', 'generated', 'created_at', 'updated_at', 'error', 'error_code', 'prompt', 'images', 'expires_at', 'grounding', 'metrics', 'engine', 'model', 'text', 'usage', 'seed']),
    );
    const list = doc.paths[TASKS].get.parameters.map((p: any) => p.name);
    expect(list).toEqual(['page', 'per_page', 'status', 'task_id']);
  });

  it('has the three security schemes and every error code of the registry', () => {
    expect(doc.components.securitySchemes).toEqual({
      MagnificApiKey: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'x-magnific-api-key' }),
      FreepikApiKey: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'x-freepik-api-key' }),
      BearerAuth: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
    const examples = new Map<string, unknown>();
    for (const item of Object.values<any>(doc.paths)) {
      for (const op of Object.values<any>(item)) {
        for (const [status, r] of Object.entries<any>(op.responses)) {
          for (const [code, ex] of Object.entries<any>(r.content?.['application/json']?.examples ?? {})) examples.set(`${code} ${status}`, ex.value);
        }
      }
    }
    for (const [code, { status, message }] of Object.entries(HTTP_ERRORS)) {
      expect(examples.get(`${code} ${status}`), code).toMatchObject({ message });
    }
    expect(doc.paths['/healthz'].get.security).toEqual([]);
    expect(doc.paths[`${TASKS}/{task-id}/cancel`].post['x-bananastand-extension']).toBe(true);
  });
});

describe('responses of a real server validate against the document', () => {
  it('create, get, list, cancel, 400, 401, 404, webhooks and health', async () => {
    const check = responseValidator();
    const call = async (method: string, path: string, init: { body?: unknown; key?: string | null; prefer?: string } = {}) => {
      const headers: Record<string, string> = {};
      if (init.key !== null) headers['x-magnific-api-key'] = init.key ?? KEY_A;
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      if (init.prefer) headers.prefer = init.prefer;
      const res = await fetch(server.baseUrl + path, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
      return { status: res.status, body: await res.json() };
    };
    const T = `${TASKS}/{task-id}`;

    const created = await call('POST', TASKS, { body: { prompt: 'a kite over a beach', resolution: '512', aspect_ratio: '3:2' } });
    expect(created.status).toBe(200);
    expect(check(TASKS, 'post', 200, created.body)).toEqual([]);
    const id = created.body.data.task_id;

    const done = await call('GET', `${TASKS}/${id}`, { prefer: 'wait=20' });
    expect(done.body.data.status).toBe('COMPLETED');
    expect(check(T, 'get', 200, done.body)).toEqual([]);

    const list = await call('GET', `${TASKS}?per_page=5`);
    expect(check(TASKS, 'get', 200, list.body)).toEqual([]);

    const pending = await call('POST', TASKS, { body: { prompt: 'to be cancelled', resolution: '4K', aspect_ratio: '8:1' } });
    const cancel = await call('POST', `${TASKS}/${pending.body.data.task_id}/cancel`);
    if (cancel.status === 200) expect(check(`${T}/cancel`, 'post', 200, cancel.body)).toEqual([]);
    else expect(check(`${T}/cancel`, 'post', 409, cancel.body)).toEqual([]);
    const conflict = await call('POST', `${TASKS}/${id}/cancel`);
    expect(conflict.status).toBe(409);
    expect(check(`${T}/cancel`, 'post', 409, conflict.body)).toEqual([]);

    const invalid = await call('POST', TASKS, { body: { prompt: 'x', aspect_ratio: '7:3' } });
    expect(invalid.status).toBe(400);
    expect(check(TASKS, 'post', 400, invalid.body)).toEqual([]);
    const badQuery = await call('GET', `${TASKS}?page=0`);
    expect(check(TASKS, 'get', 400, badQuery.body)).toEqual([]);

    const noKey = await call('GET', TASKS, { key: null });
    expect(noKey.status).toBe(401);
    expect(check(TASKS, 'get', 401, noKey.body)).toEqual([]);
    const badKey = await call('GET', `${TASKS}/${id}`, { key: 'nope' });
    expect(check(T, 'get', 401, badKey.body)).toEqual([]);

    const missing = await call('GET', `${TASKS}/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);
    expect(check(T, 'get', 404, missing.body)).toEqual([]);
    const missingFile = await call('GET', '/v1/files/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.png', { key: null });
    expect(check('/v1/files/{name}', 'get', 404, missingFile.body)).toEqual([]);

    expect(check('/v1/webhooks/secret', 'get', 200, (await call('GET', '/v1/webhooks/secret')).body)).toEqual([]);
    expect(check('/v1/webhooks/deliveries', 'get', 200, (await call('GET', '/v1/webhooks/deliveries')).body)).toEqual([]);
    expect(check('/v1/webhooks/secret/rotate', 'post', 200, (await call('POST', '/v1/webhooks/secret/rotate')).body)).toEqual([]);
    expect(check('/healthz', 'get', 200, (await call('GET', '/healthz', { key: null })).body)).toEqual([]);
    expect(check('/readyz', 'get', 200, (await call('GET', '/readyz', { key: null })).body)).toEqual([]);
  });
});

describe('/docs', () => {
  it('is a self-contained page: every script and style it loads is served here', async () => {
    const res = await fetch(`${server.baseUrl}/docs`);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.every((a) => a.startsWith('/'))).toBe(true);
    for (const a of assets) expect((await fetch(server.baseUrl + a)).status, a).toBe(200);
  });
});
