import { z } from 'zod';
import { metricKeys } from '../core/kpis/metrics';
import { idSchema, isoDate, requiredName, shortText } from './common';

export const kpiDirectionSchema = z.enum(['higher_is_better', 'lower_is_better']);

const kpiFields = z.object({
  name: requiredName,
  unit: shortText(40).optional(),
  direction: kpiDirectionSchema.optional(),
  targetValue: z.number().finite().nullable().optional(),
  /** Computed from live data by this metric of the catalogue (src/core/kpis/metrics.ts); null: entered by hand. */
  metric: z
    .enum(metricKeys as [string, ...string[]])
    .nullable()
    .optional(),
  /** The metric's parameters, e.g. `{ "conversionPoint": "contact_form" }`. */
  params: z.record(z.string(), z.unknown()).optional(),
  /** The target band: a value outside [bandLow, bandHigh] raises an alert. */
  bandLow: z.number().finite().nullable().optional(),
  bandHigh: z.number().finite().nullable().optional(),
  alertEmails: z.array(z.email().max(320)).max(20).optional(),
  alertWebhook: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(2048)
    .nullable()
    .optional(),
});
const bandInOrder = (k: { bandLow?: number | null | undefined; bandHigh?: number | null | undefined }) =>
  k.bandLow === undefined ||
  k.bandLow === null ||
  k.bandHigh === undefined ||
  k.bandHigh === null ||
  k.bandLow <= k.bandHigh;
const bandMessage = { message: 'must not be above bandHigh', path: ['bandLow'] };
export const kpiInputSchema = kpiFields.refine(bandInOrder, bandMessage);
export type KpiInput = z.infer<typeof kpiInputSchema>;
export const kpiPatchSchema = kpiFields.partial().refine(bandInOrder, bandMessage);

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
  metric: z.string().nullable(),
  params: z.record(z.string(), z.unknown()),
  bandLow: z.number().nullable(),
  bandHigh: z.number().nullable(),
  alertEmails: z.array(z.string()),
  alertWebhook: z.string().nullable(),
  latest: kpiValueSchema.nullable(),
  status: kpiStatusSchema,
});
export type Kpi = z.infer<typeof kpiSchema>;

/** What an alert's value broke: the band limit or the target it fell below or rose above. */
export const alertBreachSchema = z.object({
  side: z.enum(['below', 'above']),
  bound: z.number(),
  boundKind: z.enum(['band', 'target']),
});
export type AlertBreach = z.infer<typeof alertBreachSchema>;

export const kpiAlertSchema = z.object({
  id: idSchema,
  kpiId: idSchema,
  /** The KPI's and its touchpoint's names and the KPI's unit as they are now. */
  kpiName: z.string(),
  touchpointId: idSchema,
  touchpointName: z.string(),
  unit: z.string(),
  measuredOn: z.string(),
  value: z.number(),
  /** Null only for alerts stored before the breach was kept as data, whose message did not say. */
  breach: alertBreachSchema.nullable(),
  /** The alert in English, as e-mailed; the web app words it from the fields above. */
  message: z.string(),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
});
export type KpiAlert = z.infer<typeof kpiAlertSchema>;
export const alertListQuery = z.object({
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
