import { sql } from 'kysely';
import { addCounts } from '../../core/email/kpis';
import {
  computeMetric,
  emptyMetricData,
  metricByKey,
  type MetricData,
  type MetricSource,
} from '../../core/kpis/metrics';
import { assertUnreachable } from '../../core/result';
import type { Db } from '../../db/database';
import { countsOf, mailingsWithCounters } from '../email/getMailingKpis';
import { raiseAlertIfOutOfBand, type RaisedAlert } from './alerts';

/** A period of whole days (UTC), both ends included. */
export interface DayRange {
  from: string;
  to: string;
}

export interface ComputedValue {
  kpiId: string;
  metric: string;
  /** null: nothing to compute from (e.g. no visits to divide by); no value is stored. */
  value: number | null;
  /** false when a value entered by hand or imported for the day was kept. */
  stored: boolean;
}

/**
 * Computes and stores the value of every KPI with a metric for one day (`kpi_values`, source
 * `computed`), then checks each against its band, raising alerts (unless `checkBands` is false). A
 * value entered by hand or
 * imported for the same day wins and is left alone. Runs daily for yesterday and today (src/jobs);
 * running it again for a day replaces that day's computed values, so late events are picked up.
 *
 * @example
 * const values = await computeKpiValues(db, workspaceId, '2026-05-04');
 */
export async function computeKpiValues(
  db: Db,
  workspaceId: string,
  day: string,
  options: {
    onAlert?: (raised: RaisedAlert) => void;
    /** false: store the values without checking them against their bands (a day not over yet). */
    checkBands?: boolean;
  } = {},
): Promise<ComputedValue[]> {
  const kpis = await db
    .selectFrom('kpis')
    .select(['id', 'touchpoint_id', 'metric', 'params'])
    .where('workspace_id', '=', workspaceId)
    .where('metric', 'is not', null)
    .execute();
  const cache = new Map<string, Promise<MetricData>>();
  const results: ComputedValue[] = [];
  for (const k of kpis) {
    const metric = metricByKey(k.metric ?? '');
    if (!metric) continue;
    const scope = { touchpointId: k.touchpoint_id, params: k.params };
    const cacheKey = `${metric.source}:${metric.source === 'mailing_stats' && k.params.touchpointOnly === true ? k.touchpoint_id : ''}`;
    let data = cache.get(cacheKey);
    if (!data) {
      data = loadMetricData(
        db,
        workspaceId,
        metric.source,
        { from: day, to: day },
        scope.touchpointId,
        k.params,
      );
      cache.set(cacheKey, data);
    }
    const value = computeMetric(metric.key, await data, scope);
    if (value === null) {
      results.push({ kpiId: k.id, metric: metric.key, value, stored: false });
      continue;
    }
    const stored = await db
      .insertInto('kpi_values')
      .values({
        workspace_id: workspaceId,
        kpi_id: k.id,
        measured_on: day,
        value,
        source: 'computed',
        note: '',
      })
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'kpi_id', 'measured_on'])
          .doUpdateSet({ value, note: '' })
          .where('kpi_values.source', '=', 'computed'),
      )
      .returning('kpi_id')
      .executeTakeFirst();
    results.push({ kpiId: k.id, metric: metric.key, value, stored: stored !== undefined });
    if (stored && options.checkBands !== false) {
      const raised = await raiseAlertIfOutOfBand(db, workspaceId, k.id, day, value);
      if (raised) options.onAlert?.(raised);
    }
  }
  return results;
}

/**
 * The value of a metric over any period (for charts and reports), without storing it.
 * @example await computeMetricForPeriod(db, workspaceId, 'web.bounce_rate', { from: '2026-05-01', to: '2026-05-31' }, touchpointId)
 */
export async function computeMetricForPeriod(
  db: Db,
  workspaceId: string,
  key: string,
  range: DayRange,
  touchpointId: string,
  params: Record<string, unknown> = {},
): Promise<number | null> {
  const metric = metricByKey(key);
  if (!metric) return null;
  const data = await loadMetricData(db, workspaceId, metric.source, range, touchpointId, params);
  return computeMetric(key, data, { touchpointId, params });
}

/** Loads the rows of one source for a period; everything else stays empty. */
export async function loadMetricData(
  db: Db,
  workspaceId: string,
  source: MetricSource,
  range: DayRange,
  touchpointId: string,
  params: Record<string, unknown>,
): Promise<MetricData> {
  const data = emptyMetricData();
  switch (source) {
    case 'touchpoint_stats':
      data.touchpointStats = await touchpointStats(db, workspaceId, range);
      return data;
    case 'web_stats':
      data.web = await webTotals(db, workspaceId, range);
      return data;
    case 'conversion_stats':
      data.web = await webTotals(db, workspaceId, range);
      data.conversionPoints = await conversionPoints(db, workspaceId, range);
      return data;
    case 'social_visits':
      data.socialVisits = await socialVisits(db, workspaceId, range);
      return data;
    case 'social_replies':
      data.socialReplies = await socialReplies(db, workspaceId, range);
      return data;
    case 'mailing_stats':
      data.mailing = await mailingCounts(
        db,
        workspaceId,
        range,
        params.touchpointOnly === true ? touchpointId : null,
      );
      return data;
    default:
      return assertUnreachable(source);
  }
}

/** `daily_touchpoint_stats` of the period, summed per touchpoint and event type. */
async function touchpointStats(db: Db, workspaceId: string, range: DayRange) {
  const rows = await db
    .selectFrom('daily_touchpoint_stats')
    .select((eb) => [
      'touchpoint_key',
      'event_type',
      eb.fn.sum<string>('events').as('events'),
      eb.fn.sum<string>('profiles').as('profiles'),
      eb.fn.sum<string>('revenue').as('revenue'),
    ])
    .where('workspace_id', '=', workspaceId)
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .groupBy(['touchpoint_key', 'event_type'])
    .execute();
  return rows.map((r) => ({
    touchpointKey: r.touchpoint_key,
    eventType: r.event_type,
    events: Number(r.events),
    profiles: Number(r.profiles),
    revenue: Number(r.revenue),
  }));
}

/** `daily_web_stats` of the period, summed. */
async function webTotals(db: Db, workspaceId: string, range: DayRange): Promise<MetricData['web']> {
  const r = await sql<Record<string, string | null>>`
    select sum(page_views) as page_views, sum(visits) as visits, sum(bounced_visits) as bounced_visits,
      sum(unique_visitors) as unique_visitors, sum(new_visitors) as new_visitors,
      sum(returning_visitors) as returning_visitors, sum(conversions) as conversions
    from daily_web_stats where workspace_id = ${workspaceId} and day between ${range.from} and ${range.to}
  `.execute(db);
  const row = r.rows[0] ?? {};
  const n = (k: string) => Number(row[k] ?? 0);
  return {
    pageViews: n('page_views'),
    visits: n('visits'),
    bouncedVisits: n('bounced_visits'),
    uniqueVisitors: n('unique_visitors'),
    newVisitors: n('new_visitors'),
    returningVisitors: n('returning_visitors'),
    conversions: n('conversions'),
  };
}

/** `daily_conversion_stats` of the period, per conversion point. */
async function conversionPoints(
  db: Db,
  workspaceId: string,
  range: DayRange,
): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('daily_conversion_stats')
    .select((eb) => ['conversion_point', eb.fn.sum<string>('conversions').as('conversions')])
    .where('workspace_id', '=', workspaceId)
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .groupBy('conversion_point')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.conversion_point, Number(r.conversions)]));
}

/** Page views that landed from a social network (`daily_channel_stats`). */
async function socialVisits(db: Db, workspaceId: string, range: DayRange): Promise<number> {
  const r = await db
    .selectFrom('daily_channel_stats')
    .select((eb) => eb.fn.sum<string>('events').as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .where('event_type', '=', 'page_view')
    .where('channel', 'in', SOCIAL_CHANNELS)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

const SOCIAL_CHANNELS = ['social', 'paid_social'];

/** Replies to social interactions in the period and their response times (`daily_social_replies`). */
async function socialReplies(
  db: Db,
  workspaceId: string,
  range: DayRange,
): Promise<MetricData['socialReplies']> {
  const r = await db
    .selectFrom('daily_social_replies')
    .select((eb) => [eb.fn.sum<string>('replies').as('n'), eb.fn.sum<string>('response_hours').as('hours')])
    .where('workspace_id', '=', workspaceId)
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .executeTakeFirst();
  return { count: Number(r?.n ?? 0), totalHours: Number(r?.hours ?? 0) };
}

/** `mailing_stats` of the mailings sent in the period (UTC), of one touchpoint when given. */
async function mailingCounts(db: Db, workspaceId: string, range: DayRange, touchpointId: string | null) {
  let q = mailingsWithCounters(db, workspaceId)
    .where(sql<boolean>`m.sent_at >= ${range.from}::date::timestamp at time zone 'UTC'`)
    .where(sql<boolean>`m.sent_at < (${range.to}::date + 1)::timestamp at time zone 'UTC'`);
  if (touchpointId) q = q.where('m.touchpoint_id', '=', touchpointId);
  const rows = await q.execute();
  return rows.map(countsOf).reduce(addCounts, emptyMetricData().mailing);
}
