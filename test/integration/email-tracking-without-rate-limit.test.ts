import { describe, expect, it } from 'vitest';
import { TRACKING_RATE_LIMIT } from '../../src/server/routes/emailTracking';
import { testApp } from '../support/app';

/**
 * The public tracking addresses (`/e/o`, `/e/c`, `/e/u`, `/e/p`) had no limit: one client could fill
 * the event log or probe tokens as fast as it liked. Each now allows 600 calls a minute per address.
 */
describe('the public tracking addresses', () => {
  it('answer 429 with the usual error body once one client address exceeds the limit', async () => {
    const app = await testApp();
    const click = (remoteAddress: string) =>
      app.inject({ method: 'GET', url: `/e/c/${'f'.repeat(32)}?l=0`, remoteAddress });
    for (let i = 0; i < TRACKING_RATE_LIMIT.max; i += 1) {
      const res = await click('198.51.100.7');
      expect(res.statusCode).toBe(404);
    }
    const limited = await click('198.51.100.7');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({
      error: {
        code: 'rate_limited',
        message: expect.stringContaining('Too many requests'),
        details: expect.any(Object),
      },
    });
    // Other readers are not affected, and the pixel has its own count.
    expect((await click('198.51.100.8')).statusCode).toBe(404);
    const pixel = await app.inject({
      method: 'GET',
      url: `/e/o/${'f'.repeat(32)}.gif`,
      remoteAddress: '198.51.100.7',
    });
    expect(pixel.statusCode).toBe(200);
    expect(pixel.headers['x-ratelimit-limit']).toBe('600');
  });
});
