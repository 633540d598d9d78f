import { z } from 'zod';
import { stageKindSchema } from '../core/pipeline/pipelineStages';
import { idSchema, isoDate, patchOf } from './common';

/** Deals and the pipeline (issue 14, docs/pipeline.md). Money is EUR. */

const money = z.number().min(0).max(1_000_000_000_000);
const probability = z.number().int().min(0).max(100);
const reason = z.string().trim().max(500);
const title = z.string().trim().min(1, 'must not be empty').max(200);

export const dealContactSchema = z.object({ id: idSchema, name: z.string(), email: z.string().nullable() });

export const dealSchema = z.object({
  id: idSchema,
  externalId: z.string().nullable(),
  companyId: idSchema,
  companyName: z.string(),
  title: z.string(),
  value: z.number(),
  stage: z.string(),
  /** The deal's own probability; null: its stage's. */
  probability: z.number().int().nullable(),
  /** What the deal is weighed with. */
  effectiveProbability: z.number().int(),
  weighted: z.number(),
  expectedClose: z.string().nullable(),
  ownerUserId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  /** Why it was won or lost ('' while open). */
  reason: z.string(),
  renewalDate: z.string().nullable(),
  closedAt: z.string().nullable(),
  contacts: z.array(dealContactSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Deal = z.infer<typeof dealSchema>;

const dealFields = {
  title,
  value: money,
  probability: probability.nullable(),
  expectedClose: isoDate.nullable(),
  ownerUserId: idSchema.nullable(),
  reason,
  renewalDate: isoDate.nullable(),
  /** Contacts (profiles of any company); the first one is the primary contact. */
  contactIds: z.array(idSchema).max(50),
};

export const dealInputSchema = z.strictObject({
  ...dealFields,
  companyId: idSchema,
  value: money.default(0),
  /** A stage key of the pipeline; default its first stage. */
  stage: z.string().trim().min(1).max(40).optional(),
  probability: dealFields.probability.optional(),
  expectedClose: dealFields.expectedClose.optional(),
  ownerUserId: dealFields.ownerUserId.optional(),
  reason: reason.optional(),
  renewalDate: dealFields.renewalDate.optional(),
  contactIds: dealFields.contactIds.optional(),
  externalId: z.string().trim().min(1).max(200).optional(),
});
export type DealInput = z.infer<typeof dealInputSchema>;

/** Stage changes go through `POST …/deals/:id/stage`, so every one lands in the stage history. */
export const dealPatchSchema = patchOf({ ...dealFields, companyId: idSchema });
export type DealPatch = z.infer<typeof dealPatchSchema>;

export const dealStageInputSchema = z.strictObject({
  stage: z.string().trim().min(1).max(40),
  /** Why the deal was won or lost; required for the lost stage. */
  reason: reason.optional(),
});
export type DealStageInput = z.infer<typeof dealStageInputSchema>;

export const dealListQuery = z.object({
  stage: z.string().trim().min(1).max(40).optional(),
  companyId: idSchema.optional(),
  ownerUserId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type DealListQuery = z.infer<typeof dealListQuery>;

export const dealPageSchema = z.object({ items: z.array(dealSchema), total: z.number().int() });
export type DealPage = z.infer<typeof dealPageSchema>;

export const dealStageChangeSchema = z.object({
  from: z.string().nullable(),
  to: z.string(),
  at: z.string(),
  actor: z.string(),
});
export const dealDetailSchema = dealSchema.extend({ history: z.array(dealStageChangeSchema) });
export type DealDetail = z.infer<typeof dealDetailSchema>;

export const pipelineStageSchema = z.object({
  key: z.string(),
  name: z.string(),
  probability: z.number().int(),
  kind: stageKindSchema,
});
export type PipelineStageDto = z.infer<typeof pipelineStageSchema>;

export const pipelineStagesInputSchema = z.strictObject({
  stages: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z0-9_]{1,40}$/, 'must be 1-40 characters a-z, 0-9 or _'),
        name: z.string().trim().min(1).max(100),
        probability,
        kind: stageKindSchema,
      }),
    )
    .min(3)
    .max(20),
});
export type PipelineStagesInput = z.infer<typeof pipelineStagesInputSchema>;

export const pipelineBoardQuery = z.object({
  ownerUserId: idSchema.optional(),
  companyId: idSchema.optional(),
  /** Cards per stage (the sums cover every deal). */
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const boardColumnSchema = pipelineStageSchema.extend({
  count: z.number().int(),
  value: z.number(),
  weighted: z.number(),
  /** The stage's deals, soonest expected close first (closed stages: latest closed first), at most `limit`. */
  deals: z.array(dealSchema),
});
export const pipelineBoardSchema = z.object({
  stages: z.array(boardColumnSchema),
  openValue: z.number(),
  weighted: z.number(),
});
export type PipelineBoard = z.infer<typeof pipelineBoardSchema>;

export const pipelineReportQuery = z.object({
  ownerUserId: idSchema.optional(),
});

const reasonCountSchema = z.object({ reason: z.string(), deals: z.number().int(), value: z.number() });
export const pipelineReportSchema = z.object({
  stages: z.array(
    z.object({
      stage: z.string(),
      name: z.string(),
      entered: z.number().int(),
      forward: z.number().int(),
      conversion: z.number().nullable(),
      medianDays: z.number().nullable(),
      stays: z.number().int(),
    }),
  ),
  reasons: z.object({ won: z.array(reasonCountSchema), lost: z.array(reasonCountSchema) }),
  forecast: z.array(
    z.object({
      month: z.string().nullable(),
      openDeals: z.number().int(),
      openValue: z.number(),
      weighted: z.number(),
      won: z.number(),
    }),
  ),
  totals: z.object({
    openDeals: z.number().int(),
    openValue: z.number(),
    weighted: z.number(),
    wonDeals: z.number().int(),
    wonValue: z.number(),
    lostDeals: z.number().int(),
    /** won / (won + lost), null before any deal closed. */
    winRate: z.number().nullable(),
  }),
});
export type PipelineReport = z.infer<typeof pipelineReportSchema>;

export const dealParams = z.object({ workspaceId: idSchema, id: idSchema });
