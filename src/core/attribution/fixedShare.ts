import { creditTouches } from './creditTouches';
import type { Credits, IndexedJourneys } from './journey';

/**
 * Fixed shares set by hand (the marketing team's agreement, e.g. a newsletter click earns 5 % of the
 * revenue of every journey it is part of, an event visit 20 %). A channel with a share gets it once per
 * journey, however often it occurs; if the shares in a journey add up to more than 1 they are scaled
 * down to 1. The rest is split equally among the touches of the other channels; a journey made only of
 * channels with shares gives the rest to them in proportion to their shares, so every journey's credits
 * still add up to its conversions and value.
 * @example fixedShare(indexJourneys(journeys), { newsletter: 0.05, event: 0.2 })
 */
export function fixedShare(indexed: IndexedJourneys, shares: Readonly<Record<string, number>>): Credits {
  const shareOf = new Float64Array(indexed.channels.length).fill(-1);
  indexed.channels.forEach((channel, c) => {
    // Own keys only: a channel called "constructor" must not find Object.prototype's.
    if (Object.hasOwn(shares, channel)) shareOf[c] = shares[channel] ?? -1;
  });
  const seen = new Int32Array(indexed.channels.length);
  const path = indexed.touches;
  return creditTouches(indexed, (j, length, weights, from) => {
    let fixed = 0;
    let others = 0;
    for (let i = 0; i < length; i++) {
      const c = path[from + i] ?? 0;
      const share = shareOf[c] ?? -1;
      if (share < 0) others++;
      else if (seen[c] !== j + 1) {
        seen[c] = j + 1;
        fixed += share;
      }
    }
    const scale = fixed > 1 ? 1 / fixed : 1;
    const rest = 1 - fixed * scale;
    // Only channels with shares, and at least one share above 0: they take the rest, too.
    const fixedScale = others === 0 && fixed > 0 ? 1 / fixed : scale;
    for (let i = 0; i < length; i++) {
      const c = path[from + i] ?? 0;
      const share = shareOf[c] ?? -1;
      if (share >= 0) {
        // The first occurrence carries the channel's share; seen[c] is reset to mark it as paid.
        weights[i] = seen[c] === j + 1 ? share * fixedScale : 0;
        seen[c] = -1;
      } else weights[i] = rest / others;
    }
    // Every channel present has share 0 and there is no other channel: split evenly.
    if (others === 0 && fixed === 0) weights.fill(1 / length, 0, length);
  });
}
