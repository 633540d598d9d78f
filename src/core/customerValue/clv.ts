import type { CustomerOrders } from './rfm';

export interface ClvOptions {
  /** Gross margin 0..1 to turn revenue into contribution; null: the CLV is revenue, not profit. */
  margin: number | null;
  /** The lifetime assumed when too few customers are old enough to measure retention. */
  defaultLifetimeYears: number;
  /** The window over which retention is measured. */
  retentionWindowDays: number;
  /** Below this many customers (or retention base), the answer says it rests on too little data. */
  minCustomers: number;
  /** The longest lifetime the estimate assumes (a retention near 100 % would give near infinity). */
  maxLifetimeYears: number;
}

export const DEFAULT_CLV_OPTIONS: ClvOptions = {
  margin: null,
  defaultLifetimeYears: 3,
  retentionWindowDays: 180,
  minCustomers: 10,
  maxLifetimeYears: 10,
};

export type ClvShortcoming = 'no_customers' | 'few_customers' | 'short_history';

export interface ClvEstimate {
  method: 'aov_x_frequency_x_lifetime';
  /** Expected value of one customer over their lifetime; null without customers. */
  value: number | null;
  tooLittleData: boolean;
  shortcomings: ClvShortcoming[];
  inputs: {
    customers: number;
    orders: number;
    revenue: number;
    /** revenue / orders. */
    averageOrderValue: number | null;
    /** Summed time from each customer's first order to the end of the period (at least 30 days each). */
    customerYears: number;
    /** orders / customerYears. */
    ordersPerYear: number | null;
    retentionWindowDays: number;
    /** Customers whose first order is older than the window: those retention can be measured on. */
    retentionBase: number;
    /** Of them, those who ordered within the window. */
    retained: number;
    /** retained / retentionBase per window; null when the base is too small. */
    retentionRate: number | null;
    lifetimeYears: number;
    lifetimeSource: 'observed_retention' | 'default' | 'capped';
    margin: number | null;
  };
}

const DAY = 86_400_000;
const YEAR_DAYS = 365;
const MIN_EXPOSURE_DAYS = 30;
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * A simple, stated customer lifetime value: average order value x orders per customer and year x
 * expected lifetime in years (x margin, when given).
 *
 * - Orders per year count each customer's time from their first order to `asOf` (at least 30 days, so a
 *   customer of yesterday does not weigh as 365 orders a year).
 * - The lifetime comes from observed retention: of the customers whose first order lies more than one
 *   window (default 180 days) before `asOf`, the share `r` that ordered again inside the last window.
 *   A customer is lost with probability 1 - r per window, so the expected lifetime is
 *   window / (1 - r) (geometric), capped at `maxLifetimeYears`. With fewer than `minCustomers` in that
 *   base, the default lifetime is used and the answer says so.
 *
 * @example
 * // 10 customers, 40 orders, 20,000 EUR; first orders 1 year before asOf each (10 customer-years);
 * // all 10 are older than 180 days and 8 ordered within the last 180: r = 0.8.
 * // AOV 500, 4 orders a year, lifetime 180 / 365 / 0.2 = 2.466 years -> 500 x 4 x 2.466 = 4,931.51
 */
export function estimateClv(
  customers: readonly CustomerOrders[],
  asOf: number,
  options: Partial<ClvOptions> = {},
): ClvEstimate {
  const o = { ...DEFAULT_CLV_OPTIONS, ...options };
  const orders = customers.reduce((s, c) => s + c.orders, 0);
  const revenue = round(
    customers.reduce((s, c) => s + c.revenue, 0),
    2,
  );
  const customerDays = customers.reduce(
    (s, c) => s + Math.max(MIN_EXPOSURE_DAYS, (asOf - c.firstOrderAt) / DAY),
    0,
  );
  const customerYears = customerDays / YEAR_DAYS;
  const windowStart = asOf - o.retentionWindowDays * DAY;
  const base = customers.filter((c) => c.firstOrderAt < windowStart);
  const retained = base.filter((c) => c.lastOrderAt >= windowStart).length;
  const measured = base.length >= o.minCustomers;
  const retentionRate = measured ? retained / base.length : null;
  const windowYears = o.retentionWindowDays / YEAR_DAYS;
  let lifetimeYears = o.defaultLifetimeYears;
  let lifetimeSource: ClvEstimate['inputs']['lifetimeSource'] = 'default';
  if (retentionRate !== null) {
    const observed = retentionRate >= 1 ? Infinity : windowYears / (1 - retentionRate);
    lifetimeYears = Math.min(observed, o.maxLifetimeYears);
    lifetimeSource = observed > o.maxLifetimeYears ? 'capped' : 'observed_retention';
  }
  const averageOrderValue = orders > 0 ? revenue / orders : null;
  const ordersPerYear = customers.length > 0 && customerYears > 0 ? orders / customerYears : null;
  const shortcomings: ClvShortcoming[] = [];
  if (customers.length === 0) shortcomings.push('no_customers');
  else if (customers.length < o.minCustomers) shortcomings.push('few_customers');
  if (customers.length > 0 && !measured) shortcomings.push('short_history');
  const value =
    averageOrderValue === null || ordersPerYear === null
      ? null
      : round(averageOrderValue * ordersPerYear * lifetimeYears * (o.margin ?? 1), 2);
  return {
    method: 'aov_x_frequency_x_lifetime',
    value,
    tooLittleData: shortcomings.length > 0,
    shortcomings,
    inputs: {
      customers: customers.length,
      orders,
      revenue,
      averageOrderValue: averageOrderValue === null ? null : round(averageOrderValue, 2),
      customerYears: round(customerYears, 4),
      ordersPerYear: ordersPerYear === null ? null : round(ordersPerYear, 4),
      retentionWindowDays: o.retentionWindowDays,
      retentionBase: base.length,
      retained,
      retentionRate: retentionRate === null ? null : round(retentionRate, 4),
      lifetimeYears: round(lifetimeYears, 4),
      lifetimeSource,
      margin: o.margin,
    },
  };
}
