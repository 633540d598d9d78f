/** One customer's orders up to the day the analysis looks from (times in epoch milliseconds). */
export interface CustomerOrders {
  profileId: string;
  /** The account (company) of the profile; null for people without one. */
  companyId: string | null;
  /** Orders (events carrying revenue) up to the end of the period. */
  orders: number;
  /** Their revenue summed up. */
  revenue: number;
  firstOrderAt: number;
  lastOrderAt: number;
}

export const RFM_SEGMENT_KEYS = [
  'champions',
  'loyal',
  'potential_loyalists',
  'new_customers',
  'promising',
  'need_attention',
  'about_to_sleep',
  'at_risk',
  'cannot_lose',
  'hibernating',
] as const;
export type RfmSegmentKey = (typeof RFM_SEGMENT_KEYS)[number];

/**
 * The named segments on the recency x frequency grid (the common 10-segment mapping; monetary is shown
 * beside them, not used to name them). Every one of the 25 cells belongs to exactly one segment:
 *
 * | R \ F | 1               | 2                   | 3                   | 4           | 5           |
 * | ----- | --------------- | ------------------- | ------------------- | ----------- | ----------- |
 * | 5     | new_customers   | potential_loyalists | potential_loyalists | champions   | champions   |
 * | 4     | promising       | potential_loyalists | potential_loyalists | loyal       | loyal       |
 * | 3     | about_to_sleep  | about_to_sleep      | need_attention      | loyal       | loyal       |
 * | 2     | hibernating     | hibernating         | at_risk             | at_risk     | cannot_lose |
 * | 1     | hibernating     | hibernating         | at_risk             | at_risk     | cannot_lose |
 */
export const RFM_SEGMENTS: Record<RfmSegmentKey, { nameDe: string; nameEn: string }> = {
  champions: { nameDe: 'Champions', nameEn: 'Champions' },
  loyal: { nameDe: 'Treue Kunden', nameEn: 'Loyal' },
  potential_loyalists: { nameDe: 'Potenziell treu', nameEn: 'Potential loyalists' },
  new_customers: { nameDe: 'Neukunden', nameEn: 'New customers' },
  promising: { nameDe: 'Vielversprechend', nameEn: 'Promising' },
  need_attention: { nameDe: 'Brauchen Aufmerksamkeit', nameEn: 'Need attention' },
  about_to_sleep: { nameDe: 'Drohen einzuschlafen', nameEn: 'About to sleep' },
  at_risk: { nameDe: 'Gefährdet', nameEn: 'At risk' },
  cannot_lose: { nameDe: 'Nicht verlieren', nameEn: 'Cannot lose them' },
  hibernating: { nameDe: 'Schlafend', nameEn: 'Hibernating' },
};

/**
 * The segment of a recency and frequency score (1-5 each), after the table above.
 *
 * @example rfmSegmentOf(5, 1) // 'new_customers'
 * @example rfmSegmentOf(1, 5) // 'cannot_lose'
 */
export function rfmSegmentOf(r: number, f: number): RfmSegmentKey {
  if (r <= 2) return f <= 2 ? 'hibernating' : f <= 4 ? 'at_risk' : 'cannot_lose';
  if (r === 3) return f <= 2 ? 'about_to_sleep' : f === 3 ? 'need_attention' : 'loyal';
  if (f >= 4) return r === 5 ? 'champions' : 'loyal';
  if (f >= 2) return 'potential_loyalists';
  return r === 5 ? 'new_customers' : 'promising';
}

/**
 * Quintile scores 1-5, higher is better: score = 1 + floor(5 x (values strictly worse) / n). Ties share
 * the score of the first of them (as SQL's `rank()`), so a tie never lifts anyone into a higher quintile
 * and the result does not depend on input order: when 80 % of customers ordered once, all of them get
 * frequency 1. With n distinct values the scores are exact quintiles.
 *
 * @example quintileScores([10, 20, 30, 40, 50]) // [1, 2, 3, 4, 5]
 * @example quintileScores([1, 1, 1, 1, 3]) // [1, 1, 1, 1, 5] (4 of 5 are worse than 3: 1 + floor(20/5))
 */
export function quintileScores(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return values.map((v) => {
    // Binary search for the number of values strictly below v.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] ?? 0) < v) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(5, 1 + Math.floor((5 * lo) / n));
  });
}

export interface RfmScore {
  profileId: string;
  /** Whole days from the last order to the end of the period. */
  recencyDays: number;
  r: number;
  f: number;
  m: number;
  segment: RfmSegmentKey;
}

const DAY = 86_400_000;

/**
 * Recency, frequency and monetary scores (1-5 by quintiles, see `quintileScores`) and the named segment
 * of every customer, looking from `asOf` (the end of the period). Recency scores fewer days higher.
 * Empty input gives an empty list.
 *
 * With fewer than five customers the top quintiles cannot be reached (the best of two scores 3).
 *
 * @example
 * // Ana ordered 3 times (900 EUR), last 2 days before asOf; Ben once (100 EUR), 40 days before.
 * // Ana has one customer worse on every measure: 1 + floor(5 x 1 / 2) = 3; Ben none: 1.
 * computeRfm([ana, ben], asOf)
 * // [{ profileId: 'ana', recencyDays: 2, r: 3, f: 3, m: 3, segment: 'need_attention' },
 * //  { profileId: 'ben', recencyDays: 40, r: 1, f: 1, m: 1, segment: 'hibernating' }]
 */
export function computeRfm(customers: readonly CustomerOrders[], asOf: number): RfmScore[] {
  const recencyDays = customers.map((c) => Math.max(0, Math.floor((asOf - c.lastOrderAt) / DAY)));
  // Fewer days since the last order is better: score the negated days.
  const r = quintileScores(recencyDays.map((d) => -d));
  const f = quintileScores(customers.map((c) => c.orders));
  const m = quintileScores(customers.map((c) => c.revenue));
  return customers.map((c, i) => {
    const ri = r[i] ?? 1;
    const fi = f[i] ?? 1;
    return {
      profileId: c.profileId,
      recencyDays: recencyDays[i] ?? 0,
      r: ri,
      f: fi,
      m: m[i] ?? 1,
      segment: rfmSegmentOf(ri, fi),
    };
  });
}
