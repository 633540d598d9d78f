import { z } from 'zod';
import { changesSomething, idSchema, isoDate, longText, nothingToChange, requiredName } from './common';
import { attributionFilters, attributionModelKindSchema } from './attribution';
import { MAX_RANGE_DAYS } from './analytics';

/** Largest cost a campaign takes, in EUR. */
export const MAX_CAMPAIGN_COST = 1e10;

const utmKey = z.string().trim().min(1).max(200);

const campaignFields = {
  name: requiredName,
  /** The `utm_campaign` values whose events belong to the campaign (compared without case). */
  utmCampaigns: z.array(utmKey).max(50),
  channel: z.string().trim().min(1).max(200).nullable(),
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
  /** What the campaign cost in EUR; null: no cost entered (no ROI then). */
  costEur: z.number().min(0).max(MAX_CAMPAIGN_COST).nullable(),
  notes: longText,
};

const periodInOrder = (c: { startsOn?: string | null; endsOn?: string | null }) =>
  !c.startsOn || !c.endsOn || c.startsOn <= c.endsOn;
const periodMessage = { message: 'must not be after endsOn', path: ['startsOn'] };

/** A new campaign: a name; everything else may follow. */
export const campaignInputSchema = z
  .strictObject(campaignFields)
  .partial()
  .required({ name: true })
  .refine(periodInOrder, periodMessage);
export type CampaignInput = z.infer<typeof campaignInputSchema>;

export const campaignPatchSchema = z
  .strictObject(campaignFields)
  .partial()
  .refine(changesSomething, nothingToChange(Object.keys(campaignFields)))
  .refine(periodInOrder, periodMessage);
export type CampaignPatch = z.infer<typeof campaignPatchSchema>;

export const campaignSchema = z.object({
  id: idSchema,
  name: z.string(),
  utmCampaigns: z.array(z.string()),
  channel: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  costEur: z.number().nullable(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Campaign = z.infer<typeof campaignSchema>;

/** `GET /analytics/campaign-roi`: a period (default the last 30 days) and the model (default linear). */
export const campaignRoiQuery = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    model: attributionModelKindSchema.default('linear'),
    ...attributionFilters,
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after to' });
    if (q.from && q.to && (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 >= MAX_RANGE_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `the period must be at most ${MAX_RANGE_DAYS} days`,
      });
  });
export type CampaignRoiQuery = z.infer<typeof campaignRoiQuery>;

export const campaignRoiRowSchema = z.object({
  id: idSchema,
  name: z.string(),
  channel: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  costEur: z.number().nullable(),
  /** Conversions and revenue attributed to the campaign under the model. */
  conversions: z.number(),
  revenue: z.number(),
  /** (revenue - cost) / cost; null when `gap` says why. */
  roi: z.number().nullable(),
  costPerConversion: z.number().nullable(),
  /** `no_cost`: no cost entered; `zero_cost`: a cost of 0, so no ratio. */
  gap: z.enum(['no_cost', 'zero_cost']).nullable(),
});
export type CampaignRoiRow = z.infer<typeof campaignRoiRowSchema>;

export const campaignRoiSchema = z.object({
  from: z.string(),
  to: z.string(),
  model: attributionModelKindSchema,
  campaigns: z.array(campaignRoiRowSchema),
  /** Credit to utm_campaign values no campaign claims (enter them as keys of a campaign to see them here). */
  unclaimed: z.object({ conversions: z.number(), revenue: z.number(), keys: z.array(z.string()) }),
  /** Over the campaigns with a cost: their cost, conversions, revenue and ROI. */
  totals: z.object({
    costEur: z.number(),
    conversions: z.number(),
    revenue: z.number(),
    roi: z.number().nullable(),
  }),
  /** Converting journeys behind the figures. */
  journeys: z.number().int(),
});
export type CampaignRoi = z.infer<typeof campaignRoiSchema>;
