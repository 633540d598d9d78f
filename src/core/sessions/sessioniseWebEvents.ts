import { continuesVisit, dayOf } from '../webAnalytics';
import { conversionPointOf, visitorIdOf, type WebEvent } from './webEvent';

/** A visit as stored in `web_sessions`. */
export interface StoredVisit {
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

export interface Visit {
  id: string;
  visitorId: string;
  day: string;
  startedAt: Date;
  lastEventAt: Date;
  pageViews: number;
  isNewVisitor: boolean;
  channelClass: string | null;
  converted: boolean;
  /** Created or changed by this batch, so it has to be written. */
  dirty: boolean;
}

interface Visitor {
  /** The visit that started last. */
  latest: Visit | null;
  /** The day of the visitor's first visit ever. */
  firstDay: string | null;
}

/** What a batch adds to one day's web figures (unique, new and returning visitors need the store). */
export interface DayCounts {
  page_views: number;
  visits: number;
  bounced_visits: number;
  conversions: number;
}

/**
 * Sessionisation: turns a batch of page views and conversions into visits and daily web counts,
 * starting from the visits already stored for the batch's visitors (`addStored`). A visit is the page
 * views of one visitor with the same session id, or (without one) with gaps of at most 30 minutes; it
 * counts on the day it starts and bounces while it has exactly one page view. A conversion marks the
 * visit it falls in. Pure: the service loads the stored visits and writes `changes()`.
 *
 * @example
 * const batch = new WebVisits();
 * batch.apply(pageView('a', '09:00')); batch.apply(pageView('a', '09:10'));
 * batch.changes().visits // one visit, two page views, not bounced
 */
export class WebVisits {
  private readonly visits = new Map<string, Visit>();
  private readonly visitors = new Map<string, Visitor>();
  private readonly days = new Map<string, DayCounts>();
  private readonly conversionPoints = new Map<string, { day: string; point: string; conversions: number }>();
  private readonly visitorDays = new Map<string, { day: string; visitor_id: string }>();

  /** A stored visit the batch may continue; `firstDay` is its visitor's first visit day, if known. */
  addStored(row: StoredVisit, firstDay: string | null): void {
    const visit = this.visits.get(row.session_id) ?? toVisit(row);
    this.visits.set(visit.id, visit);
    const visitor = this.visitor(visit.visitorId);
    if (!visitor.latest || visit.startedAt > visitor.latest.startedAt) visitor.latest = visit;
    if (firstDay !== null && (visitor.firstDay === null || firstDay < visitor.firstDay))
      visitor.firstDay = firstDay;
  }

  apply(e: WebEvent): void {
    if (e.type === 'page_view') this.pageView(e);
    else if (e.type === 'conversion') this.conversion(e);
  }

  /** The day of a visitor's first visit ever (as far as this batch knows). */
  firstDayOf(visitorId: string): string | null {
    return this.visitors.get(visitorId)?.firstDay ?? null;
  }

  /**
   * What to write: changed visits, the counts per day, conversions per day and point, and the
   * (day, visitor) pairs whose first insert makes the visitor unique that day.
   */
  changes() {
    return {
      visits: [...this.visits.values()].filter((v) => v.dirty),
      days: this.days as ReadonlyMap<string, DayCounts>,
      conversionPoints: [...this.conversionPoints.values()],
      visitorDays: [...this.visitorDays.values()],
    };
  }

  private pageView(e: WebEvent): void {
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

  private conversion(e: WebEvent): void {
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
  private visitOf(e: WebEvent, visitor: Visitor): Visit | undefined {
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
