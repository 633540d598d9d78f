import { describe, expect, it } from 'vitest';
import { addRating } from '../../src/services/ratings';
import { createKpi, recordKpiValue } from '../../src/services/kpis';
import { apiAs } from '../support/app';
import { aPersona, aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { insertEvents } from '../support/eventRows';

/**
 * Five journeys in April, worked out by hand (P6 only acts in May):
 * P1 ad, webinar, shop page, order  -> converted    P2 webinar, conversion         -> converted
 * P3 ad, webinar                    -> not          P4 ad                          -> not
 * P5 ad, conversion, then webinar   -> converted (the webinar came after it, so it does not count)
 * Webinar: with P1 P2 P3 (2 of 3 converted), without P4 P5 (1 of 2): lift 2/3 - 1/2 = 1/6, ratio 4/3.
 *   Wilson 2/3 = 0.2077..0.9385, 1/2 = 0.0945..0.9055; Newcombe: 1/6 - sqrt(0.4590² + 0.4055²) = -0.4458,
 *   1/6 + sqrt(0.2718² + 0.4055²) = 0.6548.
 * Ad: with P1 P3 P4 P5 (2 of 4), without P2 (1 of 1): -1/2. Shop: with P1 (1 of 1), without 2 of 4: +1/2.
 * People: ad 4, webinar 4, shop 1, hotline 0 -> median 2.5; the ad (rated 2 and 1) is busy and low-rated.
 */
async function setUp() {
  const db = testDb();
  const w = await aWorkspace(db);
  const ws = w.workspace.id;
  const phase = (key: string) => w.workspace.journeyModel.phases.find((p) => p.key === key)?.id as string;
  const persona = await aPersona(w.ctx, { name: 'Einkäuferin' });
  const ad = await aTouchpoint(w.ctx, { name: 'Anzeige', phaseIds: [phase('attention')] });
  const webinar = await aTouchpoint(w.ctx, {
    name: 'Webinar',
    phaseIds: [phase('interest')],
    personaIds: [persona.id],
  });
  const shop = await aTouchpoint(w.ctx, { name: 'Shop', phaseIds: [phase('action')] });
  const hotline = await aTouchpoint(w.ctx, { name: 'Hotline', phaseIds: [phase('loyalty')] });
  const profile = async (name: string) =>
    (
      await db
        .insertInto('profiles')
        .values({ workspace_id: ws, name })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const [p1, p2, p3, p4, p5, p6] = [
    await profile('P1'),
    await profile('P2'),
    await profile('P3'),
    await profile('P4'),
    await profile('P5'),
    await profile('P6'),
  ];
  const adAt = { touchpoint: ad.id, channel: 'google-ads', channelClass: 'paid' as const };
  const web = (touchpoint: string) => ({ touchpoint, channel: 'website', channelClass: 'owned' as const });
  await insertEvents(db, ws, [
    { type: 'page_view', at: '2026-04-02T10:00:00Z', profileId: p1, ...adAt },
    { type: 'page_view', at: '2026-04-03T10:00:00Z', profileId: p1, ...web(webinar.id) },
    { type: 'page_view', at: '2026-04-04T09:00:00Z', profileId: p1, ...web(shop.id) },
    { type: 'order', at: '2026-04-04T10:00:00Z', profileId: p1, ...web(shop.id) },
    { type: 'page_view', at: '2026-04-03T10:00:00Z', profileId: p2, ...web(webinar.id) },
    { type: 'conversion', at: '2026-04-05T10:00:00Z', profileId: p2, ...web(shop.id) },
    { type: 'page_view', at: '2026-04-02T10:00:00Z', profileId: p3, ...adAt },
    { type: 'page_view', at: '2026-04-06T10:00:00Z', profileId: p3, ...web(webinar.id) },
    { type: 'page_view', at: '2026-04-02T11:00:00Z', profileId: p4, ...adAt },
    { type: 'page_view', at: '2026-04-02T12:00:00Z', profileId: p5, ...adAt },
    { type: 'conversion', at: '2026-04-03T12:00:00Z', profileId: p5, ...web(shop.id) },
    { type: 'page_view', at: '2026-04-10T12:00:00Z', profileId: p5, ...web(webinar.id) },
    { type: 'page_view', at: '2026-04-10T12:00:00Z', anon: 'nobody-yet', ...adAt },
    { type: 'page_view', at: '2026-05-02T08:00:00Z', profileId: p6, ...adAt },
  ]);
  for (const score of [2, 1]) await addRating(w.ctx, ad.id, { source: 'customer', score });
  await addRating(w.ctx, webinar.id, { source: 'customer', score: 5 });
  await addRating(w.ctx, hotline.id, { source: 'customer', score: 1 });
  const owner = await apiAs(w.owner.token);
  const base = `/workspaces/${ws}/analytics/moments`;
  return { db, w, ws, owner, base, persona, ad, webinar, shop, hotline, p1, p2, p3, p4, p5 };
}

const april = 'from=2026-04-01&to=2026-04-30';
type Candidate = { touchpointId: string } & Record<string, unknown>;

describe('moments that matter, measured', () => {
  it('compares the conversion rate of journeys with and without each touchpoint, with its interval', async () => {
    const { owner, base, ad, webinar, shop, hotline } = await setUp();
    const res = await owner.get(`${base}?${april}&minJourneys=2`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ from: '2026-04-01', to: '2026-04-30', journeys: 5, conversions: 3 });
    expect(body.candidates.map((c: Candidate) => c.touchpointId)).toEqual([
      webinar.id,
      shop.id,
      ad.id,
      hotline.id,
    ]);
    const [w, s, a, h] = body.candidates as Candidate[];
    expect(w).toMatchObject({
      name: 'Webinar',
      momentThatMatters: false,
      journeysWith: 3,
      conversionsWith: 2,
      journeysWithout: 2,
      conversionsWithout: 1,
      enoughJourneys: true,
    });
    expect(w?.liftDifference).toBeCloseTo(1 / 6, 10);
    expect(w?.liftRatio).toBeCloseTo(4 / 3, 10);
    expect(w?.interval).toEqual({
      low: expect.closeTo(-0.4458, 4) as number,
      high: expect.closeTo(0.6548, 4) as number,
    });
    expect(s).toMatchObject({ journeysWith: 1, conversionsWith: 1, rateWith: 1, enoughJourneys: false });
    expect(a).toMatchObject({ journeysWith: 4, conversionsWith: 2, journeysWithout: 1, rateWithout: 1 });
    expect(a?.liftDifference).toBe(-0.5);
    expect(h).toMatchObject({ journeysWith: 0, rateWith: null, liftDifference: null, interval: null });
    expect(body.medianPeople).toBe(2.5);
    expect(body.lowRated).toEqual([
      { touchpointId: ad.id, name: 'Anzeige', people: 4, averageRating: 1.5, ratings: 2 },
    ]);
  });

  it('marks candidates with fewer journeys than asked as too few, and filters by channel and persona', async () => {
    const { owner, base, ad, webinar, persona } = await setUp();
    const all = (await owner.get(`${base}?${april}`)).json();
    expect(all.minJourneys).toBe(30);
    expect(all.candidates.every((c: Candidate) => c.enoughJourneys === false)).toBe(true);
    const paid = (await owner.get(`${base}?${april}&channel=google-ads`)).json();
    expect(paid).toMatchObject({ journeys: 4, conversions: 2 });
    expect(paid.candidates.find((c: Candidate) => c.touchpointId === ad.id)).toMatchObject({
      journeysWith: 4,
      journeysWithout: 0,
      rateWithout: null,
      liftDifference: null,
    });
    // The persona's touchpoint is the webinar: P1 P2 P3 P5 touched it (P5 after converting).
    const ofPersona = (await owner.get(`${base}?${april}&persona=${persona.id}`)).json();
    expect(ofPersona).toMatchObject({ journeys: 4, conversions: 3 });
    expect(ofPersona.candidates[0]).toMatchObject({
      touchpointId: webinar.id,
      journeysWith: 3,
      conversionsWith: 2,
      journeysWithout: 1,
      conversionsWithout: 1,
    });
  });

  it('lists the people behind a figure, a page at a time', async () => {
    const { owner, base, webinar, p1, p2, p4, p5 } = await setUp();
    const q = `${base}/profiles?${april}&touchpoint=${webinar.id}`;
    const converted = (await owner.get(`${q}&group=with&converted=true`)).json();
    expect(converted.items.map((p: { id: string }) => p.id)).toEqual([p1, p2].sort());
    const first = (await owner.get(`${q}&group=without&limit=1`)).json();
    const second = (await owner.get(`${q}&group=without&limit=1&cursor=${first.nextCursor}`)).json();
    expect([...first.items, ...second.items].map((p: { id: string }) => p.id)).toEqual([p4, p5].sort());
    expect(second.nextCursor).toBeNull();
  });

  it('refuses bad input naming the field, and keeps other workspaces out', async () => {
    const { owner, base, webinar } = await setUp();
    const bad = await owner.get(`${base}?from=2026-04-30&to=2026-04-01`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].field).toBe('querystring.from');
    expect((await owner.get(`${base}?minJourneys=0`)).statusCode).toBe(400);
    expect((await owner.get(`${base}?nonsense=1`)).statusCode).toBe(400);
    expect((await owner.get(`${base}/profiles?touchpoint=${webinar.id}&group=both`)).statusCode).toBe(400);
    const cursor = await owner.get(`${base}/profiles?touchpoint=${webinar.id}&group=with&cursor=xyz`);
    expect(cursor.statusCode).toBe(400);
    const missing = await owner.get(
      `${base}/profiles?touchpoint=00000000-0000-4000-8000-000000000000&group=with`,
    );
    expect(missing.statusCode).toBe(404);
    const other = await aWorkspace(testDb());
    const otherOwner = await apiAs(other.owner.token);
    expect((await otherOwner.get(`${base}?${april}`)).statusCode).toBe(404);
    const theirs = (
      await otherOwner.get(`/workspaces/${other.workspace.id}/analytics/moments?${april}`)
    ).json();
    expect(theirs).toMatchObject({ journeys: 0, conversions: 0, lowRated: [] });
  });
});

describe('live data on the journey map', () => {
  it('answers per card interactions, people, conversions and KPI status, and per phase the people', async () => {
    const { db, w, ws, owner, ad, webinar, shop, hotline } = await setUp();
    // The processor's daily summary, written as it would be for the events above.
    const stat = (day: string, key: string, event_type: string, events: number) => ({
      workspace_id: ws,
      day,
      touchpoint_key: key,
      event_type,
      events,
      profiles: events,
      revenue: 0,
    });
    await db
      .insertInto('daily_touchpoint_stats')
      .values([
        stat('2026-04-02', ad.id, 'page_view', 4),
        stat('2026-04-04', shop.id, 'page_view', 1),
        stat('2026-04-04', shop.id, 'order', 1),
        stat('2026-04-05', shop.id, 'conversion', 1),
        stat('2026-04-03', shop.id, 'conversion', 1),
        stat('2026-05-02', ad.id, 'page_view', 1),
      ])
      .execute();
    const kpi = await createKpi(w.ctx, shop.id, { name: 'Bestellungen', targetValue: 10 });
    if (!kpi.ok) throw new Error(kpi.error.message);
    await recordKpiValue(w.ctx, kpi.value.id, { measuredOn: '2026-04-20', value: 4 });
    await recordKpiValue(w.ctx, kpi.value.id, { measuredOn: '2026-05-20', value: 40 });
    const res = await owner.get(`/workspaces/${ws}/journey-map/live?${april}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const card = (id: string) => body.touchpoints.find((t: Candidate) => t.touchpointId === id);
    expect(card(ad.id)).toMatchObject({ interactions: 4, people: 4, conversions: 0, kpiStatus: 'no_kpi' });
    expect(card(shop.id)).toMatchObject({
      interactions: 4,
      people: 3,
      conversions: 3,
      kpiStatus: 'off_target',
      kpis: 1,
    });
    expect(card(webinar.id)).toMatchObject({ interactions: 0, people: 4 });
    expect(card(hotline.id)).toMatchObject({ interactions: 0, people: 0, conversions: 0 });
    const phases = Object.fromEntries(
      body.phases.map((p: { key: string; profiles: number }) => [p.key, p.profiles]),
    );
    // attention: P1 P3 P4 P5; interest (webinar): P1 P2 P3 P5; action (shop): P1 P2 P5.
    expect(phases).toMatchObject({ attention: 4, interest: 4, action: 3, loyalty: 0 });
    const may = (await owner.get(`/workspaces/${ws}/journey-map/live?from=2026-05-01&to=2026-05-31`)).json();
    expect(may.touchpoints.find((t: Candidate) => t.touchpointId === shop.id)).toMatchObject({
      kpiStatus: 'on_target',
    });
    expect((await owner.get(`/workspaces/${ws}/journey-map/live?from=2026-13-01`)).statusCode).toBe(400);
  });
});
