import { describe, expect, it } from 'vitest';
import {
  compileEventNameMappings,
  meaningOfTrackEvent,
  type EventNameMapping,
} from '../../src/core/segment/touchpointTypeOfTrackEvent';
import { mapSegmentMessage } from '../../src/server/segment/mapSegmentMessage';

const line = (pattern: string, type: EventNameMapping['type'], extra: Partial<EventNameMapping> = {}) => ({
  pattern,
  type,
  conversionPoint: null,
  revenueProperty: null,
  ...extra,
});

describe('meaningOfTrackEvent: own lines first, then the built-in table', () => {
  it('an own exact line overrides the built-in table, compared ignoring case, _ and -', () => {
    const own = compileEventNameMappings([line('Order Completed', 'quote_request')]);
    expect(meaningOfTrackEvent('order_completed', own)).toEqual({
      type: 'quote_request',
      conversionPoint: null,
      revenueProperty: null,
      by: 'own',
      line: 0,
    });
    expect(meaningOfTrackEvent('Form Submitted', own)).toMatchObject({ type: 'conversion', by: 'built_in' });
    expect(meaningOfTrackEvent('Video Played', own)).toMatchObject({ type: 'custom', by: 'default' });
  });

  it('an exact line wins over an earlier glob; among globs the first by position wins', () => {
    const own = compileEventNameMappings([
      line('demo *', 'meeting'),
      line('demo-*-booked', 'quote_request'),
      line('Demo Requested', 'conversion', { conversionPoint: 'demo' }),
    ]);
    expect(meaningOfTrackEvent('Demo Requested', own)).toMatchObject({
      type: 'conversion',
      conversionPoint: 'demo',
      line: 2,
    });
    expect(meaningOfTrackEvent('demo_call_booked', own)).toMatchObject({ type: 'meeting', line: 0 });
    expect(meaningOfTrackEvent('Webinar Demo', own)).toMatchObject({ type: 'custom', by: 'default' });
  });

  it('of two exact lines for the same name the first wins', () => {
    const own = compileEventNameMappings([
      line('Trial Started', 'conversion'),
      line('trial_started', 'call'),
    ]);
    expect(meaningOfTrackEvent('TRIAL STARTED', own)).toMatchObject({ type: 'conversion', line: 0 });
  });

  it('a glob takes regex characters literally', () => {
    const own = compileEventNameMappings([line('price (net)*', 'quote_request')]);
    expect(meaningOfTrackEvent('Price (net) asked', own).type).toBe('quote_request');
    expect(meaningOfTrackEvent('Price net asked', own).type).toBe('custom');
  });
});

describe('mapSegmentMessage with own lines', () => {
  const options = { receivedAt: new Date('2026-05-04T10:00:00Z'), newId: () => 'generated' };

  it('names the conversion point and keeps the sent name', () => {
    const eventNames = compileEventNameMappings([
      line('Trial Started', 'conversion', { conversionPoint: 'trial' }),
    ]);
    const r = mapSegmentMessage(
      { type: 'track', event: 'Trial Started', userId: 'u', messageId: 'm' },
      { ...options, eventNames },
    );
    expect(r.ok && r.event).toMatchObject({
      type: 'conversion',
      name: 'trial',
      properties: { segment_event: 'Trial Started' },
    });
  });

  it('reads the revenue from the own property, for any type', () => {
    const eventNames = compileEventNameMappings([
      line('Contract Signed', 'order', { revenueProperty: 'value' }),
      line('Quote Sent', 'quote_request', { revenueProperty: 'net' }),
    ]);
    const map = (event: string, properties: object) => {
      const r = mapSegmentMessage(
        { type: 'track', event, userId: 'u', messageId: 'm', properties },
        { ...options, eventNames },
      );
      return r.ok ? r.event : null;
    };
    expect(map('Contract Signed', { value: '1200.50', currency: 'eur', revenue: 5 })).toMatchObject({
      type: 'order',
      revenue: { amount: 1200.5, currency: 'EUR' },
    });
    expect(map('Quote Sent', { net: 300 })).toMatchObject({
      type: 'quote_request',
      revenue: { amount: 300 },
    });
    expect(map('Contract Signed', {})?.revenue).toBeUndefined();
  });
});
