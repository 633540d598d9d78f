import { z } from 'zod';
import {
  checklistKindSchema,
  directnessSchema,
  maturitySchema,
  mediumSchema,
  ownershipSchema,
  phaseClassSchema,
  scoreSchema,
} from '../core/model';
import { idSchema, longText, patchOf, requiredName, shortText } from './common';

const touchpointFields = {
  name: requiredName,
  catalogueKey: z.string().max(100).nullable(),
  type: shortText(),
  medium: mediumSchema,
  directness: directnessSchema,
  ownership: ownershipSchema,
  phaseClass: phaseClassSchema,
  department: shortText(),
  customerView: longText,
  relevance: scoreSchema,
  momentThatMatters: z.boolean(),
  checklistKind: checklistKindSchema.nullable(),
  phaseIds: z.array(idSchema).max(50),
  personaIds: z.array(idSchema).max(200),
  /** Null (or left out on creation): not yet assessed, so left out of priorities and Pareto. */
  impact: scoreSchema.nullable(),
  effort: scoreSchema.nullable(),
  currentMaturity: maturitySchema,
  currentNotes: longText,
  targetMaturity: maturitySchema,
  targetDescription: longText,
  targetRating: z.number().min(1).max(5).nullable(),
};

/** Only the name is required; everything else has a sensible default. */
export const touchpointInputSchema = z.strictObject(touchpointFields).partial().required({ name: true });
export type TouchpointInput = z.infer<typeof touchpointInputSchema>;
export const touchpointPatchSchema = patchOf(touchpointFields);
export type TouchpointPatch = z.infer<typeof touchpointPatchSchema>;

export const fromCatalogueSchema = z.strictObject({
  catalogueKey: z.string().min(1).max(100),
  name: requiredName.optional(),
  personaIds: z.array(idSchema).max(200).optional(),
  targetMaturity: maturitySchema.optional(),
  quickcheckRunId: idSchema.optional(),
  /** The phases to place it in; left out, the catalogue's phases mapped onto the journey model. */
  phaseIds: z.array(idSchema).max(50).optional(),
});
export type FromCatalogueInput = z.infer<typeof fromCatalogueSchema>;

/** Moves a touchpoint from one phase column to another without touching its other phases. */
export const moveSchema = z.strictObject({ fromPhaseId: idSchema.nullable(), toPhaseId: idSchema });
export type MoveInput = z.infer<typeof moveSchema>;

export const retireSchema = z.strictObject({ reason: shortText(500).optional() });

const ratingSummarySchema = z.object({ average: z.number().nullable(), count: z.number().int() });

export const touchpointSchema = z.object({
  id: idSchema,
  name: z.string(),
  catalogueKey: z.string().nullable(),
  type: z.string(),
  medium: mediumSchema,
  directness: directnessSchema,
  ownership: ownershipSchema,
  phaseClass: phaseClassSchema,
  department: z.string(),
  customerView: z.string(),
  relevance: z.number().int(),
  momentThatMatters: z.boolean(),
  checklistKind: checklistKindSchema.nullable(),
  phaseIds: z.array(idSchema),
  personaIds: z.array(idSchema),
  impact: z.number().int().nullable(),
  effort: z.number().int().nullable(),
  current: z.object({
    maturity: maturitySchema,
    notes: z.string(),
    assessedBy: z.string().nullable(),
    assessedAt: z.string().nullable(),
    customerRating: ratingSummarySchema,
    employeeRating: ratingSummarySchema,
  }),
  target: z.object({
    maturity: maturitySchema,
    description: z.string(),
    rating: z.number().nullable(),
  }),
  checklist: z.object({ checkedKeys: z.array(z.string()), derivedMaturity: maturitySchema.nullable() }),
  quickcheckRunId: idSchema.nullable(),
  retiredAt: z.string().nullable(),
  retiredReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Touchpoint = z.infer<typeof touchpointSchema>;

export const touchpointListQuery = z.object({
  personaId: idSchema.optional(),
  phaseId: idSchema.optional(),
  includeRetired: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const checklistToggleSchema = z.strictObject({
  criterionKey: z.string().min(1).max(100),
  checked: z.boolean(),
});
