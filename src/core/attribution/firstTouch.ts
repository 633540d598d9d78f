import { creditTouches } from './creditTouches';
import type { Credits, IndexedJourneys } from './journey';

/** All credit to the first touch. @example firstTouch(indexJourneys(journeys)) */
export function firstTouch(indexed: IndexedJourneys): Credits {
  return creditTouches(indexed, (_j, length, weights) => {
    weights.fill(0, 0, length);
    weights[0] = 1;
  });
}
