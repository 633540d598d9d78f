import { sql, type RawBuilder } from 'kysely';
import type { CustomerOrders } from '../../core/customerValue';
import type { WorkspaceContext } from '../context';

export interface OrderFilters {
  persona?: string | undefined;
  channel?: string | undefined;
  channelClass?: 'owned' | 'earned' | 'paid' | undefined;
}

/** A customer's orders up to the end of a period, and those inside it. */
export interface PeriodCustomerOrders extends CustomerOrders {
  ordersInPeriod: number;
  revenueInPeriod: number;
  currentPhaseKey: string | null;
}

const DAY = 86_400_000;

/** The moment after the period's last day (UTC): what the analysis looks from. */
export const endOf = (to: string) => Date.parse(`${to}T00:00:00Z`) + DAY;

/**
 * Every customer of the workspace up to the end of a period: a profile with at least one order (an event
 * carrying revenue) at or before it, with counts for the whole history and for the period. The filters
 * decide which orders count (persona of the order's touchpoint, channel, channel class). Merged profiles'
 * events have moved to the surviving profile. Reads the orders through `events_orders` (migration 0026),
 * so the cost grows with the orders, not with the event log.
 *
 * @example await loadPeriodCustomers(ctx, { from: '2026-11-01', to: '2026-11-30' }, { channel: 'sales' })
 */
export async function loadPeriodCustomers(
  ctx: WorkspaceContext,
  period: { from: string; to: string },
  filters: OrderFilters,
): Promise<PeriodCustomerOrders[]> {
  const conditions: RawBuilder<unknown>[] = [];
  if (filters.channel !== undefined) conditions.push(sql`and e.channel = ${filters.channel}`);
  if (filters.channelClass !== undefined) conditions.push(sql`and e.channel_class = ${filters.channelClass}`);
  if (filters.persona !== undefined)
    conditions.push(sql`and exists (select 1 from touchpoint_personas tpp
      where tpp.workspace_id = e.workspace_id and tpp.touchpoint_id = e.touchpoint_id
        and tpp.persona_id = ${filters.persona}::uuid)`);
  const { rows } = await sql<{
    profile_id: string;
    company_id: string | null;
    current_phase_key: string | null;
    orders: number;
    revenue: number;
    first_ms: number;
    last_ms: number;
    orders_in_period: number;
    revenue_in_period: number;
  }>`
    with o as (
      select e.profile_id, count(*)::int as orders, sum(e.revenue)::float8 as revenue,
        (extract(epoch from min(e.occurred_at)) * 1000)::float8 as first_ms,
        (extract(epoch from max(e.occurred_at)) * 1000)::float8 as last_ms,
        count(*) filter (where e.occurred_at >= (${period.from}::date)::timestamp at time zone 'UTC')::int
          as orders_in_period,
        coalesce(sum(e.revenue) filter (
          where e.occurred_at >= (${period.from}::date)::timestamp at time zone 'UTC'), 0)::float8
          as revenue_in_period
      from events e
      where e.workspace_id = ${ctx.workspaceId}::uuid and e.revenue is not null
        and e.occurred_at < (${period.to}::date + 1)::timestamp at time zone 'UTC'
        and e.profile_id is not null
        ${sql.join(conditions, sql` `)}
      group by e.profile_id
    )
    select o.*, p.company_id, p.current_phase_key
    from o join profiles p on p.workspace_id = ${ctx.workspaceId}::uuid and p.id = o.profile_id
    where p.merged_into is null
  `.execute(ctx.db);
  return rows.map((r) => ({
    profileId: r.profile_id,
    companyId: r.company_id,
    currentPhaseKey: r.current_phase_key,
    orders: r.orders,
    revenue: Math.round(r.revenue * 100) / 100,
    firstOrderAt: r.first_ms,
    lastOrderAt: r.last_ms,
    ordersInPeriod: r.orders_in_period,
    revenueInPeriod: Math.round(r.revenue_in_period * 100) / 100,
  }));
}
