import { describe, expect, it } from 'vitest';
import { consentOfSegmentContext } from '../../src/core/segment/consentOfSegmentContext';
import { mapSegmentMessage } from '../../src/server/segment/mapSegmentMessage';
import { dailyIdOfSender } from '../../src/core/privacy/dailyVisitorId';

const prefs = (categoryPreferences: unknown) => ({ consent: { categoryPreferences } });

describe('consentOfSegmentContext', () => {
  it.each([
    [{}, 'not_stated'],
    [{ consent: {} }, 'not_stated'],
    [{ consent: 'yes' }, 'not_stated'],
    [prefs({}), 'refused'],
    [prefs({ Analytics: false, Advertising: true }), 'refused'],
    [prefs({ Advertising: true, Functional: true }), 'refused'],
    [prefs({ Analytics: true }), 'given'],
    [prefs({ 'site-performance': false, statistics: true }), 'given'],
    [prefs({ C0002: true }), 'given'],
    [prefs({ analytics: 'true' }), 'refused'],
  ])('%j -> %s', (context, expected) => {
    expect(consentOfSegmentContext(context)).toBe(expected);
  });
});

describe('mapSegmentMessage without consent', () => {
  const options = {
    receivedAt: new Date('2026-05-04T10:00:00Z'),
    newId: () => 'generated',
    idWithoutConsent: (senderId: string) => dailyIdOfSender('secret-of-the-day', 'ws-1', senderId),
  };
  const refused = prefs({ Analytics: false });

  it('does not store identify, group or alias', () => {
    for (const message of [
      { type: 'identify', userId: 'u', traits: { email: 'a@b.example' } },
      { type: 'group', userId: 'u', groupId: 'g' },
      { type: 'alias', userId: 'u', previousId: 'p' },
    ]) {
      const r = mapSegmentMessage({ ...message, context: refused }, options);
      expect(r).toMatchObject({ ok: true, event: null });
    }
  });

  it('stores a track without user id, session or traits, under an id that does not lead back', () => {
    const message = {
      type: 'track',
      event: 'Video Played',
      userId: 'crm-1',
      anonymousId: 'anon-1',
      messageId: 'm',
      context: { ...refused, sessionId: 's', traits: { email: 'a@b.example' }, locale: 'de' },
    };
    const r = mapSegmentMessage(message, options);
    if (!r.ok || !r.event) throw new Error('not mapped');
    expect(r.event.userId).toBeUndefined();
    expect(r.event.sessionId).toBeUndefined();
    expect(r.event.anonymousId).toMatch(/^daily:[0-9a-f]{32}$/);
    expect(JSON.stringify(r.event)).not.toMatch(/anon-1|crm-1|a@b\.example/);
    expect(r.event.properties).toMatchObject({
      context: { consent: { categoryPreferences: { Analytics: false } } },
    });
    // The same sender on the same day is one visitor.
    const again = mapSegmentMessage({ ...message, messageId: 'm2' }, options);
    expect(again.ok && again.event?.anonymousId).toBe(r.event.anonymousId);
  });

  it('leaves a message with consent, or without a consent object, as it was', () => {
    for (const context of [prefs({ Analytics: true }), {}]) {
      const r = mapSegmentMessage({ type: 'identify', userId: 'u', context }, options);
      expect(r.ok && r.event).toMatchObject({ type: 'identify', userId: 'u' });
    }
  });

  it('keeps one id for a sender all day, and changes it with the day’s secret and the workspace', () => {
    const today = dailyIdOfSender('secret-1', 'ws', 'a');
    expect(dailyIdOfSender('secret-1', 'ws', 'a')).toBe(today);
    expect(dailyIdOfSender('secret-2', 'ws', 'a')).not.toBe(today);
    expect(dailyIdOfSender('secret-1', 'ws-2', 'a')).not.toBe(today);
    expect(dailyIdOfSender('secret-1', 'ws', 'b')).not.toBe(today);
  });
});
