import { sql, type RawBuilder } from 'kysely';
import type { VisitorInterval } from '../../core/returningVisitors';
import type { WorkspaceContext } from '../context';

export interface VisitorFilters {
  persona?: string | undefined;
  channel?: string | undefined;
  channelClass?: 'owned' | 'earned' | 'paid' | undefined;
}

export const hasVisitorFilters = (f: VisitorFilters) =>
  f.persona !== undefined || f.channel !== undefined || f.channelClass !== undefined;

/**
 * Each visitor's landing page per UTC day of the period (the first page view of the day), as SQL to
 * select from: `visitor_id, day, touchpoint_id`. The visitor id is the processor's (`visitorIdOf`): the
 * anonymous id, else `user:<user id>`. Filters apply to the landing page view: its channel, its class,
 * the persona of its touchpoint. Reads the period's page views through `events_time`.
 */
export function landingSql(
  ctx: WorkspaceContext,
  period: { from: string; to: string },
  filters: VisitorFilters,
): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [];
  if (filters.channel !== undefined) conditions.push(sql`and l.channel = ${filters.channel}`);
  if (filters.channelClass !== undefined) conditions.push(sql`and l.channel_class = ${filters.channelClass}`);
  if (filters.persona !== undefined)
    conditions.push(sql`and exists (select 1 from touchpoint_personas tpp
      where tpp.workspace_id = ${ctx.workspaceId}::uuid and tpp.touchpoint_id = l.touchpoint_id
        and tpp.persona_id = ${filters.persona}::uuid)`);
  return sql`
    select l.visitor_id, l.day, l.touchpoint_id from (
      select distinct on (visitor_id, day) coalesce(e.anonymous_id, 'user:' || e.user_id) as visitor_id,
        (e.occurred_at at time zone 'UTC')::date as day, e.touchpoint_id, e.channel, e.channel_class
      from events e
      where e.workspace_id = ${ctx.workspaceId}::uuid and e.type = 'page_view'
        and e.occurred_at >= (${period.from}::date)::timestamp at time zone 'UTC'
        and e.occurred_at < (${period.to}::date + 1)::timestamp at time zone 'UTC'
        and (e.anonymous_id is not null or e.user_id is not null)
      order by visitor_id, day, e.occurred_at, e.event_id
    ) l
    where true ${sql.join(conditions, sql` `)}`;
}

/**
 * The visitor-days of the period without filters, from the `daily_visitors` summary the processor keeps
 * as events arrive (one row per visitor and day): its cost grows with the period, not the event log.
 */
export function visitorDaysSql(
  ctx: WorkspaceContext,
  period: { from: string; to: string },
): RawBuilder<unknown> {
  return sql`
    select d.visitor_id, d.day from daily_visitors d
    where d.workspace_id = ${ctx.workspaceId}::uuid and d.day >= ${period.from}::date and d.day <= ${period.to}::date`;
}

/**
 * Joins each visitor-day row `vd` to the day of the visitor's first visit ever (`f.first_day`): one
 * look-up on `web_sessions_visitor` per row. A lateral join rather than a CTE of first days joined by
 * visitor: right after a bulk load the planner took that CTE for one row and joined it in a nested loop
 * (1.8 million comparisons, 25 s, for the demo's 30 days).
 */
export function firstDayJoinSql(ctx: WorkspaceContext): RawBuilder<unknown> {
  return sql`
    left join lateral (
      select s.day as first_day from web_sessions s
      where s.workspace_id = ${ctx.workspaceId}::uuid and s.visitor_id = vd.visitor_id
      order by s.started_at limit 1) f on true`;
}

export const bucketSql = (column: RawBuilder<unknown>, interval: VisitorInterval) =>
  interval === 'day' ? column : sql`date_trunc('week', ${column})::date`;

export interface CountRow {
  visitors: number;
  new_visitors: number;
}

/**
 * Distinct and new visitors per bucket and, from the empty grouping set, for the whole period (bucket
 * null). A visitor is new in a bucket (or the period) when one of their days there is their first visit
 * ever; with filters, only when that first day's landing page passed them.
 */
export function visitorSeriesSql(
  ctx: WorkspaceContext,
  period: { from: string; to: string },
  interval: VisitorInterval,
  filters: VisitorFilters,
): RawBuilder<CountRow & { bucket: string | null }> {
  const vd = hasVisitorFilters(filters)
    ? sql`select visitor_id, day from (${landingSql(ctx, period, filters)}) x`
    : visitorDaysSql(ctx, period);
  const bucket = bucketSql(sql`vd.day`, interval);
  return sql<CountRow & { bucket: string | null }>`
    with vd as (${vd})
    select to_char(${bucket}, 'YYYY-MM-DD') as bucket, count(distinct vd.visitor_id)::int as visitors,
      count(distinct vd.visitor_id) filter (where f.first_day = vd.day)::int as new_visitors
    from vd ${firstDayJoinSql(ctx)}
    group by grouping sets ((${bucket}), ())`;
}

/** Distinct and new visitors per phase of the active model, by the phases of each landing touchpoint. */
export function visitorPhasesSql(
  ctx: WorkspaceContext,
  period: { from: string; to: string },
  filters: VisitorFilters,
): RawBuilder<CountRow & { phase_key: string | null }> {
  return sql<CountRow & { phase_key: string | null }>`
    with vd as (${landingSql(ctx, period, filters)}),
      ph as (
        select tp.touchpoint_id, p.key from touchpoint_phases tp
        join phases p on p.workspace_id = tp.workspace_id and p.id = tp.phase_id
        join workspaces w on w.workspace_id = p.workspace_id and w.journey_model_id = p.journey_model_id
        where tp.workspace_id = ${ctx.workspaceId}::uuid)
    select ph.key as phase_key, count(distinct vd.visitor_id)::int as visitors,
      count(distinct vd.visitor_id) filter (where f.first_day = vd.day)::int as new_visitors
    from vd ${firstDayJoinSql(ctx)}
    left join ph on ph.touchpoint_id = vd.touchpoint_id
    group by ph.key`;
}
