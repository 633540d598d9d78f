import { z } from 'zod';
import { assertUnreachable, err, ok, type Result } from '../result';
import { providerBounceKind } from './bounces/providerBounceKind';
import { bounceKindOfStatus, type BounceKind } from './deliveryStatus';

/**
 * Bounce and complaint notifications of common e-mail providers, read into one shape. Other events of
 * the same webhooks (delivered, opened, …) are ignored: Touchpoint tracks those itself.
 */
export const EMAIL_PROVIDERS = ['ses', 'mailgun', 'postmark', 'sendgrid'] as const;
export type EmailProvider = (typeof EMAIL_PROVIDERS)[number];

interface FeedbackBase {
  email: string;
  /** The returned mail's Message-ID header, with angle brackets, when the provider reports it. */
  messageId: string | null;
  /** Touchpoint's recipient token, when the provider passes our `X-Touchpoint-Token` header back. */
  token: string | null;
  /** The provider's id of this notification; a retried webhook carries the same one. */
  providerEventId: string;
}

export type EmailFeedback =
  | (FeedbackBase & { kind: 'bounce'; bounce: BounceKind; status: string | null; diagnostic: string | null })
  | (FeedbackBase & { kind: 'complaint' });

export type WebhookReading =
  | { kind: 'feedback'; items: EmailFeedback[] }
  /** Amazon SNS asks to confirm a new subscription by fetching this URL once. */
  | { kind: 'subscription_confirmation'; subscribeUrl: string };

export const isEmailProvider = (value: string): value is EmailProvider =>
  (EMAIL_PROVIDERS as readonly string[]).includes(value);

const bracketed = (id: string | null | undefined): string | null => {
  const trimmed = id?.trim();
  if (!trimmed) return null;
  return trimmed.startsWith('<') ? trimmed : `<${trimmed}>`;
};

const statusIn = (text: string | null | undefined): string | null =>
  /\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(text ?? '')?.[0] ?? null;

// --- Amazon SES through an SNS HTTP(S) subscription -------------------------------------------------

const snsEnvelope = z.object({
  Type: z.enum(['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation']),
  MessageId: z.string().min(1),
  Message: z.string(),
  SubscribeURL: z.string().optional(),
});
const sesRecipient = z.object({
  emailAddress: z.string().min(3),
  status: z.string().optional(),
  diagnosticCode: z.string().optional(),
});
const sesMessage = z.object({
  notificationType: z.string().optional(),
  eventType: z.string().optional(),
  bounce: z
    .object({
      bounceType: z.string(),
      feedbackId: z.string().optional(),
      bouncedRecipients: z.array(sesRecipient),
    })
    .optional(),
  complaint: z
    .object({ feedbackId: z.string().optional(), complainedRecipients: z.array(sesRecipient) })
    .optional(),
  mail: z.object({
    messageId: z.string().optional(),
    headers: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
    commonHeaders: z.object({ messageId: z.string().optional() }).optional(),
  }),
});
/** Only SNS itself may be asked to confirm a subscription, never an address of the sender's choice. */
const SNS_HOST = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;

function readSes(body: unknown): Result<WebhookReading> {
  const envelope = snsEnvelope.safeParse(body);
  if (!envelope.success) return invalid(envelope.error);
  const sns = envelope.data;
  if (sns.Type === 'SubscriptionConfirmation') {
    const url = safeUrl(sns.SubscribeURL);
    if (!url || url.protocol !== 'https:' || !SNS_HOST.test(url.hostname))
      return err('validation_failed', 'SubscribeURL is not an Amazon SNS address', { field: 'SubscribeURL' });
    return ok({ kind: 'subscription_confirmation', subscribeUrl: url.toString() });
  }
  if (sns.Type === 'UnsubscribeConfirmation') return ok({ kind: 'feedback', items: [] });
  const inner = parseJson(sns.Message);
  if (!inner.ok) return err('validation_failed', 'Message is not valid JSON', { field: 'Message' });
  const parsed = sesMessage.safeParse(inner.value);
  if (!parsed.success) return invalid(parsed.error, 'Message');
  const m = parsed.data;
  const headers = m.mail.headers ?? [];
  const header = (name: string) => headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
  const base = {
    messageId: bracketed(header('Message-ID') ?? m.mail.commonHeaders?.messageId),
    token: header('X-Touchpoint-Token')?.trim().toLowerCase() ?? null,
  };
  const type = m.notificationType ?? m.eventType;
  const items: EmailFeedback[] = [];
  if (type === 'Bounce' && m.bounce) {
    const says: BounceKind = m.bounce.bounceType === 'Permanent' ? 'hard' : 'soft';
    m.bounce.bouncedRecipients.forEach((r, i) =>
      items.push({
        kind: 'bounce',
        bounce: providerBounceKind(says, r.diagnosticCode ?? null, statusIn(r.status)),
        email: r.emailAddress.toLowerCase(),
        status: statusIn(r.status),
        diagnostic: r.diagnosticCode ?? null,
        ...base,
        providerEventId: `${m.bounce?.feedbackId ?? sns.MessageId}:${i}`,
      }),
    );
  } else if (type === 'Complaint' && m.complaint) {
    m.complaint.complainedRecipients.forEach((r, i) =>
      items.push({
        kind: 'complaint',
        email: r.emailAddress.toLowerCase(),
        ...base,
        providerEventId: `${m.complaint?.feedbackId ?? sns.MessageId}:${i}`,
      }),
    );
  }
  return ok({ kind: 'feedback', items });
}

// --- Mailgun webhooks (JSON) -----------------------------------------------------------------------

const mailgunBody = z.object({
  'event-data': z.object({
    id: z.string().min(1),
    event: z.string(),
    severity: z.string().optional(),
    recipient: z.string().min(3),
    message: z.object({ headers: z.record(z.string(), z.unknown()).optional() }).optional(),
    'delivery-status': z
      .object({
        code: z.union([z.number(), z.string()]).optional(),
        message: z.string().optional(),
        description: z.string().optional(),
        'enhanced-code': z.string().optional(),
      })
      .optional(),
    'user-variables': z.record(z.string(), z.unknown()).optional(),
  }),
});

function readMailgun(body: unknown): Result<WebhookReading> {
  const parsed = mailgunBody.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  const e = parsed.data['event-data'];
  const messageId = e.message?.headers?.['message-id'];
  const token = e['user-variables']?.['touchpoint_token'];
  const base = {
    email: e.recipient.toLowerCase(),
    messageId: bracketed(typeof messageId === 'string' ? messageId : null),
    token: typeof token === 'string' ? token.toLowerCase() : null,
    providerEventId: e.id,
  };
  if (e.event === 'complained') return ok({ kind: 'feedback', items: [{ kind: 'complaint', ...base }] });
  if (e.event !== 'failed') return ok({ kind: 'feedback', items: [] });
  const ds = e['delivery-status'];
  const diagnostic = ds?.description || ds?.message || null;
  const status = statusIn(ds?.['enhanced-code']) ?? statusIn(diagnostic);
  const bounce = providerBounceKind(e.severity === 'permanent' ? 'hard' : 'soft', diagnostic, status);
  return ok({ kind: 'feedback', items: [{ kind: 'bounce', bounce, status, diagnostic, ...base }] });
}

// --- Postmark bounce and spam-complaint webhooks ---------------------------------------------------

const postmarkBody = z.object({
  RecordType: z.string(),
  ID: z.union([z.number(), z.string()]),
  Type: z.string().optional(),
  Email: z.string().min(3),
  MessageID: z.string().optional(),
  Description: z.string().optional(),
  Details: z.string().optional(),
  Metadata: z.record(z.string(), z.unknown()).optional(),
});
const POSTMARK_HARD = ['HardBounce', 'BadEmailAddress'];
const POSTMARK_SOFT = ['SoftBounce', 'Transient', 'DnsError'];

function readPostmark(body: unknown): Result<WebhookReading> {
  const parsed = postmarkBody.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  const p = parsed.data;
  const token = p.Metadata?.['touchpoint_token'];
  const base = {
    email: p.Email.toLowerCase(),
    // Postmark's MessageID is its own id, not the Message-ID header: recipients are found by address.
    messageId: null,
    token: typeof token === 'string' ? token.toLowerCase() : null,
    providerEventId: String(p.ID),
  };
  if (p.RecordType === 'SpamComplaint' || p.Type === 'SpamComplaint')
    return ok({ kind: 'feedback', items: [{ kind: 'complaint', ...base }] });
  if (p.RecordType !== 'Bounce') return ok({ kind: 'feedback', items: [] });
  const says: BounceKind | null = POSTMARK_HARD.includes(p.Type ?? '')
    ? 'hard'
    : POSTMARK_SOFT.includes(p.Type ?? '')
      ? 'soft'
      : null;
  if (says === null) return ok({ kind: 'feedback', items: [] });
  const diagnostic = p.Details || p.Description || null;
  const status = statusIn(diagnostic);
  const bounce = providerBounceKind(says, diagnostic, status);
  return ok({ kind: 'feedback', items: [{ kind: 'bounce', bounce, status, diagnostic, ...base }] });
}

// --- SendGrid event webhook -----------------------------------------------------------------------

const sendgridEvent = z.object({
  email: z.string().min(3),
  event: z.string(),
  sg_event_id: z.string().min(1),
  'smtp-id': z.string().optional(),
  status: z.string().optional(),
  reason: z.string().optional(),
  type: z.string().optional(),
  touchpoint_token: z.string().optional(),
});
const sendgridBody = z.array(sendgridEvent).max(10_000);

function readSendgrid(body: unknown): Result<WebhookReading> {
  const parsed = sendgridBody.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  const items: EmailFeedback[] = [];
  for (const e of parsed.data) {
    const base = {
      email: e.email.toLowerCase(),
      messageId: bracketed(e['smtp-id']),
      token: e.touchpoint_token?.toLowerCase() ?? null,
      providerEventId: e.sg_event_id,
    };
    if (e.event === 'spamreport') items.push({ kind: 'complaint', ...base });
    if (e.event === 'bounce') {
      const status = statusIn(e.status) ?? statusIn(e.reason);
      // SendGrid calls a block (a temporary refusal) a soft bounce.
      const says: BounceKind = e.type === 'blocked' ? 'soft' : (bounceKindOfStatus(status) ?? 'hard');
      const bounce = providerBounceKind(says, e.reason ?? null, status);
      items.push({ kind: 'bounce', bounce, status, diagnostic: e.reason ?? null, ...base });
    }
  }
  return ok({ kind: 'feedback', items });
}

// --- shared -----------------------------------------------------------------------------------------

function safeUrl(value: string | undefined): URL | null {
  try {
    return value ? new URL(value) : null;
  } catch {
    return null;
  }
}

function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return err('validation_failed', 'The body is not valid JSON');
  }
}

function invalid(error: z.ZodError, prefix?: string): Result<never> {
  const issues = error.issues.map((i) => ({
    field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || 'body',
    message: i.message,
  }));
  const first = issues[0];
  return err(
    'validation_failed',
    first ? `${first.field}: ${first.message}` : 'The notification is not valid',
    { issues },
  );
}

/**
 * Reads one webhook call of `provider`. A JSON text body (SNS posts `text/plain`) is parsed first.
 * @example readWebhook('mailgun', { 'event-data': { id: 'e1', event: 'failed', severity: 'permanent',
 *   recipient: 'a@b.c' } }) // ok({ kind: 'feedback', items: [{ kind: 'bounce', bounce: 'hard', … }] })
 */
export function readWebhook(provider: EmailProvider, body: unknown): Result<WebhookReading> {
  let value = body;
  if (typeof body === 'string') {
    const json = parseJson(body);
    if (!json.ok) return json;
    value = json.value;
  }
  switch (provider) {
    case 'ses':
      return readSes(value);
    case 'mailgun':
      return readMailgun(value);
    case 'postmark':
      return readPostmark(value);
    case 'sendgrid':
      return readSendgrid(value);
    default:
      return assertUnreachable(provider);
  }
}
