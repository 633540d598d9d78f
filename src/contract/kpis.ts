import { z } from 'zod';
import { idSchema, isoDate, requiredName, shortText } from './common';

export const kpiDirectionSchema = z.enum(['higher_is_better', 'lower_is_better']);

export const kpiInputSchema = z.object({
  name: requiredName,
  unit: shortText(40).optional(),
  direction: kpiDirectionSchema.optional(),
  targetValue: z.number().finite().nullable().optional(),
});
export type KpiInput = z.infer<typeof kpiInputSchema>;
export const kpiPatchSchema = kpiInputSchema.partial();

export const kpiValueInputSchema = z.object({
  measuredOn: isoDate,
  value: z.number().finite(),
  note: shortText(500).optional(),
});
export type KpiValueInput = z.infer<typeof kpiValueInputSchema>;

export const kpiValueSchema = z.object({
  measuredOn: z.string(),
  value: z.number(),
  source: z.enum(['manual', 'import', 'computed']),
  note: z.string(),
});

export const kpiStatusSchema = z.enum(['on_target', 'off_target', 'no_target', 'no_data']);

export const kpiSchema = z.object({
  id: idSchema,
  touchpointId: idSchema,
  name: z.string(),
  unit: z.string(),
  direction: kpiDirectionSchema,
  targetValue: z.number().nullable(),
  latest: kpiValueSchema.nullable(),
  status: kpiStatusSchema,
});
export type Kpi = z.infer<typeof kpiSchema>;
