import { createHmac, randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../packages/sdk/src/verify-webhook.js';
import { signWebhook } from '../../src/webhooks/sign.js';

const secret = 'whsec_Zq3kTq0n3mN9Yb2cQ1xR8sV4wU7tP6oL';
const id = 'evt_6f1d2c';
const now = 1_767_225_600_000;
const timestamp = String(now / 1000);
const body = '{"task_id":"046b6c7f-0b8a-43b9-b35d-6489e6daee91","status":"COMPLETED","generated":[],"text":"café"}';

/** Signed independently of the code under test, with Node's crypto. */
function sign(key: string, ts = timestamp, payload = body, msgId = id): string {
  return `v1,${createHmac('sha256', key).update(`${msgId}.${ts}.${payload}`).digest('base64')}`;
}
function headers(signature: string, ts = timestamp): Record<string, string> {
  return { 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': signature };
}

describe('verifyWebhook', () => {
  it('accepts the Standard Webhooks kind: HMAC keyed with the decoded part after whsec_', async () => {
    const fresh = `whsec_${randomBytes(32).toString('base64')}`;
    const decodedKind = `v1,${createHmac('sha256', Buffer.from(fresh.slice(6), 'base64')).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
    expect(await verifyWebhook(fresh, headers(decodedKind), body, { now })).toBe(true);
    expect(await verifyWebhook(fresh, headers(sign(fresh)), body, { now })).toBe(true);
    expect(await verifyWebhook(`whsec_${randomBytes(32).toString('base64')}`, headers(decodedKind), body, { now })).toBe(false);
  });

  it('accepts what the server signs, for new secrets and for base64url secrets of the old release', async () => {
    for (const s of [`whsec_${randomBytes(32).toString('base64')}`, 'whsec_Zq3kTq0n3mN9Yb2c-1xR8sV4wU7t_6oL']) {
      const all = signWebhook({ id, timestamp: Number(timestamp), body, secrets: [s] }).split(' ');
      for (const entry of all) expect(await verifyWebhook(s, headers(entry), body, { now })).toBe(true);
    }
  });

  it('accepts a signature made by the standardwebhooks library', async () => {
    const fresh = `whsec_${randomBytes(32).toString('base64')}`;
    const signature = new Webhook(fresh).sign(id, new Date(now), body);
    expect(await verifyWebhook(fresh, headers(signature), body, { now })).toBe(true);
  });

  it('accepts a valid signature, from a plain object or a Headers, with string or byte bodies', async () => {
    expect(await verifyWebhook(secret, headers(sign(secret)), body, { now })).toBe(true);
    expect(await verifyWebhook(secret, new Headers(headers(sign(secret))), new TextEncoder().encode(body), { now })).toBe(true);
  });

  it('matches header names case-insensitively', async () => {
    const h = { 'Webhook-Id': id, 'WEBHOOK-TIMESTAMP': timestamp, 'Webhook-Signature': sign(secret) };
    expect(await verifyWebhook(secret, h, body, { now })).toBe(true);
  });

  it('accepts when one of several entries matches (a rotation in progress)', async () => {
    expect(await verifyWebhook(secret, headers(`${sign('whsec_new_one')} ${sign(secret)}`), body, { now })).toBe(true);
    expect(await verifyWebhook(secret, headers(`v0,garbage ${sign(secret)}`), body, { now })).toBe(true);
  });

  it('rejects a tampered body', async () => {
    expect(await verifyWebhook(secret, headers(sign(secret)), body.replace('COMPLETED', 'FAILED'), { now })).toBe(false);
  });

  it('rejects a wrong secret', async () => {
    expect(await verifyWebhook('whsec_someone_else', headers(sign(secret)), body, { now })).toBe(false);
  });

  it('rejects a signature for another id or timestamp', async () => {
    expect(await verifyWebhook(secret, headers(sign(secret, timestamp, body, 'evt_other')), body, { now })).toBe(false);
    expect(await verifyWebhook(secret, headers(sign(secret, String(now / 1000 - 1))), body, { now })).toBe(false);
  });

  it('rejects timestamps outside the tolerance, either way', async () => {
    const old = String(now / 1000 - 301);
    const future = String(now / 1000 + 301);
    expect(await verifyWebhook(secret, headers(sign(secret, old), old), body, { now })).toBe(false);
    expect(await verifyWebhook(secret, headers(sign(secret, future), future), body, { now })).toBe(false);
    const edge = String(now / 1000 - 300);
    expect(await verifyWebhook(secret, headers(sign(secret, edge), edge), body, { now })).toBe(true);
    expect(await verifyWebhook(secret, headers(sign(secret, old), old), body, { now, toleranceSeconds: 600 })).toBe(true);
  });

  it('rejects missing or malformed headers without throwing', async () => {
    expect(await verifyWebhook(secret, {}, body, { now })).toBe(false);
    expect(await verifyWebhook(secret, { ...headers(sign(secret)), 'webhook-timestamp': 'yesterday' }, body, { now })).toBe(false);
    expect(await verifyWebhook(secret, headers('v1,not*base64'), body, { now })).toBe(false);
    expect(await verifyWebhook(secret, headers(sign(secret).replace('v1,', 'v2,')), body, { now })).toBe(false);
    expect(await verifyWebhook(secret, headers('v1,'), body, { now })).toBe(false);
  });

  it('uses the current time by default', async () => {
    const ts = String(Math.floor(Date.now() / 1000));
    expect(await verifyWebhook(secret, headers(sign(secret, ts), ts), body)).toBe(true);
  });
});
