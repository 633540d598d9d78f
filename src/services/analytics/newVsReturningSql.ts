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

/** The day of each visitor's first visit ever: one look-up per visitor on `web_sessions_visitor`. */
export function firstDaysSql(ctx: WorkspaceContext): RawBuilder<unknown> {
  return sql`
    select v.visitor_id, s.day as first_day
    from (select distinct visitor_id from vd) v
    cross join lateral (
      select s.day from web_sessions s
      where s.workspace_id = ${ctx.workspaceId}::uuid and s.visitor_id = v.visitor_id
      order by s.started_at limit 1) s`;
}

export const bucketSql = (column: RawBuilder<unknown>, interval: VisitorInterval) =>
  interval === 'day' ? column : sql`date_trunc('week', ${column})::date`;
