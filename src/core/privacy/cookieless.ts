import { isBeforeConsent } from './beforeConsent';

/**
 * The property the tracker sets, in cookieless mode (`data-cookieless`) after consent, on every event
 * that names nobody. Its random id lives as long as the page, as before consent, so the server counts
 * such events by the same daily visitor id (docs/tracking.md, "Privacy").
 */
export const COOKIELESS_PROPERTY = 'cookieless';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Whether an event as sent (not yet validated) was marked by the tracker as cookieless. An event that
 * carries a user id is never counted so, even when marked: the site named the person after consent,
 * and a daily id (shared by everyone behind one address and browser) must not hide that.
 *
 * @example isCookieless({ type: 'page_view', properties: { cookieless: true } }) // true
 */
export function isCookieless(raw: unknown): boolean {
  return (
    isRecord(raw) &&
    isRecord(raw.properties) &&
    raw.properties[COOKIELESS_PROPERTY] === true &&
    (raw.userId === undefined || raw.userId === null || raw.userId === '')
  );
}

/**
 * Whether the server counts a tracker event by the daily visitor id: sent before consent, or sent in
 * cookieless mode without naming anyone.
 *
 * @example countsAsDailyVisitor({ type: 'page_view', properties: { before_consent: true } }) // true
 */
export function countsAsDailyVisitor(raw: unknown): boolean {
  return isBeforeConsent(raw) || isCookieless(raw);
}
