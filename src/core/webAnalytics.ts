/**
 * The rules behind the web KPIs (docs/profiles-and-analytics.md quotes them). Plain functions: the
 * event processor applies them as events arrive, the analytics queries apply the ratios to sums.
 */

/** A visit ends after 30 minutes without a page view (the convention of Google Analytics and Matomo). */
export const VISIT_TIMEOUT_MS = 30 * 60 * 1000;

/** Days are UTC calendar days, so an aggregate row never depends on the server's time zone. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * Whether an event at `at` belongs to a visit that ran from `startedAt` to `lastEventAt`: it falls
 * inside the visit, or at most 30 minutes after its last event.
 *
 * @example continuesVisit(new Date('2026-05-04T10:00Z'), new Date('2026-05-04T10:10Z'), new Date('2026-05-04T10:39Z')) // true
 */
export function continuesVisit(startedAt: Date, lastEventAt: Date, at: Date): boolean {
  const t = at.getTime();
  return t >= startedAt.getTime() && t - lastEventAt.getTime() <= VISIT_TIMEOUT_MS;
}

/** A share, or null when there is nothing to divide by (a dashboard shows "–", not 0 %). */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export interface WebTotals {
  visits: number;
  bouncedVisits: number;
  pageViews: number;
  conversions: number;
}

/**
 * The ratios of the web KPIs over summed daily aggregates.
 *
 * @example webRatios({ visits: 5, bouncedVisits: 2, pageViews: 9, conversions: 1 })
 * // { bounceRate: 0.4, conversionRate: 0.2, pageViewsPerVisit: 1.8 }
 */
export function webRatios(t: WebTotals) {
  return {
    bounceRate: rate(t.bouncedVisits, t.visits),
    conversionRate: rate(t.conversions, t.visits),
    pageViewsPerVisit: rate(t.pageViews, t.visits),
  };
}
