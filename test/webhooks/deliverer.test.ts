import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createGuardedFetcher, type GuardedFetcher } from '../../src/net/guard.js';
import { verifyWebhook } from '../../packages/sdk/src/verify-webhook.js';
import { createWebhookDeliverer, type WebhookDeliverer, type WebhookDelivererOptions } from '../../src/webhooks/deliverer.js';
import type { AttemptOutcome, WebhookAttempt, WebhookEvent, WebhookOutbox } from '../../src/store/ports.js';
import { startServer, type LoopbackServer } from '../net/loopback-server.js';

/** The outbox contract kept in memory, as small as the deliverer needs; the SQLite store is tested elsewhere. */
class MemoryOutbox implements WebhookOutbox {
  readonly events = new Map<string, WebhookEvent>();
  readonly attempts: (WebhookAttempt & { outcome: AttemptOutcome })[] = [];
  failNextClaims = 0;
  private seq = 0;

  add(input: { url: string; payload?: string; keyId?: string; taskId?: string }): WebhookEvent {
    const id = `evt_${++this.seq}`;
    const event: WebhookEvent = {
      id,
      taskId: input.taskId ?? `task_${this.seq}`,
      keyId: input.keyId ?? 'key_1',
      url: input.url,
      status: 'COMPLETED',
      payload: input.payload ?? JSON.stringify({ task_id: `task_${this.seq}`, status: 'COMPLETED', generated: [] }),
      state: 'pending',
      attempts: 0,
      nextAttemptAt: Date.now(),
      createdAt: Date.now(),
      deliveredAt: null,
    };
    this.events.set(id, event);
    return event;
  }

  async claimDueEvents(now: number, limit: number, leaseMs: number): Promise<WebhookEvent[]> {
    if (this.failNextClaims > 0) {
      this.failNextClaims--;
      throw new Error('database is locked');
    }
    const due = [...this.events.values()]
      .filter((e) => e.state === 'pending' && e.nextAttemptAt !== null && e.nextAttemptAt <= now)
      .sort((a, b) => a.nextAttemptAt! - b.nextAttemptAt!)
      .slice(0, limit);
    for (const e of due) e.nextAttemptAt = now + leaseMs;
    return due.map((e) => ({ ...e }));
  }

  async recordAttempt(attempt: WebhookAttempt, outcome: AttemptOutcome): Promise<void> {
    this.attempts.push({ ...attempt, outcome });
    const e = this.events.get(attempt.eventId)!;
    e.attempts = attempt.attempt;
    if (outcome.kind === 'delivered') Object.assign(e, { state: 'delivered', nextAttemptAt: null, deliveredAt: attempt.attemptedAt });
    else if (outcome.kind === 'retry') e.nextAttemptAt = outcome.at;
    else {
      for (const other of this.events.values()) {
        const sameTarget = other.id === e.id || (outcome.kind === 'gone' && other.taskId === e.taskId && other.url === e.url);
        if (sameTarget && other.state === 'pending') Object.assign(other, { state: 'exhausted', nextAttemptAt: null });
      }
    }
  }

  async nextDueAt(): Promise<number | null> {
    const times = [...this.events.values()].filter((e) => e.state === 'pending').map((e) => e.nextAttemptAt!);
    return times.length ? Math.min(...times) : null;
  }

  async listDeliveries(keyId: string, opts: { taskId?: string; limit: number }) {
    return [...this.events.values()]
      .filter((e) => e.keyId === keyId && (!opts.taskId || e.taskId === opts.taskId))
      .slice(0, opts.limit)
      .map((e) => ({ ...e, attemptsLog: this.attempts.filter((a) => a.eventId === e.id) }));
  }

  async redeliver(eventId: string, keyId: string, now: number): Promise<WebhookEvent | undefined> {
    const e = this.events.get(eventId);
    if (!e || e.keyId !== keyId) return undefined;
    Object.assign(e, { state: 'pending', nextAttemptAt: now });
    return e;
  }

  attemptsOf(eventId: string) {
    return this.attempts.filter((a) => a.eventId === eventId);
  }
}

const SECRET = 'whsec_current_secret';
const OLD_SECRET = 'whsec_previous_secret';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function receiver(handler: Parameters<typeof startServer>[0]): Promise<LoopbackServer> {
  const s = await startServer(handler);
  cleanup.push(() => s.close());
  return s;
}

function deliverer(outbox: MemoryOutbox, extra: Partial<WebhookDelivererOptions> = {}): WebhookDeliverer {
  const fetcher: GuardedFetcher = createGuardedFetcher({ allowPrivate: true });
  const d = createWebhookDeliverer({
    outbox,
    fetcher,
    secretsFor: async () => [SECRET],
    retryScheduleMs: [50, 50, 50],
    timeoutMs: 2000,
    logger: pino({ level: 'silent' }),
    random: () => 0.5,
    ...extra,
  });
  cleanup.push(async () => {
    await d.stop();
    await fetcher.close();
  });
  d.start();
  return d;
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('webhook deliverer', () => {
  it('retries 500s on the schedule until a 2xx, recording each attempt', async () => {
    let calls = 0;
    const r = await receiver((_req, res) => res.writeHead(++calls <= 2 ? 500 : 204).end());
    const outbox = new MemoryOutbox();
    const event = outbox.add({ url: `${r.origin}/hook` });
    const d = deliverer(outbox);
    d.wake();
    await until(() => outbox.events.get(event.id)!.state === 'delivered');

    const log = outbox.attemptsOf(event.id);
    expect(log.map((a) => [a.attempt, a.statusCode, a.error, a.outcome.kind])).toEqual([
      [1, 500, null, 'retry'],
      [2, 500, null, 'retry'],
      [3, 204, null, 'delivered'],
    ]);
    for (const a of log) expect(a.durationMs).toBeGreaterThanOrEqual(0);
    // The schedule's 50 ms (random 0.5 means no jitter) separates the attempts.
    expect(r.requests[1]!.at - r.requests[0]!.at).toBeGreaterThanOrEqual(45);
    expect(r.requests[2]!.at - r.requests[1]!.at).toBeGreaterThanOrEqual(45);
    // Every retry is the same event: same id, same body.
    expect(new Set(r.requests.map((q) => q.headers['webhook-id']))).toEqual(new Set([event.id]));
    expect(new Set(r.requests.map((q) => q.body))).toEqual(new Set([event.payload]));
  });

  it('sends a signed JSON POST that verifyWebhook accepts, with every secret in force', async () => {
    const verdicts: boolean[][] = [];
    const r = await receiver(async (req, res, body) => {
      verdicts.push([await verifyWebhook(SECRET, req.headers, body), await verifyWebhook(OLD_SECRET, req.headers, body), await verifyWebhook('whsec_other', req.headers, body)]);
      res.end('ok');
    });
    const outbox = new MemoryOutbox();
    const event = outbox.add({ url: `${r.origin}/hook`, payload: '{"task_id":"t1","status":"IN_PROGRESS","generated":[],"text":"été"}' });
    deliverer(outbox, { secretsFor: async (keyId) => (keyId === 'key_1' ? [SECRET, OLD_SECRET] : []) }).wake();
    await until(() => outbox.events.get(event.id)!.state === 'delivered');

    const [q] = r.requests;
    expect(q!.method).toBe('POST');
    expect(q!.url).toBe('/hook');
    expect(q!.body).toBe(event.payload);
    expect(q!.headers).toMatchObject({ 'content-type': 'application/json', 'user-agent': 'bananastand-webhooks/1', 'webhook-id': event.id });
    expect(Math.abs(Number(q!.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(5);
    // Two kinds of entry (decoded key, string key) for each of the two secrets in force.
    expect(String(q!.headers['webhook-signature']).split(' ')).toHaveLength(4);
    expect(verdicts).toEqual([[true, true, false]]);
  });

  it('stops at a 410 Gone, with every pending event of that task to that URL', async () => {
    const r = await receiver((_req, res) => res.writeHead(410).end());
    const outbox = new MemoryOutbox();
    const first = outbox.add({ url: `${r.origin}/hook`, taskId: 'task_a' });
    deliverer(outbox).wake();
    await until(() => outbox.attempts.length === 1);
    expect(outbox.attempts.map((a) => [a.statusCode, a.outcome.kind])).toEqual([[410, 'gone']]);
    await new Promise((res) => setTimeout(res, 200));
    expect(r.requests).toHaveLength(1);
    expect(outbox.events.get(first.id)!.state).toBe('exhausted');
  });

  it('marks an event exhausted once the schedule is used up', async () => {
    const r = await receiver((_req, res) => res.writeHead(500).end());
    const outbox = new MemoryOutbox();
    const event = outbox.add({ url: `${r.origin}/hook` });
    deliverer(outbox, { retryScheduleMs: [20, 20] }).wake();
    await until(() => outbox.events.get(event.id)!.state === 'exhausted');
    expect(outbox.attemptsOf(event.id).map((a) => a.outcome.kind)).toEqual(['retry', 'retry', 'exhausted']);
    expect(r.requests).toHaveLength(3);
  });

  it.each([429, 503])('honours a longer Retry-After on %i', async (status) => {
    let calls = 0;
    const r = await receiver((_req, res) => (++calls === 1 ? res.writeHead(status, { 'retry-after': '1' }).end() : res.end()));
    const outbox = new MemoryOutbox();
    const event = outbox.add({ url: `${r.origin}/hook` });
    deliverer(outbox).wake();
    await until(() => outbox.events.get(event.id)!.state === 'delivered');
    const [first, second] = outbox.attemptsOf(event.id);
    expect(first!.outcome).toEqual({ kind: 'retry', at: expect.any(Number) });
    expect((first!.outcome as { at: number }).at - first!.attemptedAt).toBeGreaterThanOrEqual(1000);
    expect(second!.attemptedAt - first!.attemptedAt).toBeGreaterThanOrEqual(950);
  });

  it('ignores Retry-After on other statuses, and when shorter than the schedule', async () => {
    const r = await receiver((_req, res) => res.writeHead(500, { 'retry-after': '30' }).end());
    const outbox = new MemoryOutbox();
    const event = outbox.add({ url: `${r.origin}/hook` });
    deliverer(outbox, { retryScheduleMs: [40] }).wake();
    await until(() => outbox.events.get(event.id)!.state === 'exhausted');
    const [first] = outbox.attemptsOf(event.id);
    expect((first!.outcome as { at: number }).at - first!.attemptedAt).toBeLessThan(1000);
  });

  it('counts a redirect as a failure and does not follow it', async () => {
    const target = await receiver((_req, res) => res.end());
    const r = await receiver((_req, res) => res.writeHead(302, { location: `${target.origin}/elsewhere` }).end());
    const outbox = new MemoryOutbox();
    const event = outbox.add({ url: `${r.origin}/hook` });
    deliverer(outbox, { retryScheduleMs: [] }).wake();
    await until(() => outbox.events.get(event.id)!.state === 'exhausted');
    expect(outbox.attemptsOf(event.id).map((a) => [a.statusCode, a.error, a.outcome.kind])).toEqual([
      [302, `redirect not followed (302 to ${target.origin}/elsewhere)`, 'exhausted'],
    ]);
    expect(target.requests).toHaveLength(0);
  });

  it('records a refusal by the network guard as a failed attempt', async () => {
    const strict = createGuardedFetcher({ allowPrivate: false });
    cleanup.push(() => strict.close());
    const outbox = new MemoryOutbox();
    const event = outbox.add({ url: 'http://127.0.0.1:9/hook' });
    deliverer(outbox, { fetcher: strict, retryScheduleMs: [50] }).wake();
    await until(() => outbox.attempts.length === 1);
    expect(outbox.attemptsOf(event.id).map((a) => [a.statusCode, a.error, a.outcome.kind])).toEqual([
      [null, 'refused: 127.0.0.1 is a loopback address; set BANANASTAND_ALLOW_PRIVATE_URLS=true only for development', 'retry'],
    ]);
  });

  it('records a receiver that does not answer in time as a failed attempt', async () => {
    const silent = await receiver(() => undefined);
    const outbox = new MemoryOutbox();
    const event = outbox.add({ url: `${silent.origin}/hook` });
    deliverer(outbox, { retryScheduleMs: [], timeoutMs: 200 }).wake();
    await until(() => outbox.attempts.length === 1);
    const [a] = outbox.attemptsOf(event.id);
    expect([a!.statusCode, a!.error, a!.outcome.kind]).toEqual([null, 'no complete answer within 200 ms', 'exhausted']);
    expect(a!.durationMs).toBeGreaterThanOrEqual(190);
  });

  it('delivers within milliseconds of wake(), without waiting for the poll', async () => {
    const r = await receiver((_req, res) => res.end());
    const outbox = new MemoryOutbox();
    const d = deliverer(outbox, { pollMs: 5000 });
    await new Promise((res) => setTimeout(res, 50)); // the loop is now asleep
    const woke = Date.now();
    outbox.add({ url: `${r.origin}/hook` });
    d.wake();
    await until(() => r.requests.length === 1);
    expect(r.requests[0]!.at - woke).toBeLessThan(500);
  });

  it('picks up due events by itself, without wake()', async () => {
    const r = await receiver((_req, res) => res.end());
    const outbox = new MemoryOutbox();
    deliverer(outbox, { pollMs: 100 });
    outbox.add({ url: `${r.origin}/hook` });
    await until(() => r.requests.length === 1, 2000);
  });

  it('keeps delivering to others while one receiver is slow', async () => {
    const slow = await receiver(async (_req, res) => {
      await new Promise((r) => setTimeout(r, 1500));
      res.end();
    });
    const fast = await receiver((_req, res) => res.end());
    const outbox = new MemoryOutbox();
    const slowEvent = outbox.add({ url: `${slow.origin}/hook` });
    const fastEvents = [1, 2, 3].map(() => outbox.add({ url: `${fast.origin}/hook` }));
    const started = Date.now();
    deliverer(outbox, { concurrency: 2 }).wake();
    await until(() => fastEvents.every((e) => outbox.events.get(e.id)!.state === 'delivered'));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(outbox.events.get(slowEvent.id)!.state).toBe('pending');
  });

  it("a dead receiver with more events than all the slots holds only its origin's slots; the claim loop reaches the others", async () => {
    const dead = await receiver(() => new Promise(() => {}));
    const alive = await receiver((_req, res) => res.end());
    const outbox = new MemoryOutbox();
    for (let i = 0; i < 40; i++) outbox.add({ url: `${dead.origin}/hook` });
    const d = deliverer(outbox, { concurrency: 4, originConcurrency: 2, keyConcurrency: 4, timeoutMs: 10_000 });
    d.wake();
    await until(() => dead.requests.length === 2);
    const started = Date.now();
    const live = [1, 2, 3, 4, 5].map(() => outbox.add({ url: `${alive.origin}/hook` }));
    d.wake();
    await until(() => live.every((e) => outbox.events.get(e.id)!.state === 'delivered'), 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(dead.requests).toHaveLength(2);
    await dead.close();
  });

  it("one key's many dead origins take only that key's share of the slots", async () => {
    const deadOrigins = await Promise.all(Array.from({ length: 6 }, () => receiver(() => new Promise(() => {}))));
    const alive = await receiver((_req, res) => res.end());
    const outbox = new MemoryOutbox();
    for (const dead of deadOrigins) for (let i = 0; i < 3; i++) outbox.add({ url: `${dead.origin}/hook`, keyId: 'key_hostile' });
    const d = deliverer(outbox, { concurrency: 8, originConcurrency: 2, timeoutMs: 10_000 });
    d.wake();
    const inFlight = () => deadOrigins.reduce((n, s) => n + s.requests.length, 0);
    await until(() => inFlight() === 2);
    const live = [1, 2, 3].map(() => outbox.add({ url: `${alive.origin}/hook`, keyId: 'key_normal' }));
    d.wake();
    await until(() => live.every((e) => outbox.events.get(e.id)!.state === 'delivered'), 1000);
    // A quarter of the 8 slots, at least the origin cap: 2.
    expect(inFlight()).toBe(2);
    for (const dead of deadOrigins) await dead.close();
  });

  it('survives a failing outbox and carries on', async () => {
    const r = await receiver((_req, res) => res.end());
    const outbox = new MemoryOutbox();
    outbox.failNextClaims = 2;
    const event = outbox.add({ url: `${r.origin}/hook` });
    deliverer(outbox, { pollMs: 50 }).wake();
    await until(() => outbox.events.get(event.id)!.state === 'delivered');
  });

  it('stop() waits for attempts in flight and then claims nothing more', async () => {
    const r = await receiver(async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      res.end();
    });
    const outbox = new MemoryOutbox();
    const event = outbox.add({ url: `${r.origin}/hook` });
    const d = deliverer(outbox);
    d.wake();
    await until(() => r.requests.length === 1);
    await d.stop();
    expect(outbox.events.get(event.id)!.state).toBe('delivered');
    const later = outbox.add({ url: `${r.origin}/hook` });
    await new Promise((res) => setTimeout(res, 100));
    expect(outbox.events.get(later.id)!.attempts).toBe(0);
  });
});
