import { execFileSync } from 'node:child_process';
import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../packages/sdk/src/verify-webhook.js';
import { ROOT } from '../helpers/child-server.js';
import { startServer, type LoopbackServer } from '../net/loopback-server.js';
import { call, create, startServed, type Served } from './client.js';

// The two kinds of receiver real clients run (docs/webhooks.md, "Signing"), each checking a real
// delivery that the server POSTed to a loopback receiver.
let served: Served;
let receiver: LoopbackServer;
let secret: string;
let delivery: LoopbackServer['requests'][number];

/** A receiver written from Magnific's examples: HMAC keyed with the whole secret string. */
function stringKeyedReceiver(whsec: string, headers: Record<string, unknown>, body: string): boolean {
  const expected = createHmac('sha256', whsec).update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`).digest();
  return String(headers['webhook-signature'])
    .split(' ')
    .some((entry) => {
      const given = Buffer.from(entry.replace(/^v1,/, ''), 'base64');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

beforeAll(async () => {
  receiver = await startServer((_req, res) => res.writeHead(204).end());
  served = await startServed({ BANANASTAND_ALLOW_PRIVATE_URLS: 'true' });
  secret = (await call(served, 'GET', '/v1/webhooks/secret')).body.data.secret;
  await create(served, { prompt: 'a lighthouse at dusk', resolution: '512', webhook_url: `${receiver.origin}/hooks/images` });
  const until = Date.now() + 20_000;
  // Events are independent and may arrive in any order: take the COMPLETED one.
  const completed = () => receiver.requests.find((r) => JSON.parse(r.body).status === 'COMPLETED');
  while (!completed() && Date.now() < until) await new Promise((r) => setTimeout(r, 30));
  delivery = completed()!;
  if (!delivery) throw new Error(`no COMPLETED webhook: ${receiver.requests.map((r) => r.body).join(" | ")}`);
});
afterAll(async () => {
  await served?.close();
  await receiver?.close();
});

describe('webhook receivers of both kinds', () => {
  it('hands out a Standard Webhooks secret: whsec_ + standard base64 of 32 bytes', () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
  });

  it('the standardwebhooks library with default options verifies a real delivery', () => {
    expect(delivery.headers['webhook-signature']).toBeDefined();
    const task = new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>) as any;
    expect(task).toMatchObject({ status: 'COMPLETED', prompt: 'a lighthouse at dusk' });
    expect(() => new Webhook(secret).verify(delivery.body.replace('COMPLETED', 'FAILED'), delivery.headers as Record<string, string>)).toThrow();
    const other = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
    expect(() => new Webhook(other).verify(delivery.body, delivery.headers as Record<string, string>)).toThrow();
  });

  it('a string-keyed HMAC receiver verifies the same delivery', () => {
    expect(stringKeyedReceiver(secret, delivery.headers, delivery.body)).toBe(true);
    expect(stringKeyedReceiver(`${secret}x`, delivery.headers, delivery.body)).toBe(false);
  });

  it('the SDK verifyWebhook verifies it, and each of its two entries alone', async () => {
    expect(await verifyWebhook(secret, delivery.headers, delivery.body)).toBe(true);
    const entries = String(delivery.headers['webhook-signature']).split(' ');
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(await verifyWebhook(secret, { ...delivery.headers, 'webhook-signature': entry }, delivery.body)).toBe(true);
    }
  });

  it('the Python receiver of docs/webhooks.md verifies it', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/webhooks.md'), 'utf8');
    const snippet = /```python\n([\s\S]*?)```/.exec(doc)![1]!;
    const harness = `${snippet}
import json, sys
case = json.load(sys.stdin)
print(json.dumps([verify_bananastand_webhook(case["secret"], case["headers"], case["body"].encode()),
                  verify_bananastand_webhook(case["secret"], case["headers"], case["body"].replace("COMPLETED", "FAILED").encode())]))
`;
    const input = JSON.stringify({ secret, headers: delivery.headers, body: delivery.body });
    expect(JSON.parse(execFileSync('python3', ['-c', harness], { input }).toString())).toEqual([true, false]);
  });
});
