import { describe, expect, it } from 'vitest';
import { apiAs } from '../support/app';
import { aPersona, aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { insertEvents } from '../support/eventRows';

/**
 * Ana and Ben (both of Acme) saw the ad (attention) and then the website (interest); Cem only the ad.
 * Dora saw the ad in May. Worked out by hand for April:
 * attention: 3 profiles, 1 account; Ana 3,600 s and Ben 7,200 s to interest: 2 of 3 converted,
 * median (rank 1 of 2) 3,600 s, p90 (rank 2 of 2) 7,200 s, drop-off 1 (Cem). interest: 2 profiles.
 */
async function setUp() {
  const db = testDb();
  const w = await aWorkspace(db);
  const ws = w.workspace.id;
  const phase = (key: string) => w.workspace.journeyModel.phases.find((p) => p.key === key)?.id as string;
  const persona = await aPersona(w.ctx, { name: 'Einkäuferin' });
  const ad = await aTouchpoint(w.ctx, {
    name: 'Anzeige',
    phaseIds: [phase('attention')],
    personaIds: [persona.id],
  });
  const website = await aTouchpoint(w.ctx, { name: 'Website', phaseIds: [phase('interest')] });
  const [company] = await db
    .insertInto('companies')
    .values({ workspace_id: ws, name: 'Acme' })
    .returning('id')
    .execute();
  const profile = async (name: string, companyId: string | null) =>
    (
      await db
        .insertInto('profiles')
        .values({ workspace_id: ws, name, company_id: companyId, last_seen_at: '2026-04-07T00:00:00Z' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const ana = await profile('Ana', company?.id ?? null);
  const ben = await profile('Ben', company?.id ?? null);
  const cem = await profile('Cem', null);
  const dora = await profile('Dora', null);
  const paid = { touchpoint: ad.id, channel: 'google-ads', channelClass: 'paid' as const };
  const owned = { touchpoint: website.id, channel: 'website', channelClass: 'owned' as const };
  await insertEvents(db, ws, [
    { type: 'page_view', at: '2026-04-06T09:00:00Z', profileId: ana, ...paid },
    { type: 'page_view', at: '2026-04-06T10:00:00Z', profileId: ana, ...owned },
    { type: 'page_view', at: '2026-04-07T10:00:00Z', profileId: ana, ...owned },
    { type: 'page_view', at: '2026-04-06T09:00:00Z', profileId: ben, ...paid },
    { type: 'page_view', at: '2026-04-06T11:00:00Z', profileId: ben, ...owned },
    { type: 'page_view', at: '2026-04-07T12:00:00Z', profileId: cem, ...paid },
    { type: 'page_view', at: '2026-04-07T12:00:00Z', anon: 'nobody-yet', ...paid },
    { type: 'page_view', at: '2026-05-02T08:00:00Z', profileId: dora, ...paid },
  ]);
  const owner = await apiAs(w.owner.token);
  const base = `/workspaces/${ws}/analytics/phase-funnel`;
  return { db, w, owner, base, persona, ana, ben, cem, dora };
}

type Phase = { key: string; profiles: number; accounts: number } & Record<string, unknown>;
const byKey = (phases: Phase[]) => Object.fromEntries(phases.map((p) => [p.key, p]));

describe('the phase funnel', () => {
  it('counts profiles, accounts, conversion, drop-off and times per phase, with a comparison period', async () => {
    const { owner, base } = await setUp();
    const res = await owner.get(
      `${base}?from=2026-04-01&to=2026-04-30&compareFrom=2026-05-01&compareTo=2026-05-31`,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ from: '2026-04-01', to: '2026-04-30', profiles: 3, accounts: 1 });
    expect(body.phases.map((p: Phase) => p.key)).toEqual([
      'attention',
      'interest',
      'desire',
      'action',
      'loyalty',
      'advocacy',
    ]);
    const phases = byKey(body.phases);
    expect(phases.attention).toMatchObject({
      profiles: 3,
      accounts: 1,
      convertedToNext: 2,
      conversionToNext: 2 / 3,
      dropOff: 1,
      medianSecondsToNext: 3600,
      p90SecondsToNext: 7200,
    });
    expect(phases.interest).toMatchObject({ profiles: 2, accounts: 1, convertedToNext: 0, dropOff: 2 });
    expect(phases.desire).toMatchObject({ profiles: 0, conversionToNext: null, medianSecondsToNext: null });
    expect(phases.advocacy).toMatchObject({ profiles: 0, convertedToNext: null, dropOff: null });
    expect(body.compare).toMatchObject({ from: '2026-05-01', to: '2026-05-31', profiles: 1, accounts: 0 });
    expect(byKey(body.compare.phases).attention).toMatchObject({ profiles: 1, dropOff: 1 });
  });

  it('filters by channel class, channel and the persona of the touchpoint', async () => {
    const { owner, base, persona } = await setUp();
    const april = 'from=2026-04-01&to=2026-04-30';
    const paid = byKey((await owner.get(`${base}?${april}&channelClass=paid`)).json().phases);
    expect(paid.attention).toMatchObject({ profiles: 3, convertedToNext: 0, dropOff: 3 });
    expect(paid.interest).toMatchObject({ profiles: 0 });
    const website = byKey((await owner.get(`${base}?${april}&channel=website`)).json().phases);
    expect(website.attention).toMatchObject({ profiles: 0 });
    expect(website.interest).toMatchObject({ profiles: 2, accounts: 1 });
    const ofPersona = byKey((await owner.get(`${base}?${april}&persona=${persona.id}`)).json().phases);
    expect(ofPersona.attention).toMatchObject({ profiles: 3 });
    expect(ofPersona.interest).toMatchObject({ profiles: 0 });
    expect((await owner.get(`${base}?from=2026-04-06&to=2026-04-06`)).json()).toMatchObject({ profiles: 2 });
  });

  it('lists the profiles behind a phase in the order they reached it, a page at a time, and its drop-off', async () => {
    const { owner, base, ana, ben, cem } = await setUp();
    const april = 'from=2026-04-01&to=2026-04-30';
    const first = (await owner.get(`${base}/profiles?phase=attention&${april}&limit=2`)).json();
    expect(first.items.map((p: { id: string }) => p.id)).toEqual([ana, ben].sort());
    expect(first.items[0]).toMatchObject({ company: { name: 'Acme' } });
    const second = (
      await owner.get(`${base}/profiles?phase=attention&${april}&limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second).toEqual({ items: [expect.objectContaining({ id: cem, name: 'Cem' })], nextCursor: null });
    const dropped = (await owner.get(`${base}/profiles?phase=attention&${april}&dropped=true`)).json();
    expect(dropped.items.map((p: { id: string }) => p.id)).toEqual([cem]);
    const last = (await owner.get(`${base}/profiles?phase=advocacy&${april}&dropped=true`)).json();
    expect(last.items).toEqual([]);
  });

  it("keeps each workspace's funnel to itself", async () => {
    const { owner, base } = await setUp();
    const other = await aWorkspace(testDb());
    const otherOwner = await apiAs(other.owner.token);
    const theirs = (
      await otherOwner.get(
        `/workspaces/${other.workspace.id}/analytics/phase-funnel?from=2026-04-01&to=2026-04-30`,
      )
    ).json();
    expect(theirs).toMatchObject({ profiles: 0, accounts: 0 });
    expect(theirs.phases.every((p: Phase) => p.profiles === 0)).toBe(true);
    expect((await otherOwner.get(`${base}?from=2026-04-01&to=2026-04-30`)).statusCode).toBe(404);
    expect((await owner.get(`${base}?from=2026-04-01&to=2026-04-30`)).json().profiles).toBe(3);
  });

  it.each([
    ['from after to', '?from=2026-05-01&to=2026-04-01', 'from'],
    ['a comparison without its end', '?compareFrom=2026-05-01', 'compareTo'],
    ['a channel class that does not exist', '?channelClass=bought', 'channelClass'],
    ['a persona that is no id', '?persona=einkauf', 'persona'],
    ['an unknown parameter', '?segment=vip', ''],
    ['a phase the model does not have', '/profiles?phase=kaufen', 'phase'],
    ['no phase', '/profiles', 'phase'],
    ['a made-up cursor', '/profiles?phase=attention&cursor=abc', 'cursor'],
  ])('refuses %s naming the field', async (_what, suffix, field) => {
    const { owner, base } = await setUp();
    const res = await owner.get(`${base}${suffix}`);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(JSON.stringify(body.error.details)).toContain(`querystring${field ? `.${field}` : ''}`);
  });
});
