import { creditTouches } from './creditTouches';
import type { Credits, IndexedJourneys } from './journey';

/** All credit to the last touch. @example lastTouch(indexJourneys(journeys)) */
export function lastTouch(indexed: IndexedJourneys): Credits {
  return creditTouches(indexed, (_j, length, weights) => {
    weights.fill(0, 0, length);
    weights[length - 1] = 1;
  });
}
