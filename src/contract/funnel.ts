import { z } from 'zod';
import { idSchema, isoDate } from './common';
import { MAX_RANGE_DAYS } from './analytics';
import { channelClassSchema } from './events';
import { profileListQuery } from './profiles';

const rangeIssue = (from: string | undefined, to: string | undefined, path: string) => {
  if (from && to && from > to) return { path, message: 'must not be after the end of its period' };
  if (from && to && (Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_RANGE_DAYS)
    return { path, message: `the period must be at most ${MAX_RANGE_DAYS} days` };
  return null;
};

/** The filters every funnel figure takes: which events and whose count. */
const funnelFilters = {
  /** Only interactions at touchpoints of this persona (profiles carry no persona of their own). */
  persona: idSchema.optional(),
  /** Only events of this channel (as classified at ingest, e.g. `newsletter`, `google-ads`). */
  channel: z.string().trim().min(1).max(200).optional(),
  /** Only events of this paid / owned / earned class. */
  channelClass: channelClassSchema.optional(),
  /** Only the members of this saved segment (docs/segments.md). */
  segment: idSchema.optional(),
};

/**
 * `GET /analytics/phase-funnel`: a period (`from`/`to`, ISO days, both included; default the last 30 days)
 * and optionally a second one to compare (`compareFrom` and `compareTo`, both or neither).
 */
export const phaseFunnelQuery = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    compareFrom: isoDate.optional(),
    compareTo: isoDate.optional(),
    ...funnelFilters,
  })
  .superRefine((q, ctx) => {
    for (const issue of [
      rangeIssue(q.from, q.to, 'from'),
      rangeIssue(q.compareFrom, q.compareTo, 'compareFrom'),
    ])
      if (issue) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
    if ((q.compareFrom === undefined) !== (q.compareTo === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [q.compareFrom === undefined ? 'compareFrom' : 'compareTo'],
        message: 'compareFrom and compareTo go together',
      });
  });
export type PhaseFunnelQuery = z.infer<typeof phaseFunnelQuery>;

const seconds = z.number().nullable().describe('Seconds; null when no one went on to the next phase');

export const funnelPhaseSchema = z.object({
  key: z.string(),
  nameDe: z.string(),
  nameEn: z.string(),
  /** Profiles whose first interaction with a touchpoint of this phase fell in the period. */
  profiles: z.number().int(),
  /** Distinct accounts (companies) of those profiles. */
  accounts: z.number().int(),
  /** Of them, those who reached the next phase at the same time or later; null for the last phase. */
  convertedToNext: z.number().int().nullable(),
  /** convertedToNext / profiles, 0..1; null for the last phase or when no one reached this one. */
  conversionToNext: z.number().nullable(),
  /** profiles - convertedToNext; null for the last phase. */
  dropOff: z.number().int().nullable(),
  medianSecondsToNext: seconds,
  p90SecondsToNext: seconds,
});
export type FunnelPhase = z.infer<typeof funnelPhaseSchema>;

export const funnelPeriodSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Profiles that reached at least one phase in the period. */
  profiles: z.number().int(),
  accounts: z.number().int(),
  phases: z.array(funnelPhaseSchema),
});
export type FunnelPeriod = z.infer<typeof funnelPeriodSchema>;

export const phaseFunnelSchema = funnelPeriodSchema.extend({
  /** The same figures for the comparison period; null when none was asked for. */
  compare: funnelPeriodSchema.nullable(),
});
export type PhaseFunnel = z.infer<typeof phaseFunnelSchema>;

/** `GET /analytics/phase-funnel/profiles`: the people behind one phase's figure, a page at a time. */
export const funnelProfilesQuery = z
  .strictObject({
    phase: z.string().trim().min(1).max(200),
    /** `true`: only those who reached the phase but not the next one (the drop-off). */
    dropped: z.enum(['true', 'false']).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    ...funnelFilters,
    limit: profileListQuery.shape.limit,
    cursor: profileListQuery.shape.cursor,
  })
  .superRefine((q, ctx) => {
    const issue = rangeIssue(q.from, q.to, 'from');
    if (issue) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });
export type FunnelProfilesQuery = z.infer<typeof funnelProfilesQuery>;
