import { z } from 'zod';
import { idSchema, isoDate } from './common';
import { MAX_RANGE_DAYS } from './analytics';

/**
 * The period, comparison period and filters the paths and ad-hoc funnels share: `from`/`to` (ISO days,
 * both included; default the last 30 days), optionally `compareFrom`/`compareTo` (both or neither),
 * and which events count: touchpoints of a persona, a channel.
 */
export const analysisPeriodShape = {
  from: isoDate.optional(),
  to: isoDate.optional(),
  compareFrom: isoDate.optional(),
  compareTo: isoDate.optional(),
  /** Only interactions at touchpoints of this persona (profiles carry no persona of their own). */
  persona: idSchema.optional(),
  /** Only events of this channel (as classified at ingest, e.g. `newsletter`, `google-ads`). */
  channel: z.string().trim().min(1).max(200).optional(),
};

const rangeIssue = (from: string | undefined, to: string | undefined) => {
  if (from && to && from > to) return 'must not be after the end of its period';
  if (from && to && (Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_RANGE_DAYS)
    return `the period must be at most ${MAX_RANGE_DAYS} days`;
  return null;
};

/** Checks both periods of an analysis, naming the field that is wrong. */
export function checkAnalysisPeriods(
  q: {
    from?: string | undefined;
    to?: string | undefined;
    compareFrom?: string | undefined;
    compareTo?: string | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  const main = rangeIssue(q.from, q.to);
  if (main) ctx.addIssue({ code: 'custom', path: ['from'], message: main });
  const compare = rangeIssue(q.compareFrom, q.compareTo);
  if (compare) ctx.addIssue({ code: 'custom', path: ['compareFrom'], message: compare });
  if ((q.compareFrom === undefined) !== (q.compareTo === undefined))
    ctx.addIssue({
      code: 'custom',
      path: [q.compareFrom === undefined ? 'compareFrom' : 'compareTo'],
      message: 'compareFrom and compareTo go together',
    });
}

export const profilePageParams = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
};
