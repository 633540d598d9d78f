/** A customer's revenue inside a period and when they first bought at all (epoch ms). */
export interface PeriodCustomer {
  profileId: string;
  firstOrderAt: number;
  ordersInPeriod: number;
  revenueInPeriod: number;
}

export interface CustomerGroup {
  customers: number;
  orders: number;
  revenue: number;
  /** The group's share of the period's revenue, 0..1 (0 without revenue). */
  revenueShare: number;
  /** revenue / customers; null without customers. */
  revenuePerCustomer: number | null;
}

export interface ExistingVsNew {
  existing: CustomerGroup;
  new: CustomerGroup;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Splits the customers who bought in a period into existing ones (their first order lies before the
 * period's start) and new ones (their first order ever lies inside it), with orders and revenue of each
 * group within the period. Empty input gives zeros and nulls.
 *
 * @example
 * // Period from day 100: Ana first bought on day 10 and spent 300 in the period; Ben first on day 105, 100.
 * splitExistingVsNew([ana, ben], day100)
 * // existing: 1 customer, 300 (share 0.75); new: 1 customer, 100 (share 0.25)
 */
export function splitExistingVsNew(customers: readonly PeriodCustomer[], periodStart: number): ExistingVsNew {
  const total = customers.reduce((s, c) => s + c.revenueInPeriod, 0);
  const group = (of: readonly PeriodCustomer[]): CustomerGroup => {
    const revenue = round2(of.reduce((s, c) => s + c.revenueInPeriod, 0));
    return {
      customers: of.length,
      orders: of.reduce((s, c) => s + c.ordersInPeriod, 0),
      revenue,
      revenueShare: total > 0 ? revenue / total : 0,
      revenuePerCustomer: of.length > 0 ? round2(revenue / of.length) : null,
    };
  };
  return {
    existing: group(customers.filter((c) => c.firstOrderAt < periodStart)),
    new: group(customers.filter((c) => c.firstOrderAt >= periodStart)),
  };
}
