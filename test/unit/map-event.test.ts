import { describe, expect, it } from 'vitest';
import { globMatch } from '../../src/core/mapping/globMatch';
import { mapEventToTouchpoint, type TouchpointRule } from '../../src/core/mapping/mapEventToTouchpoint';

const rule = (
  touchpointId: string,
  position: number,
  conditions: Partial<TouchpointRule>,
): TouchpointRule => ({
  touchpointId,
  position,
  eventType: null,
  channel: null,
  urlPattern: null,
  referrerPattern: null,
  utmSource: null,
  utmMedium: null,
  utmCampaign: null,
  ...conditions,
});

describe('globMatch', () => {
  it.each<[string, string, boolean]>([
    ['*', '', true],
    ['*', 'anything', true],
    ['', '', true],
    ['', 'x', false],
    ['exact', 'exact', true],
    ['exact', 'EXACT', true],
    ['exact', 'exactly', false],
    ['spring_*', 'Spring_2026', true],
    ['*/kontakt*', 'https://example.com/kontakt?x=1', true],
    ['*/kontakt*', 'https://example.com/ueber-uns', false],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['*.example.com/*', 'https://shop.example.com/cart', true],
    // regular-expression characters are literal
    ['example.com/(a)+[b]?$', 'example.com/(a)+[b]?$', true],
    ['example.com', 'exampleXcom', false],
    ['a+', 'aaa', false],
    ['^start', 'start', false],
  ])('%j against %j is %s', (pattern, text, expected) => {
    expect(globMatch(pattern, text)).toBe(expected);
  });

  it('stays fast on a pathological pattern', () => {
    const started = performance.now();
    expect(globMatch(`${'a*'.repeat(200)}b`, 'a'.repeat(2048))).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('mapEventToTouchpoint', () => {
  const rules = [
    rule('messe', 10, { urlPattern: '*/messe*' }),
    rule('linkedin-ads', 1, { utmSource: 'linkedin', utmMedium: 'cpc' }),
    rule('newsletter', 2, { eventType: 'page_view', channel: 'email' }),
    rule('kontakt', 3, { eventType: 'conversion', urlPattern: 'www.example.com/kontakt*' }),
    rule('google', 4, { referrerPattern: '*google.*' }),
    rule('spring', 5, { utmCampaign: 'fruehjahr_*' }),
    rule('calls', 6, { eventType: 'call' }),
  ];

  it.each<[string, Parameters<typeof mapEventToTouchpoint>[1], string | null]>([
    ['URL pattern', { type: 'page_view', url: 'https://www.example.com/messe/2026' }, 'messe'],
    [
      'all conditions of a rule must hold',
      { type: 'page_view', utmSource: 'LinkedIn', utmMedium: 'organic', url: 'https://www.example.com/' },
      null,
    ],
    [
      'the lowest position wins over a later match',
      { type: 'page_view', utmSource: 'linkedin', utmMedium: 'cpc', url: 'https://www.example.com/messe' },
      'linkedin-ads',
    ],
    ['type and channel', { type: 'page_view', channel: 'email' }, 'newsletter'],
    ['type must match', { type: 'email_click', channel: 'email' }, null],
    [
      'URL pattern without scheme',
      { type: 'conversion', url: 'https://www.example.com/kontakt/danke' },
      'kontakt',
    ],
    ['referrer pattern', { type: 'page_view', referrer: 'https://www.google.de/' }, 'google'],
    ['a set condition on a missing field fails', { type: 'page_view' }, null],
    ['UTM campaign glob', { type: 'page_view', utmCampaign: 'Fruehjahr_Messe' }, 'spring'],
    ['event type only', { type: 'call' }, 'calls'],
    ['no rule: unmapped', { type: 'order' }, null],
  ])('%s', (_name, event, expected) => {
    expect(mapEventToTouchpoint(rules, event)).toBe(expected);
  });

  it('keeps the given order among equal positions', () => {
    const tied = [rule('first', 1, { eventType: 'call' }), rule('second', 1, { eventType: 'call' })];
    expect(mapEventToTouchpoint(tied, { type: 'call' })).toBe('first');
  });

  it('maps nothing without rules', () => expect(mapEventToTouchpoint([], { type: 'page_view' })).toBeNull());
});
