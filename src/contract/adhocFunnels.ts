import { z } from 'zod';
import { changesSomething, idSchema, nothingToChange, requiredName } from './common';
import { analysisPeriodShape, checkAnalysisPeriods, profilePageParams } from './analysisPeriod';

const NUMERIC_OPS = ['gt', 'gte', 'lt', 'lte'] as const;

/** A condition on an event property: `properties->>key op value`. */
export const propertyConditionSchema = z
  .strictObject({
    key: z.string().trim().min(1).max(200),
    op: z.enum(['eq', 'neq', 'contains', 'exists', ...NUMERIC_OPS]),
    value: z.union([z.string().max(500), z.number().min(-1e12).max(1e12)]).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.op === 'exists' && c.value !== undefined)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'exists takes no value' });
    if (c.op !== 'exists' && c.value === undefined)
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${c.op} needs a value` });
    if ((NUMERIC_OPS as readonly string[]).includes(c.op) && typeof c.value !== 'number')
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${c.op} compares numbers: send a number` });
  });
export type PropertyCondition = z.infer<typeof propertyConditionSchema>;

/** One step: an event matches it when it matches every criterion given (at least one). */
export const funnelStepSchema = z
  .strictObject({
    /** Shown instead of a label made of the criteria. */
    label: z.string().trim().max(200).optional(),
    /** The event's type (`page`, `track`, `identify`, …). */
    eventType: z.string().trim().min(1).max(100).optional(),
    /** The event's name (a tracked event such as `quote_requested`). */
    eventName: z.string().trim().min(1).max(200).optional(),
    touchpointId: idSchema.optional(),
    channel: z.string().trim().min(1).max(200).optional(),
    conditions: z.array(propertyConditionSchema).max(10).optional(),
  })
  .refine((s) => s.eventType ?? s.eventName ?? s.touchpointId ?? s.channel ?? s.conditions?.length, {
    message: 'a step needs at least one of eventType, eventName, touchpointId, channel, conditions',
  });
export type FunnelStepDefinition = z.infer<typeof funnelStepSchema>;

const definitionShape = {
  steps: z.array(funnelStepSchema).min(2).max(10),
  /** `loose`: other events may lie between the steps; `strict`: each step is the profile's very next event. */
  order: z.enum(['loose', 'strict']).default('loose'),
  /** Seconds from the first step within which the others must follow (1 minute to 90 days; default 7 days). */
  windowSeconds: z
    .number()
    .int()
    .min(60)
    .max(90 * 86_400)
    .default(7 * 86_400),
};

/** `POST /analytics/funnels/run`: an unsaved funnel over a period, filtered, optionally compared. */
export const adhocFunnelRunSchema = z
  .strictObject({ ...definitionShape, ...analysisPeriodShape })
  .superRefine(checkAnalysisPeriods);
export type AdhocFunnelRun = z.infer<typeof adhocFunnelRunSchema>;

/** `POST /analytics/funnels/profiles`: the people behind a step of an unsaved funnel. */
export const adhocFunnelProfilesBody = z
  .strictObject({
    ...definitionShape,
    ...analysisPeriodShape,
    /** 0-based index of the step. */
    step: z.number().int().min(0).max(9),
    /** `true`: only those who reached the step but not the next one (its drop-off). */
    dropped: z.boolean().default(false),
    ...profilePageParams,
  })
  .superRefine((q, ctx) => {
    checkAnalysisPeriods(q, ctx);
    if (q.step >= q.steps.length)
      ctx.addIssue({
        code: 'custom',
        path: ['step'],
        message: `the funnel has ${q.steps.length} steps (0..${q.steps.length - 1})`,
      });
  });
export type AdhocFunnelProfilesBody = z.infer<typeof adhocFunnelProfilesBody>;

/** `GET /analytics/funnels/:id/result`. */
export const savedFunnelResultQuery = z.strictObject(analysisPeriodShape).superRefine(checkAnalysisPeriods);
export type SavedFunnelResultQuery = z.infer<typeof savedFunnelResultQuery>;

/** `GET /analytics/funnels/:id/profiles`. */
export const savedFunnelProfilesQuery = z
  .strictObject({
    ...analysisPeriodShape,
    step: z.coerce.number().int().min(0).max(9),
    dropped: z.enum(['true', 'false']).default('false'),
    ...profilePageParams,
  })
  .superRefine(checkAnalysisPeriods);
export type SavedFunnelProfilesQuery = z.infer<typeof savedFunnelProfilesQuery>;

export const savedFunnelInputSchema = z.strictObject({ name: requiredName, ...definitionShape });
export type SavedFunnelInput = z.infer<typeof savedFunnelInputSchema>;

const patchFields = {
  name: requiredName,
  steps: definitionShape.steps,
  order: z.enum(['loose', 'strict']),
  windowSeconds: definitionShape.windowSeconds.removeDefault(),
};
export const savedFunnelPatchSchema = z
  .strictObject(patchFields)
  .partial()
  .refine(changesSomething, nothingToChange(Object.keys(patchFields)));
export type SavedFunnelPatch = z.infer<typeof savedFunnelPatchSchema>;

export const savedFunnelSchema = z.object({
  id: idSchema,
  name: z.string(),
  steps: z.array(funnelStepSchema),
  order: z.enum(['loose', 'strict']),
  windowSeconds: z.number().int(),
  createdBy: idSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedFunnel = z.infer<typeof savedFunnelSchema>;

const seconds = z.number().nullable().describe('Seconds; null for the first step or when no one reached it');

export const adhocFunnelStepSchema = z.object({
  index: z.number().int(),
  label: z.string(),
  /** Profiles that reached the step (entered the funnel in the period, reached it within the window). */
  profiles: z.number().int(),
  conversionFromPrevious: z.number().nullable(),
  conversionFromFirst: z.number().nullable(),
  /** Reached this step but not the next; null for the last. */
  dropOff: z.number().int().nullable(),
  medianSecondsFromPrevious: seconds,
  p90SecondsFromPrevious: seconds,
  medianSecondsFromFirst: seconds,
  p90SecondsFromFirst: seconds,
});
export type AdhocFunnelStep = z.infer<typeof adhocFunnelStepSchema>;

export const adhocFunnelPeriodSchema = z.object({
  from: z.string(),
  to: z.string(),
  steps: z.array(adhocFunnelStepSchema),
});
export type AdhocFunnelPeriod = z.infer<typeof adhocFunnelPeriodSchema>;

export const adhocFunnelResultSchema = adhocFunnelPeriodSchema.extend({
  order: z.enum(['loose', 'strict']),
  windowSeconds: z.number().int(),
  compare: adhocFunnelPeriodSchema.nullable(),
});
export type AdhocFunnelResult = z.infer<typeof adhocFunnelResultSchema>;
