import { describe, expect, it } from 'vitest';
import { consentOfSegmentContext } from '../../src/core/segment/consentOfSegmentContext';
import { mapSegmentMessage } from '../../src/server/segment/mapSegmentMessage';
import { idWithoutConsentFor } from '../../src/server/segment/idWithoutConsent';

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
    idWithoutConsent: idWithoutConsentFor('ws-1', () => new Date('2026-05-04T10:00:00Z')),
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
    expect(r.event.anonymousId).toMatch(/^nc_[0-9a-f]{32}$/);
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

  it('changes the id with the day', () => {
    const day1 = idWithoutConsentFor('ws', () => new Date('2026-05-04T23:00:00Z'))('a');
    const day2 = idWithoutConsentFor('ws', () => new Date('2026-05-05T01:00:00Z'))('a');
    expect(day1).not.toBe(day2);
  });
});
