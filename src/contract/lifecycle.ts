import { z } from 'zod';
import { idSchema } from './common';

/** Lifecycle stages (issue 14): the workspace's stage list, a profile's stage and its history. */

export const stageKinds = ['funnel', 'customer', 'recycled', 'disqualified'] as const;
export const stageCauses = ['rule', 'score', 'person', 'import'] as const;

const name = z.string().trim().min(1, 'must not be empty').max(100);

export const stageInputSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _, starting with a letter'),
  nameDe: name,
  nameEn: name,
  kind: z.enum(stageKinds),
  minScore: z.number().min(-1e6).max(1e6).nullable().default(null),
  manual: z.boolean().default(false),
});

/** The whole list, in order (funnel stages in funnel order; side stages anywhere). */
export const stagesBodySchema = z.strictObject({ stages: z.array(stageInputSchema).min(3).max(30) });
export type StagesBody = z.infer<typeof stagesBodySchema>;

export const stageSchema = z.object({
  key: z.string(),
  nameDe: z.string(),
  nameEn: z.string(),
  kind: z.enum(stageKinds),
  minScore: z.number().nullable(),
  manual: z.boolean(),
});
export type Stage = z.infer<typeof stageSchema>;
export const stagesSchema = z.object({
  stages: z.array(stageSchema),
  /** True while the workspace uses the built-in list (never saved its own). */
  isDefault: z.boolean(),
});
export type Stages = z.infer<typeof stagesSchema>;

/** A person moves a profile: to which stage, why (needed for backwards, recycled, disqualified), to whom. */
export const stageChangeBodySchema = z.strictObject({
  stage: z.string().min(1).max(40),
  reason: z.string().trim().max(500).default(''),
  ownerUserId: idSchema.nullable().optional(),
});
export type StageChangeBody = z.infer<typeof stageChangeBodySchema>;

export const stageHistoryEntrySchema = z.object({
  id: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  at: z.string(),
  cause: z.enum(stageCauses),
  actor: z.string(),
  reason: z.string(),
  score: z.number().nullable(),
});
export type StageHistoryEntry = z.infer<typeof stageHistoryEntrySchema>;

export const stageChangeSchema = z.object({
  profileId: idSchema,
  stage: z.string(),
  ownerUserId: idSchema.nullable(),
  entry: stageHistoryEntrySchema.nullable(),
});
export type StageChange = z.infer<typeof stageChangeSchema>;
