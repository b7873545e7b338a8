import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/sdk/verify-webhook.js';

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
