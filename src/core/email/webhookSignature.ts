import { createHmac, createPublicKey, timingSafeEqual, verify, type KeyObject } from 'node:crypto';

/**
 * Checks Mailgun's webhook signature: HMAC-SHA256 of `timestamp + token` with the domain's webhook
 * signing key, hex-encoded, sent in the body's `signature` object.
 *
 * @example verifyMailgunSignature(body, 'key-…') // true when body.signature matches
 */
export function verifyMailgunSignature(body: unknown, signingKey: string): boolean {
  const signature = (body as { signature?: unknown } | null)?.signature;
  if (typeof signature !== 'object' || signature === null) return false;
  const { timestamp, token, signature: given } = signature as Record<string, unknown>;
  if (typeof timestamp !== 'string' && typeof timestamp !== 'number') return false;
  if (typeof token !== 'string' || typeof given !== 'string' || !/^[0-9a-f]{64}$/i.test(given)) return false;
  const expected = createHmac('sha256', signingKey).update(`${timestamp}${token}`).digest();
  return timingSafeEqual(expected, Buffer.from(given, 'hex'));
}

/**
 * SendGrid's verification key (signed event webhook) as a public key, or null when the text is not an
 * elliptic-curve public key in base64 (DER, SubjectPublicKeyInfo), as SendGrid shows it.
 */
export function sendgridPublicKey(base64: string): KeyObject | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return null;
  try {
    const key = createPublicKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ec' ? key : null;
  } catch {
    return null;
  }
}

/**
 * Checks SendGrid's signed event webhook: an ECDSA signature (SHA-256, DER, base64) over the
 * timestamp header followed by the body exactly as sent, in the headers
 * `X-Twilio-Email-Event-Webhook-Signature` and `X-Twilio-Email-Event-Webhook-Timestamp`.
 *
 * @example verifySendgridSignature(rawBody, { signature, timestamp }, 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE…')
 */
export function verifySendgridSignature(
  rawBody: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  publicKey: string,
): boolean {
  const key = sendgridPublicKey(publicKey);
  const { signature, timestamp } = headers;
  if (!key || !signature || !timestamp || !/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) return false;
  try {
    return verify('sha256', Buffer.from(timestamp + rawBody), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
