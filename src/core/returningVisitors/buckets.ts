import { assertUnreachable } from '../result';

export type VisitorInterval = 'day' | 'week';

const DAY = 86_400_000;
const dayText = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The first day of the bucket a UTC day falls into: the day itself, or the Monday of its ISO week.
 *
 * @example bucketOf('2026-12-10', 'week') // '2026-12-07' (a Thursday -> its Monday)
 */
export function bucketOf(day: string, interval: VisitorInterval): string {
  switch (interval) {
    case 'day':
      return day;
    case 'week': {
      const ms = Date.parse(`${day}T00:00:00Z`);
      // getUTCDay: Sunday 0 .. Saturday 6; Monday is 0 days back, Sunday 6.
      const back = (new Date(ms).getUTCDay() + 6) % 7;
      return dayText(ms - back * DAY);
    }
    default:
      return assertUnreachable(interval);
  }
}

/**
 * Every bucket start from the bucket of `from` to the bucket of `to`, in order.
 *
 * @example bucketsBetween('2026-12-05', '2026-12-08', 'week') // ['2026-11-30', '2026-12-07']
 */
export function bucketsBetween(from: string, to: string, interval: VisitorInterval): string[] {
  const step = interval === 'day' ? DAY : 7 * DAY;
  const out: string[] = [];
  const last = Date.parse(`${bucketOf(to, interval)}T00:00:00Z`);
  for (let ms = Date.parse(`${bucketOf(from, interval)}T00:00:00Z`); ms <= last; ms += step)
    out.push(dayText(ms));
  return out;
}
