import { describe, expect, it } from 'vitest';
import type { TouchpointRule } from '../../src/core/mapping/mapEventToTouchpoint';
import { suggestMappingRules, type UnmappedTraffic } from '../../src/core/mapping/suggestMappingRules';
import { touchpointForStoredEvent } from '../../src/core/mapping/touchpointForStoredEvent';
import type { TouchpointCandidate } from '../../src/core/mapping/touchpointForConcepts';

const tp = (
  id: string,
  name: string,
  catalogueKey: string | null = null,
  type = '',
): TouchpointCandidate => ({
  id,
  name,
  catalogueKey,
  type,
});

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

const touchpoints = [
  tp('tp-fair', 'Messestand Hannover', null, 'Messe'),
  tp('tp-web', 'Unser Internetauftritt', 'website'),
  tp('tp-jobs', 'Karriereseite'),
  tp('tp-li', 'LinkedIn-Unternehmensseite'),
  tp('tp-news', 'Kunden-Newsletter', 'newsletter-email'),
  tp('tp-ads', 'Google Ads', 'sem-suchmaschinen-marketing'),
];

const traffic: UnmappedTraffic[] = [
  { kind: 'host', host: 'www.schmidt.example', events: 120, people: 40 },
  { kind: 'path', host: 'www.schmidt.example', segment: 'karriere', events: 30, people: 12 },
  { kind: 'path', host: 'www.schmidt.example', segment: 'produkte', events: 50, people: 20 },
  { kind: 'utm', utmSource: 'linkedin', utmMedium: 'social', events: 9, people: 7 },
  { kind: 'utm', utmSource: 'google', utmMedium: 'cpc', events: 4, people: 4 },
  { kind: 'utm', utmSource: 'newsletter_maerz', utmMedium: 'email', events: 6, people: 5 },
  { kind: 'utm', utmSource: 'partnerblog', utmMedium: null, events: 2, people: 2 },
  { kind: 'channel', channel: 'trade_fair', events: 3, people: 3 },
  { kind: 'channel', channel: 'phone', events: 5, people: 2 },
];

describe('suggestMappingRules', () => {
  it('proposes the fitting touchpoint for each kind of traffic, specific rules first', () => {
    const got = suggestMappingRules(traffic, touchpoints, []);
    expect(got.map((s) => [s.key, s.touchpointId, s.position, s.events, s.people])).toEqual([
      ['path:www.schmidt.example/karriere', 'tp-jobs', 0, 30, 12],
      ['utm:linkedin/social', 'tp-li', 0, 9, 7],
      ['utm:newsletter_maerz/email', 'tp-news', 0, 6, 5],
      ['utm:google/cpc', 'tp-ads', 0, 4, 4],
      ['utm:partnerblog/', null, 0, 2, 2],
      ['channel:trade_fair', 'tp-fair', null, 3, 3],
      ['host:www.schmidt.example', 'tp-web', null, 120, 40],
    ]);
    expect(got[0]?.conditions).toEqual({ urlPattern: 'www.schmidt.example/karriere*' });
    expect(got[1]?.conditions).toEqual({ utmSource: 'linkedin', utmMedium: 'social' });
    expect(got[4]?.conditions).toEqual({ utmSource: 'partnerblog' });
    expect(got[5]?.conditions).toEqual({ channel: 'trade_fair' });
    expect(got[6]?.conditions).toEqual({ urlPattern: 'www.schmidt.example/*' });
  });

  it('finds the website by its name when it was not taken from the catalogue', () => {
    const got = suggestMappingRules(traffic.slice(0, 1), [tp('a', 'Flyer'), tp('b', 'Homepage')], []);
    expect(got[0]?.touchpointId).toBe('b');
  });

  it('leaves the touchpoint open for a host when nothing fits, and drops a path that has no touchpoint of its own', () => {
    const got = suggestMappingRules(traffic.slice(0, 3), [tp('a', 'Flyer')], []);
    expect(got.map((s) => [s.key, s.touchpointId])).toEqual([['host:www.schmidt.example', null]]);
  });

  it('routes a sub-domain that names something to that touchpoint', () => {
    const got = suggestMappingRules(
      [{ kind: 'host', host: 'shop.schmidt.example', events: 5, people: 2 }],
      [...touchpoints, tp('tp-shop', 'Onlineshop')],
      [],
    );
    expect(got[0]?.touchpointId).toBe('tp-shop');
  });

  it('makes no suggestion for traffic an existing rule covers', () => {
    const rules = [
      rule('tp-web', 0, { urlPattern: '*schmidt.example*' }),
      rule('tp-li', 1, { utmSource: 'linked*' }),
    ];
    const got = suggestMappingRules(traffic, touchpoints, rules);
    expect(got.map((s) => s.key)).toEqual([
      'utm:newsletter_maerz/email',
      'utm:google/cpc',
      'utm:partnerblog/',
      'channel:trade_fair',
    ]);
  });

  it('does not read "search" as search advertising', () => {
    const got = suggestMappingRules(
      [{ kind: 'path', host: 'www.schmidt.example', segment: 'search', events: 5, people: 2 }],
      touchpoints,
      [],
    );
    expect(got).toEqual([]);
  });
});

describe('touchpointForStoredEvent', () => {
  const rules = [
    rule('tp-jobs', 0, { urlPattern: '*/karriere*' }),
    rule('tp-web', 1, { urlPattern: 'www.schmidt.example/*' }),
  ];
  const careers = { type: 'page_view', url: 'https://www.schmidt.example/karriere/azubi' };
  const home = { type: 'page_view', url: 'https://www.schmidt.example/' };

  it('gives an event what ingestion would give it today', () => {
    expect(touchpointForStoredEvent(rules, null, careers)).toBe('tp-jobs');
    expect(touchpointForStoredEvent(rules, null, home)).toBe('tp-web');
    expect(touchpointForStoredEvent(rules, null, { type: 'call' })).toBeNull();
  });

  it('applying one rule touches only its events, and an earlier rule still wins them', () => {
    expect(touchpointForStoredEvent(rules, rules[1] ?? null, home)).toBe('tp-web');
    expect(touchpointForStoredEvent(rules, rules[1] ?? null, careers)).toBe('tp-jobs');
    expect(touchpointForStoredEvent(rules, rules[0] ?? null, home)).toBeNull();
  });
});
