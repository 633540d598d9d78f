import { z } from 'zod';
import { findUnknownMergeFields, MERGE_FIELDS } from '../core/email/mergeFields';
import { SUBJECT_LENGTH_BANDS } from '../core/email/subjectLength';
import { idSchema, isoDate, patchOf, requiredName } from './common';
import { newsletterTools } from '../core/newsletterImport/newsletterActivity';

// --- SMTP settings and webhook secret -------------------------------------------------------------

export const smtpSettingsInputSchema = z.strictObject({
  host: z.string().trim().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: z.boolean().default(false),
  username: z.string().max(320).default(''),
  /** Left out: the stored password stays. Never returned. */
  password: z.string().max(1000).optional(),
  fromAddress: z.email(),
  fromName: z.string().trim().max(200).default(''),
  /** Envelope sender for bounces (VERP, see docs/email.md); empty: bounces go to the from address. */
  bounceAddress: z.union([z.email(), z.literal('')]).default(''),
});
export type SmtpSettingsInput = z.infer<typeof smtpSettingsInputSchema>;

export const smtpSettingsSchema = z.object({
  host: z.string(),
  port: z.number().int(),
  secure: z.boolean(),
  username: z.string(),
  hasPassword: z.boolean(),
  fromAddress: z.string(),
  fromName: z.string(),
  bounceAddress: z.string(),
  updatedAt: z.string(),
});
export type SmtpSettings = z.infer<typeof smtpSettingsSchema>;
/** `GET /email/smtp`: `null` while no SMTP server is set up, a normal state of a new workspace. */
export const smtpSettingsOrNullSchema = smtpSettingsSchema.nullable();

export const webhookSecretSchema = z.object({
  /** Shown once; only its hash is stored. */
  secret: z.string(),
  urls: z.record(z.string(), z.string()),
});

/** Providers whose webhook signature Touchpoint checks when the workspace stored their signing key. */
export const signingProviderSchema = z.enum(['mailgun', 'sendgrid']);
export const webhookSigningKeyInputSchema = z.strictObject({
  provider: signingProviderSchema,
  /**
   * Mailgun: the "HTTP webhook signing key" of the sending domain. SendGrid: the verification key
   * (public key, base64) of the signed event webhook. null removes it.
   */
  signingKey: z.string().trim().min(10, 'must be at least 10 characters').max(400).nullable(),
});
export const webhookSigningKeySchema = z.object({
  provider: signingProviderSchema,
  /** Whether calls must carry a valid signature; the key itself is never returned. */
  verified: z.boolean(),
});

// --- Mailings -------------------------------------------------------------------------------------

const traitKey = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only');

/** Who receives a mailing: profiles with an e-mail address, minus suppressed ones. */
export const segmentSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('company'), companyIds: z.array(idSchema).min(1).max(1000) }),
  z.strictObject({ kind: z.literal('trait'), key: traitKey, value: z.string().max(500) }),
  z.strictObject({ kind: z.literal('profiles'), profileIds: z.array(idSchema).min(1).max(10_000) }),
  /** The members of a saved segment (docs/segments.md) when the mailing is sent; consent and suppressions still apply. */
  z.strictObject({ kind: z.literal('saved'), segmentId: idSchema }),
]);
export type Segment = z.infer<typeof segmentSchema>;

const withKnownMergeFields = (schema: z.ZodString) =>
  schema.superRefine((value, ctx) => {
    const unknown = findUnknownMergeFields(value);
    if (unknown.length)
      ctx.addIssue({
        code: 'custom',
        message: `unknown merge field ${unknown.map((f) => `{{${f}}}`).join(', ')}; known: ${MERGE_FIELDS.join(', ')}`,
      });
  });

export const mailingKindSchema = z.enum(['newsletter', 'single']);
export const mailingStatusSchema = z.enum(['draft', 'sending', 'sent', 'failed']);

const mailingFields = {
  name: requiredName,
  kind: mailingKindSchema,
  subject: withKnownMergeFields(z.string().trim().min(1, 'must not be empty').max(300)),
  bodyHtml: withKnownMergeFields(z.string().max(500_000)),
  bodyText: withKnownMergeFields(z.string().max(200_000)),
  segment: segmentSchema,
  touchpointId: idSchema.nullable(),
};
export const mailingInputSchema = z
  .strictObject(mailingFields)
  .partial()
  .required({ name: true, subject: true, segment: true });
export type MailingInput = z.infer<typeof mailingInputSchema>;
export const mailingPatchSchema = patchOf(mailingFields);
export type MailingPatch = z.infer<typeof mailingPatchSchema>;

export const mailingSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: mailingKindSchema,
  subject: z.string(),
  bodyHtml: z.string(),
  bodyText: z.string(),
  segment: segmentSchema,
  touchpointId: idSchema.nullable(),
  status: mailingStatusSchema,
  links: z.array(z.string()),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  /** The newsletter tool a mailing was sent with and imported from (docs/email.md); null for our own. */
  importedFrom: z.enum(newsletterTools).nullable(),
});
export type Mailing = z.infer<typeof mailingSchema>;

export const recipientStatusSchema = z.enum([
  'queued',
  'sending',
  'sent',
  'failed',
  'suppressed',
  'bounced_hard',
  'bounced_soft',
]);
export type RecipientStatus = z.infer<typeof recipientStatusSchema>;

export const sendMailingInputSchema = z.strictObject({
  /** Put recipients whose mail the SMTP server refused (or whose outcome is unknown) back in the queue first. */
  retryFailed: z.boolean().default(false),
});

/** Where sending a mailing stands; `GET /mailings/:id/send` answers it, poll it while `sending`. */
export const sendProgressSchema = z.object({
  mailingId: idSchema,
  status: mailingStatusSchema,
  /** All recipients of the mailing by status. */
  recipients: z.record(recipientStatusSchema, z.number().int()),
});
export type SendProgress = z.infer<typeof sendProgressSchema>;

/** The answer of `POST /mailings/:id/send` (202): the list is made, the mails go out in the background. */
export const sendSummarySchema = sendProgressSchema.extend({
  /** Recipients added to the list by this call (new in the segment since the last send). */
  added: z.number().int(),
});
export type SendSummary = z.infer<typeof sendSummarySchema>;

export const recipientSchema = z.object({
  email: z.string(),
  profileId: idSchema.nullable(),
  status: recipientStatusSchema,
  messageId: z.string().nullable(),
  error: z.string().nullable(),
  sentAt: z.string().nullable(),
  opens: z.number().int(),
  clicks: z.number().int(),
  unsubscribedAt: z.string().nullable(),
  bounceStatus: z.string().nullable(),
});
export const recipientListQuery = z.object({
  status: recipientStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).max(100_000_000).default(0),
});

// --- KPIs and analyses ----------------------------------------------------------------------------

export const mailingCountsSchema = z.object({
  sent: z.number().int(),
  hardBounces: z.number().int(),
  softBounces: z.number().int(),
  opens: z.number().int(),
  uniqueOpens: z.number().int(),
  clicks: z.number().int(),
  uniqueClicks: z.number().int(),
  unsubscribes: z.number().int(),
});

const rate = z.number().nullable();
export const mailingRatesSchema = z.object({
  delivered: z.number().int(),
  openRate: rate,
  uniqueOpenRate: rate,
  clickRate: rate,
  uniqueClickRate: rate,
  clickToOpenRate: rate,
  openFactor: rate,
  clickFactor: rate,
  unsubscribeRate: rate,
  hardBounceRate: rate,
  softBounceRate: rate,
});

export const mailingKpisSchema = z.object({
  mailingId: idSchema,
  name: z.string(),
  subject: z.string(),
  sentAt: z.string().nullable(),
  counts: mailingCountsSchema,
  kpis: mailingRatesSchema,
  flags: z.object({ unsubscribeRateAbove1Percent: z.boolean() }),
});
export type MailingKpisResponse = z.infer<typeof mailingKpisSchema>;

export const kpiIntervalSchema = z.enum(['day', 'week', 'month']);
export const emailKpisQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  interval: kpiIntervalSchema.default('month'),
});
export const emailKpisOverTimeSchema = z.object({
  interval: kpiIntervalSchema,
  periods: z.array(
    z.object({
      /** First day of the period (UTC). */
      period: z.string(),
      mailings: z.number().int(),
      counts: mailingCountsSchema,
      kpis: mailingRatesSchema,
      flags: z.object({ unsubscribeRateAbove1Percent: z.boolean() }),
    }),
  ),
});

export const analysisRangeQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

export const subjectLengthAnalysisSchema = z.object({
  bands: z.array(
    z.object({
      band: z.enum(SUBJECT_LENGTH_BANDS.map((b) => b.band) as [string, ...string[]]),
      minLength: z.number().int(),
      maxLength: z.number().int().nullable(),
      mailings: z.number().int(),
      delivered: z.number().int(),
      /** Öffnungsrate unique and Klickrate unique of all the band's mailings together. */
      uniqueOpenRate: rate,
      uniqueClickRate: rate,
      openRate: rate,
      clickRate: rate,
    }),
  ),
});

export const sendTimeQuery = analysisRangeQuery.extend({
  /** IANA time zone the weekday and hour are read in, e.g. `Europe/Berlin`. */
  timeZone: z.string().min(1).max(64).default('UTC'),
  mailingId: idSchema.optional(),
});
export const sendTimeAnalysisSchema = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  totalOpens: z.number().int(),
  /** ISO weekday 1 = Monday … 7 = Sunday; hour 0-23; only cells with opens. */
  cells: z.array(z.object({ weekday: z.number().int(), hour: z.number().int(), opens: z.number().int() })),
  byWeekday: z.array(z.object({ weekday: z.number().int(), opens: z.number().int() })),
  byHour: z.array(z.object({ hour: z.number().int(), opens: z.number().int() })),
});

export const mailingIdParams = z.object({ workspaceId: idSchema, id: idSchema });

/** What deleting a draft mailing answers. */
export const deletedMailingSchema = z.object({ deleted: z.literal(true) });
export type DeletedMailing = z.infer<typeof deletedMailingSchema>;

/** What happened to each delivery report of a webhook call. */
export const feedbackOutcomeSchema = z.enum([
  'recorded',
  'duplicate',
  'suppressed_only',
  'unknown_recipient',
]);
export type FeedbackOutcome = z.infer<typeof feedbackOutcomeSchema>;

/** What an e-mail provider's webhook call answers. */
export const webhookAnswerSchema = z.object({
  received: z.number().int(),
  recorded: z.number().int(),
  outcomes: z.array(feedbackOutcomeSchema),
  /** Amazon SNS: the subscription was confirmed. */
  confirmed: z.boolean().optional(),
});
export type WebhookAnswer = z.infer<typeof webhookAnswerSchema>;
