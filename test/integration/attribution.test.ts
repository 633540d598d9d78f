import { describe, expect, it } from 'vitest';
import { apiAs } from '../support/app';
import { aPersona, aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { insertEvents, type TestEvent } from '../support/eventRows';

/**
 * Six people in April 2026 (defaults: conversions `conversion` and `order`, value = revenue, 30 days
 * lookback, repeats collapsed, half-life 7 days, 40/20/40). Touchpoints A (ad, google-ads, utm
 * spring-ad), B (website), N (newsletter, email).
 *
 *   Ana  A 04-02 10:00, B 04-09 09:00 + 10:00 (one touch, at 10:00), order 04-10 300 €  -> [A, B] 300
 *   Ben  B 04-04, conversion 04-10 (no revenue)                                        -> [B] 0
 *   Cem  A 04-06, B 04-13, N 04-20 (10:00 each), order 04-21 100 €                     -> [A, B, N] 100
 *   Dora A 04-15, no conversion                                                        -> null path [A]
 *   Eve  A 02-01 (outside the 30 days), order 04-03 50 €                               -> untouched
 *   Fay  N 03-20 (before the period, inside the lookback), order 04-02 200 €           -> [N] 200
 *   Gus  A 05-02, order 05-03 80 € (only in the comparison period May)
 *
 * Worked out by hand (conversions; value):
 *   first touch  A 2 (Ana, Cem); 400   B 1; 0          N 1; 200
 *   last touch   A 0; 0            B 2; 300        N 2; 300
 *   linear       A 1/2 + 1/3; 150 + 33.33   B 1/2 + 1 + 1/3; 150 + 33.33   N 1/3 + 1; 33.33 + 200
 *   position     A .5 + .4; 190    B .5 + 1 + .2; 170    N .4 + 1; 240
 *   time decay   Ana: A 7 days before B: weights 1/2, 1 -> 1/3, 2/3 (100, 200 €). Cem: ages 14, 7, 0 days:
 *                1/4, 1/2, 1 -> 1/7, 2/7, 4/7. A 1/3 + 1/7; B 2/3 + 1 + 2/7; N 4/7 + 1.
 *   Markov       start->A 3, B 1, N 1; A->B 2, A->null 1; B->conv 2, B->N 1; N->conv 2.
 *                P(conv) 4/5; without A 2/5, without B 1/5, without N 2/5: removal effects 1/2, 3/4,
 *                1/2 (sum 7/4): A 4 * 2/7, B 4 * 3/7, N 4 * 2/7.
 *   fixed share  N 5 %: Cem's A and B share the other 95 % (.475 each), Fay's N alone gets all.
 *                A .5 + .475; 150 + 47.5   B .5 + 1 + .475; 150 + 47.5   N .05 + 1; 5 + 200
 * Every model's credits add up to 4 conversions and 600 €; Eve's 50 € stay untouched.
 */
async function setUp() {
  const db = testDb();
  const w = await aWorkspace(db);
  const ws = w.workspace.id;
  const persona = await aPersona(w.ctx, { name: 'Newsletter-Leserin' });
  const A = await aTouchpoint(w.ctx, { name: 'Anzeige' });
  const B = await aTouchpoint(w.ctx, { name: 'Website' });
  const N = await aTouchpoint(w.ctx, { name: 'Newsletter', personaIds: [persona.id] });
  const O = await aTouchpoint(w.ctx, { name: 'Auftrag' });
  const profile = async (name: string) =>
    (
      await db
        .insertInto('profiles')
        .values({ workspace_id: ws, name })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const [ana, ben, cem, dora, eve, fay, gus] = await Promise.all(
    ['Ana', 'Ben', 'Cem', 'Dora', 'Eve', 'Fay', 'Gus'].map(profile),
  );
  const a = (at: string, profileId: string | undefined, utm = 'spring-ad'): TestEvent => ({
    type: 'page_view',
    at,
    profileId,
    touchpoint: A.id,
    channel: 'google-ads',
    utmCampaign: utm,
  });
  const b = (at: string, profileId: string | undefined): TestEvent => ({
    type: 'page_view',
    at,
    profileId,
    touchpoint: B.id,
    channel: 'website',
  });
  const n = (at: string, profileId: string | undefined, utm: string): TestEvent => ({
    type: 'email_click',
    at,
    profileId,
    touchpoint: N.id,
    channel: 'email',
    utmCampaign: utm,
  });
  const order = (at: string, profileId: string | undefined, revenue: number): TestEvent => ({
    type: 'order',
    at,
    profileId,
    touchpoint: O.id,
    revenue,
    properties: { netto: revenue / 2 },
  });
  await insertEvents(db, ws, [
    a('2026-04-02T10:00:00Z', ana),
    b('2026-04-09T09:00:00Z', ana),
    b('2026-04-09T10:00:00Z', ana),
    order('2026-04-10T12:00:00Z', ana, 300),
    b('2026-04-04T10:00:00Z', ben),
    { type: 'conversion', at: '2026-04-10T10:00:00Z', profileId: ben },
    a('2026-04-06T10:00:00Z', cem, 'Spring-Ad'),
    b('2026-04-13T10:00:00Z', cem),
    n('2026-04-20T10:00:00Z', cem, 'newsletter-april'),
    order('2026-04-21T10:00:00Z', cem, 100),
    a('2026-04-15T10:00:00Z', dora),
    a('2026-02-01T10:00:00Z', eve),
    order('2026-04-03T10:00:00Z', eve, 50),
    n('2026-03-20T10:00:00Z', fay, 'newsletter-march'),
    order('2026-04-02T10:00:00Z', fay, 200),
    a('2026-05-02T10:00:00Z', gus),
    order('2026-05-03T10:00:00Z', gus, 80),
    { type: 'page_view', at: '2026-04-07T12:00:00Z', anon: 'nobody-yet', touchpoint: A.id },
  ]);
  const owner = await apiAs(w.owner.token);
  const base = `/workspaces/${ws}`;
  return { w, owner, base, A, B, N, persona, ids: { ana, ben, cem, dora, eve, fay, gus } };
}

interface Row {
  key: string;
  label: string;
  conversions: Record<string, number>;
  value: Record<string, number>;
  journeys: number;
}
const APRIL = 'from=2026-04-01&to=2026-04-30';

describe('attribution from the workspace events', () => {
  it('credits touchpoints under every model, as worked out by hand', async () => {
    const { owner, base, A, B, N } = await setUp();
    const res = await owner.get(`${base}/analytics/attribution?${APRIL}&dimension=touchpoint`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.totals).toEqual({
      journeys: 5,
      convertingJourneys: 4,
      nullJourneys: 1,
      touches: 8,
      conversions: 4,
      value: 600,
      untouchedConversions: 1,
      untouchedValue: 50,
    });
    expect(body.models).toEqual([
      'first_touch',
      'last_touch',
      'linear',
      'time_decay',
      'position_based',
      'markov',
      'shapley',
    ]);
    const rows = Object.fromEntries((body.rows as Row[]).map((r) => [r.label, r]));
    const [a, b, n] = [rows.Anzeige, rows.Website, rows.Newsletter] as [Row, Row, Row];
    expect([a.key, b.key, n.key]).toEqual([A.id, B.id, N.id]);
    expect([a.journeys, b.journeys, n.journeys]).toEqual([2, 3, 2]);
    const conv = (model: string) => [a, b, n].map((r) => r.conversions[model]);
    const val = (model: string) => [a, b, n].map((r) => r.value[model]);
    const close = (got: (number | undefined)[], want: number[]) =>
      want.forEach((x, i) => expect(got[i]).toBeCloseTo(x, 9));
    close(conv('first_touch'), [2, 1, 1]);
    close(val('first_touch'), [400, 0, 200]);
    close(conv('last_touch'), [0, 2, 2]);
    close(val('last_touch'), [0, 300, 300]);
    close(conv('linear'), [1 / 2 + 1 / 3, 1 / 2 + 1 + 1 / 3, 1 / 3 + 1]);
    close(val('linear'), [150 + 100 / 3, 150 + 100 / 3, 100 / 3 + 200]);
    close(conv('position_based'), [0.9, 1.7, 1.4]);
    close(val('position_based'), [190, 170, 240]);
    close(conv('time_decay'), [1 / 3 + 1 / 7, 2 / 3 + 1 + 2 / 7, 4 / 7 + 1]);
    close(val('time_decay'), [100 + 100 / 7, 200 + 200 / 7, 400 / 7 + 200]);
    close(conv('markov'), [8 / 7, 12 / 7, 8 / 7]);
    close(conv('shapley'), conv('linear') as number[]);
    for (const model of body.models as string[]) {
      const sum = (xs: (number | undefined)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
      expect(sum(conv(model))).toBeCloseTo(4, 9);
      expect(sum(val(model))).toBeCloseTo(600, 9);
    }
  });

  it('adds fixed shares from the settings and follows the value source and lookback', async () => {
    const { owner, base, N } = await setUp();
    const defaults = (await owner.get(`${base}/attribution-settings`)).json();
    expect(defaults).toMatchObject({ lookbackDays: 30, valueSource: 'revenue', updatedAt: null });
    const { updatedAt: _u, ...settings } = defaults;
    const put = await owner.put(`${base}/attribution-settings`, {
      ...settings,
      fixedShares: [{ dimension: 'touchpoint', key: N.id, share: 0.05 }],
    });
    expect(put.statusCode).toBe(200);
    const body = (await owner.get(`${base}/analytics/attribution?${APRIL}`)).json();
    expect(body.models).toContain('fixed_share');
    const rows = Object.fromEntries((body.rows as Row[]).map((r) => [r.label, r]));
    expect(rows.Anzeige?.conversions.fixed_share).toBeCloseTo(0.975, 9);
    expect(rows.Website?.conversions.fixed_share).toBeCloseTo(1.975, 9);
    expect(rows.Newsletter?.conversions.fixed_share).toBeCloseTo(1.05, 9);
    expect(rows.Newsletter?.value.fixed_share).toBeCloseTo(205, 9);

    // The property `netto` (half the revenue) as value, and 90 days: Eve's ad of 02-01 now counts.
    await owner.put(`${base}/attribution-settings`, {
      ...settings,
      valueSource: 'property',
      valueProperty: 'netto',
      lookbackDays: 90,
    });
    const wide = (await owner.get(`${base}/analytics/attribution?${APRIL}`)).json();
    expect(wide.totals).toMatchObject({
      convertingJourneys: 5,
      conversions: 5,
      value: 325,
      untouchedConversions: 0,
    });
  });

  it('credits campaigns by utm_campaign, and shows ROI per campaign without Infinity for missing costs', async () => {
    const { owner, base } = await setUp();
    const spring = await owner.post(`${base}/campaigns`, {
      name: 'Frühjahrsanzeige',
      utmCampaigns: ['spring-ad'],
      channel: 'google-ads',
      startsOn: '2026-04-01',
      endsOn: '2026-04-30',
      costEur: 100,
    });
    expect(spring.statusCode).toBe(201);
    const letter = await owner.post(`${base}/campaigns`, {
      name: 'Newsletter April',
      utmCampaigns: ['newsletter-april'],
    });
    expect(letter.statusCode).toBe(201);
    const taken = await owner.post(`${base}/campaigns`, { name: 'Doppelt', utmCampaigns: ['SPRING-AD'] });
    expect(taken.statusCode).toBe(409);

    const att = (await owner.get(`${base}/analytics/attribution?${APRIL}&dimension=campaign`)).json();
    const rows = Object.fromEntries((att.rows as Row[]).map((r) => [r.label, r]));
    // Ana [spring] 300, Cem [spring, newsletter-april] 100, Fay [newsletter-march] 200; Ben and Eve untouched.
    expect(rows['Frühjahrsanzeige']?.conversions.linear).toBeCloseTo(1.5, 9);
    expect(rows['Frühjahrsanzeige']?.value.linear).toBeCloseTo(350, 9);
    expect(rows['newsletter-march']?.key).toBe('utm:newsletter-march');
    expect(att.totals).toMatchObject({
      conversions: 3,
      value: 600,
      untouchedConversions: 2,
      untouchedValue: 50,
    });

    const roi = (await owner.get(`${base}/analytics/campaign-roi?${APRIL}&model=linear`)).json();
    const byName = Object.fromEntries(
      (roi.campaigns as { name: string }[]).map((c) => [c.name, c as Record<string, unknown>]),
    );
    expect(byName['Frühjahrsanzeige']).toMatchObject({ costEur: 100, roi: 2.5, gap: null });
    expect(byName['Frühjahrsanzeige']?.costPerConversion).toBeCloseTo(100 / 1.5, 9);
    expect(byName['Newsletter April']).toMatchObject({
      costEur: null,
      roi: null,
      costPerConversion: null,
      gap: 'no_cost',
      conversions: 0.5,
      revenue: 50,
    });
    expect(roi.unclaimed).toEqual({ conversions: 1, revenue: 200, keys: ['newsletter-march'] });
    expect(roi.totals).toEqual({ costEur: 100, conversions: 1.5, revenue: 350, roi: 2.5 });

    const zero = await owner.patch(`${base}/campaigns/${letter.json().id}`, { costEur: 0 });
    expect(zero.statusCode).toBe(200);
    const again = (await owner.get(`${base}/analytics/campaign-roi?${APRIL}`)).json();
    const free = (again.campaigns as { name: string; gap: string; roi: null }[]).find(
      (c) => c.name === 'Newsletter April',
    );
    expect(free).toMatchObject({ gap: 'zero_cost', roi: null, costPerConversion: 0 });
    expect(JSON.stringify(again)).not.toMatch(/Infinity|NaN/);

    const history = (await owner.get(`${base}/history?entityType=campaign`)).json();
    expect(JSON.stringify(history)).toContain('costEur');
  });

  it('compares with a second period and filters by persona and channel', async () => {
    const { owner, base, persona } = await setUp();
    const res = (
      await owner.get(
        `${base}/analytics/attribution?${APRIL}&dimension=channel&compareFrom=2026-05-01&compareTo=2026-05-31`,
      )
    ).json();
    expect(res.rows.map((r: Row) => r.key).sort()).toEqual(['email', 'google-ads', 'website']);
    expect(res.compare.totals).toMatchObject({ convertingJourneys: 1, conversions: 1, value: 80 });
    expect(res.compare.rows).toMatchObject([{ key: 'google-ads', conversions: { linear: 1 } }]);
    // Only journeys through a touchpoint of the persona (the newsletter): Cem and Fay.
    const reader = (await owner.get(`${base}/analytics/attribution?${APRIL}&persona=${persona.id}`)).json();
    expect(reader.totals).toMatchObject({
      convertingJourneys: 2,
      conversions: 2,
      value: 300,
      untouchedConversions: 0,
    });
    const web = (await owner.get(`${base}/analytics/attribution?${APRIL}&channel=website`)).json();
    expect(web.totals).toMatchObject({ convertingJourneys: 3, conversions: 3, value: 400 });
  });

  it('lists the people behind a figure', async () => {
    const { owner, base, N, ids } = await setUp();
    const res = await owner.get(
      `${base}/analytics/attribution/profiles?${APRIL}&dimension=touchpoint&key=${N.id}&limit=1`,
    );
    expect(res.statusCode).toBe(200);
    const first = res.json();
    expect(first.items).toHaveLength(1);
    const second = (
      await owner.get(
        `${base}/analytics/attribution/profiles?${APRIL}&key=${N.id}&limit=1&cursor=${first.nextCursor}`,
      )
    ).json();
    expect(second.nextCursor).toBeNull();
    expect([first.items[0].name, second.items[0].name].sort()).toEqual(['Cem', 'Fay']);
    expect([first.items[0].id, second.items[0].id].sort()).toEqual([ids.cem, ids.fay].sort());
  });

  it('answers zeros for a workspace without events, and refuses bad input naming the field', async () => {
    const db = testDb();
    const w = await aWorkspace(db);
    const owner = await apiAs(w.owner.token);
    const base = `/workspaces/${w.workspace.id}`;
    const empty = (await owner.get(`${base}/analytics/attribution?dimension=campaign`)).json();
    expect(empty.rows).toEqual([]);
    expect(empty.totals).toMatchObject({ journeys: 0, conversions: 0, value: 0 });
    const roi = (await owner.get(`${base}/analytics/campaign-roi`)).json();
    expect(roi).toMatchObject({ campaigns: [], totals: { costEur: 0, roi: null } });

    const bad = await owner.get(`${base}/analytics/attribution?dimension=persona`);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('dimension');
    const settings = (await owner.get(`${base}/attribution-settings`)).json();
    const { updatedAt: _u, ...input } = settings;
    const weights = await owner.put(`${base}/attribution-settings`, {
      ...input,
      positionWeights: { first: 0.5, middle: 0.5, last: 0.5 },
    });
    expect(weights.statusCode).toBe(400);
    expect(JSON.stringify(weights.json().error.details)).toContain('positionWeights');
    const unknown = await owner.put(`${base}/attribution-settings`, { ...input, lookback: 3 });
    expect(unknown.statusCode).toBe(400);
    const cost = await owner.post(`${base}/campaigns`, { name: 'X', costEur: -5 });
    expect(cost.statusCode).toBe(400);
    expect(JSON.stringify(cost.json().error.details)).toContain('costEur');
    const viewer = await apiAs((await w.member('viewer')).token);
    expect((await viewer.put(`${base}/attribution-settings`, input)).statusCode).toBe(403);
  });
});
