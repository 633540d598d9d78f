import { z } from 'zod';
import { editorialStatusSchema } from '../core/editorialPlan/editorialModel';
import { idSchema, longText, patchOf, requiredName, shortText } from './common';

const mappingSchema = z.object({ personaId: idSchema, phaseId: idSchema });
const mappingInputSchema = z.strictObject(mappingSchema.shape);

const contentFields = {
  title: requiredName,
  kind: shortText(),
  url: z.union([
    z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(2000),
    z.literal(''),
  ]),
  description: longText,
  mappings: z.array(mappingInputSchema).max(500),
};
export const contentAssetInputSchema = z.strictObject(contentFields).partial().required({ title: true });
export type ContentAssetInput = z.infer<typeof contentAssetInputSchema>;
export const contentAssetPatchSchema = patchOf(contentFields);
export type ContentAssetPatch = z.infer<typeof contentAssetPatchSchema>;

export const contentAssetSchema = z.object({
  id: idSchema,
  title: z.string(),
  kind: z.string(),
  url: z.string(),
  description: z.string(),
  mappings: z.array(mappingSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ContentAsset = z.infer<typeof contentAssetSchema>;

export const contentMapSchema = z.object({
  personas: z.array(z.object({ id: idSchema, name: z.string() })),
  phases: z.array(z.object({ id: idSchema, key: z.string(), nameDe: z.string(), nameEn: z.string() })),
  cells: z.array(z.object({ personaId: idSchema, phaseId: idSchema, assetIds: z.array(idSchema) })),
  gaps: z.array(z.object({ personaId: idSchema, phaseId: idSchema })),
  coverage: z.number(),
  /**
   * Items of the editorial plan with a persona and a phase, shown in their cell. They do not close a gap:
   * planned content is not there yet.
   */
  editorialItems: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      channelName: z.string(),
      personaId: idSchema,
      phaseId: idSchema,
      plannedAt: z.string(),
      status: editorialStatusSchema,
    }),
  ),
});
export type ContentMap = z.infer<typeof contentMapSchema>;
