import { z } from 'zod';
import {
  editorialFormatSchema,
  editorialStatusSchema,
  measuredBySchema,
  targetPeriodSchema,
} from '../core/editorialPlan/editorialModel';
import { idSchema, longText, patchOf, requiredName, shortText } from './common';

// --- Channels --------------------------------------------------------------------------------------

const channelFields = {
  name: requiredName,
  position: z.number().int().min(0).max(10_000),
  touchpointId: idSchema.nullable(),
  /** Posts per `targetPeriod` the plan is checked against; null: no target. */
  targetCount: z.number().int().min(1).max(1000).nullable(),
  targetPeriod: targetPeriodSchema,
  measuredBy: measuredBySchema,
  /** For `social`: the network as the events' `platform` property names it, e.g. `linkedin`. */
  network: shortText(60),
};
export const editorialChannelInputSchema = z.strictObject(channelFields).partial().required({ name: true });
export type EditorialChannelInput = z.infer<typeof editorialChannelInputSchema>;
export const editorialChannelPatchSchema = patchOf(channelFields);
export type EditorialChannelPatch = z.infer<typeof editorialChannelPatchSchema>;

export const editorialChannelSchema = z.object({
  id: idSchema,
  name: z.string(),
  position: z.number().int(),
  touchpointId: idSchema.nullable(),
  targetCount: z.number().int().nullable(),
  targetPeriod: targetPeriodSchema,
  measuredBy: measuredBySchema,
  network: z.string(),
});
export type EditorialChannel = z.infer<typeof editorialChannelSchema>;

// --- Items -----------------------------------------------------------------------------------------

const instant = z.iso.datetime({ offset: true });
const itemFields = {
  channelId: idSchema,
  title: requiredName,
  format: editorialFormatSchema,
  personaId: idSchema.nullable(),
  phaseId: idSchema.nullable(),
  /** A member of the workspace (user id). */
  ownerUserId: idSchema.nullable(),
  /** When the post goes out, with its offset: `2026-03-03T09:30:00+01:00`. */
  plannedAt: instant,
  status: editorialStatusSchema,
  publishedUrl: z.union([
    z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(2000),
    z.literal(''),
  ]),
  /** Whether the post may go out by a content automation (seed 000: "Content-Automatismen"). */
  autoPublish: z.boolean(),
  notes: longText,
};
export const editorialItemInputSchema = z
  .strictObject(itemFields)
  .partial()
  .required({ channelId: true, title: true, plannedAt: true });
export type EditorialItemInput = z.infer<typeof editorialItemInputSchema>;
export const editorialItemPatchSchema = patchOf(itemFields);
export type EditorialItemPatch = z.infer<typeof editorialItemPatchSchema>;

export const editorialItemSchema = z.object({
  id: idSchema,
  channelId: idSchema,
  title: z.string(),
  format: editorialFormatSchema,
  personaId: idSchema.nullable(),
  phaseId: idSchema.nullable(),
  ownerUserId: idSchema.nullable(),
  plannedAt: z.string(),
  status: editorialStatusSchema,
  publishedUrl: z.string(),
  autoPublish: z.boolean(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EditorialItem = z.infer<typeof editorialItemSchema>;

/**
 * A range of the plan: a date covers its whole day (UTC), an instant is exact; `from` is inclusive and
 * `to` exclusive for an instant, inclusive for a date.
 */
const rangeBound = z.union([z.iso.date(), instant]);
export const editorialRangeQuery = z.object({
  from: rangeBound.optional(),
  to: rangeBound.optional(),
  channelId: idSchema.optional(),
});
export type EditorialRangeQuery = z.infer<typeof editorialRangeQuery>;

const timeZone = z.string().min(1).max(64).default('UTC');
export const editorialCsvQuery = editorialRangeQuery.extend({
  /** IANA zone the CSV's date and time columns are written in. */
  timeZone,
  /** The language of the phase names. */
  lang: z.enum(['de', 'en']).default('de'),
});

// --- Checks ----------------------------------------------------------------------------------------

export const frequencyStatusSchema = z.object({
  channelId: idSchema,
  channelName: z.string(),
  targetCount: z.number().int().nullable(),
  targetPeriod: targetPeriodSchema,
  status: z.enum(['no_target', 'on_plan', 'behind']),
  windowDays: z.number().int(),
  coming: z.object({
    planned: z.number().int(),
    expected: z.number().int(),
    from: z.string(),
    to: z.string(),
  }),
  past: z.object({
    published: z.number().int(),
    expected: z.number().int(),
    from: z.string(),
    to: z.string(),
  }),
});
export type FrequencyStatus = z.infer<typeof frequencyStatusSchema>;

export const bestTimesQuery = z.object({
  /** IANA zone the weekday and hour are read in, e.g. `Europe/Berlin`. */
  timeZone,
  /** How many days back the events are counted. */
  days: z.coerce.number().int().min(7).max(366).default(90),
});

const slotSchema = z.object({
  weekday: z.number().int(),
  hour: z.number().int(),
  count: z.number().int(),
  share: z.number(),
});
export const channelBestTimesSchema = z.object({
  channelId: idSchema,
  channelName: z.string(),
  measuredBy: measuredBySchema,
  result: z.discriminatedUnion('status', [
    /** The channel has no event source (e.g. trade press). */
    z.object({ status: z.literal('not_measured') }),
    z.object({ status: z.literal('not_enough_data'), events: z.number().int(), minEvents: z.number().int() }),
    z.object({
      status: z.literal('enough_data'),
      events: z.number().int(),
      minEvents: z.number().int(),
      /** 7 rows (Monday first) of 24 hour counts. */
      matrix: z.array(z.array(z.number().int())),
      topSlots: z.array(slotSchema),
      bestWeekdays: z.array(z.object({ weekday: z.number().int(), count: z.number().int() })),
      bestHours: z.array(z.object({ hour: z.number().int(), count: z.number().int() })),
    }),
  ]),
});
export type ChannelBestTimes = z.infer<typeof channelBestTimesSchema>;
export const bestTimesSchema = z.object({
  timeZone: z.string(),
  from: z.string(),
  to: z.string(),
  channels: z.array(channelBestTimesSchema),
});
export type BestTimes = z.infer<typeof bestTimesSchema>;

// --- Calendar feed ---------------------------------------------------------------------------------

export const editorialFeedSchema = z.object({
  /** The secret feed address; null when there is none (never created, or revoked). */
  url: z.string().nullable(),
  createdAt: z.string().nullable(),
});
export type EditorialFeed = z.infer<typeof editorialFeedSchema>;

export const editorialFeedQuery = z.object({
  token: z
    .string()
    .min(10)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
});

// --- Workspace document ----------------------------------------------------------------------------

const docRef = z.string().min(1).max(100);

/** A channel in a workspace document; its `ref` is what the document's items name. */
export const documentEditorialChannelSchema = z.strictObject({
  ref: docRef,
  name: requiredName,
  touchpoint: docRef.nullable().default(null),
  targetCount: z.number().int().min(1).max(1000).nullable().default(null),
  targetPeriod: targetPeriodSchema.default('week'),
  measuredBy: measuredBySchema.default('none'),
  network: shortText(60).default(''),
});

/**
 * A post in a workspace document. `channel` is a channel's ref, `phase` is `modelRef:phaseKey`, `owner`
 * the e-mail (or name) of a member; an owner who is not a member of the new workspace is left out.
 */
export const documentEditorialItemSchema = z.strictObject({
  channel: docRef,
  title: requiredName,
  format: editorialFormatSchema.default('text'),
  persona: docRef.nullable().default(null),
  phase: z
    .string()
    .regex(/^[^:]+:[^:]+$/, 'must be modelRef:phaseKey')
    .nullable()
    .default(null),
  owner: z.string().max(200).nullable().default(null),
  plannedAt: instant,
  status: editorialStatusSchema.default('idea'),
  publishedUrl: itemFields.publishedUrl.default(''),
  autoPublish: z.boolean().default(false),
  notes: longText.default(''),
});
