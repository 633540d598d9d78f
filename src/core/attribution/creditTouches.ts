import { emptyCredits, type Credits, type IndexedJourneys } from './journey';

/**
 * Fills `weights[0..length)` with the shares of the touches of journey `j`; they must add up to 1.
 * The buffer is reused between journeys, so a weigher writes every position it is given.
 */
export type TouchWeigher = (j: number, length: number, weights: Float64Array) => void;

/**
 * The rule-based models share this loop: each touch gets a share of its journey's conversions and
 * value, and a channel's credit is the sum over its touches (a channel twice in a path gets two shares).
 * @example creditTouches(indexed, (_j, n, w) => w.fill(1 / n, 0, n)) // linear
 */
export function creditTouches(indexed: IndexedJourneys, weigh: TouchWeigher): Credits {
  const credits = emptyCredits(indexed.channels.length);
  let longest = 0;
  for (const path of indexed.paths) longest = Math.max(longest, path.length);
  const weights = new Float64Array(longest);
  indexed.paths.forEach((path, j) => {
    const conversions = indexed.conversions[j] ?? 0;
    const value = indexed.values[j] ?? 0;
    if (path.length === 0 || (conversions === 0 && value === 0)) return;
    weigh(j, path.length, weights);
    for (let i = 0; i < path.length; i++) {
      const channel = path[i] ?? 0;
      const weight = weights[i] ?? 0;
      credits.conversions[channel] = (credits.conversions[channel] ?? 0) + weight * conversions;
      credits.value[channel] = (credits.value[channel] ?? 0) + weight * value;
    }
  });
  return credits;
}
