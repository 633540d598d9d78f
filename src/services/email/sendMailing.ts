import nodemailer from 'nodemailer';
import { sql } from 'kysely';
import type { RecipientStatus, SendSummary } from '../../contract/email';
import { composeMessage } from '../../core/email/composeMessage';
import { extractLinks } from '../../core/email/links';
import { mergeProfileFrom } from '../../core/email/mergeFields';
import { verpAddress } from '../../core/email/verp';
import { err, ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import type { WorkspaceContext } from '../context';
import { recordEmailEvent } from './emailEvents';
import { loadMailing, toMailing, type MailingRow } from './mailings';
import { addSegmentRecipients } from './segmentRecipients';
import { loadSmtpSettings, type SmtpSettingsRow } from './smtpSettings';

export interface SendOptions {
  /** Public address of the server for tracking links, without a trailing slash. */
  baseUrl: string;
  /** Mails in flight at once; small, so one slow mailing does not hog the SMTP server. */
  concurrency?: number;
  /** Answer after preparing the list and send the mails afterwards. */
  background?: boolean;
  /** Put recipients whose mail failed back in the queue. */
  retryFailed?: boolean;
  /** Called with errors of a background send (the request has been answered already). */
  onBackgroundError?: (error: unknown) => void;
}

interface Claimed {
  email: string;
  token: string;
  profile_id: string | null;
}

/**
 * Sends a mailing to its segment through the workspace's SMTP server. Every recipient is claimed
 * (`queued` → `sending`) in its own statement before its mail goes out, so concurrent or resumed
 * calls never mail anyone twice; a refused mail marks that recipient `failed` and the others go on.
 * A crash between claim and result leaves the recipient `sending`, i.e. at most one mail each.
 */
export async function sendMailing(
  ctx: WorkspaceContext,
  mailingId: string,
  options: SendOptions,
): Promise<Result<SendSummary>> {
  const mailing = await loadMailing(ctx, mailingId);
  if (!mailing) return err('not_found', 'Mailing not found', { id: mailingId });
  const smtp = await loadSmtpSettings(ctx.db, ctx.workspaceId);
  if (!smtp) return err('conflict', 'Configure the SMTP server of this workspace first', { field: 'smtp' });
  const { segment, kind } = toMailing(mailing);
  if (kind === 'single' && !(segment.kind === 'profiles' && segment.profileIds.length === 1))
    return err('validation_failed', 'segment: a single mailing goes to exactly one profile', {
      field: 'segment',
    });

  const started = await startSending(ctx, mailing);
  const added = await addSegmentRecipients(ctx.db, ctx.workspaceId, mailingId, segment);
  const recipients = ctx.db
    .updateTable('mailing_recipients')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('mailing_id', '=', mailingId);
  if (options.retryFailed)
    await recipients.set({ status: 'queued', error: null }).where('status', '=', 'failed').execute();
  // Someone may have unsubscribed or bounced (in another mailing) since the list was made.
  await recipients
    .set({ status: 'suppressed' })
    .where('status', '=', 'queued')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('email_suppressions as s')
          .select('s.email')
          .where('s.workspace_id', '=', ctx.workspaceId)
          .whereRef('s.email', '=', 'mailing_recipients.email'),
      ),
    )
    .execute();

  const run = deliverQueued(ctx, started, smtp, options);
  if (options.background) {
    run.catch((error: unknown) => options.onBackgroundError?.(error));
    return ok(await summarise(ctx, mailingId, added, { sent: 0, failed: 0 }, 'sending'));
  }
  const counted = await run;
  return ok(await summarise(ctx, mailingId, added, counted, await finish(ctx, mailingId)));
}

/** Freezes the link list when a draft starts sending and marks the mailing as sending. */
async function startSending(ctx: WorkspaceContext, mailing: MailingRow): Promise<MailingRow> {
  const links =
    mailing.status === 'draft' ? extractLinks(mailing.body_html, mailing.body_text) : mailing.links;
  await ctx.db
    .insertInto('mailing_stats')
    .values({ workspace_id: ctx.workspaceId, mailing_id: mailing.id })
    .onConflict((oc) => oc.columns(['workspace_id', 'mailing_id']).doNothing())
    .execute();
  return ctx.db
    .updateTable('mailings')
    .set({ status: 'sending', links: JSON.stringify(links), sent_at: sql`coalesce(sent_at, now())` })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', mailing.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

async function claimNext(db: Db, workspaceId: string, mailingId: string): Promise<Claimed | undefined> {
  return db
    .updateTable('mailing_recipients')
    .set({ status: 'sending' })
    .where('workspace_id', '=', workspaceId)
    .where('mailing_id', '=', mailingId)
    .where('email', '=', (eb) =>
      eb
        .selectFrom('mailing_recipients')
        .select('email')
        .where('workspace_id', '=', workspaceId)
        .where('mailing_id', '=', mailingId)
        .where('status', '=', 'queued')
        .orderBy('email')
        .limit(1)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['email', 'token', 'profile_id'])
    .executeTakeFirst();
}

async function mergeProfileOf(db: Db, workspaceId: string, r: Claimed) {
  const p = r.profile_id
    ? await db
        .selectFrom('profiles as p')
        .leftJoin('companies as c', (j) =>
          j.onRef('c.workspace_id', '=', 'p.workspace_id').onRef('c.id', '=', 'p.company_id'),
        )
        .select(['p.name', 'p.traits', 'c.name as company_name'])
        .where('p.workspace_id', '=', workspaceId)
        .where('p.id', '=', r.profile_id)
        .executeTakeFirst()
    : undefined;
  return mergeProfileFrom({
    name: p?.name ?? '',
    email: r.email,
    traits: p?.traits ?? {},
    companyName: p?.company_name ?? null,
  });
}

async function deliverQueued(
  ctx: WorkspaceContext,
  mailing: MailingRow,
  smtp: SmtpSettingsRow,
  options: SendOptions,
): Promise<{ sent: number; failed: number }> {
  const { db, workspaceId } = ctx;
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 3, 10));
  const workspace = await db
    .selectFrom('workspaces')
    .select('locale')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const locale = workspace.locale === 'en' ? 'en' : 'de';
  const domain = smtp.from_address.slice(smtp.from_address.lastIndexOf('@') + 1);
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.username !== '' && { auth: { user: smtp.username, pass: smtp.password } }),
    pool: true,
    maxConnections: concurrency,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  const counted = { sent: 0, failed: 0 };
  const content = {
    subject: mailing.subject,
    bodyHtml: mailing.body_html,
    bodyText: mailing.body_text,
    links: mailing.links,
  };

  const deliverOne = async (r: Claimed) => {
    const message = composeMessage(content, {
      baseUrl: options.baseUrl,
      token: r.token,
      profile: await mergeProfileOf(db, workspaceId, r),
      locale,
      bounceAddress: smtp.bounce_address,
    });
    const messageId = `<${r.token}@${domain}>`;
    const row = db
      .updateTable('mailing_recipients')
      .where('workspace_id', '=', workspaceId)
      .where('mailing_id', '=', mailing.id)
      .where('email', '=', r.email);
    try {
      await transport.sendMail({
        from: { name: smtp.from_name, address: smtp.from_address },
        to: r.email,
        subject: message.subject,
        ...(message.html !== null && { html: message.html }),
        ...(message.text !== null && { text: message.text }),
        messageId,
        headers: { ...message.headers, 'X-Touchpoint-Token': r.token },
        envelope: {
          from: smtp.bounce_address ? verpAddress(smtp.bounce_address, 'b', r.token) : smtp.from_address,
          to: r.email,
        },
      });
    } catch (error) {
      counted.failed += 1;
      const reason = error instanceof Error ? error.message : String(error);
      await row.set({ status: 'failed', error: reason.slice(0, 500) }).execute();
      return;
    }
    counted.sent += 1;
    const sentAt = new Date();
    await row.set({ status: 'sent', message_id: messageId, error: null, sent_at: sentAt }).execute();
    await db
      .updateTable('mailing_stats')
      .set((eb) => ({ sent: eb('sent', '+', 1) }))
      .where('workspace_id', '=', workspaceId)
      .where('mailing_id', '=', mailing.id)
      .execute();
    await recordEmailEvent(db, workspaceId, {
      eventId: `email:${r.token}:sent`,
      type: 'email_sent',
      profileId: r.profile_id,
      touchpointId: mailing.touchpoint_id,
      occurredAt: sentAt,
      properties: { mailingId: mailing.id, mailingName: mailing.name, messageId },
    });
  };

  const worker = async () => {
    for (;;) {
      const next = await claimNext(db, workspaceId, mailing.id);
      if (!next) return;
      await deliverOne(next);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    transport.close();
  }
  if (options.background) await finish(ctx, mailing.id);
  return counted;
}

/** Sent when nothing is left to send and something went out (or there was no one); failed otherwise. */
async function finish(ctx: WorkspaceContext, mailingId: string): Promise<'sending' | 'sent' | 'failed'> {
  const counts = await statusCounts(ctx, mailingId);
  const open = (counts.queued ?? 0) + (counts.sending ?? 0);
  if (open > 0) return 'sending';
  const delivered = (counts.sent ?? 0) + (counts.bounced_hard ?? 0) + (counts.bounced_soft ?? 0);
  const status = delivered === 0 && (counts.failed ?? 0) > 0 ? 'failed' : 'sent';
  await ctx.db
    .updateTable('mailings')
    .set({ status })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', mailingId)
    .execute();
  return status;
}

async function statusCounts(ctx: WorkspaceContext, mailingId: string) {
  const rows = await ctx.db
    .selectFrom('mailing_recipients')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', ctx.workspaceId)
    .where('mailing_id', '=', mailingId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Partial<
    Record<RecipientStatus, number>
  >;
}

async function summarise(
  ctx: WorkspaceContext,
  mailingId: string,
  added: number,
  counted: { sent: number; failed: number },
  status: 'sending' | 'sent' | 'failed',
): Promise<SendSummary> {
  const counts = await statusCounts(ctx, mailingId);
  const all: RecipientStatus[] = [
    'queued',
    'sending',
    'sent',
    'failed',
    'suppressed',
    'bounced_hard',
    'bounced_soft',
  ];
  return {
    mailingId,
    status,
    added,
    sentNow: counted.sent,
    failedNow: counted.failed,
    recipients: Object.fromEntries(all.map((s) => [s, counts[s] ?? 0])) as Record<RecipientStatus, number>,
  };
}
