import { z } from 'zod';
import { idSchema, shortText } from './common';

/** A new "leads to" link; without `personaId` it holds for every persona's journey. */
export const touchpointLinkInputSchema = z.strictObject({
  fromTouchpointId: idSchema,
  toTouchpointId: idSchema,
  personaId: idSchema.nullable().optional(),
  label: shortText().optional(),
});
export type TouchpointLinkInput = z.infer<typeof touchpointLinkInputSchema>;

export const touchpointLinkSchema = z.object({
  id: idSchema,
  fromTouchpointId: idSchema,
  toTouchpointId: idSchema,
  personaId: idSchema.nullable(),
  label: z.string(),
  createdBy: idSchema.nullable(),
  createdAt: z.string(),
});
export type TouchpointLink = z.infer<typeof touchpointLinkSchema>;

/** With `personaId`: the links of that persona's journey and those for every persona. */
export const touchpointLinkListQuery = z.object({ personaId: idSchema.optional() });

/** The journeys the links form (core `journeysOf`), touchpoints named by id. */
export const touchpointJourneysSchema = z.object({
  entries: z.array(idSchema),
  paths: z.array(z.array(idSchema)),
  cycles: z.array(z.array(idSchema)),
  truncated: z.boolean(),
});
export type TouchpointJourneys = z.infer<typeof touchpointJourneysSchema>;
