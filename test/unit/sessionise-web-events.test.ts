import { describe, expect, it } from 'vitest';
import { WebVisits } from '../../src/core/sessions/sessioniseWebEvents';
import type { WebEvent } from '../../src/core/sessions/webEvent';

const event = (type: string, at: string, visitor: string, extra: Partial<WebEvent> = {}): WebEvent => ({
  type,
  name: null,
  occurred_at: new Date(at),
  anonymous_id: visitor,
  user_id: null,
  session_id: null,
  channel_class: 'owned',
  ...extra,
});

const visitsOf = (batch: WebVisits) =>
  batch
    .changes()
    .visits.map((v) => [v.visitorId, v.day, v.pageViews, v.isNewVisitor, v.converted])
    .sort((a, b) => String(a).localeCompare(String(b)));

describe('sessionisation (WebVisits)', () => {
  it('splits visits at 30 minutes, follows session ids and counts per day, worked out by hand', () => {
    // A: 09:00 + 09:10 and a conversion (one visit), 11:00 (a second one, bounced). B: day 1 one page
    // (bounced), day 2 two pages (returning). C: one session id an hour apart (one visit), converted.
    const batch = new WebVisits();
    for (const e of [
      event('page_view', '2026-03-02T09:00:00Z', 'a'),
      event('page_view', '2026-03-02T09:10:00Z', 'a'),
      event('conversion', '2026-03-02T09:15:00Z', 'a', { name: 'Kontaktformular' }),
      event('page_view', '2026-03-02T10:00:00Z', 'b'),
      event('page_view', '2026-03-02T11:00:00Z', 'a'),
      event('page_view', '2026-03-03T08:00:00Z', 'c', { session_id: 's-c' }),
      event('page_view', '2026-03-03T09:00:00Z', 'c', { session_id: 's-c' }),
      event('conversion', '2026-03-03T09:05:00Z', 'c', { session_id: 's-c' }),
      event('page_view', '2026-03-03T10:00:00Z', 'b'),
      event('page_view', '2026-03-03T10:20:00Z', 'b'),
      event('identify', '2026-03-03T10:21:00Z', 'b'),
    ])
      batch.apply(e);
    expect(visitsOf(batch)).toEqual([
      ['a', '2026-03-02', 1, false, false],
      ['a', '2026-03-02', 2, true, true],
      ['b', '2026-03-02', 1, true, false],
      ['b', '2026-03-03', 2, false, false],
      ['c', '2026-03-03', 2, true, true],
    ]);
    const { days, conversionPoints, visitorDays } = batch.changes();
    expect(Object.fromEntries(days)).toEqual({
      '2026-03-02': { page_views: 4, visits: 3, bounced_visits: 2, conversions: 1 },
      '2026-03-03': { page_views: 4, visits: 2, bounced_visits: 0, conversions: 1 },
    });
    expect(conversionPoints).toEqual([
      { day: '2026-03-02', point: 'Kontaktformular', conversions: 1 },
      { day: '2026-03-03', point: 'conversion', conversions: 1 },
    ]);
    expect(visitorDays).toHaveLength(4);
    expect(batch.firstDayOf('b')).toBe('2026-03-02');
  });

  it('continues a stored visit, so a bounce of an earlier batch stops being one', () => {
    const batch = new WebVisits();
    batch.addStored(
      {
        session_id: 'auto:a:1',
        visitor_id: 'a',
        day: '2026-03-02',
        started_at: new Date('2026-03-02T23:50:00Z'),
        last_event_at: new Date('2026-03-02T23:50:00Z'),
        page_views: 1,
        is_new_visitor: true,
        channel_class: 'owned',
        converted: false,
      },
      '2026-03-02',
    );
    batch.apply(event('page_view', '2026-03-03T00:10:00Z', 'a'));
    const { visits, days } = batch.changes();
    expect(visits).toMatchObject([{ id: 'auto:a:1', day: '2026-03-02', pageViews: 2 }]);
    // The visit counts on the day it started: its bounce comes off there, the page view on its own day.
    expect(Object.fromEntries(days)).toEqual({
      '2026-03-02': { page_views: 0, visits: 0, bounced_visits: -1, conversions: 0 },
      '2026-03-03': { page_views: 1, visits: 0, bounced_visits: 0, conversions: 0 },
    });
  });

  it('takes a server’s page views by user id as one visitor, and ignores events of nobody', () => {
    const batch = new WebVisits();
    batch.apply(event('page_view', '2026-03-02T09:00:00Z', 'x', { anonymous_id: null, user_id: 'u-1' }));
    batch.apply(event('page_view', '2026-03-02T09:01:00Z', 'x', { anonymous_id: null, user_id: null }));
    expect(visitsOf(batch)).toEqual([['user:u-1', '2026-03-02', 1, true, false]]);
  });
});
