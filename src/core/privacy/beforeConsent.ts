/**
 * The property the tracker sets on every event it sends before the visitor consented. The page's
 * random id it carries then lives as long as the page, so the server counts such events by a daily
 * visitor id instead (docs/tracking.md, "Visits before consent").
 */
export const BEFORE_CONSENT_PROPERTY = 'before_consent';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Whether an event as sent (not yet validated) was marked by the tracker as sent before consent.
 *
 * @example isBeforeConsent({ type: 'page_view', properties: { before_consent: true } }) // true
 */
export function isBeforeConsent(raw: unknown): boolean {
  return isRecord(raw) && isRecord(raw.properties) && raw.properties[BEFORE_CONSENT_PROPERTY] === true;
}

/**
 * The session rule before consent: the event counts for the daily visitor, and its page-long session
 * id is dropped, so the visit is that visitor's page views with gaps of at most 30 minutes (the rule
 * for events without a session id). A user id is dropped too: nothing before consent names a person.
 * Returns a copy; other fields are left for validation.
 *
 * @example
 * asDailyVisitor({ eventId: 'e1', type: 'page_view', anonymousId: 'page-1', sessionId: 'page-1' }, 'daily:3f0c…')
 * // { eventId: 'e1', type: 'page_view', anonymousId: 'daily:3f0c…' }
 */
export function asDailyVisitor(raw: Record<string, unknown>, visitorId: string): Record<string, unknown> {
  const { sessionId: _session, userId: _user, ...rest } = raw;
  return { ...rest, anonymousId: visitorId };
}
