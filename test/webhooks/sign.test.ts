import { createHmac, randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret } from '../../src/keys/keys.js';
import { signWebhook } from '../../src/webhooks/sign.js';

/** The two kinds written out independently, straight from docs/webhooks.md. */
const mac = (key: Buffer | string, message: string) => `v1,${createHmac('sha256', key).update(message).digest('base64')}`;
const decodedKind = (secret: string, message: string) => mac(Buffer.from(secret.slice('whsec_'.length), 'base64'), message);
const stringKind = (secret: string, message: string) => mac(Buffer.from(secret, 'utf8'), message);

describe('newWebhookSecret', () => {
  it('is whsec_ + standard base64 of 32 random bytes', () => {
    const secrets = Array.from({ length: 200 }, newWebhookSecret);
    for (const secret of secrets) {
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    }
    expect(new Set(secrets).size).toBe(200);
  });
});

describe('signWebhook', () => {
  const id = 'evt_0b6c7f2e';
  const timestamp = 1_767_225_600;
  const body = '{"task_id":"046b6c7f-0b8a-43b9-b35d-6489e6daee91","status":"COMPLETED","generated":["https://h/v1/files/a.png"],"text":"café ☕"}';
  const message = `${id}.${timestamp}.${body}`;
  const current = `whsec_${randomBytes(32).toString('base64')}`;
  const previous = `whsec_${randomBytes(32).toString('base64')}`;

  it('gives, per secret, the decoded-key entry then the string-key entry', () => {
    expect(signWebhook({ id, timestamp, body, secrets: [current] }).split(' ')).toEqual([decodedKind(current, message), stringKind(current, message)]);
  });

  it('keeps the current secret first during a rotation: four entries', () => {
    expect(signWebhook({ id, timestamp, body, secrets: [current, previous] }).split(' ')).toEqual([
      decodedKind(current, message),
      stringKind(current, message),
      decodedKind(previous, message),
      stringKind(previous, message),
    ]);
  });

  it('matches known vectors of both kinds', () => {
    // The first is the example of the Standard Webhooks specification; the second was computed with
    // Python's hmac over the same message keyed with the whole secret string.
    expect(signWebhook({ id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1_614_265_330, body: '{"test": 2432232314}', secrets: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'] })).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= v1,TcxlhK9b6UD6iVI1ZU2tTqp8PEVfYRseNNfa6b+LcUg=',
    );
    expect(signWebhook({ id: 'msg_1', timestamp: 1_700_000_000, body: '{"a":1}', secrets: ['whsec_test'] }).split(' ')[1]).toBe(
      'v1,z2zINen5ED0gAUiSqXmJZHfmpRBAjgAkmsV4m2INV1A=',
    );
  });

  it('is verified by the standardwebhooks library with default options', () => {
    const now = Math.floor(Date.now() / 1000);
    const headers = { 'webhook-id': id, 'webhook-timestamp': String(now), 'webhook-signature': signWebhook({ id, timestamp: now, body, secrets: [current] }) };
    expect(new Webhook(current).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('signs a secret of the old release (base64url, 24 bytes) with its url-safe bytes and its string', () => {
    const old = 'whsec_Zq3kTq0n3mN9Yb2c-1xR8sV4wU7t_6oL';
    const urlSafeKey = Buffer.from(old.slice(6), 'base64url');
    expect(signWebhook({ id, timestamp, body, secrets: [old] }).split(' ')).toEqual([mac(urlSafeKey, message), stringKind(old, message)]);
    // The library cannot read such a secret at all; docs/webhooks.md says to rotate.
    expect(() => new Webhook(old)).toThrow();
    const oldStandard = 'whsec_Zq3kTq0n3mN9Yb2cQ1xR8sV4wU7tP6oL';
    const now = Math.floor(Date.now() / 1000);
    const headers = { 'webhook-id': id, 'webhook-timestamp': String(now), 'webhook-signature': signWebhook({ id, timestamp: now, body, secrets: [oldStandard] }) };
    expect(new Webhook(oldStandard).verify(body, headers)).toEqual(JSON.parse(body));
  });
});
