import { z } from 'zod';
import { MAX_RANGE_DAYS } from './analytics';
import { idSchema, isoDate } from './common';
import { kpiStatusSchema } from './kpis';

/** `GET /journey-map/live`: a period of UTC days (both included), default the last 30 days. */
export const mapLiveQuery = z
  .strictObject({ from: isoDate.optional(), to: isoDate.optional() })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after the end of its period' });
    else if (q.from && q.to && (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 >= MAX_RANGE_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `the period must be at most ${MAX_RANGE_DAYS} days`,
      });
  });
export type MapLiveQuery = z.infer<typeof mapLiveQuery>;

export const touchpointKpiStatusSchema = z.union([kpiStatusSchema, z.literal('no_kpi')]);

export const mapLiveTouchpointSchema = z.object({
  touchpointId: idSchema,
  /** Events at the touchpoint in the period. */
  interactions: z.number().int(),
  /** Distinct people (profiles) with an event there in the period. */
  people: z.number().int(),
  /** Its events of type conversion or order in the period. */
  conversions: z.number().int(),
  /** The worst status of its KPIs, each by its latest value in the period; `no_kpi` without KPIs. */
  kpiStatus: touchpointKpiStatusSchema,
  kpis: z.number().int(),
});
export type MapLiveTouchpoint = z.infer<typeof mapLiveTouchpointSchema>;

export const mapLiveSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Every touchpoint of the workspace that is not retired, with zeros where nothing happened. */
  touchpoints: z.array(mapLiveTouchpointSchema),
  /** Per phase of the active journey model: the profiles that reached it (as the phase funnel counts). */
  phases: z.array(z.object({ phaseId: idSchema, key: z.string(), profiles: z.number().int() })),
});
export type MapLive = z.infer<typeof mapLiveSchema>;
