import { assertUnreachable } from '../result';
import { firstTouch } from './firstTouch';
import { fixedShare } from './fixedShare';
import type { Credits, IndexedJourneys } from './journey';
import { lastTouch } from './lastTouch';
import { linear } from './linear';
import { markov } from './markov';
import { positionBased, type PositionWeights } from './positionBased';
import { shapley } from './shapley';
import { timeDecay, type DecayClock } from './timeDecay';

/** The attribution models with their settings; docs/method.md gives each one's formula. */
export type AttributionModel =
  | { kind: 'first_touch' }
  | { kind: 'last_touch' }
  | { kind: 'linear' }
  | { kind: 'time_decay'; halfLife: number; clock: DecayClock }
  | { kind: 'position_based'; weights: PositionWeights }
  | { kind: 'markov'; order: number }
  | { kind: 'shapley' }
  | { kind: 'fixed_share'; shares: Readonly<Record<string, number>> };

export type AttributionModelKind = AttributionModel['kind'];

/** A model's credits; the Markov model also reports its removal effects. */
export interface ModelCredits extends Credits {
  removalEffects?: { conversions: Float64Array; value: Float64Array };
}

/**
 * Runs one model over indexed journeys.
 * @example attribute(indexJourneys(journeys), { kind: 'markov', order: 1 })
 */
export function attribute(indexed: IndexedJourneys, model: AttributionModel): ModelCredits {
  switch (model.kind) {
    case 'first_touch':
      return firstTouch(indexed);
    case 'last_touch':
      return lastTouch(indexed);
    case 'linear':
      return linear(indexed);
    case 'time_decay':
      return timeDecay(indexed, model.halfLife, model.clock);
    case 'position_based':
      return positionBased(indexed, model.weights);
    case 'markov':
      return markov(indexed, model.order);
    case 'shapley':
      return shapley(indexed);
    case 'fixed_share':
      return fixedShare(indexed, model.shares);
    default:
      return assertUnreachable(model);
  }
}
