import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  bucketsBetween,
  countVisitorBuckets,
  visitorSeries,
} from '../../src/core/returningVisitors';

describe('bucketOf / bucketsBetween', () => {
  it('starts weeks on Monday (UTC)', () => {
    expect(bucketOf('2026-12-07', 'week')).toBe('2026-12-07'); // Monday
    expect(bucketOf('2026-12-13', 'week')).toBe('2026-12-07'); // Sunday
    expect(bucketOf('2026-12-14', 'week')).toBe('2026-12-14');
    expect(bucketOf('2027-01-01', 'week')).toBe('2026-12-28'); // across the year
    expect(bucketOf('2026-12-13', 'day')).toBe('2026-12-13');
  });
  it('lists every bucket of the period', () => {
    expect(bucketsBetween('2026-12-05', '2026-12-08', 'week')).toEqual(['2026-11-30', '2026-12-07']);
    expect(bucketsBetween('2026-12-30', '2027-01-01', 'day')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
    ]);
  });
});

describe('countVisitorBuckets', () => {
  const firstDays = new Map([
    ['ana', '2026-12-07'],
    ['ben', '2026-12-01'],
  ]);
  const days = [
    ['ana', '2026-12-07'],
    ['ana', '2026-12-09'],
    ['ben', '2026-12-08'],
    ['ben', '2026-12-01'],
  ] as const;
  it('counts a visitor new on the day of the first visit and returning afterwards', () => {
    // 1 Dec: ben new; 7 Dec: ana new; 8 Dec: ben returning; 9 Dec: ana returning
    expect(countVisitorBuckets(days, firstDays, 'day')).toEqual([
      { bucket: '2026-12-01', visitors: 1, newVisitors: 1 },
      { bucket: '2026-12-07', visitors: 1, newVisitors: 1 },
      { bucket: '2026-12-08', visitors: 1, newVisitors: 0 },
      { bucket: '2026-12-09', visitors: 1, newVisitors: 0 },
    ]);
  });
  it('counts each visitor once a week, new in the week of the first visit', () => {
    // week of 30 Nov: ben (new); week of 7 Dec: ana (new, twice) and ben (returning)
    expect(countVisitorBuckets(days, firstDays, 'week')).toEqual([
      { bucket: '2026-11-30', visitors: 1, newVisitors: 1 },
      { bucket: '2026-12-07', visitors: 2, newVisitors: 1 },
    ]);
  });
});

describe('visitorSeries', () => {
  it('fills empty buckets with zeros and a null share, never NaN', () => {
    expect(
      visitorSeries('2026-12-01', '2026-12-02', 'day', [
        { bucket: '2026-12-02', visitors: 4, newVisitors: 1 },
      ]),
    ).toEqual([
      { start: '2026-12-01', visitors: 0, newVisitors: 0, returningVisitors: 0, newShare: null },
      { start: '2026-12-02', visitors: 4, newVisitors: 1, returningVisitors: 3, newShare: 0.25 },
    ]);
  });
});
