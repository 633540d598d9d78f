import { creditTouches } from './creditTouches';
import type { Credits, IndexedJourneys } from './journey';

/**
 * Every touch an equal share; a channel that occurs twice gets two shares (as ChannelAttribution's
 * `linear_touch`). @example linear(indexJourneys(journeys))
 */
export function linear(indexed: IndexedJourneys): Credits {
  return creditTouches(indexed, (_j, length, weights) => weights.fill(1 / length, 0, length));
}
