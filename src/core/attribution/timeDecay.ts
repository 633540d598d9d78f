import { creditTouches } from './creditTouches';
import type { Credits, IndexedJourneys } from './journey';

/**
 * How time decay measures the age of a touch: in touches before the last one (a journeys file has no
 * times), or in hours or days before the conversion (in-app, from the events' times).
 */
export type DecayClock = 'touches' | 'hours' | 'days';

const msPer: Record<Exclude<DecayClock, 'touches'>, number> = { hours: 3_600_000, days: 86_400_000 };

/**
 * A touch's weight halves every `halfLife` units of age: w = 2^(-age / halfLife), normalised so the
 * shares of a journey add up to 1. With the clock `touches` the last touch has age 0, the one before
 * age 1, and so on. With hours or days the age is the time before the newest touch (counting from the
 * conversion instead would multiply every weight by the same factor, which the normalisation cancels,
 * and could underflow to 0 for old journeys); a journey without times falls back to touches.
 * @example timeDecay(indexJourneys(journeys), 1, 'touches') // shares 1/7, 2/7, 4/7 for three touches
 */
export function timeDecay(indexed: IndexedJourneys, halfLife: number, clock: DecayClock): Credits {
  return creditTouches(indexed, (_j, length, weights, from) => {
    const times = clock === 'touches' ? undefined : indexed.times;
    let end = -Infinity;
    for (let i = 0; times && i < length; i++) end = Math.max(end, times[from + i] ?? Number.NaN);
    // A touch without a time is NaN, which Math.max passes on: that journey falls back to touches.
    const unit = clock === 'touches' || !Number.isFinite(end) ? undefined : msPer[clock];
    let total = 0;
    for (let i = 0; i < length; i++) {
      const age = unit === undefined ? length - 1 - i : (end - (times?.[from + i] ?? end)) / unit;
      const weight = Math.pow(2, -age / halfLife);
      weights[i] = weight;
      total += weight;
    }
    // The newest touch has weight 1, so the total is at least 1: no division by zero.
    for (let i = 0; i < length; i++) weights[i] = (weights[i] ?? 0) / total;
  });
}
