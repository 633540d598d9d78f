import { z } from 'zod';
import { idSchema, requiredName, shortText } from './common';

/** Opaque keyset cursor of a list: pass `nextCursor` back to get the next page. */
const cursorParam = z.string().max(500).optional();
const limitParam = z.coerce.number().int().min(1).max(200).default(50);

export const profileListQuery = z.object({
  /** Part of the name, e-mail address or company name (case-insensitive), or an exact user id. */
  q: z.string().trim().min(1).max(200).optional(),
  companyId: idSchema.optional(),
  /** `true`: only known people (with an e-mail address or a user id), not anonymous visitors. */
  known: z.enum(['true', 'false']).optional(),
  /** Only the members of this saved segment (docs/segments.md). */
  segment: idSchema.optional(),
  limit: limitParam,
  cursor: cursorParam,
});
export type ProfileListQuery = z.infer<typeof profileListQuery>;

const companyRef = z.object({ id: idSchema, name: z.string() }).nullable();

export const profileSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string().nullable(),
  userId: z.string().nullable(),
  company: companyRef,
  firstSeenAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  eventCount: z.number().int(),
  revenue: z.number(),
  currentPhaseKey: z.string().nullable(),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;

export const profilePageSchema = z.object({
  items: z.array(profileSummarySchema),
  nextCursor: z.string().nullable(),
});
export type ProfilePage = z.infer<typeof profilePageSchema>;

const phaseSchema = z.object({ key: z.string(), nameDe: z.string(), nameEn: z.string() });
export type PhaseRef = z.infer<typeof phaseSchema>;

export const profileDetailSchema = profileSummarySchema.extend({
  traits: z.record(z.string(), z.unknown()),
  /** The touchpoints this person used, in the order first used. */
  touchpoints: z.array(z.object({ id: idSchema, name: z.string().nullable() })),
  /** The phase (active journey model) of the last touchpoint the person interacted with. */
  currentPhase: phaseSchema.nullable(),
  identities: z.array(z.object({ kind: z.enum(['anonymous', 'user', 'email']), value: z.string() })),
  /** Profiles merged into this one (by identify or by hand). */
  mergedProfileIds: z.array(idSchema),
  createdAt: z.string(),
});
export type ProfileDetail = z.infer<typeof profileDetailSchema>;

export const timelineQuery = z.object({ limit: limitParam, cursor: cursorParam });
export type TimelineQuery = z.infer<typeof timelineQuery>;

export const timelineItemSchema = z.object({
  eventId: z.string(),
  type: z.string(),
  name: z.string().nullable(),
  occurredAt: z.string(),
  touchpointId: idSchema.nullable(),
  touchpointName: z.string().nullable(),
  phase: phaseSchema.nullable(),
  channel: z.string().nullable(),
  url: z.string().nullable(),
  revenue: z.number().nullable(),
  properties: z.record(z.string(), z.unknown()),
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;

export const timelinePageSchema = z.object({
  items: z.array(timelineItemSchema),
  nextCursor: z.string().nullable(),
});
export type TimelinePage = z.infer<typeof timelinePageSchema>;

export const mergeProfilesInputSchema = z.strictObject({
  /** This profile is merged into the one in the path and disappears from lists. */
  otherProfileId: idSchema,
});

export const assignCompanyInputSchema = z.strictObject({ companyId: idSchema.nullable() });

export const companyInputSchema = z.strictObject({
  name: requiredName,
  domain: shortText(200).optional(),
  /** The account's id in the CRM; identify calls with `company: { id }` find the company by it. */
  externalId: z.string().trim().min(1).max(200).optional(),
});
export type CompanyInput = z.infer<typeof companyInputSchema>;

export const companySchema = z.object({
  id: idSchema,
  externalId: z.string().nullable(),
  name: z.string(),
  domain: z.string(),
  profileCount: z.number().int(),
  createdAt: z.string(),
});
export type Company = z.infer<typeof companySchema>;

const rows = z.array(z.record(z.string(), z.unknown()));

/** GDPR Art. 15: everything stored about one person, as stored. */
export const profileExportSchema = z.object({
  exportedAt: z.string(),
  profile: z.record(z.string(), z.unknown()),
  mergedProfiles: rows,
  company: z.record(z.string(), z.unknown()).nullable(),
  identities: rows,
  events: rows,
  webSessions: rows,
  mailingRecipients: rows,
  emailSuppressions: rows,
});
export type ProfileExport = z.infer<typeof profileExportSchema>;

/** GDPR Art. 17: what was erased, counted. */
export const eraseResultSchema = z.object({
  profileId: idSchema,
  erased: z.object({
    profiles: z.number().int(),
    identities: z.number().int(),
    events: z.number().int(),
    webSessions: z.number().int(),
    dailyVisitorRows: z.number().int(),
    mailingRecipients: z.number().int(),
  }),
  /** What stays on purpose, and why (docs/profiles-and-analytics.md). */
  kept: z.array(z.string()),
});
export type EraseResult = z.infer<typeof eraseResultSchema>;
