import { z } from 'zod';
import {
  MAX_SEGMENT_CONDITIONS,
  MAX_SEGMENT_DAYS,
  MAX_SEGMENT_MAILINGS,
  accountFields,
  checkSegmentDefinition,
  dateOperators,
  emailActions,
  frequencies,
  profileFields,
  textOperators,
  type SegmentDefinition,
} from '../core/segments';
import { idSchema, isoDate, patchOf, requiredName, shortText } from './common';
import { profileSummarySchema } from './profiles';

const key = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only');
const text = z.string().max(500);
const valueSchema = z.union([
  text,
  z.number().min(-1e12).max(1e12),
  z.boolean(),
  z.array(text).min(1).max(100),
]);
const textOperator = z.enum(textOperators);
const anyOperator = z.enum([...new Set([...textOperators, ...dateOperators])] as [
  (typeof textOperators)[number] | (typeof dateOperators)[number],
  ...((typeof textOperators)[number] | (typeof dateOperators)[number])[],
]);

const traitCondition = z.strictObject({
  kind: z.literal('trait'),
  key,
  operator: textOperator,
  value: valueSchema.optional(),
});
const profileCondition = z.strictObject({
  kind: z.literal('profile'),
  field: z.enum(profileFields),
  operator: anyOperator,
  value: valueSchema.optional(),
});
const accountCondition = z.strictObject({
  kind: z.literal('account'),
  field: z.enum(accountFields),
  key: key.optional(),
  operator: textOperator,
  value: valueSchema.optional(),
});
const eventCondition = z.strictObject({
  kind: z.literal('event'),
  /** false: "did not …" that often. */
  did: z.boolean().default(true),
  eventType: z.string().trim().min(1).max(100).optional(),
  eventName: z.string().trim().min(1).max(200).optional(),
  touchpointId: idSchema.optional(),
  urlContains: z.string().min(1).max(500).optional(),
  property: z.strictObject({ key, operator: textOperator, value: valueSchema.optional() }).optional(),
  frequency: z.enum(frequencies).default('at_least'),
  times: z.number().int().min(0).max(10_000).default(1),
  /** Within the last `days` days; or between `from` and `to` (ISO days, both included); or ever. */
  days: z.number().int().min(1).max(MAX_SEGMENT_DAYS).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
const emailCondition = z.strictObject({
  kind: z.literal('email'),
  action: z.enum(emailActions),
  lastMailings: z.number().int().min(1).max(MAX_SEGMENT_MAILINGS).optional(),
  atLeast: z.number().int().min(1).max(MAX_SEGMENT_MAILINGS).optional(),
});
const conditions = [
  traitCondition,
  profileCondition,
  accountCondition,
  eventCondition,
  emailCondition,
] as const;
const groupKind = z.enum(['all', 'any', 'not']);

// Groups nest three deep at most (MAX_SEGMENT_DEPTH): spelt out level by level rather than recursive, so
// the OpenAPI document and the input checks stay plain schemas.
const level3 = z.discriminatedUnion('kind', [...conditions]);
const group3 = z.strictObject({
  kind: groupKind,
  conditions: z.array(level3).min(1).max(MAX_SEGMENT_CONDITIONS),
});
const level2 = z.union([z.discriminatedUnion('kind', [...conditions]), group3]);
const group2 = z.strictObject({
  kind: groupKind,
  conditions: z.array(level2).min(1).max(MAX_SEGMENT_CONDITIONS),
});
const level1 = z.union([z.discriminatedUnion('kind', [...conditions]), group2]);

/**
 * A segment definition, version 1 (docs/segments.md): a group (`all`, `any` or `not` = none of) of
 * conditions and nested groups. Beyond field types it checks that operators fit their fields, values
 * their operators, and the limits of src/core/segments (each issue at the condition's path).
 */
export const segmentDefinitionSchema = z
  .strictObject({
    version: z.literal(1),
    kind: groupKind,
    conditions: z.array(level1).max(MAX_SEGMENT_CONDITIONS),
  })
  .superRefine((definition, ctx) => {
    for (const issue of checkSegmentDefinition(definition))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type SegmentDefinitionInput = z.input<typeof segmentDefinitionSchema>;

/** Every definition the schema accepts is one the core understands. */
export const definitionFitsCore = (d: z.infer<typeof segmentDefinitionSchema>): SegmentDefinition => d;

const segmentFields = {
  name: requiredName,
  description: shortText(1000),
  definition: segmentDefinitionSchema,
};
export const segmentInputSchema = z.strictObject(segmentFields).partial({ description: true });
export type SegmentInput = z.infer<typeof segmentInputSchema>;
export const segmentPatchSchema = patchOf(segmentFields);
export type SegmentPatch = z.infer<typeof segmentPatchSchema>;

const summarySchema = z.object({ de: z.string(), en: z.string() });

export const segmentSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  definition: z.record(z.string(), z.unknown()),
  /** The definition in words (German and English). */
  summary: summarySchema,
  /** Profiles in the segment now (merged profiles left out). */
  memberCount: z.number().int(),
  createdBy: idSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Segment = z.infer<typeof segmentSchema>;

export const segmentParams = z.object({ workspaceId: idSchema, segmentId: idSchema });

export const segmentPreviewInputSchema = z.strictObject({ definition: segmentDefinitionSchema });
export type SegmentPreviewInput = z.infer<typeof segmentPreviewInputSchema>;

export const segmentPreviewSchema = z.object({
  count: z.number().int(),
  /** The first 20 members, most recently seen first. */
  profiles: z.array(profileSummarySchema),
  summary: summarySchema,
});
export type SegmentPreview = z.infer<typeof segmentPreviewSchema>;

export const segmentCountSchema = z.object({ segmentId: idSchema, count: z.number().int() });
export type SegmentCount = z.infer<typeof segmentCountSchema>;

export const segmentProfilesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type SegmentProfilesQuery = z.infer<typeof segmentProfilesQuery>;
