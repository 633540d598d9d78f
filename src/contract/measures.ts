import { z } from 'zod';
import { measureStatusSchema, scoreSchema } from '../core/model';
import { idSchema, isoDate, longText, patchOf, requiredName, shortText } from './common';

const measureFields = {
  title: requiredName,
  description: longText,
  owner: shortText(),
  dueDate: isoDate.nullable(),
  status: measureStatusSchema,
  effort: scoreSchema,
  expectedImpact: scoreSchema,
  kpiId: idSchema.nullable(),
  touchpointIds: z.array(idSchema).max(200),
};
export const measureInputSchema = z.strictObject(measureFields).partial().required({ title: true });
export type MeasureInput = z.infer<typeof measureInputSchema>;
export const measurePatchSchema = patchOf(measureFields);
export type MeasurePatch = z.infer<typeof measurePatchSchema>;

export const measureSchema = z.object({
  id: idSchema,
  title: z.string(),
  description: z.string(),
  owner: z.string(),
  dueDate: z.string().nullable(),
  status: measureStatusSchema,
  effort: z.number().int(),
  expectedImpact: z.number().int(),
  kpiId: idSchema.nullable(),
  touchpointIds: z.array(idSchema),
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  doneAt: z.string().nullable(),
});
export type Measure = z.infer<typeof measureSchema>;

export const measureListQuery = z.object({
  status: measureStatusSchema.optional(),
  touchpointId: idSchema.optional(),
});
