import { sql } from 'kysely';
import type { z } from 'zod';
import type { emailKpisOverTimeSchema, kpiIntervalSchema } from '../../contract/email';
import { computeMailingKpis, flagUnsubscribeRate } from '../../core/email/kpis';
import type { WorkspaceContext } from '../context';
import { countsOf } from './getMailingKpis';

/**
 * The e-mail KPIs per day, week (from Monday) or month, from the mailings' counters: a mailing belongs
 * to the period it was sent in (UTC), with all its opens and clicks, also those that came later.
 * Rates are pooled: the period's counters are summed, then divided.
 */
export async function getEmailKpisOverTime(
  ctx: WorkspaceContext,
  query: { from?: string; to?: string; interval: z.infer<typeof kpiIntervalSchema> },
): Promise<z.infer<typeof emailKpisOverTimeSchema>> {
  const period = sql<string>`(date_trunc(${query.interval}, m.sent_at at time zone 'UTC'))::date`;
  let q = ctx.db
    .selectFrom('mailings as m')
    .innerJoin('mailing_stats as s', (j) =>
      j.onRef('s.workspace_id', '=', 'm.workspace_id').onRef('s.mailing_id', '=', 'm.id'),
    )
    .select((eb) => [
      period.as('period'),
      eb.fn.countAll<number>().as('mailings'),
      eb.fn.sum<number>('s.sent').as('sent'),
      eb.fn.sum<number>('s.hard_bounces').as('hard_bounces'),
      eb.fn.sum<number>('s.soft_bounces').as('soft_bounces'),
      eb.fn.sum<number>('s.opens').as('opens'),
      eb.fn.sum<number>('s.unique_opens').as('unique_opens'),
      eb.fn.sum<number>('s.clicks').as('clicks'),
      eb.fn.sum<number>('s.unique_clicks').as('unique_clicks'),
      eb.fn.sum<number>('s.unsubscribes').as('unsubscribes'),
    ])
    .where('m.workspace_id', '=', ctx.workspaceId)
    .where('m.sent_at', 'is not', null);
  if (query.from) q = q.where(sql`m.sent_at at time zone 'UTC'`, '>=', sql`${query.from}::date`);
  if (query.to) q = q.where(sql`m.sent_at at time zone 'UTC'`, '<', sql`${query.to}::date + 1`);
  // By position: the interval is a parameter, and two parameters are never the same expression to PostgreSQL.
  const rows = await q
    .groupBy(sql`1`)
    .orderBy(sql`1`)
    .execute();
  return {
    interval: query.interval,
    periods: rows.map((r) => {
      const counts = countsOf(r);
      const kpis = computeMailingKpis(counts);
      return {
        period: r.period,
        mailings: Number(r.mailings),
        counts,
        kpis,
        flags: { unsubscribeRateAbove1Percent: flagUnsubscribeRate(kpis.unsubscribeRate) },
      };
    }),
  };
}
