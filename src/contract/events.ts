import { z } from 'zod';
import { channelClassSchema, eventTypeSchema } from '../core/events/eventVocabulary';
import { unstorableTextReason } from '../core/unstorableInput';
import { changesSomething, idSchema, nothingToChange } from './common';

/** Limits of the ingestion API; docs/tracking.md quotes them. */
export const MAX_BATCH_EVENTS = 1000;
export const MAX_COLLECT_BODY_BYTES = 1024 * 1024;
export const MAX_PROPERTIES_CHARS = 16 * 1024;
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

export {
  channelClassSchema,
  eventTypes,
  eventTypeSchema,
  type ChannelClass,
  type EventType,
} from '../core/events/eventVocabulary';

// Events are checked one by one (the request-wide check leaves /collect's body alone), so here.
const storable = (s: string) => unstorableTextReason(s) === null;
const UNSTORABLE = 'must not contain NUL characters or unpaired surrogates';

// PostgreSQL refuses such text; say so instead of failing the whole INSERT.
const text = (max: number) => z.string().min(1, 'must not be empty').max(max).refine(storable, UNSTORABLE);

function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

const webAddress = z
  .string()
  .max(2048)
  .refine((s) => /^https?:\/\/[^\s/]+/i.test(s), 'must be an http(s) URL')
  .refine(storable, UNSTORABLE);

/** JSON.stringify writes NUL and unpaired surrogates as \u escapes (and nothing else in that range). */
const UNSTORABLE_JSON = /(?<!\\)(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/i;

const propertiesSchema = z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
  const json = JSON.stringify(value);
  if (json.length > MAX_PROPERTIES_CHARS)
    ctx.addIssue({
      code: 'custom',
      message: `must be at most ${MAX_PROPERTIES_CHARS} characters as JSON (is ${json.length})`,
    });
  else if (UNSTORABLE_JSON.test(json)) ctx.addIssue({ code: 'custom', message: UNSTORABLE });
});

export const utmSchema = z.strictObject({
  source: text(200).optional(),
  medium: text(200).optional(),
  campaign: text(200).optional(),
  term: text(200).optional(),
  content: text(200).optional(),
});
export type Utm = z.infer<typeof utmSchema>;

/**
 * One interaction of a person with a touchpoint. The `eventId` makes it idempotent: sending the same
 * event again (a retry) stores it once.
 */
export const eventInputSchema = z
  .strictObject({
    eventId: text(100).refine((s) => !hasControlCharacter(s), 'must not contain control characters'),
    type: eventTypeSchema,
    /** The custom event's name or the conversion point. */
    name: text(200).optional(),
    /** When it happened; defaults to when it arrived. */
    timestamp: z.iso
      .datetime({
        offset: true,
        message: 'must be an ISO 8601 date-time with offset, e.g. 2026-05-04T10:15:00+02:00',
      })
      .refine(
        (s) => Date.parse(s) <= Date.now() + MAX_FUTURE_MS,
        'must not be more than 24 hours in the future',
      )
      .refine((s) => Date.parse(s) >= Date.UTC(2000, 0, 1), 'must not be before 2000')
      .optional(),
    anonymousId: text(200).optional(),
    userId: text(200).optional(),
    sessionId: text(200).optional(),
    /** The touchpoint the sender already knows; otherwise the workspace's mapping rules decide. */
    touchpointId: idSchema.optional(),
    /** A channel the sender knows (e.g. `email`, `trade_fair`); otherwise derived from UTM and referrer. */
    channel: text(100)
      .regex(/^[a-z0-9_.-]+$/i, 'may contain letters, digits, _ . - only')
      .transform((s) => s.toLowerCase())
      .optional(),
    url: webAddress.optional(),
    /** The page before: an http(s) URL, or an app such as android-app://com.linkedin.android. */
    referrer: z
      .string()
      .max(2048)
      .refine((s) => /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(s), 'must be a URL')
      .refine(storable, UNSTORABLE)
      .optional(),
    utm: utmSchema.optional(),
    properties: propertiesSchema.optional(),
    revenue: z
      .strictObject({
        amount: z.number().gt(-1e14).lt(1e14),
        currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
      })
      .optional(),
  })
  .superRefine((e, ctx) => {
    if (e.anonymousId === undefined && e.userId === undefined)
      ctx.addIssue({ code: 'custom', path: ['anonymousId'], message: 'anonymousId or userId is required' });
    if (e.type === 'custom' && e.name === undefined)
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'custom events need a name' });
  });
export type EventInput = z.input<typeof eventInputSchema>;
export type ValidEvent = z.output<typeof eventInputSchema>;

/**
 * `POST /api/v1/collect`: a batch `{ writeKey?, events: [...] }` or a single event (which may carry
 * `writeKey` itself). Events are checked one by one by the service, so one bad event does not cost
 * the others; this schema only checks the envelope.
 */
export const collectBodySchema = z
  .object({
    writeKey: z.string().max(200).refine(storable, UNSTORABLE).optional(),
    /** Set by the browser tracker; server-side senders leave it out. */
    source: z.enum(['api', 'tracker']).optional(),
    events: z
      .array(z.unknown())
      .min(1, 'must contain at least one event')
      .max(MAX_BATCH_EVENTS, `must contain at most ${MAX_BATCH_EVENTS} events`)
      .optional(),
  })
  .catchall(z.unknown());
export type CollectBody = z.infer<typeof collectBodySchema>;

export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const rejectedEventSchema = z.object({
  index: z.number().int(),
  eventId: z.string().optional(),
  errors: z.array(fieldErrorSchema),
});
export type RejectedEvent = z.infer<typeof rejectedEventSchema>;

/** `accepted` were stored now, `duplicates` were stored before (a retry); both are safe to forget. */
export const ingestResultSchema = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.array(rejectedEventSchema),
});
export type IngestResult = z.infer<typeof ingestResultSchema>;

export const storedEventSchema = z.object({
  eventId: z.string(),
  seq: z.number().int(),
  type: z.string(),
  name: z.string().nullable(),
  occurredAt: z.string(),
  receivedAt: z.string(),
  anonymousId: z.string().nullable(),
  userId: z.string().nullable(),
  sessionId: z.string().nullable(),
  touchpointId: idSchema.nullable(),
  channel: z.string().nullable(),
  channelClass: channelClassSchema.nullable(),
  url: z.string().nullable(),
  referrer: z.string().nullable(),
  utm: z.object({
    source: z.string().nullable(),
    medium: z.string().nullable(),
    campaign: z.string().nullable(),
  }),
  properties: z.record(z.string(), z.unknown()),
  revenue: z.number().nullable(),
  source: z.string(),
});
export type StoredEvent = z.infer<typeof storedEventSchema>;

export const eventListQuery = z.object({
  unmapped: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  type: eventTypeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type EventListQuery = z.infer<typeof eventListQuery>;

const pattern = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(500)
  .refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');

const mappingRuleFields = {
  touchpointId: idSchema,
  /** Rules are tried in ascending position; the first whose conditions all hold wins. */
  position: z.number().int().min(0).max(100_000),
  eventType: eventTypeSchema.nullable(),
  channel: pattern.nullable(),
  /** Globs: `*` stands for any characters, everything else is literal; case does not matter. */
  urlPattern: pattern.nullable(),
  referrerPattern: pattern.nullable(),
  utmSource: pattern.nullable(),
  utmMedium: pattern.nullable(),
  utmCampaign: pattern.nullable(),
};
/** The conditions of a mapping rule that match text (the event type is the other condition). */
export const mappingRulePatternKeys = [
  'channel',
  'urlPattern',
  'referrerPattern',
  'utmSource',
  'utmMedium',
  'utmCampaign',
] as const;
const conditionKeys = ['eventType', ...mappingRulePatternKeys] as const;
const hasCondition = (r: Partial<Record<(typeof conditionKeys)[number], unknown>>) =>
  conditionKeys.some((k) => r[k] !== undefined && r[k] !== null);

export const mappingRuleInputSchema = z
  .strictObject(mappingRuleFields)
  .partial()
  .required({ touchpointId: true })
  .refine(hasCondition, { message: 'a rule needs at least one condition', path: ['eventType'] });
export type MappingRuleInput = z.infer<typeof mappingRuleInputSchema>;
export const mappingRulePatchSchema = z
  .strictObject(mappingRuleFields)
  .partial()
  .refine(changesSomething, nothingToChange(Object.keys(mappingRuleFields)));
export type MappingRulePatch = z.infer<typeof mappingRulePatchSchema>;

export const mappingRuleSchema = z.object({
  id: idSchema,
  touchpointId: idSchema,
  position: z.number().int(),
  eventType: z.string().nullable(),
  channel: z.string().nullable(),
  urlPattern: z.string().nullable(),
  referrerPattern: z.string().nullable(),
  utmSource: z.string().nullable(),
  utmMedium: z.string().nullable(),
  utmCampaign: z.string().nullable(),
  createdAt: z.string(),
});
export type MappingRule = z.infer<typeof mappingRuleSchema>;

export const writeKeySchema = z.object({
  id: idSchema,
  name: z.string(),
  /** Public by design: it sits in every page that embeds the tracker. It only allows sending events. */
  key: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type WriteKey = z.infer<typeof writeKeySchema>;
