import { z } from 'zod';
import { idSchema } from './common';
import { dealSchema } from './deals';
import { timelineItemSchema } from './profiles';

/** Accounts (B2B companies) with their people, deals, revenue and signals (issue 14, docs/pipeline.md). */

export const accountListQuery = z.object({
  q: z.string().trim().min(1).max(200).optional(),
  /** `true`: only customer accounts (a won deal or order revenue). */
  customers: z.enum(['true', 'false']).optional(),
});

export const accountSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  domain: z.string(),
  people: z.number().int(),
  openDeals: z.number().int(),
  openValue: z.number(),
  weighted: z.number(),
  /** Value of the won deals. */
  wonValue: z.number(),
  /** Revenue of the people's order events (ingested or imported), won deals not counted twice. */
  orderRevenue: z.number(),
  customer: z.boolean(),
  lastInteractionAt: z.string().nullable(),
  /** The soonest renewal date of the account's won deals. */
  nextRenewal: z.string().nullable(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

export const trendSchema = z.object({
  weeks: z.array(z.object({ start: z.string(), count: z.number().int() })),
  slope: z.number(),
  direction: z.enum(['rising', 'falling', 'flat']),
});

/** Marketing and service signals (seed 003) of an account or deal. */
export const signalsSchema = z.object({
  trend: trendSchema,
  /** `complaint` events of the last 90 days (the vocabulary has no closing event, so all count as open). */
  openComplaints: z.array(
    z.object({
      eventId: z.string(),
      occurredAt: z.string(),
      profileId: idSchema.nullable(),
      topic: z.string(),
    }),
  ),
  /** Ratings of the last 90 days at touchpoints the account's people used. */
  recentRatings: z.array(
    z.object({
      touchpointId: idSchema,
      touchpointName: z.string(),
      score: z.number(),
      createdAt: z.string(),
    }),
  ),
});
export type Signals = z.infer<typeof signalsSchema>;

const phaseRef = z.object({ key: z.string(), nameDe: z.string(), nameEn: z.string() });

export const accountDetailSchema = z.object({
  account: accountSummarySchema.extend({ externalId: z.string().nullable(), createdAt: z.string() }),
  people: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      email: z.string().nullable(),
      lastSeenAt: z.string().nullable(),
      eventCount: z.number().int(),
      revenue: z.number(),
      currentPhaseKey: z.string().nullable(),
    }),
  ),
  touchpoints: z.array(z.object({ id: idSchema, name: z.string(), people: z.number().int() })),
  /** Phases of the active journey model the account's people reached, in model order. */
  phases: z.array(phaseRef.extend({ people: z.number().int() })),
  deals: z.array(dealSchema),
  signals: signalsSchema,
  /** The lead scoring's roll-up (docs/leads.md): the best person's score and the furthest stage key. */
  scoring: z.object({ score: z.number().nullable(), stage: z.string().nullable() }),
});
export type AccountDetail = z.infer<typeof accountDetailSchema>;

export const accountParams = z.object({ workspaceId: idSchema, companyId: idSchema });

export const accountTimelineItemSchema = timelineItemSchema.extend({
  profileId: idSchema,
  profileName: z.string(),
});
export const accountTimelinePageSchema = z.object({
  items: z.array(accountTimelineItemSchema),
  nextCursor: z.string().nullable(),
});
export type AccountTimelinePage = z.infer<typeof accountTimelinePageSchema>;

/** Existing customers (seed 003, question 15): retention work kept apart from new leads. */
export const customerAccountSchema = accountSummarySchema.extend({
  openComplaints: z.number().int(),
  lastInteractions: z.array(
    z.object({ type: z.string(), occurredAt: z.string(), touchpointName: z.string().nullable() }),
  ),
});
export const customerListSchema = z.array(customerAccountSchema);
export type CustomerAccount = z.infer<typeof customerAccountSchema>;
