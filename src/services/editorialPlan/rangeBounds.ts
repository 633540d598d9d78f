import type { EditorialRangeQuery } from '../../contract/editorialPlan';
import { err, ok, type Result } from '../../core/result';

const DAY_MS = 86_400_000;

/**
 * A range query as instants: a date bound covers its whole day in UTC (`to=2026-03-31` includes the
 * 31st), an instant bound is exact and `to` exclusive.
 *
 * @example rangeBounds({ from: '2026-03-01', to: '2026-03-31' }) // ok({ from: 2026-03-01T00:00Z, to: 2026-04-01T00:00Z })
 */
export function rangeBounds(query: EditorialRangeQuery): Result<{ from?: Date; to?: Date }> {
  const isDate = (s: string) => s.length === 10;
  const from = query.from && new Date(isDate(query.from) ? `${query.from}T00:00:00Z` : query.from);
  const to =
    query.to &&
    (isDate(query.to) ? new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS) : new Date(query.to));
  if (from && to && from >= to) return err('validation_failed', 'from: must be before to', { field: 'from' });
  return ok({ ...(from && { from }), ...(to && { to }) });
}
