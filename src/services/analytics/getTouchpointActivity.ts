import { sql } from 'kysely';
import type { DateRangeQuery, TouchpointActivity } from '../../contract/analytics';
import { UNMAPPED } from '../events/aggregates';
import type { WorkspaceContext } from '../context';
import { resolveDateRange } from './dateRange';

type Item = TouchpointActivity['touchpoints'][number];

/**
 * Events, profiles and revenue per touchpoint, day and event type for a date range, busiest
 * touchpoint first. Reads only `daily_touchpoint_stats` (plus the touchpoints' names); PostgreSQL
 * builds each touchpoint's series as JSON, so a year of days costs one row per touchpoint here.
 *
 * @example await getTouchpointActivity(ctx, { from: '2026-03-01', to: '2026-03-31' })
 */
export async function getTouchpointActivity(
  ctx: WorkspaceContext,
  query: DateRangeQuery,
): Promise<TouchpointActivity> {
  const { from, to } = resolveDateRange(query);
  const rows = await sql<{
    touchpoint_key: string;
    name: string | null;
    events: string;
    revenue: string;
    days: Item['days'];
  }>`
    select s.touchpoint_key, t.name, sum(s.events)::text as events, sum(s.revenue)::text as revenue,
      json_agg(json_build_object('day', s.day, 'eventType', s.event_type, 'events', s.events,
        'profiles', s.profiles, 'revenue', s.revenue) order by s.day, s.event_type) as days
    from daily_touchpoint_stats s
    left join touchpoints t on t.workspace_id = s.workspace_id and t.id::text = s.touchpoint_key
    where s.workspace_id = ${ctx.workspaceId} and s.day >= ${from}::date and s.day <= ${to}::date
    group by s.touchpoint_key, t.name
    order by sum(s.events) desc, s.touchpoint_key
  `.execute(ctx.db);
  return {
    from,
    to,
    touchpoints: rows.rows.map((r) => ({
      touchpointId: r.touchpoint_key === UNMAPPED ? null : r.touchpoint_key,
      touchpointName: r.name,
      events: Number(r.events),
      revenue: Number(r.revenue),
      days: r.days,
    })),
  };
}
