import { creditTouches } from './creditTouches';
import type { Credits, IndexedJourneys } from './journey';

/** Shares of the first touch, the touches in between and the last touch; they add up to 1. */
export interface PositionWeights {
  first: number;
  middle: number;
  last: number;
}

export const defaultPositionWeights: PositionWeights = { first: 0.4, middle: 0.2, last: 0.4 };

/**
 * Position-based ("U-shaped"): the first and the last touch get their shares, the touches in between
 * split the middle share equally. One touch gets everything; two touches split first + last in the
 * ratio first : last (50/50 with the defaults) because there is no middle to give a share to.
 * @example positionBased(indexJourneys(journeys), { first: 0.4, middle: 0.2, last: 0.4 })
 */
export function positionBased(indexed: IndexedJourneys, shares: PositionWeights): Credits {
  const ends = shares.first + shares.last;
  return creditTouches(indexed, (_j, length, weights) => {
    if (length === 1) {
      weights[0] = 1;
    } else if (length === 2) {
      // With first = last = 0 the middle share has nowhere to go: split evenly.
      weights[0] = ends > 0 ? shares.first / ends : 0.5;
      weights[1] = ends > 0 ? shares.last / ends : 0.5;
    } else {
      weights.fill(shares.middle / (length - 2), 1, length - 1);
      weights[0] = shares.first;
      weights[length - 1] = shares.last;
    }
  });
}
