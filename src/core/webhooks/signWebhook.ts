import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/**
 * A new signing secret in the Standard Webhooks form (`whsec_` and 24 random bytes in base64), which
 * the receivers' libraries of that standard accept as it is.
 *
 * @example newWebhookSecret() // 'whsec_q8T1...'
 */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/**
 * The headers of a signed delivery under the Standard Webhooks specification: the message id (the
 * same for every retry, so a receiver can drop repeats), the time in seconds, and the HMAC-SHA256 of
 * `id.timestamp.body` with the endpoint's secret (`v1,<base64>`).
 *
 * @example
 * signedHeaders(secret, 'msg_1', new Date(), '{"type":"kpi.alert_raised"}')
 * // { 'webhook-id': 'msg_1', 'webhook-timestamp': '1765152000', 'webhook-signature': 'v1,K5o...' }
 */
export function signedHeaders(
  secret: string,
  messageId: string,
  at: Date,
  body: string,
): { 'webhook-id': string; 'webhook-timestamp': string; 'webhook-signature': string } {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(messageId, at, body),
  };
}
