import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, retryDelayMs, signedHeaders, WEBHOOK_MAX_ATTEMPTS } from '../../src/core/webhooks';

describe('signed webhook deliveries', () => {
  it('carry headers that a Standard Webhooks receiver verifies, and that fail on a changed body', () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ type: 'kpi.alert_raised', data: { kpi: 'Öffnungsrate' } });
    const headers = signedHeaders(secret, 'msg_1', new Date(), body);
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(body.replace('Ö', 'O'), headers)).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });

  it('sign the message id, the time and the body: a known HMAC-SHA256', () => {
    // HMAC-SHA256 keyed with the bytes after `whsec_` (base64-decoded), over "id.timestamp.body".
    const secret = `whsec_${Buffer.from('key-bytes').toString('base64')}`;
    const headers = signedHeaders(secret, 'msg_1', new Date(1_700_000_000_000), '{}');
    expect(headers).toEqual({
      'webhook-id': 'msg_1',
      'webhook-timestamp': '1700000000',
      'webhook-signature': 'v1,' + hmac('key-bytes', 'msg_1.1700000000.{}'),
    });
  });
});

describe('the retry schedule', () => {
  it('waits longer after each failure and gives up after the last attempt', () => {
    expect(retryDelayMs(1)).toBe(30_000);
    expect(retryDelayMs(2)).toBe(120_000);
    expect(retryDelayMs(8)).toBe(12 * 3_600_000);
    expect(retryDelayMs(WEBHOOK_MAX_ATTEMPTS)).toBeNull();
    const delays = Array.from({ length: WEBHOOK_MAX_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1) ?? 0);
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
    // 30 s + 2 + 10 + 30 min + 1 + 3 + 6 + 12 h: about 23 hours of trying.
    expect(delays.reduce((a, b) => a + b, 0) / 3_600_000).toBeCloseTo(22.7, 1);
  });
});

function hmac(key: string, text: string): string {
  // node:crypto directly, as an independent check of the library's signature.
  return createHmac('sha256', key).update(text).digest('base64');
}
