import { z } from 'zod';
import { MAX_RANGE_DAYS } from './analytics';
import { idSchema, isoDate } from './common';
import { profileListQuery } from './profiles';

/** The period and filters every moments figure takes. */
const momentsFilters = {
  /** First and last day (UTC, both included); default the last 30 days. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Only interactions at touchpoints of this persona count as touches (profiles carry no persona). */
  persona: idSchema.optional(),
  /** Only interactions of this channel count as touches (conversions count in any channel). */
  channel: z.string().trim().min(1).max(200).optional(),
};

const checkPeriod = (q: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) => {
  if (q.from && q.to && q.from > q.to)
    ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after the end of its period' });
  else if (q.from && q.to && (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 >= MAX_RANGE_DAYS)
    ctx.addIssue({
      code: 'custom',
      path: ['from'],
      message: `the period must be at most ${MAX_RANGE_DAYS} days`,
    });
};

/** `GET /analytics/moments`. */
export const momentsQuery = z
  .strictObject({
    ...momentsFilters,
    /** Journeys each group (with / without the touchpoint) needs before its figure counts; default 30. */
    minJourneys: z.coerce.number().int().min(1).max(1_000_000).default(30),
    /** Average rating (1..5 stars) below which a busy touchpoint is listed as low-rated; default 3. */
    ratingBelow: z.coerce.number().min(1).max(5).default(3),
  })
  .superRefine(checkPeriod);
export type MomentsQuery = z.infer<typeof momentsQuery>;

const rate = z.number().min(0).max(1).nullable();

export const momentCandidateSchema = z.object({
  touchpointId: idSchema,
  name: z.string(),
  /** The hand-set flag on the map (touchpoints.moment_that_matters). */
  momentThatMatters: z.boolean(),
  /** Journeys (people in the period) that touched it before converting, or at all without converting. */
  journeysWith: z.number().int(),
  conversionsWith: z.number().int(),
  journeysWithout: z.number().int(),
  conversionsWithout: z.number().int(),
  rateWith: rate.describe('conversionsWith / journeysWith; null without such journeys'),
  rateWithout: rate,
  /** rateWith - rateWithout, -1..1; null when either rate is null. */
  liftDifference: z.number().min(-1).max(1).nullable(),
  /** rateWith / rateWithout; null when either is null or rateWithout is 0. */
  liftRatio: z.number().nullable(),
  /** 95 % interval of liftDifference (Newcombe's hybrid score interval); null when it is null. */
  interval: z.object({ low: z.number(), high: z.number() }).nullable(),
  /** Both groups have at least minJourneys journeys; otherwise "too few journeys". */
  enoughJourneys: z.boolean(),
});
export type MomentCandidate = z.infer<typeof momentCandidateSchema>;

export const lowRatedTouchpointSchema = z.object({
  touchpointId: idSchema,
  name: z.string(),
  /** People who touched it in the period. */
  people: z.number().int(),
  averageRating: z.number(),
  ratings: z.number().int(),
});
export type LowRatedTouchpoint = z.infer<typeof lowRatedTouchpointSchema>;

export const momentsSchema = z.object({
  from: z.string(),
  to: z.string(),
  minJourneys: z.number().int(),
  ratingBelow: z.number(),
  /** People with at least one touch in the period, and how many of them converted (conversion, order). */
  journeys: z.number().int(),
  conversions: z.number().int(),
  /** Ranked: enough journeys first, largest lift first. One row per touchpoint of the map. */
  candidates: z.array(momentCandidateSchema),
  /** The median people per touchpoint, the line above which a touchpoint counts as busy. */
  medianPeople: z.number(),
  lowRated: z.array(lowRatedTouchpointSchema),
});
export type Moments = z.infer<typeof momentsSchema>;

/** `GET /analytics/moments/profiles`: the people behind one candidate's figure, a page at a time. */
export const momentProfilesQuery = z
  .strictObject({
    touchpoint: idSchema,
    /** `with`: journeys that touched it (before converting); `without`: the others. */
    group: z.enum(['with', 'without']),
    /** `true`: only those who converted; `false`: only those who did not; absent: all. */
    converted: z.enum(['true', 'false']).optional(),
    ...momentsFilters,
    limit: profileListQuery.shape.limit,
    cursor: profileListQuery.shape.cursor,
  })
  .superRefine(checkPeriod);
export type MomentProfilesQuery = z.infer<typeof momentProfilesQuery>;
