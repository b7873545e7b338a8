import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type LoopbackServer } from '../net/loopback-server.js';
import { TASKS } from '../helpers/runtime.js';
import { call, create, download, poll, startServed, type Served } from './client.js';

// What clients read on the task object (docs/api.md, "The task object"): `error` as text, the seed
// that made the picture, the prompt that was asked.
let served: Served;
let receiver: LoopbackServer;
beforeAll(async () => {
  receiver = await startServer((req, res) => res.writeHead(req.url === '/missing.png' ? 404 : 200).end());
  served = await startServed({ BANANASTAND_ALLOW_PRIVATE_URLS: 'true' });
});
afterAll(async () => {
  await served?.close();
  await receiver?.close();
});

describe('FAILED tasks', () => {
  it('carry error as the message string and error_code as the code, in GET, list and webhook', async () => {
    const missing = `${receiver.origin}/missing.png`;
    const task = await create(served, { prompt: 'a cat like this one', reference_images: [{ image: missing }], webhook_url: `${receiver.origin}/hook` });
    const failed = await poll(served, task.task_id);
    expect(failed).toMatchObject({ status: 'FAILED', error_code: 'invalid_reference_image', generated: [] });
    expect(failed.error).toBe(`reference_images[0]: the server answered 404 for ${missing}`);
    expect(`Task failed: ${failed.error}`).not.toContain('[object Object]');
    const listed = (await call(served, 'GET', `${TASKS}?task_id=${task.task_id}`)).body.data[0];
    expect([listed.error, listed.error_code]).toEqual([failed.error, 'invalid_reference_image']);
    const until = Date.now() + 10_000;
    while (!receiver.requests.some((r) => r.url === '/hook' && r.body.includes('"FAILED"')) && Date.now() < until) await new Promise((r) => setTimeout(r, 30));
    const hook = JSON.parse(receiver.requests.find((r) => r.url === '/hook' && r.body.includes('"FAILED"'))!.body);
    expect([hook.error, hook.error_code]).toEqual([failed.error, 'invalid_reference_image']);
  });

  it('a COMPLETED task has neither', async () => {
    const done = await poll(served, (await create(served, { prompt: 'a green apple', resolution: '512' })).task_id);
    expect(done.status).toBe('COMPLETED');
    expect(done).not.toHaveProperty('error');
    expect(done).not.toHaveProperty('error_code');
  });
});

describe('variations and seeds', () => {
  const prompt = 'a wooden cabin by a lake under the stars';

  it('the same prompt twice without a seed gives two seeds and two different pictures', async () => {
    const [a, b] = await Promise.all([create(served, { prompt, resolution: '512' }), create(served, { prompt, resolution: '512' })]);
    expect(Number.isInteger(a.seed) && a.seed >= 0 && a.seed <= 4294967295).toBe(true);
    expect(Number.isInteger(b.seed)).toBe(true);
    expect(a.seed).not.toBe(b.seed);
    const [da, db] = await Promise.all([poll(served, a.task_id), poll(served, b.task_id)]);
    expect([da.seed, db.seed]).toEqual([a.seed, b.seed]);
    const [ba, bb] = await Promise.all([download(served, da.generated[0]), download(served, db.generated[0])]);
    expect(ba.equals(bb)).toBe(false);
  });

  it('the reported seed reproduces the picture byte for byte', async () => {
    const first = await poll(served, (await create(served, { prompt, resolution: '512' })).task_id);
    const again = await poll(served, (await create(served, { prompt, resolution: '512', seed: first.seed })).task_id);
    expect(again.seed).toBe(first.seed);
    expect((await download(served, again.generated[0])).equals(await download(served, first.generated[0]))).toBe(true);
  });
});

describe('prompt echo', () => {
  it('create, get, the generic route, the list and the webhook carry prompt and seed', async () => {
    const prompt = 'a café sign that says «Ouvert» ☕';
    const task = await create(served, { prompt, resolution: '512', seed: 77, webhook_url: `${receiver.origin}/echo` });
    expect([task.prompt, task.seed]).toEqual([prompt, 77]);
    const done = await poll(served, task.task_id);
    expect([done.prompt, done.seed]).toEqual([prompt, 77]);
    expect((await call(served, 'GET', `/v1/ai/tasks/${task.task_id}`)).body.data).toMatchObject({ prompt, seed: 77 });
    const list = (await call(served, 'GET', `${TASKS}?per_page=100`)).body.data;
    expect(list.find((t: any) => t.task_id === task.task_id)).toMatchObject({ prompt, seed: 77 });
    const until = Date.now() + 10_000;
    while (receiver.requests.filter((r) => r.url === '/echo').length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 30));
    for (const r of receiver.requests.filter((q) => q.url === '/echo')) expect(JSON.parse(r.body)).toMatchObject({ prompt, seed: 77 });
  });
});
