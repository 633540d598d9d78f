import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { WebVisits, type StoredVisit } from '../../core/sessions/sessioniseWebEvents';
import { visitorIdOf } from '../../core/sessions/webEvent';
import type { BatchEvent } from './batchEvent';

/** Writes what sessionising a batch changed: visits, daily visitors and the daily counts. */
export async function saveWebVisits(trx: Db, workspaceId: string, batch: WebVisits): Promise<void> {
  const changes = batch.changes();
  const days = new Map(
    [...changes.days].map(([day, c]) => [
      day,
      { ...c, unique_visitors: 0, new_visitors: 0, returning_visitors: 0 },
    ]),
  );
  if (changes.visitorDays.length) {
    // Only a visitor's first page view of a day inserts a row: that is what makes them unique.
    const inserted = await sql<{ day: string; visitor_id: string }>`
      insert into daily_visitors (workspace_id, day, visitor_id)
      select ${workspaceId}, v.day, v.visitor_id
      from jsonb_to_recordset(${JSON.stringify(changes.visitorDays)}::jsonb) as v(day date, visitor_id text)
      on conflict do nothing
      returning day, visitor_id
    `.execute(trx);
    for (const { day, visitor_id } of inserted.rows) {
      const c = days.get(day);
      if (!c) continue;
      c.unique_visitors += 1;
      if (batch.firstDayOf(visitor_id) === day) c.new_visitors += 1;
      else c.returning_visitors += 1;
    }
  }
  const visits = changes.visits;
  if (visits.length)
    await sql`
      insert into web_sessions (workspace_id, session_id, visitor_id, day, started_at, last_event_at, page_views,
        is_new_visitor, channel_class, converted)
      select ${workspaceId}, v.id, v.visitor_id, v.day, v.started_at, v.last_event_at, v.page_views,
        v.is_new_visitor, v.channel_class, v.converted
      from jsonb_to_recordset(${JSON.stringify(
        visits.map((v) => ({
          id: v.id,
          visitor_id: v.visitorId,
          day: v.day,
          started_at: v.startedAt,
          last_event_at: v.lastEventAt,
          page_views: v.pageViews,
          is_new_visitor: v.isNewVisitor,
          channel_class: v.channelClass,
          converted: v.converted,
        })),
      )}::jsonb) as v(id text, visitor_id text, day date, started_at timestamptz, last_event_at timestamptz,
        page_views integer, is_new_visitor boolean, channel_class text, converted boolean)
      on conflict (workspace_id, session_id) do update set
        last_event_at = excluded.last_event_at, page_views = excluded.page_views, converted = excluded.converted
    `.execute(trx);
  if (days.size)
    await sql`
      insert into daily_web_stats (workspace_id, day, page_views, visits, bounced_visits, unique_visitors,
        new_visitors, returning_visitors, conversions)
      select ${workspaceId}, v.day, v.page_views, v.visits, v.bounced_visits, v.unique_visitors, v.new_visitors,
        v.returning_visitors, v.conversions
      from jsonb_to_recordset(${JSON.stringify([...days].map(([day, c]) => ({ day, ...c })))}::jsonb) as v(
        day date, page_views bigint, visits bigint, bounced_visits bigint, unique_visitors bigint,
        new_visitors bigint, returning_visitors bigint, conversions bigint)
      on conflict (workspace_id, day) do update set
        page_views = daily_web_stats.page_views + excluded.page_views,
        visits = daily_web_stats.visits + excluded.visits,
        bounced_visits = daily_web_stats.bounced_visits + excluded.bounced_visits,
        unique_visitors = daily_web_stats.unique_visitors + excluded.unique_visitors,
        new_visitors = daily_web_stats.new_visitors + excluded.new_visitors,
        returning_visitors = daily_web_stats.returning_visitors + excluded.returning_visitors,
        conversions = daily_web_stats.conversions + excluded.conversions
    `.execute(trx);
  if (changes.conversionPoints.length)
    await sql`
      insert into daily_conversion_stats (workspace_id, day, conversion_point, conversions)
      select ${workspaceId}, v.day, v.point, v.conversions
      from jsonb_to_recordset(${JSON.stringify(changes.conversionPoints)}::jsonb)
        as v(day date, point text, conversions bigint)
      on conflict (workspace_id, day, conversion_point) do update set
        conversions = daily_conversion_stats.conversions + excluded.conversions
    `.execute(trx);
}

/**
 * Starts sessionising a batch from the stored visits it may continue: those with the batch's session ids, and
 * each visitor's latest visit and first day (two index look-ups per visitor on `web_sessions_visitor`).
 */
export async function loadWebVisits(trx: Db, workspaceId: string, events: BatchEvent[]): Promise<WebVisits> {
  const batch = new WebVisits();
  const web = events.filter((e) => e.type === 'page_view' || e.type === 'conversion');
  const sessionIds = [...new Set(web.map((e) => e.session_id).filter((s): s is string => s !== null))];
  const visitorIds = [...new Set(web.map(visitorIdOf).filter((v): v is string => v !== null))];
  if (sessionIds.length) {
    const rows = await trx
      .selectFrom('web_sessions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where(sql<boolean>`session_id = any(${sessionIds}::text[])`)
      .execute();
    for (const r of rows) batch.addStored(r, null);
  }
  if (visitorIds.length) {
    const rows = await sql<StoredVisit & { first_day: string }>`
      select l.session_id, l.visitor_id, l.day, l.started_at, l.last_event_at, l.page_views, l.is_new_visitor,
        l.channel_class, l.converted, f.day as first_day
      from unnest(${visitorIds}::text[]) as v(visitor_id)
      cross join lateral (
        select * from web_sessions s where s.workspace_id = ${workspaceId} and s.visitor_id = v.visitor_id
        order by s.started_at desc limit 1) l
      cross join lateral (
        select s.day from web_sessions s where s.workspace_id = ${workspaceId} and s.visitor_id = v.visitor_id
        order by s.started_at limit 1) f
    `.execute(trx);
    for (const r of rows.rows) batch.addStored(r, r.first_day);
  }
  return batch;
}
