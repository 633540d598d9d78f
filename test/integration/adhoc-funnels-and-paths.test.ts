import { describe, expect, it } from 'vitest';
import { apiAs } from '../support/app';
import { aPersona, aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { insertEvents } from '../support/eventRows';

/**
 * Four people in April, worked out by hand (times UTC):
 * Ana: ad 09:00, web 10:00, an untracked page 10:30, quote (amount 500) at the shop 11:00.
 * Ben: ad 09:00, web 09:30, web 09:40, quote (amount 50) on 20 April, beyond the 7-day window.
 * Cem: ad 12:00, quote (amount 900) 12:05, never the website.
 * Dora: web 08:00, ad 09:00, web 10:00, quote (amount 20) 11:00.
 * Eve in May: ad, web.
 */
async function setUp() {
  const db = testDb();
  const w = await aWorkspace(db);
  const ws = w.workspace.id;
  const persona = await aPersona(w.ctx, { name: 'Einkäuferin' });
  const ad = await aTouchpoint(w.ctx, { name: 'Anzeige', personaIds: [persona.id] });
  const web = await aTouchpoint(w.ctx, { name: 'Website' });
  const shop = await aTouchpoint(w.ctx, { name: 'Shop' });
  const profile = async (name: string) =>
    (
      await db
        .insertInto('profiles')
        .values({ workspace_id: ws, name })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const [ana, ben, cem, dora, eve] = [
    await profile('Ana'),
    await profile('Ben'),
    await profile('Cem'),
    await profile('Dora'),
    await profile('Eve'),
  ];
  const at = (profileId: string, touchpoint: string | undefined, time: string, more = {}) => ({
    type: 'page_view',
    at: time,
    profileId,
    ...(touchpoint === undefined ? {} : { touchpoint }),
    ...more,
  });
  const quote = (amount: number) => ({ type: 'track', name: 'quote_requested', properties: { amount } });
  await insertEvents(db, ws, [
    at(ana, ad.id, '2026-04-06T09:00:00Z', { channel: 'google-ads' }),
    at(ana, web.id, '2026-04-06T10:00:00Z'),
    at(ana, undefined, '2026-04-06T10:30:00Z'),
    at(ana, shop.id, '2026-04-06T11:00:00Z', quote(500)),
    at(ben, ad.id, '2026-04-06T09:00:00Z', { channel: 'google-ads' }),
    at(ben, web.id, '2026-04-06T09:30:00Z'),
    at(ben, web.id, '2026-04-06T09:40:00Z'),
    at(ben, shop.id, '2026-04-20T09:00:00Z', quote(50)),
    at(cem, ad.id, '2026-04-07T12:00:00Z'),
    at(cem, shop.id, '2026-04-07T12:05:00Z', quote(900)),
    at(dora, web.id, '2026-04-08T08:00:00Z'),
    at(dora, ad.id, '2026-04-08T09:00:00Z'),
    at(dora, web.id, '2026-04-08T10:00:00Z'),
    at(dora, shop.id, '2026-04-08T11:00:00Z', quote(20)),
    at(eve, ad.id, '2026-05-03T09:00:00Z'),
    at(eve, web.id, '2026-05-03T09:10:00Z'),
    { type: 'page_view', at: '2026-04-06T09:00:00Z', anon: 'nobody-yet', touchpoint: ad.id },
  ]);
  const owner = await apiAs(w.owner.token);
  const base = `/workspaces/${ws}/analytics`;
  const steps = [
    { touchpointId: ad.id },
    { touchpointId: web.id },
    { eventName: 'quote_requested', conditions: [{ key: 'amount', op: 'gte', value: 100 }] },
  ];
  return { db, w, owner, base, persona, ad, web, shop, steps, ana, ben, cem, dora, eve };
}

const april = { from: '2026-04-01', to: '2026-04-30' };
type Step = { profiles: number } & Record<string, unknown>;
const counts = (steps: Step[]) => steps.map((s) => s.profiles);
const names = (items: { name: string }[]) => items.map((p) => p.name).sort();

describe('ad-hoc funnels', () => {
  it('counts, converts and times each step in loose order, with a comparison period', async () => {
    const { owner, base, steps } = await setUp();
    const res = await owner.post(`${base}/funnels/run`, {
      steps,
      ...april,
      compareFrom: '2026-05-01',
      compareTo: '2026-05-31',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      from: '2026-04-01',
      to: '2026-04-30',
      order: 'loose',
      windowSeconds: 604_800,
    });
    expect(counts(body.steps)).toEqual([4, 3, 1]);
    expect(body.steps[0]).toMatchObject({ label: 'Anzeige', conversionFromPrevious: 1, dropOff: 1 });
    // Ana 3,600 s, Ben 1,800 s, Dora 3,600 s to the website: median rank 2 and p90 rank 3 of 1800, 3600, 3600.
    expect(body.steps[1]).toMatchObject({
      label: 'Website',
      conversionFromPrevious: 0.75,
      medianSecondsFromPrevious: 3600,
      p90SecondsFromPrevious: 3600,
      dropOff: 2,
    });
    // Only Ana's quote is large enough in time: 3,600 s after the website, 7,200 s after the ad.
    expect(body.steps[2]).toMatchObject({
      label: 'quote_requested · amount gte 100',
      conversionFromPrevious: 1 / 3,
      conversionFromFirst: 0.25,
      medianSecondsFromPrevious: 3600,
      medianSecondsFromFirst: 7200,
      dropOff: null,
    });
    expect(counts(body.compare.steps)).toEqual([1, 1, 0]);
  });

  it('in strict order stops at any event between the steps', async () => {
    const { owner, base, steps } = await setUp();
    const body = (await owner.post(`${base}/funnels/run`, { steps, order: 'strict', ...april })).json();
    // Ana's untracked page lies between the website and the quote.
    expect(counts(body.steps)).toEqual([4, 3, 0]);
  });

  it('takes the window from the entry', async () => {
    const { owner, base, steps } = await setUp();
    const short = (await owner.post(`${base}/funnels/run`, { steps, windowSeconds: 3000, ...april })).json();
    // Only Ben reached the website within 50 minutes.
    expect(counts(short.steps)).toEqual([4, 1, 0]);
  });

  it('lists the profiles behind a step and its drop-off', async () => {
    const { owner, base, steps } = await setUp();
    const reached = await owner.post(`${base}/funnels/profiles`, { steps, ...april, step: 1 });
    expect(reached.statusCode).toBe(200);
    expect(names(reached.json().items)).toEqual(['Ana', 'Ben', 'Dora']);
    const dropped = await owner.post(`${base}/funnels/profiles`, { steps, ...april, step: 1, dropped: true });
    expect(names(dropped.json().items)).toEqual(['Ben', 'Dora']);
    const page = (
      await owner.post(`${base}/funnels/profiles`, { steps, ...april, step: 0, limit: 3 })
    ).json();
    expect(page.items).toHaveLength(3);
    const rest = (
      await owner.post(`${base}/funnels/profiles`, {
        steps,
        ...april,
        step: 0,
        limit: 3,
        cursor: page.nextCursor,
      })
    ).json();
    expect(names([...page.items, ...rest.items])).toEqual(['Ana', 'Ben', 'Cem', 'Dora']);
    expect(rest.nextCursor).toBeNull();
  });

  it('filters by the persona of the touchpoint and by channel', async () => {
    const { owner, base, steps, persona } = await setUp();
    const body = (await owner.post(`${base}/funnels/run`, { steps, ...april, persona: persona.id })).json();
    // Only the ad belongs to the persona: no one reaches the website among the events that count.
    expect(counts(body.steps)).toEqual([4, 0, 0]);
    const paid = (await owner.post(`${base}/funnels/run`, { steps, ...april, channel: 'google-ads' })).json();
    expect(counts(paid.steps)).toEqual([2, 0, 0]);
  });

  it('names the wrong field', async () => {
    const { owner, base, steps } = await setUp();
    const unknown = await owner.post(`${base}/funnels/run`, {
      steps: [steps[0], { touchpointId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.field).toBe('body.steps.1.touchpointId');
    const empty = await owner.post(`${base}/funnels/run`, { steps: [steps[0], {}] });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json().error.details)).toContain('body.steps.1');
    const typo = await owner.post(`${base}/funnels/run`, { steps: [steps[0], { touchpointid: 'x' }] });
    expect(typo.statusCode).toBe(400);
    const badOp = await owner.post(`${base}/funnels/run`, {
      steps: [steps[0], { conditions: [{ key: 'amount', op: 'gt', value: 'many' }] }],
    });
    expect(JSON.stringify(badOp.json().error.details)).toContain('body.steps.1.conditions.0.value');
  });

  it('saves, shares, changes and deletes a funnel, with its history', async () => {
    const { w, owner, base, steps } = await setUp();
    const created = await owner.post(`${base}/funnels`, { name: 'Anzeige bis Angebot', steps });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const viewer = await apiAs((await w.member('viewer')).token);
    expect((await viewer.get(`${base}/funnels`)).json().map((f: { name: string }) => f.name)).toEqual([
      'Anzeige bis Angebot',
    ]);
    expect((await viewer.post(`${base}/funnels`, { name: 'x', steps })).statusCode).toBe(403);
    expect((await viewer.post(`${base}/funnels/run`, { steps, ...april })).statusCode).toBe(200);
    const result = await viewer.get(`${base}/funnels/${id}/result?from=2026-04-01&to=2026-04-30`);
    expect(counts(result.json().steps)).toEqual([4, 3, 1]);
    const behind = await viewer.get(`${base}/funnels/${id}/profiles?from=2026-04-01&to=2026-04-30&step=2`);
    expect(names(behind.json().items)).toEqual(['Ana']);
    const patched = await owner.patch(`${base}/funnels/${id}`, { order: 'strict' });
    expect(patched.json().order).toBe('strict');
    expect(
      counts((await owner.get(`${base}/funnels/${id}/result?from=2026-04-01&to=2026-04-30`)).json().steps),
    ).toEqual([4, 3, 0]);
    expect((await owner.patch(`${base}/funnels/${id}`, {})).statusCode).toBe(400);
    expect((await owner.delete(`${base}/funnels/${id}`)).statusCode).toBe(200);
    expect((await owner.get(`${base}/funnels/${id}`)).statusCode).toBe(404);
    const history = (await owner.get(`/workspaces/${w.workspace.id}/history?entityId=${id}`)).json();
    expect(history.map((h: { action: string }) => h.action)).toEqual(['deleted', 'updated', 'created']);
  });
});

describe('paths', () => {
  it('draws the most frequent paths from a start with repeats collapsed, and the people behind a node', async () => {
    const { owner, base, ad, web, shop } = await setUp();
    const res = await owner.get(
      `${base}/paths?start=${ad.id}&depth=3&collapse=true&from=2026-04-01&to=2026-04-30`,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      profiles: 4,
      shownProfiles: 4,
      depth: 3,
      collapse: true,
      anchor: { name: 'Anzeige' },
    });
    expect(body.paths).toEqual([
      { touchpointIds: [ad.id, web.id, shop.id], profiles: 3, open: false },
      { touchpointIds: [ad.id, shop.id], profiles: 1, open: false },
    ]);
    const node = (id: string) => body.nodes.find((n: { id: string }) => n.id === id);
    expect(node(`0:${ad.id}`)).toMatchObject({ name: 'Anzeige', profiles: 4, dropOff: 0 });
    expect(node(`1:${shop.id}`)).toMatchObject({ profiles: 1, dropOff: 1 });
    expect(node(`2:${shop.id}`)).toMatchObject({ profiles: 3, dropOff: 3 });
    expect(node('3:(end)')).toMatchObject({ kind: 'end', name: null, profiles: 3 });
    const behind = await owner.get(
      `${base}/paths/profiles?start=${ad.id}&depth=3&collapse=true&from=2026-04-01&to=2026-04-30&node=${encodeURIComponent('3:(end)')}`,
    );
    expect(names(behind.json().items)).toEqual(['Ana', 'Ben', 'Dora']);
  });

  it('keeps repeats unless asked, reads paths to an end, and compares periods', async () => {
    const { owner, base, ad, web, shop } = await setUp();
    const plain = (
      await owner.get(`${base}/paths?start=${ad.id}&depth=3&from=2026-04-01&to=2026-04-30`)
    ).json();
    expect(plain.paths).toContainEqual({ touchpointIds: [ad.id, web.id, web.id], profiles: 1, open: true });
    const toShop = (
      await owner.get(
        `${base}/paths?end=${shop.id}&depth=3&from=2026-04-01&to=2026-04-30&compareFrom=2026-05-01&compareTo=2026-05-31`,
      )
    ).json();
    expect(toShop.profiles).toBe(4);
    expect(toShop.nodes.find((n: { id: string }) => n.id === `3:${shop.id}`)).toMatchObject({ profiles: 4 });
    expect(toShop.compare).toMatchObject({ profiles: 0, paths: [] });
  });

  it('names the wrong field', async () => {
    const { owner, base, ad } = await setUp();
    const neither = await owner.get(`${base}/paths`);
    expect(neither.statusCode).toBe(400);
    expect(JSON.stringify(neither.json().error.details)).toContain('querystring.start');
    const unknown = await owner.get(`${base}/paths?end=00000000-0000-4000-8000-000000000000`);
    expect(unknown.json().error.details.field).toBe('querystring.end');
    expect((await owner.get(`${base}/paths?start=${ad.id}&depth=11`)).statusCode).toBe(400);
  });
});
