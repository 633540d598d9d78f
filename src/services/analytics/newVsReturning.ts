import type { NewVsReturning, NewVsReturningPeriod, NewVsReturningQuery } from '../../contract/visitors';
import { visitorSeries, type VisitorInterval } from '../../core/returningVisitors';
import type { WorkspaceContext } from '../context';
import { resolveDateRange } from './dateRange';
import { visitorPhasesSql, visitorSeriesSql, type VisitorFilters } from './newVsReturningSql';
import { funnelPhases } from './phaseFunnelEvents';

import type { CountRow } from './newVsReturningSql';

async function ofPeriod(
  ctx: WorkspaceContext,
  period: { from: string; to: string },
  interval: VisitorInterval,
  filters: VisitorFilters,
): Promise<NewVsReturningPeriod> {
  const series = visitorSeriesSql(ctx, period, interval, filters).execute(ctx.db);
  const byPhase = visitorPhasesSql(ctx, period, filters).execute(ctx.db);
  const [seriesRows, phaseRows, phases] = await Promise.all([series, byPhase, funnelPhases(ctx)]);
  const total = seriesRows.rows.find((r) => r.bucket === null);
  const phaseCounts = new Map(phaseRows.rows.map((r) => [r.phase_key, r]));
  const counts = (c: CountRow | undefined) => ({
    visitors: c?.visitors ?? 0,
    newVisitors: c?.new_visitors ?? 0,
    returningVisitors: (c?.visitors ?? 0) - (c?.new_visitors ?? 0),
  });
  return {
    from: period.from,
    to: period.to,
    interval,
    ...counts(total),
    series: visitorSeries(
      period.from,
      period.to,
      interval,
      seriesRows.rows.flatMap((r) =>
        r.bucket === null ? [] : [{ bucket: r.bucket, visitors: r.visitors, newVisitors: r.new_visitors }],
      ),
    ),
    phases: [
      ...phases.map((p) => ({ ...p, ...counts(phaseCounts.get(p.key)) })),
      { key: null, nameDe: 'Ohne Phase', nameEn: 'No phase', ...counts(phaseCounts.get(null)) },
    ],
  };
}

/**
 * New vs returning visitors (seed 003, question 5) per day or week and per journey phase, for a period
 * (default: the last 30 days) and, if asked, a second one. A visitor is new on the day of their first
 * visit ever and returning on every later day; within a bucket each visitor counts once (new if the
 * first visit falls into it). Without filters the series reads the `daily_visitors` summary; filters and
 * the phases read the period's page views (the landing page of each visitor-day).
 *
 * @example await getNewVsReturning(ctx, { from: '2026-11-01', to: '2026-11-30', interval: 'week' })
 */
export async function getNewVsReturning(
  ctx: WorkspaceContext,
  query: NewVsReturningQuery,
): Promise<NewVsReturning> {
  const filters: VisitorFilters = {
    persona: query.persona,
    channel: query.channel,
    channelClass: query.channelClass,
  };
  const interval = query.interval ?? 'day';
  const period = resolveDateRange({ from: query.from, to: query.to });
  const [main, compare] = await Promise.all([
    ofPeriod(ctx, period, interval, filters),
    query.compareFrom !== undefined && query.compareTo !== undefined
      ? ofPeriod(ctx, { from: query.compareFrom, to: query.compareTo }, interval, filters)
      : null,
  ]);
  return { ...main, compare };
}
