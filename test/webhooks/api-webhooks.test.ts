import { createHmac } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type LoopbackServer } from '../net/loopback-server.js';
import { killHard, startSourceServer } from '../helpers/child-server.js';
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

async function until<T>(fn: () => Promise<T | undefined> | T | undefined, ms = 15_000, what = 'condition'): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`${what} not met within ${ms} ms`);
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
  // Both start src/ through tsx (their subject is recovery, not the build, and dist/ may be stale or
  // half rebuilt locally) and measure the restart from the second server's readiness, not the kill.
  const dropConnections = () => {
    const got: { id: string; status: string; taskId: string }[] = [];
    let down = true;
    const srv = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        const event = JSON.parse(body);
        got.push({ id: String(req.headers['webhook-id']), status: event.status, taskId: event.task_id });
        res.writeHead(200).end();
      });
    });
    // Down: the port stays ours (no other listener can take it meanwhile) but every connection drops.
    srv.on('connection', (socket) => down && socket.destroy());
    return {
      got,
      up: () => (down = false),
      listen: () => new Promise<number>((r) => srv.listen(0, '127.0.0.1', () => r((srv.address() as AddressInfo).port))),
      close: () => new Promise<void>((r) => (srv.closeAllConnections(), srv.close(() => r()))),
    };
  };

  it('a receiver that is down while the server is SIGKILLed and restarted still gets every event', async () => {
    const hooks = dropConnections();
    const hookPort = await hooks.listen();
    // One attempt a second for 5 minutes (4 at the least, with the ±20 % jitter): longer than this
    // whole test may run, so no event can use up its attempts while the receiver is down, and each is
    // tried again within about a second of the restart.
    const env = {
      BANANASTAND_DATA_DIR: tempDir(),
      BANANASTAND_API_KEYS: KEY_A,
      BANANASTAND_ALLOW_PRIVATE_URLS: 'true',
      BANANASTAND_WEBHOOK_RETRY_SCHEDULE: Array(300).fill('1s').join(','),
    };
    try {
      const first = await startSourceServer(env);
      child = first.child;
      const get = async (url: string) => ((await (await fetch(`${first.url}${url}`, { headers: auth() })).json()) as any).data;
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${first.url}${TASKS}`, {
          method: 'POST',
          headers: auth(),
          body: JSON.stringify({ prompt: `a boat number ${i}`, resolution: '512', webhook_url: `http://127.0.0.1:${hookPort}/hook` }),
        });
        expect(res.status).toBe(200);
        ids.push(((await res.json()) as any).data.task_id);
      }
      // Every task finished and each of its events failed at least once, still pending: then kill.
      for (const id of ids) {
        await until(async () => ((await get(`${TASKS}/${id}`)).status === 'COMPLETED' ? true : undefined), 60_000, `task ${id} COMPLETED`);
        const log = await until(async () => {
          const l = await get(`/v1/webhooks/deliveries?task_id=${id}`);
          return l.length === 2 && l.every((d: any) => d.attempts.length > 0) ? l : undefined;
        }, 15_000, `a failed attempt at both events of ${id}`);
        expect(log.map((d: any) => d.state)).toEqual(['pending', 'pending']);
        expect(log.flatMap((d: any) => d.attempts.map((a: any) => a.status_code))).toEqual(log.flatMap((d: any) => d.attempts.map(() => null)));
      }
      await killHard(child);
      hooks.up();
      const second = await startSourceServer(env);
      child = second.child;
      const ready = Date.now();
      await until(() => new Set(hooks.got.map((g) => g.id)).size >= 6 || undefined, 30_000, 'all 6 events after the restart');
      const deliveredWithinMs = Date.now() - ready;
      for (const id of ids) {
        expect(hooks.got.filter((g) => g.taskId === id).map((g) => g.status).sort()).toEqual(expect.arrayContaining(['COMPLETED', 'IN_PROGRESS']));
      }
      // Each event: attempts refused before the crash, then delivered by the second server.
      const log = await until(async () => {
        const l = ((await (await fetch(`${second.url}/v1/webhooks/deliveries`, { headers: auth() })).json()) as any).data;
        return l.length === 6 && l.every((d: any) => d.state === 'delivered') ? l : undefined;
      }, 10_000, 'all 6 events recorded as delivered');
      for (const d of log) {
        const codes = d.attempts.map((a: any) => a.status_code);
        expect(codes.length, JSON.stringify(d.attempts)).toBeGreaterThanOrEqual(2);
        expect(codes.at(-1)).toBe(200);
        expect(codes.slice(0, -1).every((c: unknown) => c === null), JSON.stringify(d.attempts)).toBe(true);
      }
      console.log(`receiver down: every event delivered ${deliveredWithinMs} ms after the restart was ready`);
    } finally {
      await hooks.close();
    }
  }, 150_000);

  it('an event whose attempt was in flight at the crash is sent right after the restart, not after its lease', async () => {
    let hang = true;
    const received: { id: string; status: string; at: number }[] = [];
    receiver = await startServer((q, res, body) => {
      received.push({ id: String(q.headers['webhook-id']), status: JSON.parse(body).status, at: Date.now() });
      if (hang) return new Promise(() => {}); // never answers while the first server runs
      res.writeHead(200).end();
    });
    // A 60 s attempt timeout: the attempt's lease runs 70 s (timeout + 10 s), so an event resent only
    // when its lease ran out would come a minute after the restart, never within the limit below.
    const leaseMs = 70_000;
    const env = { BANANASTAND_DATA_DIR: tempDir(), BANANASTAND_API_KEYS: KEY_A, BANANASTAND_ALLOW_PRIVATE_URLS: 'true', BANANASTAND_WEBHOOK_TIMEOUT: '60s' };
    const first = await startSourceServer(env);
    child = first.child;
    const res = await fetch(`${first.url}${TASKS}`, {
      method: 'POST',
      headers: auth(),
      body: JSON.stringify({ prompt: 'a small boat', resolution: '512', webhook_url: `${receiver.origin}/hook` }),
    });
    expect(res.status).toBe(200);
    const inFlight = await until(() => received[0], 15_000, 'the first attempt at the receiver');
    await killHard(child);
    const killed = Date.now();
    hang = false;
    const second = await startSourceServer(env);
    child = second.child;
    const ready = Date.now();
    const resent = await until(() => received.find((r) => r.id === inFlight.id && r.at >= killed), 20_000, `event ${inFlight.id} sent again after the restart`);
    await until(() => received.some((r) => r.status === 'COMPLETED' && r.at >= killed) || undefined, 30_000, 'COMPLETED after the restart');
    console.log(`in-flight ${inFlight.status} resent ${resent.at - ready} ms after the restart was ready (${ready - killed} ms to start)`);
    // Within seconds of the restart's readiness, and long before the attempt's lease would have ended.
    expect(resent.at - ready).toBeLessThan(5_000);
    expect(resent.at - inFlight.at).toBeLessThan(leaseMs - 10_000);
  }, 60_000);
});
