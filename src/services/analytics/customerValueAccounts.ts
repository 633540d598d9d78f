import type { CustomerValuePeriod } from '../../contract/customerValue';
import { classifyAbc, type AbcThresholds } from '../../core/customerValue';
import type { WorkspaceContext } from '../context';
import type { PeriodCustomerOrders } from './customerValueOrders';

const TOP = 50;
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Revenue per account: the sum of its customers' revenue, each account classified A/B/C among all
 * accounts; the count, the total and the top 50 by revenue with their names.
 */
export async function customerAccounts(
  ctx: WorkspaceContext,
  customers: readonly PeriodCustomerOrders[],
  thresholds: AbcThresholds,
): Promise<{ count: number; revenue: number; top: CustomerValuePeriod['topAccounts'] }> {
  const byAccount = new Map<
    string,
    { customers: number; orders: number; revenue: number; inPeriod: number }
  >();
  for (const c of customers) {
    if (c.companyId === null) continue;
    const a = byAccount.get(c.companyId) ?? { customers: 0, orders: 0, revenue: 0, inPeriod: 0 };
    a.customers += 1;
    a.orders += c.orders;
    a.revenue += c.revenue;
    a.inPeriod += c.revenueInPeriod;
    byAccount.set(c.companyId, a);
  }
  const classified = classifyAbc(
    [...byAccount].map(([id, a]) => ({ id, revenue: round2(a.revenue) })),
    thresholds,
  );
  const top = classified.slice(0, TOP);
  const names =
    top.length === 0
      ? []
      : await ctx.db
          .selectFrom('companies')
          .select(['id', 'name'])
          .where('workspace_id', '=', ctx.workspaceId)
          .where(
            'id',
            'in',
            top.map((t) => t.id),
          )
          .execute();
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return {
    count: byAccount.size,
    revenue: round2(classified.reduce((s, a) => s + a.revenue, 0)),
    top: top.map((t) => {
      const a = byAccount.get(t.id);
      return {
        id: t.id,
        name: nameOf.get(t.id) ?? '',
        customers: a?.customers ?? 0,
        orders: a?.orders ?? 0,
        revenue: t.revenue,
        revenueInPeriod: round2(a?.inPeriod ?? 0),
        class: t.class,
      };
    }),
  };
}
