import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook } from '../../src/webhooks/sign.js';

/** The scheme written out independently, straight from the spec's formula. */
function expected(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${id}.${timestamp}.${body}`).digest();
  return `v1,${mac.toString('base64')}`;
}

describe('signWebhook', () => {
  const id = 'evt_0b6c7f2e';
  const timestamp = 1_767_225_600;
  const body = '{"task_id":"046b6c7f-0b8a-43b9-b35d-6489e6daee91","status":"COMPLETED","generated":["https://h/v1/files/a.png"],"text":"café ☕"}';

  it('signs id.timestamp.body with HMAC-SHA256 of the secret, base64', () => {
    expect(signWebhook({ id, timestamp, body, secrets: ['whsec_current'] })).toBe(expected('whsec_current', id, timestamp, body));
  });

  it('gives one space-separated entry per secret, current first', () => {
    const header = signWebhook({ id, timestamp, body, secrets: ['whsec_current', 'whsec_previous'] });
    expect(header.split(' ')).toEqual([expected('whsec_current', id, timestamp, body), expected('whsec_previous', id, timestamp, body)]);
  });

  it('matches a known vector', () => {
    // printf '%s' 'msg_1.1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'whsec_test' -binary | base64
    expect(signWebhook({ id: 'msg_1', timestamp: 1_700_000_000, body: '{"a":1}', secrets: ['whsec_test'] })).toBe(
      'v1,z2zINen5ED0gAUiSqXmJZHfmpRBAjgAkmsV4m2INV1A=',
    );
  });
});
