import { describe, expect, it } from 'vitest';
import { eventInputSchema } from '../../src/contract/events';
import { mapSegmentMessage, type SegmentMappingOptions } from '../../src/server/segment/mapSegmentMessage';
import { touchpointTypeOfTrackEvent } from '../../src/core/segment/touchpointTypeOfTrackEvent';

const receivedAt = new Date('2026-05-04T10:00:10.000Z');
const options: SegmentMappingOptions = { receivedAt, newId: () => 'generated' };

function mapped(message: unknown, extra: Partial<SegmentMappingOptions> = {}) {
  const r = mapSegmentMessage(message, { ...options, ...extra });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  if (!r.event) throw new Error('not stored');
  // Whatever the mapping makes must be a valid /collect event.
  expect(eventInputSchema.safeParse(r.event).success).toBe(true);
  return r.event;
}

const errorsOf = (message: unknown, extra: Partial<SegmentMappingOptions> = {}) => {
  const r = mapSegmentMessage(message, { ...options, ...extra });
  return r.ok ? [] : r.errors;
};

describe('mapSegmentMessage', () => {
  it('maps a page with its context: URL, referrer, campaign, user agent, locale, IP network only', () => {
    const event = mapped({
      type: 'page',
      messageId: 'm-1',
      anonymousId: 'a-1',
      name: 'Pricing',
      timestamp: '2026-05-04T10:00:00Z',
      properties: { title: 'Pricing', extra: 1 },
      context: {
        page: { url: 'https://shop.example/pricing?x=1', referrer: 'https://www.google.com/' },
        campaign: { name: 'spring', source: 'newsletter', medium: 'email', content: 'hero' },
        userAgent: 'Mozilla/5.0',
        locale: 'de-DE',
        ip: '203.0.113.77',
        library: { name: 'analytics.js' },
      },
    });
    expect(event).toEqual({
      eventId: 'm-1',
      type: 'page_view',
      name: 'Pricing',
      anonymousId: 'a-1',
      timestamp: '2026-05-04T10:00:00.000Z',
      url: 'https://shop.example/pricing?x=1',
      referrer: 'https://www.google.com/',
      utm: { campaign: 'spring', source: 'newsletter', medium: 'email', content: 'hero' },
      properties: {
        title: 'Pricing',
        extra: 1,
        user_agent: 'Mozilla/5.0',
        locale: 'de-DE',
        ip_network: '203.0.113.0/24',
        context: {
          page: { url: 'https://shop.example/pricing?x=1', referrer: 'https://www.google.com/' },
          campaign: { name: 'spring', source: 'newsletter', medium: 'email', content: 'hero' },
          library: { name: 'analytics.js' },
        },
      },
    });
    expect(JSON.stringify(event)).not.toContain('203.0.113.77');
  });

  it('prefers properties.url, and keeps a URL it cannot use (a screen) in the properties only', () => {
    expect(mapped({ type: 'page', userId: 'u', properties: { url: 'https://a.example/' } }).url).toBe(
      'https://a.example/',
    );
    const screen = mapped({ type: 'screen', userId: 'u', name: 'Home', properties: { url: 'app://home' } });
    expect(screen).toMatchObject({ type: 'page_view', name: 'Home', properties: { url: 'app://home' } });
    expect(screen.url).toBeUndefined();
  });

  it('corrects the clock: receivedAt - (sentAt - originalTimestamp) when timestamp is absent', () => {
    // The device clock runs 1 hour fast: sent at 11:00:05 by its clock, received at 10:00:10.
    const message = {
      type: 'track',
      event: 'Clicked',
      userId: 'u',
      originalTimestamp: '2026-05-04T11:00:00.000Z',
      sentAt: '2026-05-04T11:00:05.000Z',
    };
    expect(mapped(message).timestamp).toBe('2026-05-04T10:00:05.000Z');
    const { sentAt: _sent, ...withoutSentAt } = message;
    expect(mapped(withoutSentAt, { batchSentAt: '2026-05-04T11:00:05.000Z' }).timestamp).toBe(
      '2026-05-04T10:00:05.000Z',
    );
    expect(mapped({ ...message, timestamp: '2026-05-01T08:00:00+02:00' }).timestamp).toBe(
      '2026-05-01T06:00:00.000Z',
    );
    expect(mapped({ type: 'track', event: 'Clicked', userId: 'u' }).timestamp).toBeUndefined();
  });

  it('maps Order Completed to an order with revenue (else total) and currency (USD by default)', () => {
    const order = (properties: object) =>
      mapped({ type: 'track', event: 'Order Completed', userId: 'u', properties });
    expect(order({ revenue: 80, total: 99, currency: 'eur' })).toMatchObject({
      type: 'order',
      name: 'Order Completed',
      revenue: { amount: 80, currency: 'EUR' },
    });
    expect(order({ total: '99.50' }).revenue).toEqual({ amount: 99.5, currency: 'USD' });
    expect(order({ products: [] }).revenue).toBeUndefined();
  });

  it('maps identify traits, group to the company, alias to the previous id', () => {
    expect(
      mapped({ type: 'identify', userId: 'u', traits: { email: 'a@b.example', plan: 'pro' } }),
    ).toMatchObject({
      type: 'identify',
      userId: 'u',
      properties: { traits: { email: 'a@b.example', plan: 'pro' } },
    });
    expect(
      mapped({
        type: 'group',
        userId: 'u',
        groupId: 'acc-7',
        traits: { name: 'ACME', website: 'acme.example', employees: 40 },
      }),
    ).toMatchObject({
      type: 'identify',
      properties: {
        traits: { company: { id: 'acc-7', name: 'ACME', domain: 'acme.example', employees: 40 } },
      },
    });
    expect(mapped({ type: 'alias', userId: 'u', previousId: 'anon-1' })).toMatchObject({
      type: 'identify',
      userId: 'u',
      anonymousId: 'anon-1',
    });
  });

  it('takes the endpoint type, numeric ids and unknown fields; generates an id without messageId', () => {
    const event = mapped(
      { userId: 42, event: 'Video Played', integrations: { All: true }, _metadata: {}, whatever: 'x' },
      { type: 'track' },
    );
    expect(event).toMatchObject({ eventId: 'generated', type: 'custom', name: 'Video Played', userId: '42' });
  });

  it('names the Segment field at fault', () => {
    expect(errorsOf({ type: 'nope', userId: 'u' })).toEqual([{ field: 'type', message: expect.any(String) }]);
    expect(errorsOf({ type: 'track', userId: 'u' })[0]?.field).toBe('event');
    expect(errorsOf({ type: 'group', userId: 'u' })[0]?.field).toBe('groupId');
    expect(errorsOf({ type: 'alias', userId: 'u' })[0]?.field).toBe('previousId');
    expect(errorsOf({ type: 'track', event: 'x', userId: {} })[0]?.field).toBe('userId');
    expect(errorsOf({ type: 'track', event: 'x', userId: 'u', timestamp: 'yesterday' })[0]?.field).toBe(
      'timestamp',
    );
    expect(errorsOf({ type: 'track', event: 'x', userId: 'u', properties: [1] })[0]?.field).toBe(
      'properties',
    );
    expect(errorsOf('text')[0]?.field).toBe('message');
  });
});

describe('touchpointTypeOfTrackEvent', () => {
  it.each([
    ['Order Completed', 'order'],
    ['order_completed', 'order'],
    ['Form Submitted', 'conversion'],
    ['Lead Generated', 'conversion'],
    ['Complaint Submitted', 'complaint'],
    ['Customer Complained', 'complaint'],
    ['Service Request Created', 'service_request'],
    ['Support Ticket Opened', 'service_request'],
    ['Ticket Created', 'service_request'],
    ['Product Viewed', 'custom'],
    ['Order Updated', 'custom'],
  ])('%s -> %s', (name, type) => {
    expect(touchpointTypeOfTrackEvent(name)).toBe(type);
  });
});
