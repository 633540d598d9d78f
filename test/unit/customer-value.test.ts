import { describe, expect, it } from 'vitest';
import {
  classifyAbc,
  computeRfm,
  estimateClv,
  paretoCurve,
  quintileScores,
  rfmSegmentOf,
  RFM_SEGMENT_KEYS,
  splitExistingVsNew,
  summariseAbc,
  type CustomerOrders,
} from '../../src/core/customerValue';
import { seededRandom } from '../../src/demo/live/dice';

const DAY = 86_400_000;
/** Random integer lists of length 1..max for the property checks, the same on every run. */
function randomLists(seed: number, runs: number, max: number, lo: number, hi: number): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length: runs }, () =>
    Array.from({ length: 1 + Math.floor(random() * max) }, () => lo + Math.floor(random() * (hi - lo + 1))),
  );
}
const asOf = Date.parse('2026-12-31T23:59:59Z');
const customer = (
  profileId: string,
  orders: number,
  revenue: number,
  firstDaysAgo: number,
  lastDaysAgo: number,
): CustomerOrders => ({
  profileId,
  companyId: null,
  orders,
  revenue,
  firstOrderAt: asOf - firstDaysAgo * DAY,
  lastOrderAt: asOf - lastDaysAgo * DAY,
});

describe('quintileScores', () => {
  it('gives exact quintiles for distinct values', () => {
    expect(quintileScores([10, 20, 30, 40, 50])).toEqual([1, 2, 3, 4, 5]);
    // 10 values: 0..9 worse -> 1 + floor(0, .5, 1, 1.5, ..., 4.5)
    expect(quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });
  it('gives ties the score of the first of them, whatever the order', () => {
    // 4 of 5 are worse than 3: 1 + floor(5 * 4 / 5) = 5; the four 1s have none worse: 1
    expect(quintileScores([1, 3, 1, 1, 1])).toEqual([1, 5, 1, 1, 1]);
    // all equal: none worse, all 1
    expect(quintileScores([7, 7, 7])).toEqual([1, 1, 1]);
    expect(quintileScores([])).toEqual([]);
  });
  it('is always 1..5 and does not depend on the order of the input', () => {
    for (const xs of randomLists(13, 200, 40, -50, 50)) {
      const scores = quintileScores(xs);
      const reversed = quintileScores([...xs].reverse()).reverse();
      expect(scores).toEqual(reversed);
      expect(scores.every((s) => s >= 1 && s <= 5)).toBe(true);
      // higher value, never lower score
      const pairs = xs.map((x, i) => [x, scores[i] ?? 0] as const).sort((p, q) => p[0] - q[0]);
      expect(pairs.every(([, s], i) => i === 0 || s >= (pairs[i - 1]?.[1] ?? 0))).toBe(true);
    }
  });
});

describe('rfmSegmentOf', () => {
  it('names every cell of the 5 x 5 grid with one of the documented segments', () => {
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++) expect(RFM_SEGMENT_KEYS).toContain(rfmSegmentOf(r, f));
  });
  it('follows the table', () => {
    expect(rfmSegmentOf(5, 5)).toBe('champions');
    expect(rfmSegmentOf(4, 4)).toBe('loyal');
    expect(rfmSegmentOf(3, 5)).toBe('loyal');
    expect(rfmSegmentOf(5, 1)).toBe('new_customers');
    expect(rfmSegmentOf(4, 1)).toBe('promising');
    expect(rfmSegmentOf(4, 3)).toBe('potential_loyalists');
    expect(rfmSegmentOf(3, 3)).toBe('need_attention');
    expect(rfmSegmentOf(3, 2)).toBe('about_to_sleep');
    expect(rfmSegmentOf(2, 3)).toBe('at_risk');
    expect(rfmSegmentOf(1, 5)).toBe('cannot_lose');
    expect(rfmSegmentOf(1, 1)).toBe('hibernating');
  });
});

describe('computeRfm', () => {
  it('scores five customers by hand', () => {
    // recency days 1, 10, 30, 60, 200 -> R 5, 4, 3, 2, 1 (fewer days better)
    // orders 5, 1, 3, 1, 8 -> F: 5 has 3 worse (1,1,3) -> 1+floor(15/5)=4; 1s -> 1; 3 has 2 worse -> 3; 8 -> 5
    // revenue 500, 50, 300, 80, 900 -> M 4, 1, 3, 2, 5
    const scores = computeRfm(
      [
        customer('ana', 5, 500, 300, 1),
        customer('ben', 1, 50, 10, 10),
        customer('cem', 3, 300, 100, 30),
        customer('dora', 1, 80, 60, 60),
        customer('emil', 8, 900, 400, 200),
      ],
      asOf,
    );
    expect(scores.map((s) => [s.profileId, s.recencyDays, s.r, s.f, s.m, s.segment])).toEqual([
      ['ana', 1, 5, 4, 4, 'champions'],
      ['ben', 10, 4, 1, 1, 'promising'],
      ['cem', 30, 3, 3, 3, 'need_attention'],
      ['dora', 60, 2, 1, 2, 'hibernating'],
      ['emil', 200, 1, 5, 5, 'cannot_lose'],
    ]);
  });
  it('gives an empty list for no customers', () => {
    expect(computeRfm([], asOf)).toEqual([]);
  });
});

describe('classifyAbc', () => {
  it('puts the customer who crosses 80 % into A', () => {
    // total 100; revenue above each: 0, 50, 80, 90, 95 -> A, A, B, B, C
    const entries = classifyAbc([
      { id: 'd', revenue: 5 },
      { id: 'a', revenue: 50 },
      { id: 'c', revenue: 10 },
      { id: 'e', revenue: 5 },
      { id: 'b', revenue: 30 },
    ]);
    expect(entries.map((e) => [e.id, e.class, e.rank])).toEqual([
      ['a', 'A', 1],
      ['b', 'A', 2],
      ['c', 'B', 3],
      ['d', 'B', 4],
      ['e', 'C', 5],
    ]);
    expect(entries.map((e) => e.cumulativeShare)).toEqual([0.5, 0.8, 0.9, 0.95, 1]);
    expect(summariseAbc(entries)).toEqual([
      { class: 'A', items: 2, revenue: 80, revenueShare: 0.8 },
      { class: 'B', items: 2, revenue: 15, revenueShare: 0.15 },
      { class: 'C', items: 1, revenue: 5, revenueShare: 0.05 },
    ]);
  });
  it('draws the Pareto curve', () => {
    const entries = classifyAbc([50, 30, 10, 5, 5].map((revenue, i) => ({ id: `c${i}`, revenue })));
    // top 1 of 5 bring 50 %, top 2 80 %, top 3 90 %, top 4 95 %
    expect(paretoCurve(entries, 5).map((p) => [p.customerShare, p.revenueShare])).toEqual([
      [0, 0],
      [0.2, 0.5],
      [0.4, 0.8],
      [0.6, 0.9],
      [0.8, 0.95],
      [1, 1],
    ]);
    expect(paretoCurve([], 5)).toEqual([]);
  });
  it('takes other thresholds', () => {
    // 50 / 30 / 20 with A = 50 %, B = 30 %: above 0 -> A, 50 -> B (50 < 80), 80 -> C
    const entries = classifyAbc(
      [
        { id: 'x', revenue: 50 },
        { id: 'y', revenue: 30 },
        { id: 'z', revenue: 20 },
      ],
      { a: 0.5, b: 0.3 },
    );
    expect(entries.map((e) => e.class)).toEqual(['A', 'B', 'C']);
  });
  it('puts customers without revenue into C and never gives NaN', () => {
    expect(classifyAbc([{ id: 'x', revenue: 0 }])).toEqual([
      { id: 'x', revenue: 0, class: 'C', rank: 1, cumulativeShare: 0 },
    ]);
    expect(summariseAbc([])).toEqual([
      { class: 'A', items: 0, revenue: 0, revenueShare: 0 },
      { class: 'B', items: 0, revenue: 0, revenueShare: 0 },
      { class: 'C', items: 0, revenue: 0, revenueShare: 0 },
    ]);
  });
  it('gives A at least a share a of the revenue, A and B at least a + b', () => {
    for (const rs of randomLists(80, 200, 60, 1, 10_000)) {
      const entries = classifyAbc(rs.map((revenue, i) => ({ id: `c${i}`, revenue })));
      const total = rs.reduce((s, r) => s + r, 0);
      const a = entries.filter((e) => e.class === 'A').reduce((s, e) => s + e.revenue, 0);
      const ab = entries.filter((e) => e.class !== 'C').reduce((s, e) => s + e.revenue, 0);
      expect(a / total).toBeGreaterThanOrEqual(0.8 - 1e-9);
      expect(ab / total).toBeGreaterThanOrEqual(0.95 - 1e-9);
    }
  });
});

describe('estimateClv', () => {
  it('multiplies order value, orders a year and the lifetime from observed retention', () => {
    // 10 customers, 4 orders and 2,000 EUR each, first orders 365 days before asOf: 10 customer-years.
    // AOV 20,000 / 40 = 500; 40 / 10 = 4 orders a year.
    // Retention base: all 10 (first order older than 180 days); 8 ordered within 180 days: r = 0.8.
    // Lifetime (180 / 365) / (1 - 0.8) = 2.4658 years; CLV 500 x 4 x 2.4658 = 4,931.51.
    const customers = Array.from({ length: 10 }, (_, i) => customer(`c${i}`, 4, 2000, 365, i < 8 ? 20 : 250));
    const clv = estimateClv(customers, asOf);
    expect(clv.value).toBe(4931.51);
    expect(clv.tooLittleData).toBe(false);
    expect(clv.inputs).toMatchObject({
      customers: 10,
      orders: 40,
      revenue: 20_000,
      averageOrderValue: 500,
      customerYears: 10,
      ordersPerYear: 4,
      retentionBase: 10,
      retained: 8,
      retentionRate: 0.8,
      lifetimeYears: 2.4658,
      lifetimeSource: 'observed_retention',
      margin: null,
    });
    // with a margin of 30 %: 4,931.51 x 0.3 = 1,479.45
    expect(estimateClv(customers, asOf, { margin: 0.3 }).value).toBe(1479.45);
  });
  it('falls back to the default lifetime and says so when history is short', () => {
    // 2 customers of 10 days: exposure 30 days each (the floor) = 60 / 365 years; 3 orders, 300 EUR.
    // AOV 100, 3 / 0.16438 = 18.25 orders a year, default 3 years: 100 x 18.25 x 3 = 5,475
    const clv = estimateClv([customer('a', 2, 200, 10, 1), customer('b', 1, 100, 10, 10)], asOf);
    expect(clv.value).toBe(5475);
    expect(clv.tooLittleData).toBe(true);
    expect(clv.shortcomings).toEqual(['few_customers', 'short_history']);
    expect(clv.inputs.lifetimeSource).toBe('default');
    expect(clv.inputs.retentionRate).toBeNull();
  });
  it('caps the lifetime when everyone stays', () => {
    const customers = Array.from({ length: 10 }, (_, i) => customer(`c${i}`, 2, 100, 400, 5));
    const clv = estimateClv(customers, asOf);
    expect(clv.inputs.retentionRate).toBe(1);
    expect(clv.inputs.lifetimeYears).toBe(10);
    expect(clv.inputs.lifetimeSource).toBe('capped');
  });
  it('answers null, not NaN, without customers', () => {
    const clv = estimateClv([], asOf);
    expect(clv.value).toBeNull();
    expect(clv.tooLittleData).toBe(true);
    expect(clv.shortcomings).toEqual(['no_customers']);
    expect(clv.inputs.averageOrderValue).toBeNull();
    expect(clv.inputs.ordersPerYear).toBeNull();
  });
});

describe('splitExistingVsNew', () => {
  it('splits by the first order before or inside the period', () => {
    const start = Date.parse('2026-12-01T00:00:00Z');
    const split = splitExistingVsNew(
      [
        { profileId: 'ana', firstOrderAt: start - 90 * DAY, ordersInPeriod: 2, revenueInPeriod: 300 },
        { profileId: 'ben', firstOrderAt: start + 5 * DAY, ordersInPeriod: 1, revenueInPeriod: 100 },
        { profileId: 'cem', firstOrderAt: start, ordersInPeriod: 1, revenueInPeriod: 0 },
      ],
      start,
    );
    // existing: ana 300 of 400 = 0.75; new: ben and cem (first order at the period's start counts as new)
    expect(split).toEqual({
      existing: { customers: 1, orders: 2, revenue: 300, revenueShare: 0.75, revenuePerCustomer: 300 },
      new: { customers: 2, orders: 2, revenue: 100, revenueShare: 0.25, revenuePerCustomer: 50 },
    });
  });
  it('gives zeros and nulls for no customers', () => {
    expect(splitExistingVsNew([], 0)).toEqual({
      existing: { customers: 0, orders: 0, revenue: 0, revenueShare: 0, revenuePerCustomer: null },
      new: { customers: 0, orders: 0, revenue: 0, revenueShare: 0, revenuePerCustomer: null },
    });
  });
});
