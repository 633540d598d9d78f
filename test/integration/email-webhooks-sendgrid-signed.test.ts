import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiAs } from '../support/app';
import { aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

/**
 * SendGrid's signed event webhook: with the workspace's verification key stored, a call must carry an
 * ECDSA signature over the timestamp header and the body exactly as sent, made with SendGrid's
 * private key. The test plays SendGrid with a key pair of its own.
 */
function aSendgridKeyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  // SendGrid shows the verification key as base64 DER (SubjectPublicKeyInfo).
  return {
    verificationKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    privateKey,
  };
}

const signed = (privateKey: KeyObject, timestamp: string, body: string) => ({
  'content-type': 'application/json',
  'x-twilio-email-event-webhook-timestamp': timestamp,
  'x-twilio-email-event-webhook-signature': sign(
    'sha256',
    Buffer.from(timestamp + body),
    privateKey,
  ).toString('base64'),
});

const bounce = (id: string) =>
  // SendGrid's own spacing: the signature covers these exact bytes, not a re-serialisation.
  `[{"email": "someone@example.org", "event": "bounce", "type": "bounce", "status": "5.1.1", "sg_event_id": "${id}", "timestamp": 1767225600}]`;

describe('sendgrid webhooks with a verification key', () => {
  it('accept calls signed over the body as sent and refuse tampered or unsigned ones', async () => {
    const { workspace, owner } = await aWorkspace(testDb());
    const api = await apiAs(owner.token);
    const anonymous = await apiAs(null);
    const base = `/workspaces/${workspace.id}`;
    const { urls } = (await api.post(`${base}/email/webhook-secret`)).json<{
      urls: Record<string, string>;
    }>();
    const url = new URL(urls.sendgrid ?? '').pathname;
    const sendgrid = aSendgridKeyPair();
    const post = (payload: string, headers: Record<string, string>) =>
      anonymous.raw({ method: 'POST', url, payload, headers });

    const notAKey = await api.put(`${base}/email/webhook-signing-key`, {
      provider: 'sendgrid',
      signingKey: 'this is not a public key at all',
    });
    expect(notAKey.statusCode).toBe(400);
    expect(notAKey.json().error).toMatchObject({
      code: 'validation_failed',
      details: { field: 'signingKey' },
    });
    const stored = await api.put(`${base}/email/webhook-signing-key`, {
      provider: 'sendgrid',
      signingKey: sendgrid.verificationKey,
    });
    expect(stored.statusCode).toBe(200);
    expect(stored.json()).toEqual({ provider: 'sendgrid', verified: true });

    const timestamp = '1767225600';
    const body = bounce('sg-signed');
    const accepted = await post(body, signed(sendgrid.privateKey, timestamp, body));
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ received: 1 });

    const other = aSendgridKeyPair();
    const good = signed(sendgrid.privateKey, timestamp, bounce('sg-1'));
    const refused: [string, string, Record<string, string>][] = [
      ['another body', bounce('sg-2'), good],
      [
        'another timestamp',
        bounce('sg-1'),
        { ...good, 'x-twilio-email-event-webhook-timestamp': '1767225601' },
      ],
      ['another key', bounce('sg-1'), signed(other.privateKey, timestamp, bounce('sg-1'))],
      ['the same JSON, spaced differently', JSON.stringify(JSON.parse(bounce('sg-1'))), good],
      ['no signature', bounce('sg-1'), { 'content-type': 'application/json' }],
      [
        'a signature that is not base64',
        bounce('sg-1'),
        { ...good, 'x-twilio-email-event-webhook-signature': '***' },
      ],
    ];
    for (const [why, payload, headers] of refused) {
      const res = await post(payload, headers);
      expect(res.statusCode, why).toBe(403);
      expect(res.json(), why).toEqual({
        error: {
          code: 'forbidden',
          message: expect.stringContaining('signature'),
          details: { field: 'signature' },
        },
      });
    }
    const recorded = await testDb()
      .selectFrom('email_suppressions')
      .select('email')
      .where('workspace_id', '=', workspace.id)
      .execute();
    expect(recorded).toEqual([{ email: 'someone@example.org' }]);

    // A body that is not JSON is still refused as such, before any signature is checked.
    const broken = await post('[{"email": ', signed(sendgrid.privateKey, timestamp, '[{"email": '));
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toMatchObject({ code: expect.any(String), message: expect.any(String) });

    // Without a key, the secret in the address alone is the credential again.
    await api.put(`${base}/email/webhook-signing-key`, { provider: 'sendgrid', signingKey: null });
    const unsigned = await post(bounce('sg-3'), { 'content-type': 'application/json' });
    expect(unsigned.statusCode).toBe(200);
  });
});
