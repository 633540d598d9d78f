import { z } from 'zod';
import { metricKeys } from '../core/kpis/metrics';
import { changesSomething, idSchema, isoDate, nothingToChange, requiredName, shortText } from './common';

export const kpiDirectionSchema = z.enum(['higher_is_better', 'lower_is_better']);

/**
 * KPI values, targets and bands: negative and above 100 are ordinary (growth, a balance), but nothing a
 * KPI measures comes near a trillion; the bound keeps overflowing inputs (1e308, 2^63) out of charts
 * and sums.
 */
export const KPI_NUMBER_LIMIT = 1e12;
// zod's own wording ("Too big: expected number to be <=1000000000000"), which the web app translates.
export const kpiNumber = z.number().min(-KPI_NUMBER_LIMIT).max(KPI_NUMBER_LIMIT);

const kpiFields = z.strictObject({
  name: requiredName,
  unit: shortText(40).optional(),
  direction: kpiDirectionSchema.optional(),
  targetValue: kpiNumber.nullable().optional(),
  /** Computed from live data by this metric of the catalogue (src/core/kpis/metrics.ts); null: entered by hand. */
  metric: z
    .enum(metricKeys as [string, ...string[]])
    .nullable()
    .optional(),
  /** The metric's parameters, e.g. `{ "conversionPoint": "contact_form" }`. */
  params: z.record(z.string(), z.unknown()).optional(),
  /** The target band: a value outside [bandLow, bandHigh] raises an alert. */
  bandLow: kpiNumber.nullable().optional(),
  bandHigh: kpiNumber.nullable().optional(),
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
export const kpiPatchSchema = kpiFields
  .partial()
  .refine(changesSomething, nothingToChange(Object.keys(kpiFields.shape)))
  .refine(bandInOrder, bandMessage);

export const kpiValueInputSchema = z.strictObject({
  measuredOn: isoDate,
  value: kpiNumber,
  note: shortText(500).optional(),
});
export type KpiValueInput = z.infer<typeof kpiValueInputSchema>;

export const kpiValueSchema = z.object({
  measuredOn: z.string(),
  value: z.number(),
  source: z.enum(['manual', 'import', 'computed']),
  note: z.string(),
});
export type KpiValue = z.infer<typeof kpiValueSchema>;

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

/** What acknowledging an alert answers. */
export const acknowledgedAlertSchema = z.object({ id: z.string(), acknowledgedAt: z.string() });
export type AcknowledgedAlert = z.infer<typeof acknowledgedAlertSchema>;
