import type { EditorialRangeQuery } from '../../contract/editorialPlan';
import { EDITORIAL_CSV_COLUMNS, editorialCsvRows } from '../../core/editorialPlan/editorialCsvRows';
import { err, ok, type Result } from '../../core/result';
import { isKnownTimeZone } from '../../core/sla/zonedTime';
import type { WorkspaceContext } from '../context';
import { toCsv } from '../csvTable';
import { rangeBounds } from './rangeBounds';
import { loadPlanEntries } from './loadPlanEntries';

/**
 * The plan (or a range of it) as CSV, date and time in `timeZone`.
 *
 * @example await exportEditorialCsv(ctx, { from: '2026-03-01', to: '2026-03-31', timeZone: 'Europe/Berlin' })
 */
export async function exportEditorialCsv(
  ctx: WorkspaceContext,
  query: EditorialRangeQuery & { timeZone: string },
  lang: 'de' | 'en' = 'de',
): Promise<Result<string>> {
  if (!isKnownTimeZone(query.timeZone))
    return err('validation_failed', `timeZone: unknown time zone ${query.timeZone}`, { field: 'timeZone' });
  const range = rangeBounds(query);
  if (!range.ok) return range;
  const entries = await loadPlanEntries(ctx.db, ctx.workspaceId, lang, {
    ...range.value,
    ...(query.channelId && { channelId: query.channelId }),
  });
  return ok(toCsv(EDITORIAL_CSV_COLUMNS, editorialCsvRows(entries, query.timeZone)));
}
