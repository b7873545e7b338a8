import { createHmac } from 'node:crypto';

/**
 * The `webhook-signature` header value (spec webhooks-and-network.md, "Signing"): one `v1,<base64>`
 * entry per secret in force, space-separated, where each is
 * base64(HMAC-SHA256(key = secret as UTF-8, message = `${id}.${timestamp}.${body}`)).
 */
export function signWebhook(input: { id: string; timestamp: number; body: string; secrets: readonly string[] }): string {
  const message = `${input.id}.${input.timestamp}.${input.body}`;
  return input.secrets.map((secret) => `v1,${createHmac('sha256', Buffer.from(secret, 'utf8')).update(message, 'utf8').digest('base64')}`).join(' ');
}
