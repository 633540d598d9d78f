import { z } from 'zod';
import { journeyModelKindSchema } from '../../../../src/core/model';

/**
 * `GET /workspaces/:id`. The route declares no response schema, so this mirrors the `Workspace`
 * interface of src/services/workspaces.ts.
 */
export const phaseSchema = z.object({
  id: z.string(),
  key: z.string(),
  nameDe: z.string(),
  nameEn: z.string(),
  description: z.string(),
  position: z.number(),
});
export type Phase = z.infer<typeof phaseSchema>;

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  locale: z.string(),
  journeyModel: z.object({
    id: z.string(),
    kind: journeyModelKindSchema,
    name: z.string(),
    active: z.boolean(),
    phases: z.array(phaseSchema),
  }),
});
export type Workspace = z.infer<typeof workspaceSchema>;
