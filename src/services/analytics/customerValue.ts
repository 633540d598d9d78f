import type { CustomerValue, CustomerValuePeriod, CustomerValueQuery } from '../../contract/customerValue';
import {
  classifyAbc,
  computeRfm,
  estimateClv,
  paretoCurve,
  RFM_SEGMENT_KEYS,
  RFM_SEGMENTS,
  rfmSegmentOf,
  splitExistingVsNew,
  summariseAbc,
  type AbcThresholds,
} from '../../core/customerValue';
import type { WorkspaceContext } from '../context';
import { customerAccounts } from './customerValueAccounts';
import { endOf, loadPeriodCustomers, type OrderFilters } from './customerValueOrders';
import { resolveDateRange } from './dateRange';
import { funnelPhases } from './phaseFunnelEvents';

const round2 = (x: number) => Math.round(x * 100) / 100;

async function valueOfPeriod(
  ctx: WorkspaceContext,
  period: { from: string; to: string },
  filters: OrderFilters,
  thresholds: AbcThresholds,
  margin: number | null,
): Promise<CustomerValuePeriod> {
  const [customers, phases] = await Promise.all([
    loadPeriodCustomers(ctx, period, filters),
    funnelPhases(ctx),
  ]);
  const asOf = endOf(period.to);
  const rfm = computeRfm(customers, asOf);
  const abc = classifyAbc(
    customers.map((c) => ({ id: c.profileId, revenue: c.revenue })),
    thresholds,
  );
  const revenue = round2(customers.reduce((s, c) => s + c.revenue, 0));
  const orders = customers.reduce((s, c) => s + c.orders, 0);
  const accounts = await customerAccounts(ctx, customers, thresholds);

  // One pass over the customers, then the 25 cells from best recency down, lowest frequency first.
  const sums = new Map<string, { customers: number; revenue: number; m: number }>();
  rfm.forEach((score, i) => {
    const key = `${score.r}:${score.f}`;
    const sum = sums.get(key) ?? { customers: 0, revenue: 0, m: 0 };
    sum.customers += 1;
    sum.revenue += customers[i]?.revenue ?? 0;
    sum.m += score.m;
    sums.set(key, sum);
  });
  const cells: CustomerValuePeriod['rfm']['cells'] = [];
  for (let r = 5; r >= 1; r--)
    for (let f = 1; f <= 5; f++) {
      const sum = sums.get(`${r}:${f}`);
      cells.push({
        r,
        f,
        segment: rfmSegmentOf(r, f),
        customers: sum?.customers ?? 0,
        revenue: round2(sum?.revenue ?? 0),
        meanMonetaryScore: sum ? Math.round((sum.m / sum.customers) * 100) / 100 : null,
      });
    }
  const segments = RFM_SEGMENT_KEYS.map((key) => {
    const of = cells.filter((c) => c.segment === key);
    return {
      key,
      ...RFM_SEGMENTS[key],
      customers: of.reduce((s, c) => s + c.customers, 0),
      revenue: round2(of.reduce((s, c) => s + c.revenue, 0)),
    };
  });

  const byPhaseKey = new Map<string | null, { customers: number; revenue: number }>();
  for (const c of customers) {
    const key = phases.some((p) => p.key === c.currentPhaseKey) ? c.currentPhaseKey : null;
    const entry = byPhaseKey.get(key) ?? { customers: 0, revenue: 0 };
    entry.customers += 1;
    entry.revenue += c.revenue;
    byPhaseKey.set(key, entry);
  }
  const byPhase = [
    ...phases.map((p) => ({ key: p.key, nameDe: p.nameDe, nameEn: p.nameEn })),
    { key: null, nameDe: 'Ohne Phase', nameEn: 'No phase' },
  ].map((p) => {
    const e = byPhaseKey.get(p.key);
    return { ...p, customers: e?.customers ?? 0, revenue: round2(e?.revenue ?? 0) };
  });

  const inPeriod = customers.filter((c) => c.ordersInPeriod > 0);
  return {
    from: period.from,
    to: period.to,
    customers: customers.length,
    orders,
    revenue,
    revenuePerCustomer: customers.length > 0 ? round2(revenue / customers.length) : null,
    accounts: accounts.count,
    revenuePerAccount: accounts.count > 0 ? round2(accounts.revenue / accounts.count) : null,
    rfm: { cells, segments },
    abc: {
      thresholds,
      classes: summariseAbc(abc).map((s) => ({
        class: s.class,
        customers: s.items,
        revenue: s.revenue,
        revenueShare: s.revenueShare,
      })),
      pareto: paretoCurve(abc, 100),
    },
    topAccounts: accounts.top,
    byPhase,
    existingVsNew: splitExistingVsNew(
      inPeriod.map((c) => ({
        profileId: c.profileId,
        firstOrderAt: c.firstOrderAt,
        ordersInPeriod: c.ordersInPeriod,
        revenueInPeriod: c.revenueInPeriod,
      })),
      Date.parse(`${period.from}T00:00:00Z`),
    ),
    clv: estimateClv(customers, asOf, { margin }),
  };
}

/** The filters and thresholds of a query, as the services take them. */
export function valueSettings(query: {
  persona?: string | undefined;
  channel?: string | undefined;
  channelClass?: 'owned' | 'earned' | 'paid' | undefined;
  abcA?: number | undefined;
  abcB?: number | undefined;
}): { filters: OrderFilters; thresholds: AbcThresholds } {
  return {
    filters: { persona: query.persona, channel: query.channel, channelClass: query.channelClass },
    thresholds: { a: query.abcA ?? 0.8, b: query.abcB ?? 0.15 },
  };
}

/**
 * Customer value (seed 003, question 7) for a period (default: the last 30 days) and, if asked, a second
 * one: RFM scores and segments, ABC classes and the Pareto curve over each customer's whole history up to
 * the end of the period, revenue per customer and account, customers by lifecycle phase, existing vs
 * new customers inside the period, and a CLV estimate that states its method and inputs.
 *
 * @example await getCustomerValue(ctx, { from: '2026-11-01', to: '2026-11-30', margin: 0.3 })
 */
export async function getCustomerValue(
  ctx: WorkspaceContext,
  query: CustomerValueQuery,
): Promise<CustomerValue> {
  const { filters, thresholds } = valueSettings(query);
  const margin = query.margin ?? null;
  const period = resolveDateRange({ from: query.from, to: query.to });
  const [main, compare] = await Promise.all([
    valueOfPeriod(ctx, period, filters, thresholds, margin),
    query.compareFrom !== undefined && query.compareTo !== undefined
      ? valueOfPeriod(ctx, { from: query.compareFrom, to: query.compareTo }, filters, thresholds, margin)
      : null,
  ]);
  return { ...main, compare };
}
