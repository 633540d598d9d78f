import { emptyCredits, type Credits, type IndexedJourneys } from './journey';

/**
 * Shapley values of the cooperative game "a coalition of channels earns the conversions (value) of the
 * journeys whose channels all belong to it": v(S) = Σ conversions of journeys with channels(j) ⊆ S.
 * That game is a sum of unanimity games, one per distinct channel set, and the Shapley value of a
 * unanimity game splits its worth equally among its members (Zhao, Mahboobi & Bagheri 2018, "simplified
 * Shapley value"). So the exact values need no enumeration of the 2^n coalitions: each journey's
 * conversions go in equal parts to its distinct channels, in time linear in the touches, for any number
 * of channels. Unlike linear, a repeated channel counts once. Nulls do not enter this game.
 * @example shapley(indexJourneys(journeys)).conversions
 */
export function shapley(indexed: IndexedJourneys): Credits {
  const credits = emptyCredits(indexed.channels.length);
  // seen[c] === j + 1 marks channel c as counted in journey j, without clearing a set per journey.
  const seen = new Int32Array(indexed.channels.length);
  const distinct: number[] = [];
  const { start, touches } = indexed;
  for (let j = 0; j < indexed.conversions.length; j++) {
    const conversions = indexed.conversions[j] ?? 0;
    const value = indexed.values[j] ?? 0;
    if (conversions === 0 && value === 0) continue;
    distinct.length = 0;
    for (let i = start[j] ?? 0; i < (start[j + 1] ?? 0); i++) {
      const channel = touches[i] ?? 0;
      if (seen[channel] === j + 1) continue;
      seen[channel] = j + 1;
      distinct.push(channel);
    }
    for (const channel of distinct) {
      credits.conversions[channel] = (credits.conversions[channel] ?? 0) + conversions / distinct.length;
      credits.value[channel] = (credits.value[channel] ?? 0) + value / distinct.length;
    }
  }
  return credits;
}
