/**
 * The consent categories of the Segment Spec's consent object (`context.consent.categoryPreferences`)
 * that mean "may be measured" for Touchpoint, compared ignoring case, spaces, `_` and `-`. Category ids
 * are the sender's own; these are the names consent tools commonly use for measurement, plus OneTrust's
 * id for performance cookies (`C0002`).
 */
export const ANALYTICS_CONSENT_CATEGORIES = [
  'analytics',
  'tracking',
  'statistics',
  'statistic',
  'performance',
  'measurement',
  'c0002',
] as const;

/**
 * `given`: a measuring category is true. `refused`: the sender states preferences and none of the
 * measuring categories is true (an empty `categoryPreferences` is Segment's "everything false").
 * `not_stated`: no consent object, so the sender vouches for it, as a page that loads the tracker only
 * after consent does.
 */
export type SegmentConsent = 'given' | 'refused' | 'not_stated';

const measuring = new Set<string>(ANALYTICS_CONSENT_CATEGORIES);
const normal = (category: string) => category.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * What a Segment message's `context` says about consent to analytics.
 *
 * @example
 * consentOfSegmentContext({ consent: { categoryPreferences: { Analytics: false, Advertising: true } } }) // 'refused'
 * consentOfSegmentContext({ consent: { categoryPreferences: { Analytics: true } } })                    // 'given'
 * consentOfSegmentContext({ library: { name: 'analytics.js' } })                                        // 'not_stated'
 */
export function consentOfSegmentContext(context: Readonly<Record<string, unknown>>): SegmentConsent {
  const consent = context.consent;
  if (consent === null || typeof consent !== 'object' || Array.isArray(consent)) return 'not_stated';
  const preferences = (consent as Record<string, unknown>).categoryPreferences;
  if (preferences === null || typeof preferences !== 'object' || Array.isArray(preferences))
    return 'not_stated';
  for (const [category, value] of Object.entries(preferences))
    if (value === true && measuring.has(normal(category))) return 'given';
  return 'refused';
}
