export interface InteractionTrend {
  /** Interactions per week, oldest week first; the last week ends at `now`. */
  weeks: { start: string; count: number }[];
  /** Least-squares slope in interactions per week. */
  slope: number;
  direction: 'rising' | 'falling' | 'flat';
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Weekly interaction counts of the last `weeks` weeks and their trend (a marketing and service signal
 * on accounts and deals). The trend is flat while the slope moves less than 10 % of the mean per week.
 *
 * @example
 * interactionTrend([new Date('2026-03-01'), new Date('2026-03-09')], new Date('2026-03-10'), 2)
 * // { weeks: [{ start: '2026-02-24', count: 1 }, { start: '2026-03-03', count: 1 }], slope: 0, direction: 'flat' }
 */
export function interactionTrend(at: readonly Date[], now: Date, weeks = 8): InteractionTrend {
  const end = now.getTime();
  const start = end - weeks * WEEK_MS;
  const counts = Array.from({ length: weeks }, () => 0);
  for (const d of at) {
    const t = d.getTime();
    if (t < start || t >= end) continue;
    const i = Math.floor((t - start) / WEEK_MS);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  const n = counts.length;
  const meanX = (n - 1) / 2;
  const meanY = counts.reduce((a, b) => a + b, 0) / Math.max(n, 1);
  let num = 0;
  let den = 0;
  counts.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  const slope = den ? Math.round((num / den) * 100) / 100 : 0;
  const flat = Math.abs(slope) < Math.max(0.1 * meanY, 0.05);
  return {
    weeks: counts.map((count, i) => ({
      start: new Date(start + i * WEEK_MS).toISOString().slice(0, 10),
      count,
    })),
    slope,
    direction: flat ? 'flat' : slope > 0 ? 'rising' : 'falling',
  };
}
