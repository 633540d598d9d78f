import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyMailgunSignature } from '../../src/core/email/webhookSignature';

describe('verifyMailgunSignature', () => {
  const key = 'key-abcdefghij';
  const signature = (timestamp: string | number, token: string) => ({
    timestamp,
    token,
    signature: createHmac('sha256', key).update(`${timestamp}${token}`).digest('hex'),
  });

  it('accepts the HMAC of timestamp and token, also with a numeric timestamp', () => {
    expect(verifyMailgunSignature({ signature: signature('1700000000', 'tok') }, key)).toBe(true);
    expect(verifyMailgunSignature({ signature: signature(1700000000, 'tok') }, key)).toBe(true);
  });

  it('refuses another key, a changed field or a missing signature', () => {
    const good = signature('1700000000', 'tok');
    expect(verifyMailgunSignature({ signature: good }, 'key-other-one')).toBe(false);
    expect(verifyMailgunSignature({ signature: { ...good, token: 'tok2' } }, key)).toBe(false);
    expect(verifyMailgunSignature({ signature: { ...good, signature: good.signature.slice(2) } }, key)).toBe(
      false,
    );
    expect(verifyMailgunSignature({}, key)).toBe(false);
    expect(verifyMailgunSignature(null, key)).toBe(false);
  });
});
