import { sql } from 'kysely';
import type { TouchpointLiveActivity } from '../../contract/mapping';
import { dayOf } from '../../core/webAnalytics';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';

/** Event types a touchpoint's activity counts as conversions. */
export const CONVERSION_TYPES = ['conversion', 'order'] as const;

/**
 * One touchpoint's activity over the last `days` days (UTC, today included): interactions,
 * conversions and a daily trend from `daily_touchpoint_stats` (the processor's summary, so their cost
 * follows the days, not the history); distinct people, which no daily summary can add up, from one
 * range scan of the period's events on `events_time`, whose cost follows the workspace's events of
 * the period. Days without events are in the trend with zeros.
 *
 * @example await getTouchpointLiveActivity(ctx, touchpointId, 30)
 */
export async function getTouchpointLiveActivity(
  ctx: WorkspaceContext,
  touchpointId: string,
  days: number,
  now: Date = new Date(),
): Promise<Result<TouchpointLiveActivity>> {
  const ws = ctx.workspaceId;
  const touchpoint = await ctx.db
    .selectFrom('touchpoints')
    .select('id')
    .where('workspace_id', '=', ws)
    .where('id', '=', touchpointId)
    .executeTakeFirst();
  if (!touchpoint) return err('not_found', 'Touchpoint not found', { id: touchpointId });
  const to = dayOf(now);
  const from = dayOf(new Date(Date.parse(to) - (days - 1) * 86_400_000));
  const conversionTypes = [...CONVERSION_TYPES];
  const [stats, people, tracked] = await Promise.all([
    sql<{ day: string; interactions: number; conversions: number }>`
      select d.day::date::text as day, coalesce(sum(s.events), 0)::int as interactions,
        coalesce(sum(s.events) filter (where s.event_type = any(${conversionTypes}::text[])), 0)::int as conversions
      from generate_series(${from}::date, ${to}::date, interval '1 day') as d(day)
      left join daily_touchpoint_stats s
        on s.workspace_id = ${ws} and s.touchpoint_key = ${touchpointId} and s.day = d.day::date
      group by d.day order by d.day
    `.execute(ctx.db),
    sql<{ day: string | null; people: number }>`
      select (occurred_at at time zone 'UTC')::date::text as day, count(distinct profile_id)::int as people
      from events
      where workspace_id = ${ws} and touchpoint_id = ${touchpointId} and profile_id is not null
        and occurred_at >= ${from}::timestamp at time zone 'UTC'
        and occurred_at < (${to}::date + 1)::timestamp at time zone 'UTC'
      group by grouping sets ((occurred_at at time zone 'UTC')::date, ())
    `.execute(ctx.db),
    sql<{ tracked: boolean }>`
      select exists (
        select 1 from daily_touchpoint_stats where workspace_id = ${ws} and touchpoint_key = ${touchpointId}
      ) as tracked
    `.execute(ctx.db),
  ]);
  const peopleOn = new Map(people.rows.map((r) => [r.day, r.people]));
  const trend = stats.rows.map((r) => ({ ...r, people: peopleOn.get(r.day) ?? 0 }));
  return ok({
    touchpointId,
    from,
    to,
    interactions: trend.reduce((n, d) => n + d.interactions, 0),
    people: peopleOn.get(null) ?? 0,
    conversions: trend.reduce((n, d) => n + d.conversions, 0),
    tracked: tracked.rows[0]?.tracked ?? false,
    trend,
  });
}
