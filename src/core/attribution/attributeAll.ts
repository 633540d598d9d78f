import { err, ok, type Result } from '../result';
import { indexJourneys, type Journey } from './journey';
import { attribute, type AttributionModel, type AttributionModelKind } from './attribute';
import { defaultPositionWeights, type PositionWeights } from './positionBased';
import type { DecayClock } from './timeDecay';

export interface AttributionOptions {
  /** Half-life of time decay in `decayClock` units; default 1 (touch). */
  halfLife?: number;
  /** Default `touches`; `hours` or `days` when the touches have times. */
  decayClock?: DecayClock;
  /** Default 0.4 / 0.2 / 0.4. */
  positionWeights?: PositionWeights;
  /** Order of the Markov chain; default 1. */
  markovOrder?: number;
  /** Fixed shares (0-1) per channel; the fixed-share model runs only when given. */
  fixedShares?: Readonly<Record<string, number>>;
}

/** Credit per model, in the order of `AttributionReport.models`. */
export type CreditsByModel = Partial<Record<AttributionModelKind, number>>;

export interface ChannelAttribution {
  channel: string;
  conversions: CreditsByModel;
  value: CreditsByModel;
  /** Markov removal effects (0-1): the share of conversions / value lost without the channel. */
  removalEffect: { conversions: number; value: number };
}

export interface AttributionReport {
  channels: ChannelAttribution[];
  totals: { journeys: number; touches: number; conversions: number; value: number; nulls: number };
  models: AttributionModel[];
}

export const MAX_MARKOV_ORDER = 6;

const isShare = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;

function modelsFor(options: AttributionOptions): Result<AttributionModel[]> {
  const halfLife = options.halfLife ?? 1;
  if (!Number.isFinite(halfLife) || halfLife <= 0)
    return err('validation_failed', `The half-life must be a number above 0, not ${halfLife}.`, {
      field: 'halfLife',
    });
  const weights = options.positionWeights ?? defaultPositionWeights;
  const { first, middle, last } = weights;
  if (![first, middle, last].every(isShare) || Math.abs(first + middle + last - 1) > 1e-9)
    return err(
      'validation_failed',
      `The position weights must be shares from 0 to 1 that add up to 1, not ${first}, ${middle}, ${last}.`,
      { field: 'positionWeights' },
    );
  const order = options.markovOrder ?? 1;
  if (!Number.isInteger(order) || order < 1 || order > MAX_MARKOV_ORDER)
    return err(
      'validation_failed',
      `The Markov order must be a whole number from 1 to ${MAX_MARKOV_ORDER}, not ${order}.`,
      {
        field: 'markovOrder',
      },
    );
  const models: AttributionModel[] = [
    { kind: 'first_touch' },
    { kind: 'last_touch' },
    { kind: 'linear' },
    { kind: 'time_decay', halfLife, clock: options.decayClock ?? 'touches' },
    { kind: 'position_based', weights: { first, middle, last } },
    { kind: 'markov', order },
    { kind: 'shapley' },
  ];
  if (options.fixedShares !== undefined) {
    for (const [channel, share] of Object.entries(options.fixedShares))
      if (!isShare(share))
        return err(
          'validation_failed',
          `The fixed share of "${channel}" must be from 0 to 1, not ${share}.`,
          {
            field: 'fixedShares',
            channel,
          },
        );
    models.push({ kind: 'fixed_share', shares: options.fixedShares });
  }
  return ok(models);
}

const isCount = (x: number) => Number.isFinite(x) && x >= 0;

function checkJourneys(journeys: readonly Journey[]): Result<true> {
  // A plain loop: with millions of journeys in-app this check would otherwise cost as much as a model.
  for (let index = 0; index < journeys.length; index++) {
    const journey = journeys[index] as Journey;
    if (
      journey.touches.length > 0 &&
      isCount(journey.conversions) &&
      isCount(journey.value) &&
      isCount(journey.nulls)
    )
      if (journey.value === 0 || journey.conversions > 0) continue;
    const fail = (field: string, message: string) =>
      err('validation_failed', `Journey ${index + 1}: ${message}`, { journey: index, field });
    if (journey.touches.length === 0) return fail('touches', 'a journey needs at least one touch.');
    for (const field of ['conversions', 'value', 'nulls'] as const) {
      const x = journey[field];
      if (!isCount(x)) return fail(field, `${field} must be a number of 0 or more, not ${x}.`);
    }
    return fail('value', `a value of ${journey.value} needs at least one conversion.`);
  }
  return ok(true);
}

/**
 * Every model's credit per channel, for conversions and for value. Each model's credits add up to the
 * total conversions and the total value (0 everywhere when nothing converted, never NaN).
 * @example
 * attributeAll([{ touches: [{ channel: 'seo' }, { channel: 'mail' }], conversions: 1, value: 80, nulls: 0 }])
 * // ok: channels seo and mail, first_touch gives seo 1 conversion and 80 value, last_touch gives mail both
 */
export function attributeAll(
  journeys: readonly Journey[],
  options: AttributionOptions = {},
): Result<AttributionReport> {
  const models = modelsFor(options);
  if (!models.ok) return models;
  const checked = checkJourneys(journeys);
  if (!checked.ok) return checked;
  const indexed = indexJourneys(journeys);
  const channels: ChannelAttribution[] = indexed.channels.map((channel) => ({
    channel,
    conversions: {},
    value: {},
    removalEffect: { conversions: 0, value: 0 },
  }));
  for (const model of models.value) {
    const credits = attribute(indexed, model);
    channels.forEach((row, c) => {
      row.conversions[model.kind] = credits.conversions[c] ?? 0;
      row.value[model.kind] = credits.value[c] ?? 0;
      if (credits.removalEffects)
        row.removalEffect = {
          conversions: credits.removalEffects.conversions[c] ?? 0,
          value: credits.removalEffects.value[c] ?? 0,
        };
    });
  }
  const sum = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0);
  const totals = {
    journeys: journeys.length,
    touches: indexed.touches.length,
    conversions: sum(indexed.conversions),
    value: sum(indexed.values),
    nulls: sum(indexed.nulls),
  };
  return ok({ channels, totals, models: models.value });
}
