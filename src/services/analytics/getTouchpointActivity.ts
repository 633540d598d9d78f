import { sql } from 'kysely';
import type { DateRangeQuery, TouchpointActivity } from '../../contract/analytics';
import { UNMAPPED } from '../events/aggregates';
import type { WorkspaceContext } from '../context';
import { resolveDateRange } from './dateRange';

type Point = [day: string, eventType: string, events: number, profiles: number, revenue: number];

/**
 * Events, profiles and revenue per touchpoint, day and event type for a date range, busiest
 * touchpoint first. Reads only `daily_touchpoint_stats` (and the touchpoints' names). PostgreSQL packs
 * each touchpoint's series into one JSON array of arrays: a year of days is one row per touchpoint,
 * and about three times faster than a row per point or a JSON object per point.
 *
 * @example await getTouchpointActivity(ctx, { from: '2026-03-01', to: '2026-03-31' })
 */
export async function getTouchpointActivity(
  ctx: WorkspaceContext,
  query: DateRangeQuery,
): Promise<TouchpointActivity> {
  const { from, to } = resolveDateRange(query);
  const [series, names] = await Promise.all([
    sql<{ touchpoint_key: string; points: Point[] }>`
      select touchpoint_key,
        json_agg(json_build_array(day::text, event_type, events, profiles, revenue)) as points
      from daily_touchpoint_stats
      where workspace_id = ${ctx.workspaceId} and day >= ${from}::date and day <= ${to}::date
      group by touchpoint_key
    `.execute(ctx.db),
    ctx.db
      .selectFrom('touchpoints')
      .select(['id', 'name'])
      .where('workspace_id', '=', ctx.workspaceId)
      .execute(),
  ]);
  const nameOf = new Map(names.map((t) => [t.id, t.name]));
  const touchpoints = series.rows.map(({ touchpoint_key: key, points }) => {
    points.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
    let events = 0;
    let revenueCents = 0;
    const days = points.map(([day, eventType, e, profiles, revenue]) => {
      events += e;
      revenueCents += Math.round(revenue * 100);
      return { day, eventType, events: e, profiles, revenue };
    });
    return {
      touchpointId: key === UNMAPPED ? null : key,
      touchpointName: key === UNMAPPED ? null : (nameOf.get(key) ?? null),
      events,
      revenue: revenueCents / 100,
      days,
    };
  });
  touchpoints.sort(
    (a, b) => b.events - a.events || String(a.touchpointId).localeCompare(String(b.touchpointId)),
  );
  return { from, to, touchpoints };
}
