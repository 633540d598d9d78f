import { z } from 'zod';
import { checkPeriods, periodFields } from './customerValue';
import { idSchema } from './common';
import { channelClassSchema } from './events';

/** `GET /analytics/new-vs-returning`. */
export const newVsReturningQuery = z
  .strictObject({
    ...periodFields,
    /** `day` (default) or `week` (ISO weeks from Monday, UTC). */
    interval: z.enum(['day', 'week']).optional(),
    /** Only visitor-days whose first page view of the day was at a touchpoint of this persona. */
    persona: idSchema.optional(),
    /** Only visitor-days whose first page view of the day came through this channel. */
    channel: z.string().trim().min(1).max(200).optional(),
    channelClass: channelClassSchema.optional(),
  })
  .superRefine(checkPeriods);
export type NewVsReturningQuery = z.infer<typeof newVsReturningQuery>;

const counts = {
  /** Distinct visitors. */
  visitors: z.number().int(),
  /** Of them, those whose first visit ever fell into the bucket (or period); with filters, only when the landing page of that first day passed them. */
  newVisitors: z.number().int(),
  returningVisitors: z.number().int(),
};

export const visitorPointSchema = z.object({
  /** The bucket's first day: the day, or the Monday of the week. */
  start: z.string(),
  ...counts,
  newShare: z.number().nullable(),
});

export const newVsReturningPeriodSchema = z.object({
  from: z.string(),
  to: z.string(),
  interval: z.enum(['day', 'week']),
  ...counts,
  series: z.array(visitorPointSchema),
  /**
   * Per phase of the active journey model: visitors whose landing page (the first page view of a day)
   * was a touchpoint of the phase, new on their first day, returning on a later one; key null: the
   * landing page belongs to no phase.
   */
  phases: z.array(
    z.object({ key: z.string().nullable(), nameDe: z.string(), nameEn: z.string(), ...counts }),
  ),
});
export type NewVsReturningPeriod = z.infer<typeof newVsReturningPeriodSchema>;

export const newVsReturningSchema = newVsReturningPeriodSchema.extend({
  compare: newVsReturningPeriodSchema.nullable(),
});
export type NewVsReturning = z.infer<typeof newVsReturningSchema>;
