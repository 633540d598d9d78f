import { z } from 'zod';
import { idSchema, isoDate } from './common';
import { channelClassSchema } from './events';

/** Longest range a dashboard query accepts: ten years of daily rows. */
export const MAX_RANGE_DAYS = 3660;

/** `?from&to` (ISO dates, both included, UTC days); without them, the last 30 days up to today. */
export const dateRangeQuery = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after to' });
    if (q.from && q.to && (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 >= MAX_RANGE_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `the range must be at most ${MAX_RANGE_DAYS} days`,
      });
  });
export type DateRangeQuery = z.infer<typeof dateRangeQuery>;

const share = z.number().nullable().describe('A share between 0 and 1; null when there were no visits');

export const webDaySchema = z.object({
  day: z.string(),
  visits: z.number().int(),
  uniqueVisitors: z.number().int(),
  newVisitors: z.number().int(),
  returningVisitors: z.number().int(),
  pageViews: z.number().int(),
  bouncedVisits: z.number().int(),
  conversions: z.number().int(),
});

export const webKpisSchema = z.object({
  from: z.string(),
  to: z.string(),
  visits: z.number().int(),
  /** The sum of each day's unique visitors: someone who came on two days counts twice. */
  uniqueVisitors: z.number().int(),
  newVisitors: z.number().int(),
  returningVisitors: z.number().int(),
  pageViews: z.number().int(),
  bouncedVisits: z.number().int(),
  bounceRate: share,
  pageViewsPerVisit: z.number().nullable(),
  conversions: z.number().int(),
  conversionRate: share,
  conversionPoints: z.array(
    z.object({
      conversionPoint: z.string(),
      /** The name the team gave the key (`PUT /conversion-points/:key`); null until named. */
      name: z.string().nullable(),
      conversions: z.number().int(),
      conversionRate: share,
    }),
  ),
  /**
   * Entries per channel (seed 001's owned / earned / paid): page views that came from outside the site,
   * i.e. every page view but the `internal` ones, most first. `share` is of all entries in the range.
   */
  trafficSources: z.array(
    z.object({
      /** `unknown` for page views without a channel. */
      channel: z.string(),
      channelClass: channelClassSchema.nullable(),
      entries: z.number().int(),
      share: z.number(),
    }),
  ),
  days: z.array(webDaySchema),
});
export type WebKpis = z.infer<typeof webKpisSchema>;

export const touchpointActivitySchema = z.object({
  from: z.string(),
  to: z.string(),
  touchpoints: z.array(
    z.object({
      /** Null for events no mapping rule assigned to a touchpoint. */
      touchpointId: idSchema.nullable(),
      touchpointName: z.string().nullable(),
      events: z.number().int(),
      revenue: z.number(),
      /** Per day and event type; `profiles` are distinct within that day, touchpoint and type. */
      days: z.array(
        z.object({
          day: z.string(),
          eventType: z.string(),
          events: z.number().int(),
          profiles: z.number().int(),
          revenue: z.number(),
        }),
      ),
    }),
  ),
});
export type TouchpointActivity = z.infer<typeof touchpointActivitySchema>;

/** `PUT /conversion-points/:conversionPoint`: the name shown for a key; an empty name removes it. */
export const conversionPointNameInput = z.strictObject({ name: z.string().trim().max(200) });
export const conversionPointNameSchema = z.object({ conversionPoint: z.string(), name: z.string() });
export type ConversionPointName = z.infer<typeof conversionPointNameSchema>;
