import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiAs } from '../support/app';
import { aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

/**
 * Provider webhooks trusted anyone who knew the address. With the workspace's Mailgun signing key
 * stored, a call must also carry Mailgun's HMAC signature (timestamp + token); the secret in the
 * address is still checked first.
 */
const KEY = 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0';
const sign = (timestamp: string, token: string, key = KEY) =>
  createHmac('sha256', key)
    .update(timestamp + token)
    .digest('hex');

const event = (id: string, signature: { timestamp: string; token: string; signature: string }) => ({
  signature,
  'event-data': { id, event: 'complained', recipient: 'someone@example.org' },
});

describe('mailgun webhooks with a signing key', () => {
  it('accept signed calls and refuse tampered or unsigned ones', async () => {
    const { workspace, owner, member } = await aWorkspace(testDb());
    const api = await apiAs(owner.token);
    const anonymous = await apiAs(null);
    const base = `/workspaces/${workspace.id}`;
    const { urls } = (await api.post(`${base}/email/webhook-secret`)).json<{
      urls: Record<string, string>;
    }>();
    const path = new URL(urls.mailgun ?? '').pathname;

    const editor = await apiAs((await member('editor')).token);
    const put = { provider: 'mailgun', signingKey: KEY };
    expect((await editor.put(`${base}/email/webhook-signing-key`, put)).statusCode).toBe(403);
    const stored = await api.put(`${base}/email/webhook-signing-key`, put);
    expect(stored.statusCode).toBe(200);
    expect(stored.json()).toEqual({ provider: 'mailgun', verified: true });
    expect(stored.body).not.toContain(KEY);

    const timestamp = '1767225600';
    const token = 'a'.repeat(50);
    const signed = await anonymous.post(
      path,
      event('mg-signed', { timestamp, token, signature: sign(timestamp, token) }),
    );
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({ received: 1 });

    const refused = [
      event('mg-1', { timestamp: '1767225601', token, signature: sign(timestamp, token) }),
      event('mg-2', { timestamp, token: 'b'.repeat(50), signature: sign(timestamp, token) }),
      event('mg-3', { timestamp, token, signature: sign(timestamp, token, 'another-key-000') }),
      event('mg-4', { timestamp, token, signature: 'not hex' }),
      { 'event-data': { id: 'mg-5', event: 'complained', recipient: 'someone@example.org' } },
    ];
    for (const body of refused) {
      const res = await anonymous.post(path, body);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual({
        error: {
          code: 'forbidden',
          message: expect.stringContaining('signature'),
          details: { field: 'signature' },
        },
      });
    }
    // The secret in the address still comes first: a signed call to a wrong secret is not found.
    const wrongSecret = await anonymous.post(
      path.replace(/\/[^/]+$/, '/tpwh_wrongwrongwrongwrongwrong'),
      event('mg-6', { timestamp, token, signature: sign(timestamp, token) }),
    );
    expect(wrongSecret.statusCode).toBe(404);

    // Without a key, the secret alone is the credential again.
    await api.put(`${base}/email/webhook-signing-key`, { provider: 'mailgun', signingKey: null });
    const unsigned = await anonymous.post(path, refused[4]);
    expect(unsigned.statusCode).toBe(200);
  });
});
