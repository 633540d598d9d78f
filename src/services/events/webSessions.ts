import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { continuesVisit, dayOf } from '../../core/webAnalytics';
import { conversionPointOf, visitorIdOf, type BatchEvent } from './batchEvent';

interface Visit {
  id: string;
  visitorId: string;
  day: string;
  startedAt: Date;
  lastEventAt: Date;
  pageViews: number;
  isNewVisitor: boolean;
  channelClass: string | null;
  converted: boolean;
  dirty: boolean;
}

interface Visitor {
  /** The visit that started last. */
  latest: Visit | null;
  /** The day of the visitor's first visit ever. */
  firstDay: string | null;
}

interface DayCounts {
  page_views: number;
  visits: number;
  bounced_visits: number;
  conversions: number;
}

/**
 * Turns a batch of page views and conversions into visits and daily web counts, starting from the
 * visits already stored for the batch's visitors. A visit is the page views of one visitor with the
 * same session id, or (without one) with gaps of at most 30 minutes; it counts on the day it starts
 * and bounces while it has exactly one page view.
 */
export class WebBatch {
  private readonly visits = new Map<string, Visit>();
  private readonly visitors = new Map<string, Visitor>();
  private readonly days = new Map<string, DayCounts>();
  private readonly conversionPoints = new Map<string, { day: string; point: string; conversions: number }>();
  private readonly visitorDays = new Map<string, { day: string; visitor_id: string }>();

  addStored(row: StoredVisit, firstDay: string | null): void {
    const visit = this.visits.get(row.session_id) ?? toVisit(row);
    this.visits.set(visit.id, visit);
    const visitor = this.visitor(visit.visitorId);
    if (!visitor.latest || visit.startedAt > visitor.latest.startedAt) visitor.latest = visit;
    if (firstDay !== null && (visitor.firstDay === null || firstDay < visitor.firstDay))
      visitor.firstDay = firstDay;
  }

  apply(e: BatchEvent): void {
    if (e.type === 'page_view') this.pageView(e);
    else if (e.type === 'conversion') this.conversion(e);
  }

  private pageView(e: BatchEvent): void {
    const visitorId = visitorIdOf(e);
    if (visitorId === null) return;
    const at = e.occurred_at;
    const day = dayOf(at);
    const visitor = this.visitor(visitorId);
    let visit = this.visitOf(e, visitor);
    if (!visit) {
      const isNewVisitor = visitor.firstDay === null;
      if (isNewVisitor || day < (visitor.firstDay as string)) visitor.firstDay = day;
      visit = {
        id: e.session_id ?? `auto:${visitorId}:${at.getTime()}`,
        visitorId,
        day,
        startedAt: at,
        lastEventAt: at,
        pageViews: 1,
        isNewVisitor,
        channelClass: e.channel_class,
        converted: false,
        dirty: true,
      };
      this.visits.set(visit.id, visit);
      if (!visitor.latest || at >= visitor.latest.startedAt) visitor.latest = visit;
      this.count(day).visits += 1;
      this.count(day).bounced_visits += 1;
    } else {
      visit.pageViews += 1;
      if (visit.pageViews === 2) this.count(visit.day).bounced_visits -= 1;
      if (at > visit.lastEventAt) visit.lastEventAt = at;
      visit.dirty = true;
    }
    this.count(day).page_views += 1;
    this.visitorDays.set(`${day}\u0000${visitorId}`, { day, visitor_id: visitorId });
  }

  private conversion(e: BatchEvent): void {
    const day = dayOf(e.occurred_at);
    const point = conversionPointOf(e);
    this.count(day).conversions += 1;
    const key = `${day}\u0000${point}`;
    const c = this.conversionPoints.get(key) ?? { day, point, conversions: 0 };
    c.conversions += 1;
    this.conversionPoints.set(key, c);
    const visitorId = visitorIdOf(e);
    const visit = visitorId === null ? undefined : this.visitOf(e, this.visitor(visitorId));
    if (visit) {
      visit.converted = true;
      if (e.occurred_at > visit.lastEventAt) visit.lastEventAt = e.occurred_at;
      visit.dirty = true;
    }
  }

  /** The visit an event continues: the one with its session id, or the visitor's latest within 30 minutes. */
  private visitOf(e: BatchEvent, visitor: Visitor): Visit | undefined {
    if (e.session_id !== null) return this.visits.get(e.session_id);
    const latest = visitor.latest;
    return latest && continuesVisit(latest.startedAt, latest.lastEventAt, e.occurred_at) ? latest : undefined;
  }

  private visitor(id: string): Visitor {
    let v = this.visitors.get(id);
    if (!v) {
      v = { latest: null, firstDay: null };
      this.visitors.set(id, v);
    }
    return v;
  }

  private count(day: string): DayCounts {
    let c = this.days.get(day);
    if (!c) {
      c = { page_views: 0, visits: 0, bounced_visits: 0, conversions: 0 };
      this.days.set(day, c);
    }
    return c;
  }

  /** Writes visits, daily visitors and the daily counts. */
  async save(trx: Db, workspaceId: string): Promise<void> {
    const days = new Map(
      [...this.days].map(([day, c]) => [
        day,
        { ...c, unique_visitors: 0, new_visitors: 0, returning_visitors: 0 },
      ]),
    );
    if (this.visitorDays.size) {
      // Only a visitor's first page view of a day inserts a row: that is what makes them unique.
      const inserted = await sql<{ day: string; visitor_id: string }>`
        insert into daily_visitors (workspace_id, day, visitor_id)
        select ${workspaceId}, v.day, v.visitor_id
        from jsonb_to_recordset(${JSON.stringify([...this.visitorDays.values()])}::jsonb) as v(day date, visitor_id text)
        on conflict do nothing
        returning day, visitor_id
      `.execute(trx);
      for (const { day, visitor_id } of inserted.rows) {
        const c = days.get(day);
        if (!c) continue;
        c.unique_visitors += 1;
        if (this.visitors.get(visitor_id)?.firstDay === day) c.new_visitors += 1;
        else c.returning_visitors += 1;
      }
    }
    const visits = [...this.visits.values()].filter((v) => v.dirty);
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
    if (this.conversionPoints.size)
      await sql`
        insert into daily_conversion_stats (workspace_id, day, conversion_point, conversions)
        select ${workspaceId}, v.day, v.point, v.conversions
        from jsonb_to_recordset(${JSON.stringify([...this.conversionPoints.values()])}::jsonb)
          as v(day date, point text, conversions bigint)
        on conflict (workspace_id, day, conversion_point) do update set
          conversions = daily_conversion_stats.conversions + excluded.conversions
      `.execute(trx);
  }
}

interface StoredVisit {
  session_id: string;
  visitor_id: string;
  day: string;
  started_at: Date;
  last_event_at: Date;
  page_views: number;
  is_new_visitor: boolean;
  channel_class: string | null;
  converted: boolean;
}

function toVisit(r: StoredVisit): Visit {
  return {
    id: r.session_id,
    visitorId: r.visitor_id,
    day: r.day,
    startedAt: r.started_at,
    lastEventAt: r.last_event_at,
    pageViews: r.page_views,
    isNewVisitor: r.is_new_visitor,
    channelClass: r.channel_class,
    converted: r.converted,
    dirty: false,
  };
}

/**
 * Starts a batch from the stored visits it may continue: those with the batch's session ids, and
 * each visitor's latest visit and first day (two index look-ups per visitor on `web_sessions_visitor`).
 */
export async function loadWebBatch(trx: Db, workspaceId: string, events: BatchEvent[]): Promise<WebBatch> {
  const batch = new WebBatch();
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
