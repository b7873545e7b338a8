import { createHmac } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type LoopbackServer } from '../net/loopback-server.js';
import { freePort, killHard, startChildServer } from '../helpers/child-server.js';
import { KEY_A, KEY_B, startRuntime, TASKS, tempDir, waitForTask } from '../helpers/runtime.js';

type Rt = Awaited<ReturnType<typeof startRuntime>>;
let rt: Rt | undefined;
let receiver: LoopbackServer | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  await rt?.close();
  await receiver?.close();
  if (child) await killHard(child);
  rt = undefined;
  receiver = undefined;
  child = undefined;
});

const auth = (key = KEY_A) => ({ 'x-magnific-api-key': key, 'content-type': 'application/json' });

/** The string-keyed check a receiver would write with Node's crypto (docs/webhooks.md, "Signing"). */
function independentlyValid(secret: string, headers: Record<string, unknown>, body: string): boolean {
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8'))
    .update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`)
    .digest('base64');
  return String(headers['webhook-signature'])
    .split(' ')
    .some((s) => s === `v1,${expected}`);
}

async function until<T>(fn: () => Promise<T | undefined> | T | undefined, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function createTask(r: Rt, body: object, key = KEY_A): Promise<string> {
  const res = await r.app.inject({ method: 'POST', url: TASKS, headers: auth(key), payload: JSON.stringify(body) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data.task_id;
}

const deliveries = async (r: Rt, taskId: string, key = KEY_A) =>
  (await r.app.inject({ method: 'GET', url: `/v1/webhooks/deliveries?task_id=${taskId}`, headers: auth(key) })).json();

describe('webhooks through the API', () => {
  it('sends IN_PROGRESS then COMPLETED, each signed, the body being the task object without data', async () => {
    receiver = await startServer((_q, res) => res.writeHead(204).end());
    rt = await startRuntime({});
    const secret = (await rt.app.inject({ method: 'GET', url: '/v1/webhooks/secret', headers: auth() })).json().data.secret;
    expect(secret).toMatch(/^whsec_/);
    const id = await createTask(rt, { prompt: 'a kite over a beach', resolution: '512', webhook_url: `${receiver.origin}/hook` });
    await until(() => receiver!.requests.length >= 2 || undefined);
    const bodies = receiver.requests.map((r) => JSON.parse(r.body));
    expect(bodies.map((b) => b.status)).toEqual(['IN_PROGRESS', 'COMPLETED']);
    expect(bodies[1].task_id).toBe(id);
    expect(bodies[1].data).toBeUndefined();
    const get = (await rt.app.inject({ method: 'GET', url: `${TASKS}/${id}`, headers: auth() })).json().data;
    expect(bodies[1]).toEqual(get);
    for (const r of receiver.requests) {
      expect(r.headers['content-type']).toMatch(/^application\/json/);
      expect(r.headers['webhook-id']).toMatch(/^msg_/);
      expect(Math.abs(Number(r.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(30);
      expect(independentlyValid(secret, r.headers, r.body)).toBe(true);
      expect(new Webhook(secret).verify(r.body, r.headers as Record<string, string>)).toEqual(JSON.parse(r.body));
    }
    expect(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size).toBe(2);
    // The receiver has answered; the attempt is recorded just after.
    const log = await until(async () => {
      const l = await deliveries(rt!, id);
      return l.data.every((d: any) => d.state === 'delivered') ? l : undefined;
    });
    expect(log.data.map((d: any) => [d.status, d.state, d.attempts.length, d.attempts[0].status_code])).toEqual([
      ['COMPLETED', 'delivered', 1, 204],
      ['IN_PROGRESS', 'delivered', 1, 204],
    ]);
  });

  it('a FAILED task sends FAILED; a receiver answering 500 twice gets the event on the third attempt', async () => {
    let calls = 0;
    receiver = await startServer((q, res) => res.writeHead(q.url !== '/hook' ? 404 : ++calls <= 2 ? 500 : 200).end());
    rt = await startRuntime({ BANANASTAND_WEBHOOK_RETRY_SCHEDULE: '50ms,50ms,50ms' });
    const id = await createTask(rt, { prompt: 'a cat', webhook_url: `${receiver.origin}/hook`, reference_images: [{ image: `${receiver.origin}/missing.png` }] });
    const task = await waitForTask(rt, id);
    expect(task.error_code).toBe('invalid_reference_image');
    await until(async () => (await deliveries(rt!, id)).data.every((d: any) => d.state === 'delivered') || undefined);
    const log = (await deliveries(rt, id)).data;
    const all = log.flatMap((d: any) => d.attempts.map((a: any) => a.status_code));
    expect(all.sort()).toEqual([200, 200, 500, 500]);
    const webhookIds = receiver.requests.filter((r) => r.url === '/hook').map((r) => r.headers['webhook-id']);
    // Retries carry the same webhook-id as the first attempt.
    expect(new Set(webhookIds).size).toBe(2);
  });

  it('a 410 ends retries at once', async () => {
    receiver = await startServer((_q, res) => res.writeHead(410).end());
    rt = await startRuntime({ BANANASTAND_WEBHOOK_RETRY_SCHEDULE: '50ms,50ms,50ms' });
    const id = await createTask(rt, { prompt: 'a cat', resolution: '512', webhook_url: `${receiver.origin}/hook` });
    await waitForTask(rt, id);
    await until(async () => (await deliveries(rt!, id)).data.every((d: any) => d.state === 'exhausted') || undefined);
    await new Promise((r) => setTimeout(r, 300));
    const log = (await deliveries(rt, id)).data;
    expect(log.reduce((n: number, d: any) => n + d.attempts.length, 0)).toBeLessThanOrEqual(2);
    expect(receiver.requests.length).toBeLessThanOrEqual(2);
  });

  it('redeliver sends one event again; key B sees none of key A\'s deliveries', async () => {
    receiver = await startServer((_q, res) => res.writeHead(200).end());
    rt = await startRuntime({});
    const id = await createTask(rt, { prompt: 'a cat', resolution: '512', webhook_url: `${receiver.origin}/hook` });
    const log = await until(async () => {
      const l = (await deliveries(rt!, id)).data;
      return l.length === 2 && l.every((d: any) => d.state === 'delivered') ? l : undefined;
    });
    const completed = log.find((d: any) => d.status === 'COMPLETED');
    const res = await rt.app.inject({ method: 'POST', url: `/v1/webhooks/deliveries/${completed.id}/redeliver`, headers: auth() });
    expect(res.statusCode).toBe(200);
    await until(() => receiver!.requests.length >= 3 || undefined);
    expect(receiver.requests[2].headers['webhook-id']).toBe(completed.id);
    expect((await deliveries(rt, id, KEY_B)).data).toEqual([]);
    const stolen = await rt.app.inject({ method: 'POST', url: `/v1/webhooks/deliveries/${completed.id}/redeliver`, headers: auth(KEY_B) });
    expect(stolen.statusCode).toBe(404);
  });

  it('after a rotation both secrets sign during the grace period', async () => {
    receiver = await startServer((_q, res) => res.writeHead(200).end());
    rt = await startRuntime({});
    const old = (await rt.app.inject({ method: 'GET', url: '/v1/webhooks/secret', headers: auth() })).json().data.secret;
    const rotated = (await rt.app.inject({ method: 'POST', url: '/v1/webhooks/secret/rotate', headers: auth() })).json().data;
    expect(rotated.secret).not.toBe(old);
    expect((await rt.app.inject({ method: 'GET', url: '/v1/webhooks/secret', headers: auth() })).json().data.secret).toBe(rotated.secret);
    await createTask(rt, { prompt: 'a cat', resolution: '512', webhook_url: `${receiver.origin}/hook` });
    await until(() => receiver!.requests.length >= 1 || undefined);
    const r = receiver.requests[0];
    expect(String(r.headers['webhook-signature']).split(' ')).toHaveLength(4);
    expect(rotated.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    for (const secret of [old, rotated.secret]) {
      expect(independentlyValid(secret, r.headers, r.body)).toBe(true);
      expect(new Webhook(secret).verify(r.body, r.headers as Record<string, string>)).toMatchObject({ status: 'IN_PROGRESS' });
    }
  });

  it('with the guard on, webhooks and references to private addresses are refused with clear messages', async () => {
    receiver = await startServer((_q, res) => res.writeHead(200).end());
    rt = await startRuntime({ BANANASTAND_ALLOW_PRIVATE_URLS: 'false', BANANASTAND_WEBHOOK_RETRY_SCHEDULE: '10s' });
    const id = await createTask(rt, {
      prompt: 'a cat',
      webhook_url: `${receiver.origin}/hook`,
      reference_images: [{ image: 'https://e.com/ok.png' }, { image: 'http://169.254.169.254/latest/meta-data' }],
    });
    const task = await waitForTask(rt, id);
    expect(task.error_code).toBe('invalid_reference_image');
    expect(task.error).toMatch(/reference_images\[(0|1)\]/);
    await until(async () => (await deliveries(rt!, id)).data.some((d: any) => d.attempts.length > 0) || undefined);
    const attempt = (await deliveries(rt, id)).data.find((d: any) => d.attempts.length).attempts[0];
    expect(attempt.status_code).toBeNull();
    expect(attempt.error).toMatch(/127\.0\.0\.1.*loopback/);
    expect(receiver.requests).toHaveLength(0);
  });
});

describe('webhooks across a crash', () => {
  it('a receiver that is down while the server is SIGKILLed and restarted still gets every event', async () => {
    const dataDir = tempDir();
    const hookPort = await freePort();
    const env = {
      BANANASTAND_DATA_DIR: dataDir,
      BANANASTAND_API_KEYS: KEY_A,
      BANANASTAND_ALLOW_PRIVATE_URLS: 'true',
      BANANASTAND_WEBHOOK_RETRY_SCHEDULE: '200ms,200ms,200ms,200ms,200ms,200ms,200ms,200ms,200ms,200ms',
    };
    const first = await startChildServer(env);
    child = first.child;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${first.url}${TASKS}`, {
        method: 'POST',
        headers: auth(),
        body: JSON.stringify({ prompt: `a boat number ${i}`, resolution: '512', webhook_url: `http://127.0.0.1:${hookPort}/hook` }),
      });
      ids.push(((await res.json()) as any).data.task_id);
    }
    // Let the tasks finish while nobody listens on the hook port, then kill without warning.
    for (const id of ids) {
      await until(async () => {
        const t = ((await (await fetch(`${first.url}${TASKS}/${id}`, { headers: auth() })).json()) as any).data;
        return t.status === 'COMPLETED' || undefined;
      });
    }
    await killHard(child);
    receiver = await startServer((_q, res) => res.writeHead(200).end(), '127.0.0.1');
    // The receiver must listen on the port the tasks named.
    await receiver.close();
    const http = await import('node:http');
    const got: any[] = [];
    const srv = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        got.push({ id: req.headers['webhook-id'], body: JSON.parse(body) });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => srv.listen(hookPort, '127.0.0.1', r));
    try {
      const second = await startChildServer(env);
      child = second.child;
      await until(() => new Set(got.map((g) => g.id)).size >= 6 || undefined, 30_000);
      for (const id of ids) {
        expect(got.filter((g) => g.body.task_id === id).map((g) => g.body.status).sort()).toEqual(
          expect.arrayContaining(['COMPLETED', 'IN_PROGRESS']),
        );
      }
    } finally {
      srv.closeAllConnections();
      await new Promise((r) => srv.close(r));
      receiver = undefined;
    }
  }, 60_000);

  it('an event whose attempt was in flight at the crash is sent right after the restart, not after its lease', async () => {
    const dataDir = tempDir();
    let hang = true;
    const got: string[] = [];
    receiver = await startServer((_q, res, body) => {
      if (hang) return new Promise(() => {}); // never answers while the first server runs
      got.push(JSON.parse(body).status);
      res.writeHead(200).end();
    });
    const env = { BANANASTAND_DATA_DIR: dataDir, BANANASTAND_API_KEYS: KEY_A, BANANASTAND_ALLOW_PRIVATE_URLS: 'true' };
    const first = await startChildServer(env);
    child = first.child;
    await fetch(`${first.url}${TASKS}`, {
      method: 'POST',
      headers: auth(),
      body: JSON.stringify({ prompt: 'a small boat', resolution: '512', webhook_url: `${receiver.origin}/hook` }),
    });
    await until(() => receiver!.requests.length >= 1 || undefined);
    await killHard(child);
    hang = false;
    const restarted = Date.now();
    const second = await startChildServer(env);
    child = second.child;
    await until(() => (got.includes('IN_PROGRESS') && got.includes('COMPLETED')) || undefined, 20_000);
    // The attempt lease is the webhook timeout + 10 s (25 s); the restart must not wait for it.
    expect(Date.now() - restarted).toBeLessThan(10_000);
  }, 40_000);
});
