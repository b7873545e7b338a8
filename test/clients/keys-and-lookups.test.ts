import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_B, TASKS } from '../helpers/runtime.js';
import { call, create, poll, startServed, type Served } from './client.js';

// Key checkers call any route, and pollers use the generic task path (docs/api.md, "Authentication",
// "Routes").
let served: Served;
beforeAll(async () => {
  served = await startServed();
});
afterAll(async () => {
  await served?.close();
});

const UNKNOWN = ['/v1/ai/mystic', '/v1/ai/text-to-image/flux-dev', '/v1/ai/text-to-image/nano-banana-pro-flash/x/y/z', '/v1/ai/', '/v1/webhooks/nothing-here'];

describe('key checks on any route', () => {
  it.each(UNKNOWN)('%s: no key → 401 Missing API key, a bad key → 401 Invalid API key, a good key → 404', async (p) => {
    for (const method of ['GET', 'POST']) {
      const body = method === 'POST' ? { prompt: 'a cat' } : undefined;
      const missing = await call(served, method, p, { key: null, body });
      expect([missing.status, missing.body]).toEqual([401, { message: 'Missing API key' }]);
      const bad = await call(served, method, p, { key: 'not-a-key', body });
      expect([bad.status, bad.body]).toEqual([401, { message: 'Invalid API key' }]);
      const good = await call(served, method, p, { body });
      expect([good.status, good.body]).toEqual([404, { message: 'Not found', code: 'not_found' }]);
    }
  });

  it('a bad key on a known route is 401 too, and the other key headers work the same', async () => {
    expect((await call(served, 'GET', TASKS, { key: 'bs_nope' })).status).toBe(401);
    const bearer = await call(served, 'GET', '/v1/ai/mystic', { key: null, headers: { authorization: 'Bearer bs_nope' } });
    expect([bearer.status, bearer.body]).toEqual([401, { message: 'Invalid API key' }]);
    const freepik = await call(served, 'GET', '/v1/ai/mystic', { key: null, headers: { 'x-freepik-api-key': KEY_B } });
    expect(freepik.status).toBe(404);
    expect(freepik.headers.get('x-ratelimit-limit')).toMatch(/^\d+$/);
    // The key is checked before the body is read: neither its type nor its JSON matters.
    const res = await fetch(`${served.baseUrl}/v1/ai/mystic`, { method: 'POST', headers: { 'x-magnific-api-key': 'bs_nope', 'content-type': 'text/plain' }, body: '{not json' });
    expect([res.status, await res.json()]).toEqual([401, { message: 'Invalid API key' }]);
  });
});

describe('the generic task route and ?task_id=', () => {
  it('GET /v1/ai/tasks/{id} answers what the model-specific GET answers, for the owner only', async () => {
    const task = await create(served, { prompt: 'a paper boat on a pond', resolution: '512' });
    const done = await poll(served, task.task_id, `/v1/ai/tasks/${task.task_id}`);
    expect(done.status).toBe('COMPLETED');
    const generic = await call(served, 'GET', `/v1/ai/tasks/${task.task_id}`);
    const specific = await call(served, 'GET', `${TASKS}/${task.task_id}`);
    expect(generic.status).toBe(200);
    expect(generic.body).toEqual(specific.body);
    const other = await call(served, 'GET', `/v1/ai/tasks/${task.task_id}`, { key: KEY_B });
    expect([other.status, other.body]).toEqual([404, { message: 'Not found', code: 'not_found' }]);
    const unknown = await call(served, 'GET', '/v1/ai/tasks/046b6c7f-0b8a-43b9-b35d-6489e6daee91');
    expect(unknown.status).toBe(404);
    expect((await call(served, 'GET', `/v1/ai/tasks/${task.task_id}`, { key: 'bs_nope' })).status).toBe(401);
  });

  it('?task_id= on the list answers the envelope holding that one task, or none', async () => {
    const a = await create(served, { prompt: 'first of two', resolution: '512' });
    const b = await create(served, { prompt: 'second of two', resolution: '512' });
    const one = await call(served, 'GET', `${TASKS}?task_id=${a.task_id}`);
    expect(one.status).toBe(200);
    expect(one.body.data.map((t: any) => t.task_id)).toEqual([a.task_id]);
    expect(one.body.meta).toEqual({ current_page: 1, per_page: 20, last_page: 1, total: 1 });
    expect(one.body.data[0].prompt).toBe('first of two');
    const notMine = await call(served, 'GET', `${TASKS}?task_id=${b.task_id}`, { key: KEY_B });
    expect(notMine.body).toEqual({ data: [], meta: { current_page: 1, per_page: 20, last_page: 1, total: 0 } });
    const bad = await call(served, 'GET', `${TASKS}?task_id=nope`);
    expect(bad.status).toBe(400);
    expect(bad.body.invalid_params[0].name).toBe('task_id');
  });
});
