import { z } from 'zod';
import type { PriorityReport } from '../core/prioritisation/prioritise';
import type { SameType } from './sameType';

export const quadrantSchema = z.enum(['quick_win', 'major_project', 'fill_in', 'thankless_task']);

export const prioritisedTouchpointSchema = z.object({
  id: z.string(),
  name: z.string(),
  maturityGap: z.number(),
  ratingGap: z.number(),
  weightedRelevance: z.number(),
  priorityScore: z.number(),
  quadrant: quadrantSchema,
  quickWin: z.boolean(),
});

export const paretoRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  weightedRelevance: z.number(),
  share: z.number(),
  cumulativeShare: z.number(),
  key: z.boolean(),
});

/** `GET …/priorities`: the core's report (`buildPriorityReport`), described for the API. */
export const priorityReportSchema = z.object({
  touchpoints: z.array(prioritisedTouchpointSchema),
  pareto: z.array(paretoRowSchema),
  quickWins: z.array(prioritisedTouchpointSchema),
  notAssessed: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const priorityReportMatchesCore: SameType<z.infer<typeof priorityReportSchema>, PriorityReport> = true;
