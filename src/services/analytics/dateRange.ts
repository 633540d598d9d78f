import type { DateRangeQuery } from '../../contract/analytics';
import { dayOf } from '../../core/webAnalytics';

/** The range a dashboard query covers: as asked, or the 30 days up to today (UTC). */
export function resolveDateRange(q: DateRangeQuery, today = new Date()): { from: string; to: string } {
  const to = q.to ?? (q.from && q.from > dayOf(today) ? q.from : dayOf(today));
  const from = q.from ?? dayOf(new Date(Date.parse(to) - 29 * 86_400_000));
  return { from, to };
}
