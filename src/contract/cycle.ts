import { z } from 'zod';
import {
  cycleHintCodeSchema,
  cycleLinkSchema,
  cycleStageKeySchema,
  cycleStatusSchema,
  cycleStepKeySchema,
} from '../core/cycle/cycleModel';

const count = z.number().int().min(0);

export const cycleStepSchema = z.object({
  key: cycleStepKeySchema,
  status: cycleStatusSchema,
  progress: z.object({ done: count, total: count.nullable() }),
  hints: z.array(z.object({ code: cycleHintCodeSchema, count, days: count.optional() })),
  link: cycleLinkSchema,
});

/** `GET /workspaces/:workspaceId/cycle`: the CTM cycle's four stages, each with its two steps. */
export const cycleReportSchema = z.object({
  stages: z.array(
    z.object({
      key: cycleStageKeySchema,
      status: cycleStatusSchema,
      steps: z.tuple([cycleStepSchema, cycleStepSchema]),
    }),
  ),
  next: z.object({ stage: cycleStageKeySchema, step: cycleStepKeySchema }).nullable(),
});
export type CycleReportBody = z.infer<typeof cycleReportSchema>;
