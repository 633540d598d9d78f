import { sql } from 'kysely';
import type { AccountSummary } from '../../contract/accounts';
import { cents, dealProbability, type PipelineStage } from '../../core/pipeline';
import type { Db } from '../../db/database';

/**
 * Accounts (companies) with their people, deal sums and revenue, by name. Revenue is the won deals'
 * value plus the people's other order revenue: `profiles.revenue` minus the `deal_won` events the
 * pipeline appended (found by their event ids), so a won deal is not counted twice. An account is a
 * customer once it has either.
 *
 * @example await accountSummaries(db, ws, stages, { customersOnly: true })
 */
export async function accountSummaries(
  db: Db,
  workspaceId: string,
  stages: readonly PipelineStage[],
  filter: {
    q?: string | undefined;
    companyIds?: readonly string[] | undefined;
    customersOnly?: boolean;
  } = {},
): Promise<AccountSummary[]> {
  const q = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const ids = filter.companyIds ? [...filter.companyIds] : null;
  const [companies, deals] = await Promise.all([
    sql<{
      id: string;
      name: string;
      domain: string;
      people: number;
      revenue: number;
      last_seen_at: Date | null;
      won_events: number;
    }>`
      select c.id, c.name, c.domain,
        coalesce(p.people, 0)::int as people, coalesce(p.revenue, 0) as revenue, p.last_seen_at,
        coalesce((
          select sum(e.revenue) from deals d
          join events e on e.workspace_id = d.workspace_id and e.event_id = 'deal:' || d.id || ':won'
          where d.workspace_id = c.workspace_id and d.company_id = c.id and d.closed_at is not null
        ), 0) as won_events
      from companies c
      left join lateral (
        select count(*) as people, sum(revenue) as revenue, max(last_seen_at) as last_seen_at
        from profiles p where p.workspace_id = c.workspace_id and p.company_id = c.id and p.merged_into is null
      ) p on true
      where c.workspace_id = ${workspaceId}
        and (${q}::text is null or c.name ilike ${q} or c.domain ilike ${q})
        and (${ids}::uuid[] is null or c.id = any(${ids}::uuid[]))
      order by lower(c.name), c.id
    `.execute(db),
    sql<{
      company_id: string;
      stage: string;
      probability: number | null;
      n: number;
      value: number;
      renewal: string | null;
    }>`
      select company_id, stage, probability, count(*)::int as n, coalesce(sum(value), 0) as value,
        to_char(min(renewal_date) filter (where renewal_date >= current_date), 'YYYY-MM-DD') as renewal
      from deals where workspace_id = ${workspaceId}
        and (${ids}::uuid[] is null or company_id = any(${ids}::uuid[]))
      group by 1, 2, 3
    `.execute(db),
  ]);
  const kindOf = new Map(stages.map((s) => [s.key, s.kind]));
  const sums = new Map<
    string,
    { openDeals: number; openValue: number; weighted: number; wonValue: number; renewal: string | null }
  >();
  for (const d of deals.rows) {
    const s = sums.get(d.company_id) ?? {
      openDeals: 0,
      openValue: 0,
      weighted: 0,
      wonValue: 0,
      renewal: null,
    };
    const kind = kindOf.get(d.stage) ?? 'open';
    const value = Number(d.value);
    if (kind === 'open') {
      s.openDeals += Number(d.n);
      s.openValue = cents(s.openValue + value);
      s.weighted = cents(s.weighted + (value * dealProbability(d, stages)) / 100);
    } else if (kind === 'won') {
      s.wonValue = cents(s.wonValue + value);
      if (d.renewal && (!s.renewal || d.renewal < s.renewal)) s.renewal = d.renewal;
    }
    sums.set(d.company_id, s);
  }
  const rows = companies.rows.map((c) => {
    const s = sums.get(c.id);
    const orderRevenue = cents(Math.max(0, Number(c.revenue) - Number(c.won_events)));
    const wonValue = s?.wonValue ?? 0;
    return {
      id: c.id,
      name: c.name,
      domain: c.domain,
      people: Number(c.people),
      openDeals: s?.openDeals ?? 0,
      openValue: s?.openValue ?? 0,
      weighted: s?.weighted ?? 0,
      wonValue,
      orderRevenue,
      customer: wonValue > 0 || orderRevenue > 0,
      lastInteractionAt: c.last_seen_at ? new Date(c.last_seen_at).toISOString() : null,
      nextRenewal: s?.renewal ?? null,
    };
  });
  return filter.customersOnly ? rows.filter((r) => r.customer) : rows;
}
