import { describe, expect, it } from 'vitest';
import { apiAs } from '../support/app';
import { aPersona, aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { insertEvents, type TestEvent } from '../support/eventRows';

/**
 * Five customers, looked at for November 2026 (as of 1 Dec 00:00 UTC), orders at noon:
 *
 * | customer | account | orders (revenue)                 | last order | recency | R F M | segment        |
 * | Ana      | Acme    | 5 (500), Jun 1 .. Nov 29, 2 in Nov | Nov 29     | 1 day   | 5 4 4 | champions      |
 * | Ben      | Acme    | 1 (50), Nov 20 (shop)             | Nov 20     | 10      | 4 1 1 | promising      |
 * | Cem      | Beta    | 3 (300), Aug 1 .. Oct 31          | Oct 31     | 30      | 3 3 3 | need_attention |
 * | Dora     | -       | 1 (80), Oct 1                     | Oct 1      | 60      | 2 1 2 | hibernating    |
 * | Emil     | -       | 8 (900), Jan 5 .. May 14          | May 14     | 200     | 1 5 5 | cannot_lose    |
 *
 * Scores: 1 + floor(5 x (customers strictly worse) / 5). ABC on revenue 900, 500, 300, 80, 50 (1,830):
 * revenue above each 0, 900 (49 %), 1,400 (76.5 %) -> Emil, Ana, Cem A; 1,700 (92.9 %) -> Dora B;
 * 1,780 (97.3 %) -> Ben C. November: Ana existing (2 orders, 200 = 80 %), Ben new (1, 50 = 20 %).
 * Accounts: Acme 550, Beta 300 (both A: above them 0 and 550 of 850 = 64.7 %).
 * CLV: AOV 1,830 / 18 = 101.67; customer-years (182.5 + 30 + 121.5 + 60.5 + 329.5) / 365 = 1.9836,
 * 18 / 1.9836 = 9.0746 orders a year. Retention base (first order before 4 Jun, 180 days back): Ana
 * and Emil, of whom Ana ordered since: too few to measure, default lifetime 3 years: 2,767.75.
 */
async function setUp() {
  const db = testDb();
  const w = await aWorkspace(db);
  const ws = w.workspace.id;
  const persona = await aPersona(w.ctx, { name: 'Einkäuferin' });
  const shop = await aTouchpoint(w.ctx, { name: 'Webshop', personaIds: [persona.id] });
  const company = async (name: string) =>
    (
      await db
        .insertInto('companies')
        .values({ workspace_id: ws, name })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const acme = await company('Acme');
  const beta = await company('Beta');
  const profile = async (name: string, companyId: string | null, mergedInto: string | null = null) =>
    (
      await db
        .insertInto('profiles')
        .values({ workspace_id: ws, name, company_id: companyId, merged_into: mergedInto })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const ana = await profile('Ana', acme);
  const ben = await profile('Ben', acme);
  const cem = await profile('Cem', beta);
  const dora = await profile('Dora', null);
  const emil = await profile('Emil', null);
  const gone = await profile('Merged', null, ana);
  const order = (profileId: string, day: string, revenue: number, channel = 'sales'): TestEvent => ({
    type: 'order',
    at: `${day}T12:00:00Z`,
    profileId,
    revenue,
    channel,
  });
  await insertEvents(db, ws, [
    ...['2026-06-01', '2026-07-01', '2026-08-01', '2026-11-10', '2026-11-29'].map((d) => order(ana, d, 100)),
    { ...order(ben, '2026-11-20', 50, 'shop'), touchpoint: shop.id },
    ...['2026-08-01', '2026-09-15', '2026-10-31'].map((d) => order(cem, d, 100)),
    order(dora, '2026-10-01', 80),
    ...['2026-01-05', '2026-02-01', '2026-02-15', '2026-03-01', '2026-03-15', '2026-04-01', '2026-04-15'].map(
      (d) => order(emil, d, 100),
    ),
    order(emil, '2026-05-14', 200),
    // Not orders, not counted: a page view, an order after the period; and a merged profile's order.
    { type: 'page_view', at: '2026-11-05T12:00:00Z', profileId: dora },
    order(dora, '2026-12-02', 1000),
    order(gone, '2026-11-03', 5000),
  ]);
  const owner = await apiAs(w.owner.token);
  const base = `/workspaces/${ws}/analytics/customer-value`;
  return { db, w, owner, base, persona, ana, ben, cem, dora, emil, acme, beta };
}

const NOV = 'from=2026-11-01&to=2026-11-30';
type Segment = { key: string; customers: number; revenue: number };

describe('customer value', () => {
  it('scores RFM, classifies ABC, splits existing and new, and states the CLV method', async () => {
    const { owner, base, acme, beta } = await setUp();
    const res = await owner.get(`${base}?${NOV}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      from: '2026-11-01',
      to: '2026-11-30',
      customers: 5,
      orders: 18,
      revenue: 1830,
      revenuePerCustomer: 366,
      accounts: 2,
      revenuePerAccount: 425,
      compare: null,
    });
    const segments = Object.fromEntries(body.rfm.segments.map((s: Segment) => [s.key, s]));
    expect(segments.champions).toMatchObject({ customers: 1, revenue: 500, nameDe: 'Champions' });
    expect(segments.promising).toMatchObject({ customers: 1, revenue: 50 });
    expect(segments.need_attention).toMatchObject({ customers: 1, revenue: 300 });
    expect(segments.hibernating).toMatchObject({ customers: 1, revenue: 80 });
    expect(segments.cannot_lose).toMatchObject({ customers: 1, revenue: 900 });
    expect(segments.loyal).toMatchObject({ customers: 0, revenue: 0 });
    expect(body.rfm.cells).toHaveLength(25);
    expect(body.rfm.cells).toContainEqual({
      r: 5,
      f: 4,
      segment: 'champions',
      customers: 1,
      revenue: 500,
      meanMonetaryScore: 4,
    });
    expect(body.abc.classes).toEqual([
      { class: 'A', customers: 3, revenue: 1700, revenueShare: 1700 / 1830 },
      { class: 'B', customers: 1, revenue: 80, revenueShare: 80 / 1830 },
      { class: 'C', customers: 1, revenue: 50, revenueShare: 50 / 1830 },
    ]);
    expect(body.abc.pareto).toHaveLength(101);
    expect(body.abc.pareto[20]).toEqual({ customerShare: 0.2, revenueShare: 900 / 1830 });
    expect(body.topAccounts).toEqual([
      { id: acme, name: 'Acme', customers: 2, orders: 6, revenue: 550, revenueInPeriod: 250, class: 'A' },
      { id: beta, name: 'Beta', customers: 1, orders: 3, revenue: 300, revenueInPeriod: 0, class: 'A' },
    ]);
    expect(body.existingVsNew).toEqual({
      existing: { customers: 1, orders: 2, revenue: 200, revenueShare: 0.8, revenuePerCustomer: 200 },
      new: { customers: 1, orders: 1, revenue: 50, revenueShare: 0.2, revenuePerCustomer: 50 },
    });
    expect(body.clv).toEqual({
      method: 'aov_x_frequency_x_lifetime',
      value: 2767.75,
      tooLittleData: true,
      shortcomings: ['few_customers', 'short_history'],
      inputs: {
        customers: 5,
        orders: 18,
        revenue: 1830,
        averageOrderValue: 101.67,
        customerYears: 1.9836,
        ordersPerYear: 9.0746,
        retentionWindowDays: 180,
        retentionBase: 2,
        retained: 1,
        retentionRate: null,
        lifetimeYears: 3,
        lifetimeSource: 'default',
        margin: null,
      },
    });
    expect(body.byPhase.at(-1)).toMatchObject({ key: null, customers: 5, revenue: 1830 });
  });

  it('compares two periods, takes thresholds and a margin', async () => {
    const { owner, base } = await setUp();
    // As of 1 Sep: Ana (3 orders), Cem (1), Emil (8); August: Ana and Cem, Cem new.
    const body = (
      await owner.get(
        `${base}?${NOV}&compareFrom=2026-08-01&compareTo=2026-08-31&abcA=0.5&abcB=0.3&margin=0.5`,
      )
    ).json();
    expect(body.compare).toMatchObject({ from: '2026-08-01', to: '2026-08-31', customers: 3, revenue: 1300 });
    expect(body.compare.existingVsNew.new).toMatchObject({ customers: 1, revenue: 100 });
    expect(body.compare.existingVsNew.existing).toMatchObject({ customers: 1, revenue: 100 });
    // A = 50 %: Emil (above him 0) A; Ana (above 900 = 49 %) A; Cem (76.5 %) B; Dora (92.9 %) C; Ben C.
    expect(body.abc.classes.map((c: { customers: number }) => c.customers)).toEqual([2, 1, 2]);
    expect(body.clv.value).toBe(1383.87);
    expect(body.clv.inputs.margin).toBe(0.5);
  });

  it('filters the orders by channel and by the persona of their touchpoint', async () => {
    const { owner, base, persona, ben } = await setUp();
    expect((await owner.get(`${base}?${NOV}&channel=sales`)).json()).toMatchObject({
      customers: 4,
      revenue: 1780,
    });
    // Only Ben's order was at a touchpoint of the persona (the web shop).
    expect((await owner.get(`${base}?${NOV}&persona=${persona.id}`)).json()).toMatchObject({
      customers: 1,
      revenue: 50,
    });
    const people = (await owner.get(`${base}/profiles?${NOV}&persona=${persona.id}`)).json();
    expect(people.items.map((p: { id: string }) => p.id)).toEqual([ben]);
  });

  it('lists the customers behind a segment, a class, a cell and the new ones, a page at a time', async () => {
    const { owner, base, ana, ben, cem, emil } = await setUp();
    const ids = async (q: string) =>
      (await owner.get(`${base}/profiles?${NOV}&${q}`)).json().items.map((p: { id: string }) => p.id);
    expect(await ids('rfm=champions')).toEqual([ana]);
    expect(await ids('r=1&f=5')).toEqual([emil]);
    expect(await ids('customer=new')).toEqual([ben]);
    expect(await ids('customer=existing')).toEqual([ana]);
    const first = (await owner.get(`${base}/profiles?${NOV}&abc=A&limit=2`)).json();
    expect(first.items.map((p: { id: string }) => p.id)).toEqual([emil, ana]);
    expect(first.items[1]).toMatchObject({ name: 'Ana', company: { name: 'Acme' }, revenue: 0 });
    const second = (
      await owner.get(`${base}/profiles?${NOV}&abc=A&limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second).toEqual({ items: [expect.objectContaining({ id: cem })], nextCursor: null });
  });

  it('answers zeros and nulls, never NaN, for a workspace without orders', async () => {
    const w = await aWorkspace(testDb());
    const owner = await apiAs(w.owner.token);
    const body = (await owner.get(`/workspaces/${w.workspace.id}/analytics/customer-value?${NOV}`)).json();
    expect(body).toMatchObject({
      customers: 0,
      revenue: 0,
      revenuePerCustomer: null,
      accounts: 0,
      revenuePerAccount: null,
      topAccounts: [],
      abc: { pareto: [] },
      clv: { value: null, tooLittleData: true, shortcomings: ['no_customers'] },
    });
    expect(JSON.stringify(body)).not.toContain('NaN');
    const people = (
      await owner.get(`/workspaces/${w.workspace.id}/analytics/customer-value/profiles?rfm=loyal`)
    ).json();
    expect(people).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ['from after to', '?from=2026-05-01&to=2026-04-01', 'from'],
    ['a comparison without its end', '?compareFrom=2026-05-01', 'compareTo'],
    ['A and B taking everything', '?abcA=0.9&abcB=0.1', 'abcB'],
    ['a margin above 1', '?margin=1.5', 'margin'],
    ['an unknown segment', '/profiles?rfm=vip', 'rfm'],
    ['a class D', '/profiles?abc=D', 'abc'],
    ['a recency score 6', '/profiles?r=6', 'r'],
    ['a made-up cursor', '/profiles?cursor=abc', 'cursor'],
    ['an unknown parameter', '?segment=vip', ''],
  ])('refuses %s naming the field', async (_what, suffix, field) => {
    const { owner, base } = await setUp();
    const res = await owner.get(`${base}${suffix}`);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(JSON.stringify(body.error.details)).toContain(`querystring${field ? `.${field}` : ''}`);
  });
});
