export interface TouchpointTraffic {
  touchpointId: string;
  /** People who touched it in the period (the same journeys the moments count). */
  people: number;
  /** Average customer rating (1..5 stars) and how many ratings it rests on; null when unrated. */
  averageRating: number | null;
  ratings: number;
}

/**
 * The median of the values (the mean of the two middle ones for an even count); 0 for none.
 * @example median([3, 1, 2, 10]) // 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? 0) + hi) / 2;
}

/**
 * Low ratings on busy paths: touchpoints with more people than the median touchpoint of the map (all
 * given touchpoints count, untouched ones with 0, so "busy" means busier than half the map) and an
 * average rating below `ratingBelow`. Busiest first. Unrated touchpoints are not listed: no rating is
 * not a low rating.
 *
 * @example
 * lowRatedBusy([{ touchpointId: 'hotline', people: 40, averageRating: 2.5, ratings: 4 },
 *   { touchpointId: 'ad', people: 10, averageRating: 1, ratings: 2 },
 *   { touchpointId: 'shop', people: 30, averageRating: 4.5, ratings: 9 }], 3)
 * // { medianPeople: 30, items: [hotline] } (ad is not busy, shop is rated well)
 */
export function lowRatedBusy(
  traffic: readonly TouchpointTraffic[],
  ratingBelow: number,
): { medianPeople: number; items: TouchpointTraffic[] } {
  const medianPeople = median(traffic.map((t) => t.people));
  const items = traffic
    .filter((t) => t.people > medianPeople && t.averageRating !== null && t.averageRating < ratingBelow)
    .sort((a, b) => b.people - a.people || a.touchpointId.localeCompare(b.touchpointId));
  return { medianPeople, items };
}
