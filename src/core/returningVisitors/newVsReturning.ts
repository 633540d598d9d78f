import { bucketOf, bucketsBetween, type VisitorInterval } from './buckets';

/** Distinct visitors of a bucket and how many of them had their first visit ever in it. */
export interface VisitorBucketCount {
  bucket: string;
  visitors: number;
  newVisitors: number;
}

export interface VisitorPoint {
  /** The bucket's first day (the day, or the Monday of the week). */
  start: string;
  visitors: number;
  newVisitors: number;
  returningVisitors: number;
  /** newVisitors / visitors, 0..1; null for a bucket without visitors. */
  newShare: number | null;
}

/**
 * The series over the period with every bucket present (zeros where no one came), from the counts the
 * database returned. A visitor is new in the bucket of the day of their first visit ever and returning
 * in every later bucket they visit; within a bucket each visitor counts once.
 *
 * @example
 * visitorSeries('2026-12-01', '2026-12-02', 'day', [{ bucket: '2026-12-02', visitors: 3, newVisitors: 1 }])
 * // [{ start: '2026-12-01', visitors: 0, newVisitors: 0, returningVisitors: 0, newShare: null },
 * //  { start: '2026-12-02', visitors: 3, newVisitors: 1, returningVisitors: 2, newShare: 0.333.. }]
 */
export function visitorSeries(
  from: string,
  to: string,
  interval: VisitorInterval,
  counts: readonly VisitorBucketCount[],
): VisitorPoint[] {
  const byBucket = new Map(counts.map((c) => [c.bucket, c]));
  return bucketsBetween(from, to, interval).map((start) => {
    const c = byBucket.get(start);
    const visitors = c?.visitors ?? 0;
    const newVisitors = Math.min(visitors, c?.newVisitors ?? 0);
    return {
      start,
      visitors,
      newVisitors,
      returningVisitors: visitors - newVisitors,
      newShare: visitors > 0 ? newVisitors / visitors : null,
    };
  });
}

/**
 * The slow, obvious count the SQL must agree with: from each visitor's visit days and the day of their
 * first visit ever, the distinct visitors and new visitors per bucket.
 *
 * @example
 * // Ana first came on Mon 7 Dec and again on Wed 9 Dec; Ben first came on 1 Dec, again on 8 Dec.
 * countVisitorBuckets([['ana','2026-12-07'],['ana','2026-12-09'],['ben','2026-12-08']],
 *   new Map([['ana','2026-12-07'],['ben','2026-12-01']]), 'week')
 * // [{ bucket: '2026-12-07', visitors: 2, newVisitors: 1 }]
 */
export function countVisitorBuckets(
  visitorDays: readonly (readonly [visitorId: string, day: string])[],
  firstDayOf: ReadonlyMap<string, string>,
  interval: VisitorInterval,
): VisitorBucketCount[] {
  const buckets = new Map<string, { all: Set<string>; fresh: Set<string> }>();
  for (const [visitor, day] of visitorDays) {
    const bucket = bucketOf(day, interval);
    const b = buckets.get(bucket) ?? { all: new Set<string>(), fresh: new Set<string>() };
    buckets.set(bucket, b);
    b.all.add(visitor);
    const first = firstDayOf.get(visitor);
    if (first !== undefined && bucketOf(first, interval) === bucket) b.fresh.add(visitor);
  }
  return [...buckets]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([bucket, b]) => ({ bucket, visitors: b.all.size, newVisitors: b.fresh.size }));
}
