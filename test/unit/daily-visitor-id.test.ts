import { describe, expect, it } from 'vitest';
import { asDailyVisitor, isBeforeConsent } from '../../src/core/privacy/beforeConsent';
import { dailyVisitorId, isDailyVisitorId } from '../../src/core/privacy/dailyVisitorId';

const base = {
  secret: 'a'.repeat(64),
  workspaceId: '6f1c2f9e-3c1b-4d7e-9a51-0c1f2b3d4e5f',
  ip: '203.0.113.7',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0',
};

describe('dailyVisitorId', () => {
  it('is the same for the same secret, workspace, address and browser', () => {
    expect(dailyVisitorId(base)).toBe(dailyVisitorId({ ...base }));
    expect(dailyVisitorId(base)).toMatch(/^daily:[0-9a-f]{32}$/);
  });

  it('changes with each input: a new day (secret), another workspace, address or browser', () => {
    const id = dailyVisitorId(base);
    expect(dailyVisitorId({ ...base, secret: 'b'.repeat(64) })).not.toBe(id);
    expect(dailyVisitorId({ ...base, workspaceId: '7f1c2f9e-3c1b-4d7e-9a51-0c1f2b3d4e5f' })).not.toBe(id);
    expect(dailyVisitorId({ ...base, ip: '203.0.113.8' })).not.toBe(id);
    expect(dailyVisitorId({ ...base, userAgent: 'Mozilla/5.0 Chrome/131.0' })).not.toBe(id);
  });

  it('does not let one input run into the next', () => {
    expect(dailyVisitorId({ ...base, ip: '10.0.0.1', userAgent: '1x' })).not.toBe(
      dailyVisitorId({ ...base, ip: '10.0.0.11', userAgent: 'x' }),
    );
  });

  it('counts an IPv4 address seen through IPv6 as the same visitor', () => {
    expect(dailyVisitorId({ ...base, ip: '::ffff:203.0.113.7' })).toBe(dailyVisitorId(base));
  });

  it('holds no part of the address', () => {
    expect(dailyVisitorId(base)).not.toContain('203');
  });

  it('is recognised by its prefix, a tracker id is not', () => {
    expect(isDailyVisitorId(dailyVisitorId(base))).toBe(true);
    expect(isDailyVisitorId('0f3a9c1e2b4d5f60718293a4b5c6d7e8')).toBe(false);
    expect(isDailyVisitorId(null)).toBe(false);
  });
});

describe('events sent before consent', () => {
  it('are the ones the tracker marks', () => {
    expect(isBeforeConsent({ type: 'page_view', properties: { before_consent: true } })).toBe(true);
    expect(isBeforeConsent({ type: 'page_view', properties: { before_consent: 'true' } })).toBe(false);
    expect(isBeforeConsent({ type: 'page_view', properties: { returning: false } })).toBe(false);
    expect(isBeforeConsent({ type: 'page_view' })).toBe(false);
    expect(isBeforeConsent(null)).toBe(false);
    expect(isBeforeConsent([1])).toBe(false);
  });

  it('count for the daily visitor without the page-long session id and without a user id', () => {
    const raw = {
      eventId: 'e1',
      type: 'page_view',
      anonymousId: 'page-1',
      sessionId: 'page-1',
      userId: 'crm-1',
      properties: { before_consent: true },
    };
    expect(asDailyVisitor(raw, 'daily:abc')).toEqual({
      eventId: 'e1',
      type: 'page_view',
      anonymousId: 'daily:abc',
      properties: { before_consent: true },
    });
    expect(raw.anonymousId).toBe('page-1');
  });
});
