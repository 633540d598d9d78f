import { z } from 'zod';
import type { ClvEstimate, CustomerGroup } from '../core/customerValue';
import { RFM_SEGMENT_KEYS } from '../core/customerValue';
import { MAX_RANGE_DAYS } from './analytics';
import { idSchema, isoDate } from './common';
import { channelClassSchema } from './events';
import { profileListQuery } from './profiles';
import type { SameType } from './sameType';

const rangeIssue = (from: string | undefined, to: string | undefined) => {
  if (from && to && from > to) return 'must not be after the end of its period';
  if (from && to && (Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_RANGE_DAYS)
    return `the period must be at most ${MAX_RANGE_DAYS} days`;
  return null;
};

/** The period (`from`/`to`, ISO days, both included; default the last 30 days) and a second to compare. */
export const periodFields = {
  from: isoDate.optional(),
  to: isoDate.optional(),
  compareFrom: isoDate.optional(),
  compareTo: isoDate.optional(),
};

/** The checks every period query takes: each period in order and not too long, comparison both or neither. */
export function checkPeriods(
  q: { from?: string; to?: string; compareFrom?: string; compareTo?: string },
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

/** Which orders count: those at touchpoints of a persona, of a channel or channel class. */
export const orderFilters = {
  /** Only orders at touchpoints of this persona (profiles carry no persona of their own). */
  persona: idSchema.optional(),
  /** Only orders of this channel (as classified at ingest, e.g. `sales`, `email`). */
  channel: z.string().trim().min(1).max(200).optional(),
  channelClass: channelClassSchema.optional(),
};

const shareParam = z.coerce.number().min(0.01).max(0.99);

/** The ABC thresholds and the CLV margin a caller may set. */
const valueParams = {
  /** Share of revenue class A takes (default 0.8). */
  abcA: shareParam.optional(),
  /** Share of revenue class B takes after A (default 0.15); abcA + abcB must stay below 1. */
  abcB: shareParam.optional(),
  /** Gross margin 0..1: the CLV becomes contribution instead of revenue. */
  margin: z.coerce.number().min(0).max(1).optional(),
};

const checkAbc = (q: { abcA?: number | undefined; abcB?: number | undefined }, ctx: z.RefinementCtx) => {
  if ((q.abcA ?? 0.8) + (q.abcB ?? 0.15) >= 1)
    ctx.addIssue({
      code: 'custom',
      path: ['abcB'],
      message: 'abcA + abcB must be below 1 (C takes the rest)',
    });
};

/** `GET /analytics/customer-value`. */
export const customerValueQuery = z
  .strictObject({ ...periodFields, ...orderFilters, ...valueParams })
  .superRefine((q, ctx) => {
    checkPeriods(q, ctx);
    checkAbc(q, ctx);
  });
export type CustomerValueQuery = z.infer<typeof customerValueQuery>;

export const rfmSegmentKeySchema = z.enum(RFM_SEGMENT_KEYS);
export const abcClassSchema = z.enum(['A', 'B', 'C']);

const score = z.number().int().min(1).max(5);
const money = z.number().describe('Revenue in the workspace currency');

export const customerGroupSchema = z.object({
  customers: z.number().int(),
  orders: z.number().int(),
  revenue: money,
  /** The group's share of the period's revenue, 0..1. */
  revenueShare: z.number(),
  revenuePerCustomer: money.nullable(),
});
export const customerGroupMatches: SameType<z.infer<typeof customerGroupSchema>, CustomerGroup> = true;

export const clvSchema = z.object({
  method: z.literal('aov_x_frequency_x_lifetime'),
  value: money.nullable(),
  tooLittleData: z.boolean(),
  shortcomings: z.array(z.enum(['no_customers', 'few_customers', 'short_history'])),
  inputs: z.object({
    customers: z.number().int(),
    orders: z.number().int(),
    revenue: money,
    averageOrderValue: money.nullable(),
    customerYears: z.number(),
    ordersPerYear: z.number().nullable(),
    retentionWindowDays: z.number().int(),
    retentionBase: z.number().int(),
    retained: z.number().int(),
    retentionRate: z.number().nullable(),
    lifetimeYears: z.number(),
    lifetimeSource: z.enum(['observed_retention', 'default', 'capped']),
    margin: z.number().nullable(),
  }),
});
export const clvMatches: SameType<z.infer<typeof clvSchema>, ClvEstimate> = true;

export const customerValuePeriodSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Customers: profiles with at least one order up to the end of the period (their whole history). */
  customers: z.number().int(),
  orders: z.number().int(),
  revenue: money,
  revenuePerCustomer: money.nullable(),
  /** Accounts (companies) with at least one customer; revenue per account = the sum of its profiles. */
  accounts: z.number().int(),
  revenuePerAccount: money.nullable(),
  rfm: z.object({
    /** All 25 cells of the recency x frequency grid, with their customers and mean monetary score. */
    cells: z.array(
      z.object({
        r: score,
        f: score,
        segment: rfmSegmentKeySchema,
        customers: z.number().int(),
        revenue: money,
        meanMonetaryScore: z.number().nullable(),
      }),
    ),
    segments: z.array(
      z.object({
        key: rfmSegmentKeySchema,
        nameDe: z.string(),
        nameEn: z.string(),
        customers: z.number().int(),
        revenue: money,
      }),
    ),
  }),
  abc: z.object({
    thresholds: z.object({ a: z.number(), b: z.number() }),
    classes: z.array(
      z.object({
        class: abcClassSchema,
        customers: z.number().int(),
        revenue: money,
        revenueShare: z.number(),
      }),
    ),
    /** The Pareto curve: share of customers (0..1) against their cumulative share of revenue, at most 101 points. */
    pareto: z.array(z.object({ customerShare: z.number(), revenueShare: z.number() })),
  }),
  /** The accounts with the most revenue (at most 50), each classified A/B/C among all accounts. */
  topAccounts: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      customers: z.number().int(),
      orders: z.number().int(),
      revenue: money,
      revenueInPeriod: money,
      class: abcClassSchema,
    }),
  ),
  /** Customers and revenue by the phase each customer is in now (the lifecycle); key null: no phase. */
  byPhase: z.array(
    z.object({
      key: z.string().nullable(),
      nameDe: z.string(),
      nameEn: z.string(),
      customers: z.number().int(),
      revenue: money,
    }),
  ),
  /** Customers who ordered in the period: existing (first order before it) and new (first order in it). */
  existingVsNew: z.object({ existing: customerGroupSchema, new: customerGroupSchema }),
  clv: clvSchema,
});
export type CustomerValuePeriod = z.infer<typeof customerValuePeriodSchema>;

export const customerValueSchema = customerValuePeriodSchema.extend({
  /** The same figures for the comparison period; null when none was asked for. */
  compare: customerValuePeriodSchema.nullable(),
});
export type CustomerValue = z.infer<typeof customerValueSchema>;

/**
 * `GET /analytics/customer-value/profiles`: the customers behind one figure (an RFM segment or cell, an
 * ABC class, existing or new), highest revenue first, a page at a time. Selectors combine (and).
 */
export const customerValueProfilesQuery = z
  .strictObject({
    rfm: rfmSegmentKeySchema.optional(),
    r: z.coerce.number().int().min(1).max(5).optional(),
    f: z.coerce.number().int().min(1).max(5).optional(),
    abc: abcClassSchema.optional(),
    /** Customers who ordered in the period and whose first order lies before it (`existing`) or in it. */
    customer: z.enum(['existing', 'new']).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    ...orderFilters,
    abcA: valueParams.abcA,
    abcB: valueParams.abcB,
    limit: profileListQuery.shape.limit,
    cursor: profileListQuery.shape.cursor,
  })
  .superRefine((q, ctx) => {
    checkPeriods(q, ctx);
    checkAbc(q, ctx);
  });
export type CustomerValueProfilesQuery = z.infer<typeof customerValueProfilesQuery>;
