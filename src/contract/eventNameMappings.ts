import { z } from 'zod';
import { eventTypes } from '../core/events/eventVocabulary';
import { changesSomething, idSchema, nothingToChange } from './common';

/**
 * A track event becomes any type but `identify`: an identify's properties are the person's traits,
 * which a track event's properties are not.
 */
export const mappableEventTypeSchema = z
  .enum(eventTypes)
  .refine((t) => t !== 'identify', 'identify is not a type for a track event: its properties are not traits');

const name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200)
    .refine((s) => ![...s].some((c) => c < ' ' || c === '\u007f'), 'must not contain control characters')
    .describe(what);

const mappingFields = {
  /** An exact name or a glob (`*` = any characters); case, `_`, `-` and spaces do not matter. */
  pattern: name('A track event name, or a glob where * stands for any characters'),
  eventType: mappableEventTypeSchema,
  conversionPoint: name('The conversion point a conversion counts for; the event name when null').nullable(),
  revenueProperty: name('The property holding the amount; revenue/total for an order when null').nullable(),
  /** Lines are tried by ascending position; an exact name before any glob. */
  position: z.number().int().min(0).max(100_000),
};

export const eventNameMappingInputSchema = z
  .strictObject(mappingFields)
  .partial({ conversionPoint: true, revenueProperty: true, position: true });
export type EventNameMappingInput = z.infer<typeof eventNameMappingInputSchema>;

export const eventNameMappingPatchSchema = z
  .strictObject(mappingFields)
  .partial()
  .refine(changesSomething, nothingToChange(Object.keys(mappingFields)));
export type EventNameMappingPatch = z.infer<typeof eventNameMappingPatchSchema>;

export const eventNameMappingSchema = z.object({
  id: idSchema,
  pattern: z.string(),
  eventType: z.enum(eventTypes),
  conversionPoint: z.string().nullable(),
  revenueProperty: z.string().nullable(),
  position: z.number().int(),
  createdAt: z.string(),
});
export type EventNameMapping = z.infer<typeof eventNameMappingSchema>;

/** A track event name seen in the last 30 days, and what it becomes today. */
export const seenEventNameSchema = z.object({
  name: z.string(),
  count: z.number().int(),
  lastSeenAt: z.string(),
  eventType: z.enum(eventTypes),
  /** Which table decides: the workspace's own line (`mappingId`), the built-in one, or none (`custom`). */
  by: z.enum(['own', 'built_in', 'default']),
  mappingId: idSchema.nullable(),
});
export type SeenEventName = z.infer<typeof seenEventNameSchema>;
export const seenEventNamesSchema = z.object({ days: z.number().int(), names: z.array(seenEventNameSchema) });
export type SeenEventNames = z.infer<typeof seenEventNamesSchema>;

/**
 * A line in the workspace document (`eventNameMappings`): the array's order is the order lines are
 * tried, so the document carries no position; an import numbers them 0, 1, 2, ...
 */
export const documentEventNameMappingSchema = z.strictObject({
  pattern: mappingFields.pattern,
  eventType: mappingFields.eventType,
  conversionPoint: mappingFields.conversionPoint.default(null),
  revenueProperty: mappingFields.revenueProperty.default(null),
});

/** A conversion point's name in the workspace document (`conversionPointNames`), one per key. */
export const documentConversionPointNameSchema = z.strictObject({
  conversionPoint: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(200),
});
