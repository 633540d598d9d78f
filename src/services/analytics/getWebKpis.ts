import type { DateRangeQuery, WebKpis } from '../../contract/analytics';
import { channelClassSchema } from '../../contract/events';
import { rate, webRatios } from '../../core/webAnalytics';
import type { WorkspaceContext } from '../context';
import { listConversionPointNames } from './conversionPointNames';
import { resolveDateRange } from './dateRange';

/**
 * Visits, unique visitors, new vs returning, bounces, page views, conversions per conversion point and
 * entries per channel for a date range. Reads only the daily aggregates (`daily_web_stats`,
 * `daily_conversion_stats`, `daily_channel_stats`), a few rows per day, so its cost does not grow with
 * the event log.
 *
 * @example await getWebKpis(ctx, { from: '2026-03-01', to: '2026-03-31' })
 */
export async function getWebKpis(ctx: WorkspaceContext, query: DateRangeQuery): Promise<WebKpis> {
  const { from, to } = resolveDateRange(query);
  const [dayRows, pointRows, channelRows, names] = await Promise.all([
    ctx.db
      .selectFrom('daily_web_stats')
      .select([
        'day',
        'visits',
        'unique_visitors',
        'new_visitors',
        'returning_visitors',
        'page_views',
        'bounced_visits',
        'conversions',
      ])
      .where('workspace_id', '=', ctx.workspaceId)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .orderBy('day')
      .execute(),
    ctx.db
      .selectFrom('daily_conversion_stats')
      .select(['conversion_point', (eb) => eb.fn.sum<string>('conversions').as('conversions')])
      .where('workspace_id', '=', ctx.workspaceId)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .groupBy('conversion_point')
      .orderBy('conversion_point')
      .execute(),
    ctx.db
      .selectFrom('daily_channel_stats')
      .select(['channel', 'channel_class', (eb) => eb.fn.sum<string>('events').as('entries')])
      .where('workspace_id', '=', ctx.workspaceId)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .where('event_type', '=', 'page_view')
      .where('channel', '<>', 'internal')
      .groupBy(['channel', 'channel_class'])
      .execute(),
    listConversionPointNames(ctx),
  ]);
  const nameOf = new Map(names.map((n) => [n.conversionPoint, n.name]));
  const days = dayRows.map((r) => ({
    day: r.day,
    visits: Number(r.visits),
    uniqueVisitors: Number(r.unique_visitors),
    newVisitors: Number(r.new_visitors),
    returningVisitors: Number(r.returning_visitors),
    pageViews: Number(r.page_views),
    bouncedVisits: Number(r.bounced_visits),
    conversions: Number(r.conversions),
  }));
  const sum = (k: keyof (typeof days)[number]) => days.reduce((s, d) => s + Number(d[k]), 0);
  const totals = {
    visits: sum('visits'),
    uniqueVisitors: sum('uniqueVisitors'),
    newVisitors: sum('newVisitors'),
    returningVisitors: sum('returningVisitors'),
    pageViews: sum('pageViews'),
    bouncedVisits: sum('bouncedVisits'),
    conversions: sum('conversions'),
  };
  const ratios = webRatios(totals);
  return {
    from,
    to,
    ...totals,
    ...ratios,
    conversionPoints: pointRows.map((r) => ({
      conversionPoint: r.conversion_point,
      name: nameOf.get(r.conversion_point) ?? null,
      conversions: Number(r.conversions),
      conversionRate: rate(Number(r.conversions), totals.visits),
    })),
    trafficSources: trafficSources(channelRows),
    days,
  };
}

function trafficSources(
  rows: { channel: string; channel_class: string; entries: string }[],
): WebKpis['trafficSources'] {
  const total = rows.reduce((sum, r) => sum + Number(r.entries), 0);
  return rows
    .map((r) => ({
      channel: r.channel || 'unknown',
      channelClass: channelClassSchema.safeParse(r.channel_class).data ?? null,
      entries: Number(r.entries),
      share: total > 0 ? Number(r.entries) / total : 0,
    }))
    .sort((a, b) => b.entries - a.entries || a.channel.localeCompare(b.channel));
}
