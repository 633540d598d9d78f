import { z } from 'zod';
import { MAX_MARKOV_ORDER } from '../core/attribution/attributeAll';
import { idSchema, isoDate } from './common';
import { MAX_RANGE_DAYS } from './analytics';
import { profileListQuery } from './profiles';

/** What the credit goes to: a touchpoint of the map, a channel, or a campaign (by `utm_campaign`). */
export const attributionDimensionSchema = z.enum(['touchpoint', 'channel', 'campaign']);
export type AttributionDimension = z.infer<typeof attributionDimensionSchema>;

/** The models, in the order of the table (docs/method.md has each one's formula). */
export const attributionModelKinds = [
  'first_touch',
  'last_touch',
  'linear',
  'time_decay',
  'position_based',
  'markov',
  'shapley',
  'fixed_share',
] as const;
export const attributionModelKindSchema = z.enum(attributionModelKinds);

const eventType = z.string().trim().min(1).max(100);
const share = z.number().min(0).max(1);

/** A share of each journey's conversions and value fixed by hand, for one key of one dimension. */
export const fixedShareSchema = z.strictObject({
  dimension: attributionDimensionSchema,
  /** A touchpoint id, a channel name or a campaign id. */
  key: z.string().trim().min(1).max(200),
  share,
});

const settingsFields = {
  /** Event types that count as conversions, e.g. `conversion`, `order`. */
  conversionEventTypes: z.array(eventType).min(1).max(20),
  /** A conversion's value: the event's revenue, a numeric property (`valueProperty`), or none. */
  valueSource: z.enum(['revenue', 'property', 'none']),
  valueProperty: z.string().trim().min(1).max(200).nullable(),
  /** How many days before a conversion a touch still counts. */
  lookbackDays: z.number().int().min(1).max(365),
  /** Event types that count as touches; empty: every event that is not a conversion. */
  touchEventTypes: z.array(eventType).max(50),
  /** A run of events at the same touchpoint (channel, campaign) counts as one touch. */
  collapseRepeats: z.boolean(),
  /** Time decay: a touch counts half as much this many days earlier. */
  halfLifeDays: z.number().gt(0).max(365),
  positionWeights: z.strictObject({ first: share, middle: share, last: share }),
  /** Order of the Markov chain (1: the next touch depends on the current one only). */
  markovOrder: z.number().int().min(1).max(MAX_MARKOV_ORDER),
  fixedShares: z.array(fixedShareSchema).max(200),
};

/** `PUT /attribution-settings`: the whole settings (the screen sends them all). */
export const attributionSettingsInputSchema = z.strictObject(settingsFields).superRefine((s, ctx) => {
  const { first, middle, last } = s.positionWeights;
  if (Math.abs(first + middle + last - 1) > 1e-6)
    ctx.addIssue({
      code: 'custom',
      path: ['positionWeights'],
      message: `first, middle and last must add up to 1, not ${first + middle + last}`,
    });
  if ((s.valueSource === 'property') !== (s.valueProperty !== null))
    ctx.addIssue({
      code: 'custom',
      path: ['valueProperty'],
      message: 'name a property exactly when the value source is "property"',
    });
  const seen = new Set<string>();
  s.fixedShares.forEach((f, i) => {
    const id = `${f.dimension}\u0000${f.key}`;
    if (seen.has(id))
      ctx.addIssue({ code: 'custom', path: ['fixedShares', i, 'key'], message: 'is given twice' });
    seen.add(id);
  });
});
export type AttributionSettingsInput = z.infer<typeof attributionSettingsInputSchema>;

export const attributionSettingsSchema = z.object({
  ...settingsFields,
  fixedShares: z.array(z.object(fixedShareSchema.shape)),
  positionWeights: z.object(settingsFields.positionWeights.shape),
  /** null while the workspace uses the defaults. */
  updatedAt: z.string().nullable(),
});
export type AttributionSettings = z.infer<typeof attributionSettingsSchema>;

/** The settings of a workspace that has not changed them. */
export const defaultAttributionSettings: AttributionSettings = {
  conversionEventTypes: ['conversion', 'order'],
  valueSource: 'revenue',
  valueProperty: null,
  lookbackDays: 30,
  touchEventTypes: [],
  collapseRepeats: true,
  halfLifeDays: 7,
  positionWeights: { first: 0.4, middle: 0.2, last: 0.4 },
  markovOrder: 1,
  fixedShares: [],
  updatedAt: null,
};

const periodIssue = (from: string | undefined, to: string | undefined) => {
  if (from && to && from > to) return 'must not be after the end of its period';
  if (from && to && (Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_RANGE_DAYS)
    return `the period must be at most ${MAX_RANGE_DAYS} days`;
  return null;
};

/** Which journeys count: those with a touch at a touchpoint of the persona, or in the channel. */
export const attributionFilters = {
  persona: idSchema.optional(),
  channel: z.string().trim().min(1).max(200).optional(),
};

/**
 * `GET /analytics/attribution`: a period (ISO days, both included; default the last 30 days), the
 * dimension (default touchpoint) and optionally a comparison period (both or neither).
 */
export const attributionQuery = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    compareFrom: isoDate.optional(),
    compareTo: isoDate.optional(),
    dimension: attributionDimensionSchema.default('touchpoint'),
    ...attributionFilters,
  })
  .superRefine((q, ctx) => {
    const main = periodIssue(q.from, q.to);
    if (main) ctx.addIssue({ code: 'custom', path: ['from'], message: main });
    const compare = periodIssue(q.compareFrom, q.compareTo);
    if (compare) ctx.addIssue({ code: 'custom', path: ['compareFrom'], message: compare });
    if ((q.compareFrom === undefined) !== (q.compareTo === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [q.compareFrom === undefined ? 'compareFrom' : 'compareTo'],
        message: 'compareFrom and compareTo go together',
      });
  });
export type AttributionQuery = z.infer<typeof attributionQuery>;

const creditsByModel = z.object(
  Object.fromEntries(attributionModelKinds.map((kind) => [kind, z.number().optional()])) as Record<
    (typeof attributionModelKinds)[number],
    z.ZodOptional<z.ZodNumber>
  >,
);

export const attributionRowSchema = z.object({
  /** Touchpoint id, channel name, campaign id, or `utm:<value>` for a utm_campaign no campaign claims. */
  key: z.string(),
  label: z.string(),
  /** Conversion credit per model; every model's column adds up to the attributed conversions. */
  conversions: creditsByModel,
  /** Value (revenue) credit per model; every model's column adds up to the attributed value. */
  value: creditsByModel,
  /** Markov removal effect (0-1): the share of conversions (value) lost without this key. */
  removalEffect: z.object({ conversions: z.number(), value: z.number() }),
  /** Converting journeys that contain this key (the profiles behind the figures). */
  journeys: z.number().int(),
});
export type AttributionRow = z.infer<typeof attributionRowSchema>;

export const attributionPeriodSchema = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(attributionRowSchema),
  totals: z.object({
    /** Journeys behind the figures: converting ones plus those that ended without a conversion. */
    journeys: z.number().int(),
    convertingJourneys: z.number().int(),
    nullJourneys: z.number().int(),
    touches: z.number().int(),
    /** Attributed conversions and value (the sum of every model's column). */
    conversions: z.number(),
    value: z.number(),
    /** Conversions in the period without a touch in their window: nobody gets their credit. */
    untouchedConversions: z.number(),
    untouchedValue: z.number(),
  }),
});
export type AttributionPeriod = z.infer<typeof attributionPeriodSchema>;

export const attributionReportSchema = attributionPeriodSchema.extend({
  dimension: attributionDimensionSchema,
  /** The models computed, in column order (fixed_share only when shares are set for the dimension). */
  models: z.array(attributionModelKindSchema),
  settings: attributionSettingsSchema,
  compare: attributionPeriodSchema.nullable(),
});
export type AttributionReport = z.infer<typeof attributionReportSchema>;

/** `GET /analytics/attribution/profiles`: the people whose converting journeys contain one key. */
export const attributionProfilesQuery = z
  .strictObject({
    dimension: attributionDimensionSchema.default('touchpoint'),
    key: z.string().trim().min(1).max(200),
    from: isoDate.optional(),
    to: isoDate.optional(),
    ...attributionFilters,
    limit: profileListQuery.shape.limit,
    cursor: profileListQuery.shape.cursor,
  })
  .superRefine((q, ctx) => {
    const issue = periodIssue(q.from, q.to);
    if (issue) ctx.addIssue({ code: 'custom', path: ['from'], message: issue });
  });
export type AttributionProfilesQuery = z.infer<typeof attributionProfilesQuery>;
