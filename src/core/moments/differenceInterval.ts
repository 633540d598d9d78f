/** A two-sided 95 % interval; z is the 97.5th percentile of the standard normal distribution. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/**
 * The Wilson score interval of a proportion `successes / n`. Unlike the textbook (Wald) interval it
 * stays inside 0..1 and does not collapse to a point at 0 % or 100 %, which small journey counts hit
 * often. Null for n = 0: a rate of nothing has no interval.
 *
 * @example wilsonInterval(8, 10) // { low: 0.4902, high: 0.9433 } (rounded)
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The 95 % interval of the difference of two independent proportions p1 - p2 by Newcombe's hybrid
 * score method ("method 10", Newcombe 1998): it combines the two Wilson intervals, so it keeps their
 * good coverage with small counts and rates near 0 or 1, stays inside -1..1 and needs no continuity
 * correction. The Wald interval would be narrower than the data allow exactly where journeys are few.
 * Null when either group is empty.
 *
 * @example differenceInterval(9, 10, 3, 10) // { low: 0.1705, high: 0.8090 } (rounded; p1 - p2 = 0.6; Newcombe's table II)
 */
export function differenceInterval(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  z = Z_95,
): Interval | null {
  const a = wilsonInterval(x1, n1, z);
  const b = wilsonInterval(x2, n2, z);
  if (a === null || b === null) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const d = p1 - p2;
  return {
    low: Math.max(-1, d - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2)),
    high: Math.min(1, d + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2)),
  };
}
