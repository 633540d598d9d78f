import { sql } from 'kysely';
import type { RecipientStatus, SendSummary } from '../../contract/email';
import { extractLinks } from '../../core/email/links';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { deliverQueued } from './deliverQueued';
import { loadMailing, toMailing, type MailingRow } from './mailings';
import { addSegmentRecipients } from './segmentRecipients';
import { loadSmtpSettings } from './smtpSettings';

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
    run.then(() => finish(ctx, mailingId)).catch((error: unknown) => options.onBackgroundError?.(error));
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
