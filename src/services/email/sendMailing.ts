import { sql } from 'kysely';
import {
  recipientStatusSchema,
  type RecipientStatus,
  type SendProgress,
  type SendSummary,
} from '../../contract/email';
import { extractLinks } from '../../core/email/links';
import { err, ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import type { WorkspaceContext } from '../context';
import { loadMailing, toMailing, type MailingRow } from './mailings';
import { addSegmentRecipients } from './segmentRecipients';
import { loadSmtpSettings } from './smtpSettings';

export interface SendOptions {
  /** Public address of the server for tracking links, without a trailing slash. */
  baseUrl: string;
  /** Put recipients whose mail failed back in the queue. */
  retryFailed?: boolean;
}

/** The workspace and mailing a delivery job works on; all a resumed delivery needs. */
export interface MailingDeliveryJob {
  workspaceId: string;
  mailingId: string;
}

/**
 * Starts sending a mailing: freezes its links, adds the segment's recipients to the list (queued)
 * and answers at once; `deliverMailing` sends the queued recipients in a background job. Calling it
 * again adds profiles that joined the segment since; nobody gets a mailing twice.
 *
 * @example const started = await startSendingMailing(ctx, id, { baseUrl }); if (started.ok) enqueue(...)
 */
export async function startSendingMailing(
  ctx: WorkspaceContext,
  mailingId: string,
  options: SendOptions,
): Promise<Result<SendSummary>> {
  const mailing = await loadMailing(ctx, mailingId);
  if (!mailing) return err('not_found', 'Mailing not found', { id: mailingId });
  // An imported mailing went out with another tool; sending it here would mail its segment again.
  if (mailing.source_tool)
    return err(
      'conflict',
      `This mailing was sent with ${mailing.source_tool} and imported; it cannot be sent here`,
      {
        id: mailingId,
        importedFrom: mailing.source_tool,
      },
    );
  const smtp = await loadSmtpSettings(ctx.db, ctx.workspaceId);
  if (!smtp) return err('conflict', 'Configure the SMTP server of this workspace first', { field: 'smtp' });
  const { segment, kind } = toMailing(mailing);
  if (kind === 'single' && !(segment.kind === 'profiles' && segment.profileIds.length === 1))
    return err('validation_failed', 'segment: a single mailing goes to exactly one profile', {
      field: 'segment',
    });

  await startSending(ctx, mailing, options.baseUrl);
  const added = await addSegmentRecipients(ctx.db, ctx.workspaceId, mailingId, segment);
  const recipients = ctx.db
    .updateTable('mailing_recipients')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('mailing_id', '=', mailingId);
  if (options.retryFailed)
    await recipients
      .set({ status: 'queued', error: null, claimed_at: null })
      .where('status', '=', 'failed')
      .execute();
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
  return ok({ ...(await progressOf(ctx.db, ctx.workspaceId, mailingId, 'sending')), added });
}

/** Where sending stands: the mailing's status and its recipients by status. */
export async function getSendProgress(
  ctx: WorkspaceContext,
  mailingId: string,
): Promise<Result<SendProgress>> {
  const mailing = await loadMailing(ctx, mailingId);
  if (!mailing) return err('not_found', 'Mailing not found', { id: mailingId });
  return ok(await progressOf(ctx.db, ctx.workspaceId, mailingId, mailing.status));
}

/** Freezes the link list when a draft starts sending and marks the mailing as sending. */
async function startSending(ctx: WorkspaceContext, mailing: MailingRow, baseUrl: string): Promise<void> {
  const links =
    mailing.status === 'draft' ? extractLinks(mailing.body_html, mailing.body_text) : mailing.links;
  await ctx.db
    .insertInto('mailing_stats')
    .values({ workspace_id: ctx.workspaceId, mailing_id: mailing.id })
    .onConflict((oc) => oc.columns(['workspace_id', 'mailing_id']).doNothing())
    .execute();
  await ctx.db
    .updateTable('mailings')
    .set({
      status: 'sending',
      links: JSON.stringify(links),
      sent_at: sql`coalesce(sent_at, now())`,
      tracking_base_url: baseUrl,
    })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', mailing.id)
    .execute();
}

/**
 * Sent when nothing is left to send and something went out (or there was no one); failed when every
 * mail failed; still sending while recipients are queued or claimed.
 */
export async function finishMailing(
  db: Db,
  { workspaceId, mailingId }: MailingDeliveryJob,
): Promise<'sending' | 'sent' | 'failed'> {
  const counts = await statusCounts(db, workspaceId, mailingId);
  const open = (counts.queued ?? 0) + (counts.sending ?? 0);
  if (open > 0) return 'sending';
  const delivered = (counts.sent ?? 0) + (counts.bounced_hard ?? 0) + (counts.bounced_soft ?? 0);
  const status = delivered === 0 && (counts.failed ?? 0) > 0 ? 'failed' : 'sent';
  await db
    .updateTable('mailings')
    .set({ status })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', mailingId)
    .execute();
  return status;
}

async function statusCounts(db: Db, workspaceId: string, mailingId: string) {
  const rows = await db
    .selectFrom('mailing_recipients')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('mailing_id', '=', mailingId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Partial<
    Record<RecipientStatus, number>
  >;
}

async function progressOf(
  db: Db,
  workspaceId: string,
  mailingId: string,
  status: SendProgress['status'],
): Promise<SendProgress> {
  const counts = await statusCounts(db, workspaceId, mailingId);
  return {
    mailingId,
    status,
    recipients: Object.fromEntries(recipientStatusSchema.options.map((s) => [s, counts[s] ?? 0])) as Record<
      RecipientStatus,
      number
    >,
  };
}
