import { emptyCredits, type Credits, type IndexedJourneys } from './journey';

/**
 * Fills `weights[0..length)` with the shares of the touches of journey `j` (which start at
 * `indexed.touches[from]`); they must add up to 1. The buffer is reused between journeys, so a weigher
 * writes every position it is given.
 */
export type TouchWeigher = (j: number, length: number, weights: Float64Array, from: number) => void;

/**
 * The rule-based models share this loop: each touch gets a share of its journey's conversions and
 * value, and a channel's credit is the sum over its touches (a channel twice in a path gets two shares).
 * @example creditTouches(indexed, (_j, n, w) => w.fill(1 / n, 0, n)) // linear
 */
export function creditTouches(indexed: IndexedJourneys, weigh: TouchWeigher): Credits {
  const credits = emptyCredits(indexed.channels.length);
  const { start, touches } = indexed;
  let longest = 0;
  for (let j = 0; j < indexed.conversions.length; j++)
    longest = Math.max(longest, (start[j + 1] ?? 0) - (start[j] ?? 0));
  const weights = new Float64Array(longest);
  for (let j = 0; j < indexed.conversions.length; j++) {
    const conversions = indexed.conversions[j] ?? 0;
    const value = indexed.values[j] ?? 0;
    const from = start[j] ?? 0;
    const length = (start[j + 1] ?? 0) - from;
    if (length === 0 || (conversions === 0 && value === 0)) continue;
    weigh(j, length, weights, from);
    for (let i = 0; i < length; i++) {
      const channel = touches[from + i] ?? 0;
      const weight = weights[i] ?? 0;
      credits.conversions[channel] = (credits.conversions[channel] ?? 0) + weight * conversions;
      credits.value[channel] = (credits.value[channel] ?? 0) + weight * value;
    }
  }
  return credits;
}
