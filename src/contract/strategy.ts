import { z } from 'zod';
import {
  goalCategorySchema,
  goalLevelSchema,
  goalStatusSchema,
  SWOT_TEXT_MAX,
  swotQuadrantSchema,
} from '../core/strategy';
import { idSchema, isoDate, longText, patchOf, requiredName } from './common';
import { kpiDirectionSchema, kpiStatusSchema, kpiValueSchema } from './kpis';
import { measureSchema } from './measures';

// ---- SWOT ----

const swotText = z.string().trim().min(1, 'must not be empty').max(SWOT_TEXT_MAX);

/** A new SWOT entry; without `touchpointId` it belongs to the workspace's own SWOT. It goes last in its quadrant. */
export const swotEntryInputSchema = z.strictObject({
  quadrant: swotQuadrantSchema,
  text: swotText,
  touchpointId: idSchema.nullable().optional(),
});
export type SwotEntryInput = z.infer<typeof swotEntryInputSchema>;

/** A new text, or another quadrant (the entry then goes last there). */
export const swotEntryPatchSchema = patchOf({ quadrant: swotQuadrantSchema, text: swotText });
export type SwotEntryPatch = z.infer<typeof swotEntryPatchSchema>;

/** The new order of one quadrant of one SWOT: every entry's id once. */
export const swotReorderSchema = z.strictObject({
  quadrant: swotQuadrantSchema,
  touchpointId: idSchema.nullable(),
  ids: z.array(idSchema).max(500),
});
export type SwotReorder = z.infer<typeof swotReorderSchema>;

export const swotEntrySchema = z.object({
  id: idSchema,
  touchpointId: idSchema.nullable(),
  quadrant: swotQuadrantSchema,
  text: z.string(),
  position: z.number().int(),
  /** The measure the entry became ("→ Maßnahme"); null until then, and again when that measure is deleted. */
  measureId: idSchema.nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SwotEntry = z.infer<typeof swotEntrySchema>;

/**
 * Which SWOT to list: one touchpoint's (`touchpointId`), the workspace's own (`level=workspace`), or
 * every entry when neither is given.
 */
export const swotListQuery = z.object({
  touchpointId: idSchema.optional(),
  level: z.enum(['workspace', 'all']).optional(),
});
export type SwotListQuery = z.infer<typeof swotListQuery>;

/** What turning a SWOT entry into a measure answers: both, linked. */
export const swotMeasureSchema = z.object({ entry: swotEntrySchema, measure: measureSchema });
export type SwotMeasure = z.infer<typeof swotMeasureSchema>;

// ---- Goals ----

const goalFields = {
  level: goalLevelSchema,
  title: requiredName,
  description: longText,
  category: goalCategorySchema,
  /** A micro goal's macro goal. */
  parentId: idSchema.nullable(),
  targetDate: isoDate.nullable(),
  touchpointId: idSchema.nullable(),
  /** The KPIs that measure the goal (KPIs of any touchpoint of the workspace). */
  kpiIds: z.array(idSchema).max(50),
};
/** A new goal; the category defaults to `other`, a goal of the team's own. */
export const goalInputSchema = z.strictObject(goalFields).partial().required({ level: true, title: true });
export type GoalInput = z.infer<typeof goalInputSchema>;
export const goalPatchSchema = patchOf(goalFields);
export type GoalPatch = z.infer<typeof goalPatchSchema>;

/** A KPI as a goal shows it: enough to read its latest value against its target. */
export const goalKpiSchema = z.object({
  id: idSchema,
  name: z.string(),
  touchpointId: idSchema,
  unit: z.string(),
  direction: kpiDirectionSchema,
  targetValue: z.number().nullable(),
  latest: kpiValueSchema.nullable(),
  status: kpiStatusSchema,
});
export type GoalKpi = z.infer<typeof goalKpiSchema>;

export const goalSchema = z.object({
  id: idSchema,
  level: goalLevelSchema,
  parentId: idSchema.nullable(),
  title: z.string(),
  description: z.string(),
  category: goalCategorySchema,
  targetDate: z.string().nullable(),
  touchpointId: idSchema.nullable(),
  kpis: z.array(goalKpiSchema),
  /** From the linked KPIs' latest values and targets (src/core/strategy/goalStatus.ts). */
  status: goalStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Goal = z.infer<typeof goalSchema>;

export const goalListQuery = z.object({ touchpointId: idSchema.optional() });

// ---- In the workspace document (touchpoint export / import) ----

const docRef = z.string().min(1).max(100);

/** A SWOT entry in a workspace document, in its quadrant's order; the link to a measure is not carried. */
export const documentSwotEntrySchema = z.strictObject({
  touchpoint: docRef.nullable().default(null),
  quadrant: swotQuadrantSchema,
  text: z.string().trim().min(1).max(SWOT_TEXT_MAX),
  createdByName: z.string().max(200).default(''),
});

/** A goal in a workspace document; `parent` and `kpis` are refs within the document. */
export const documentGoalSchema = z.strictObject({
  ref: docRef,
  level: goalLevelSchema,
  parent: docRef.nullable().default(null),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(10_000).default(''),
  category: goalCategorySchema.default('other'),
  targetDate: isoDate.nullable().default(null),
  touchpoint: docRef.nullable().default(null),
  kpis: z.array(docRef).max(50).default([]),
});
