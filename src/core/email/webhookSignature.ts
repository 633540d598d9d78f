import { createHmac, timingSafeEqual } from 'node:crypto';

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
