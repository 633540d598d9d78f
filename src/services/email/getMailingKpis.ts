import type { Selectable } from 'kysely';
import type { MailingKpisResponse } from '../../contract/email';
import { computeMailingKpis, flagUnsubscribeRate, type MailingCounts } from '../../core/email/kpis';
import { err, ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import type { MailingStatsTable } from '../../db/schema';
import type { WorkspaceContext } from '../context';

type StatsColumns = Omit<Selectable<MailingStatsTable>, 'workspace_id' | 'mailing_id'>;

/**
 * A workspace's mailings that have counters, with the subject and the counters `countsOf` reads; the
 * caller narrows it (period, touchpoint).
 */
export function mailingsWithCounters(db: Db, workspaceId: string) {
  return db
    .selectFrom('mailings as m')
    .innerJoin('mailing_stats as s', (j) =>
      j.onRef('s.workspace_id', '=', 'm.workspace_id').onRef('s.mailing_id', '=', 'm.id'),
    )
    .select([
      'm.subject',
      's.sent',
      's.hard_bounces',
      's.soft_bounces',
      's.opens',
      's.unique_opens',
      's.clicks',
      's.unique_clicks',
      's.unsubscribes',
    ])
    .where('m.workspace_id', '=', workspaceId);
}

export const countsOf = (s: StatsColumns): MailingCounts => ({
  sent: Number(s.sent),
  hardBounces: Number(s.hard_bounces),
  softBounces: Number(s.soft_bounces),
  opens: Number(s.opens),
  uniqueOpens: Number(s.unique_opens),
  clicks: Number(s.clicks),
  uniqueClicks: Number(s.unique_clicks),
  unsubscribes: Number(s.unsubscribes),
});

/** One mailing's counters (kept up to date as tracking events arrive) with every seed-000 rate. */
export async function getMailingKpis(
  ctx: WorkspaceContext,
  mailingId: string,
): Promise<Result<MailingKpisResponse>> {
  const row = await ctx.db
    .selectFrom('mailings as m')
    .leftJoin('mailing_stats as s', (j) =>
      j.onRef('s.workspace_id', '=', 'm.workspace_id').onRef('s.mailing_id', '=', 'm.id'),
    )
    .select([
      'm.id',
      'm.name',
      'm.subject',
      'm.sent_at',
      (eb) => eb.fn.coalesce('s.sent', eb.lit(0)).as('sent'),
      (eb) => eb.fn.coalesce('s.hard_bounces', eb.lit(0)).as('hard_bounces'),
      (eb) => eb.fn.coalesce('s.soft_bounces', eb.lit(0)).as('soft_bounces'),
      (eb) => eb.fn.coalesce('s.opens', eb.lit(0)).as('opens'),
      (eb) => eb.fn.coalesce('s.unique_opens', eb.lit(0)).as('unique_opens'),
      (eb) => eb.fn.coalesce('s.clicks', eb.lit(0)).as('clicks'),
      (eb) => eb.fn.coalesce('s.unique_clicks', eb.lit(0)).as('unique_clicks'),
      (eb) => eb.fn.coalesce('s.unsubscribes', eb.lit(0)).as('unsubscribes'),
    ])
    .where('m.workspace_id', '=', ctx.workspaceId)
    .where('m.id', '=', mailingId)
    .executeTakeFirst();
  if (!row) return err('not_found', 'Mailing not found', { id: mailingId });
  const counts = countsOf(row);
  const kpis = computeMailingKpis(counts);
  return ok({
    mailingId: row.id,
    name: row.name,
    subject: row.subject,
    sentAt: row.sent_at?.toISOString() ?? null,
    counts,
    kpis,
    flags: { unsubscribeRateAbove1Percent: flagUnsubscribeRate(kpis.unsubscribeRate) },
  });
}
