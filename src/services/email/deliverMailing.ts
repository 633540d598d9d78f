import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { deliverQueued } from './deliverQueued';
import { finishMailing, type MailingDeliveryJob } from './sendMailing';
import { loadSmtpSettings } from './smtpSettings';

/**
 * How long a claim (`sending`) may wait for the SMTP server's answer. The socket gives up after a
 * minute, so an older claim belongs to a process that stopped between claim and answer.
 */
export const CLAIM_TIMEOUT_MS = 10 * 60_000;

export const INTERRUPTED_ERROR = 'interrupted: delivery unknown';

/**
 * Marks recipients whose claim outlived the lease `failed`: the mail may or may not have gone out,
 * so it is not sent again on its own; `retryFailed` sends it deliberately.
 */
export async function failExpiredClaims(
  db: Db,
  { workspaceId, mailingId }: MailingDeliveryJob,
  claimTimeoutMs = CLAIM_TIMEOUT_MS,
): Promise<number> {
  const expired = await db
    .updateTable('mailing_recipients')
    .set({ status: 'failed', error: INTERRUPTED_ERROR, claimed_at: null })
    .where('workspace_id', '=', workspaceId)
    .where('mailing_id', '=', mailingId)
    .where('status', '=', 'sending')
    .where(
      sql<boolean>`coalesce(claimed_at, '-infinity') < now() - make_interval(secs => ${claimTimeoutMs / 1000})`,
    )
    .executeTakeFirst();
  return Number(expired.numUpdatedRows);
}

export interface DeliveryRun {
  status: 'sending' | 'sent' | 'failed';
  sent: number;
  failed: number;
  /** Queued recipients remain (the run stopped at its deadline): run again. */
  more: boolean;
  /** Only claims of another run remain: look again when they would have expired. */
  recheckAt: Date | null;
}

/**
 * One run of the background delivery of a mailing (the job behind `POST /mailings/:id/send`): fails
 * expired claims, sends the queued recipients until `until`, and settles the mailing's status. Safe to
 * run twice at once or after a crash: each recipient is claimed before its mail goes out.
 *
 * @example const run = await deliverMailing(db, { workspaceId, mailingId }, { until: in5Minutes });
 */
export async function deliverMailing(
  db: Db,
  job: MailingDeliveryJob,
  options: { until?: Date; concurrency?: number; claimTimeoutMs?: number } = {},
): Promise<DeliveryRun> {
  const none = { sent: 0, failed: 0, more: false, recheckAt: null };
  const mailing = await db
    .selectFrom('mailings')
    .selectAll()
    .where('workspace_id', '=', job.workspaceId)
    .where('id', '=', job.mailingId)
    .executeTakeFirst();
  if (!mailing || mailing.status !== 'sending')
    return { status: mailing?.status === 'failed' ? 'failed' : 'sent', ...none };
  await failExpiredClaims(db, job, options.claimTimeoutMs);
  const smtp = await loadSmtpSettings(db, job.workspaceId);
  let counted = { sent: 0, failed: 0 };
  if (smtp)
    counted = await deliverQueued({ db, workspaceId: job.workspaceId }, mailing, smtp, {
      baseUrl: mailing.tracking_base_url ?? '',
      concurrency: options.concurrency,
      until: options.until,
    });
  else
    await db
      .updateTable('mailing_recipients')
      .set({ status: 'failed', error: 'no SMTP server configured' })
      .where('workspace_id', '=', job.workspaceId)
      .where('mailing_id', '=', job.mailingId)
      .where('status', '=', 'queued')
      .execute();
  const status = await finishMailing(db, job);
  if (status !== 'sending') return { status, ...counted, more: false, recheckAt: null };
  const open = await db
    .selectFrom('mailing_recipients')
    .select([
      sql<number>`count(*) filter (where status = 'queued')`.as('queued'),
      sql<Date | null>`min(claimed_at) filter (where status = 'sending')`.as('oldestClaim'),
    ])
    .where('workspace_id', '=', job.workspaceId)
    .where('mailing_id', '=', job.mailingId)
    .executeTakeFirstOrThrow();
  const claimTimeoutMs = options.claimTimeoutMs ?? CLAIM_TIMEOUT_MS;
  return {
    status,
    ...counted,
    more: Number(open.queued) > 0,
    recheckAt: open.oldestClaim
      ? new Date(new Date(open.oldestClaim).getTime() + claimTimeoutMs + 1000)
      : null,
  };
}

/** The mailings still sending (after a restart: the ones to resume), optionally of some workspaces. */
export async function listSendingMailings(
  db: Db,
  workspaceIds?: readonly string[],
): Promise<MailingDeliveryJob[]> {
  if (workspaceIds?.length === 0) return [];
  let query = db
    .selectFrom('mailings')
    .select(['workspace_id as workspaceId', 'id as mailingId'])
    .where('status', '=', 'sending');
  if (workspaceIds) query = query.where('workspace_id', 'in', [...workspaceIds]);
  return query.execute();
}
