import { describe, expect, it } from 'vitest';
import { testDb } from '../support/db';
import { apiAs } from '../support/app';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { insertEvents, processAll } from '../support/eventRows';

const D1 = '2026-04-06';
const at = (time: string, day = D1) => `${day}T${time}:00Z`;

/** A workspace with Anna (known, three events then a fourth), an anonymous visitor and a website. */
async function setUp() {
  const db = testDb();
  const w = await aWorkspace(db);
  const ws = w.workspace.id;
  const phase = (key: string) => w.workspace.journeyModel.phases.find((p) => p.key === key)?.id as string;
  const website = await aTouchpoint(w.ctx, { name: 'Website', phaseIds: [phase('interest')] });
  await insertEvents(db, ws, [
    { type: 'page_view', at: at('09:00'), anon: 'anna-laptop', touchpoint: website.id, id: 'e1' },
    {
      type: 'identify',
      at: at('09:05'),
      anon: 'anna-laptop',
      user: 'u-anna',
      properties: { email: 'anna@example.com', name: 'Anna Schmidt', company: 'Schmidt GmbH' },
      id: 'e2',
    },
    { type: 'conversion', at: at('09:10'), anon: 'anna-laptop', name: 'Kontaktformular', id: 'e3' },
    { type: 'page_view', at: at('10:00'), anon: 'anna-phone', touchpoint: website.id, id: 'e4' },
    { type: 'page_view', at: at('11:00'), anon: 'bernd', touchpoint: website.id, id: 'e5' },
  ]);
  await processAll(db, ws);
  const owner = await apiAs(w.owner.token);
  const base = `/workspaces/${ws}`;
  const list = (await owner.get(`${base}/profiles`)).json();
  const idOf = (name: string) => list.items.find((p: { name: string }) => p.name === name)?.id as string;
  const anna = list.items.find((p: { email: string | null }) => p.email === 'anna@example.com').id as string;
  return { db, w, ws, base, owner, website, anna, list, idOf };
}

describe('the profiles API', () => {
  it('lists and searches profiles page by page, with computed traits and the timeline', async () => {
    const { base, owner, anna, website, list } = await setUp();
    expect(list.items).toHaveLength(3); // Anna's laptop, her phone (not identified yet), Bernd
    expect(list.items[0].lastSeenAt).toBe(new Date(at('11:00')).toISOString());

    const found = (await owner.get(`${base}/profiles?q=SCHMIDT`)).json();
    expect(found.items.map((p: { id: string }) => p.id)).toEqual([anna]);
    expect((await owner.get(`${base}/profiles?q=${encodeURIComponent('%')}`)).json().items).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await owner.get(`${base}/profiles?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(list.items.map((p: { id: string }) => p.id));
    expect((await owner.get(`${base}/profiles?cursor=nonsense`)).statusCode).toBe(400);

    // Known people only: Anna (e-mail and user id), not her unidentified phone nor Bernd's browser.
    const known = (await owner.get(`${base}/profiles?known=true`)).json();
    expect(known.items.map((p: { id: string }) => p.id)).toEqual([anna]);
    expect((await owner.get(`${base}/profiles?known=false`)).json().items).toHaveLength(3);
    const badKnown = await owner.get(`${base}/profiles?known=yes`);
    expect(badKnown.statusCode).toBe(400);
    expect(JSON.stringify(badKnown.json().error)).toContain('known');

    const detail = (await owner.get(`${base}/profiles/${anna}`)).json();
    expect(detail).toMatchObject({
      name: 'Anna Schmidt',
      userId: 'u-anna',
      eventCount: 3,
      company: { name: 'Schmidt GmbH' },
      touchpoints: [{ id: website.id, name: 'Website' }],
      currentPhase: { key: 'interest' },
      traits: { email: 'anna@example.com' },
    });
    expect(detail.identities).toEqual([
      { kind: 'anonymous', value: 'anna-laptop' },
      { kind: 'email', value: 'anna@example.com' },
      { kind: 'user', value: 'u-anna' },
    ]);

    const first = (await owner.get(`${base}/profiles/${anna}/timeline?limit=2`)).json();
    expect(first.items.map((e: { eventId: string }) => e.eventId)).toEqual(['e3', 'e2']);
    const second = (
      await owner.get(`${base}/profiles/${anna}/timeline?limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items).toMatchObject([
      { eventId: 'e1', type: 'page_view', touchpointName: 'Website', phase: { key: 'interest' } },
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it('merges two profiles by hand, with a history entry; viewers may not', async () => {
    const { db, w, ws, base, owner, anna } = await setUp();
    const phoneId = (
      await db
        .selectFrom('profile_identities')
        .select('profile_id')
        .where('workspace_id', '=', ws)
        .where('value', '=', 'anna-phone')
        .executeTakeFirstOrThrow()
    ).profile_id;

    const viewer = await apiAs((await w.member('viewer')).token);
    expect(
      (await viewer.post(`${base}/profiles/${anna}/merge`, { otherProfileId: phoneId })).statusCode,
    ).toBe(403);
    expect((await owner.post(`${base}/profiles/${anna}/merge`, { otherProfileId: anna })).statusCode).toBe(
      400,
    );

    const editor = await apiAs((await w.member('editor')).token);
    const merged = await editor.post(`${base}/profiles/${anna}/merge`, { otherProfileId: phoneId });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({ id: anna, eventCount: 4, mergedProfileIds: [phoneId] });
    expect(merged.json().identities).toContainEqual({ kind: 'anonymous', value: 'anna-phone' });
    expect((await owner.get(`${base}/profiles`)).json().items).toHaveLength(2);
    expect((await owner.get(`${base}/profiles/${phoneId}`)).json().id).toBe(anna);
    expect((await owner.post(`${base}/profiles/${anna}/merge`, { otherProfileId: phoneId })).statusCode).toBe(
      409,
    );

    const history = await db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('workspace_id', '=', ws)
      .where('entity_type', '=', 'profile')
      .where('entity_id', '=', anna)
      .execute();
    expect(history).toEqual([{ action: 'merge', changes: { mergedProfileId: phoneId } }]);

    // Later events of the phone land on Anna.
    await insertEvents(db, ws, [{ type: 'page_view', at: at('12:00'), anon: 'anna-phone' }]);
    await processAll(db, ws);
    expect((await owner.get(`${base}/profiles/${anna}`)).json().eventCount).toBe(5);
  });

  it('keeps companies and assigns profiles to them', async () => {
    const { w, base, owner, idOf } = await setUp();
    expect((await owner.get(`${base}/profiles?q=`)).statusCode).toBe(400); // an empty search is refused
    const created = await owner.post(`${base}/companies`, {
      name: 'Müller Präzision',
      domain: 'mueller.example',
      externalId: 'crm-9',
    });
    expect(created.statusCode).toBe(201);
    expect((await owner.post(`${base}/companies`, { name: 'Again', externalId: 'crm-9' })).statusCode).toBe(
      409,
    );
    const viewer = await apiAs((await w.member('viewer')).token);
    expect((await viewer.post(`${base}/companies`, { name: 'Nope' })).statusCode).toBe(403);

    const anonymous = idOf(''); // Bernd, seen last
    const assigned = await owner.put(`${base}/profiles/${anonymous}/company`, {
      companyId: created.json().id,
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json().company).toEqual({ id: created.json().id, name: 'Müller Präzision' });
    const companies = (await viewer.get(`${base}/companies`)).json();
    expect(companies.map((c: { name: string; profileCount: number }) => [c.name, c.profileCount])).toEqual([
      ['Müller Präzision', 1],
      ['Schmidt GmbH', 1],
    ]);
    const inCompany = (await viewer.get(`${base}/profiles?companyId=${created.json().id}`)).json();
    expect(inCompany.items.map((p: { id: string }) => p.id)).toEqual([anonymous]);
  });

  it('exports everything about a person and erases it completely, owners only', async () => {
    const { db, w, ws, base, owner, anna } = await setUp();
    const mailing = await db
      .insertInto('mailings')
      .values({ workspace_id: ws, name: 'Newsletter April', subject: 'Neu' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('mailing_recipients')
      .values({
        workspace_id: ws,
        mailing_id: mailing.id,
        profile_id: anna,
        email: 'anna@example.com',
        token: `t-${anna}`,
      })
      .execute();
    await db
      .insertInto('email_suppressions')
      .values({ workspace_id: ws, email: 'anna@example.com', reason: 'unsubscribed' })
      .execute();
    // Arrived but not processed yet: erasure must take it too.
    await insertEvents(db, ws, [
      { type: 'page_view', at: at('13:00'), anon: 'anna-laptop', id: 'e-pending' },
    ]);

    const editor = await apiAs((await w.member('editor')).token);
    expect((await editor.get(`${base}/profiles/${anna}/export`)).statusCode).toBe(403);
    const exported = await owner.get(`${base}/profiles/${anna}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain(`profile-${anna}.json`);
    const file = exported.json();
    expect(file.profile).toMatchObject({ id: anna, email: 'anna@example.com' });
    expect(file.events.map((e: { event_id: string }) => e.event_id)).toEqual(['e1', 'e2', 'e3', 'e-pending']);
    expect(file.identities).toHaveLength(3);
    expect(file.mailingRecipients).toHaveLength(1);
    expect(file.mailingRecipients[0].token).toBeUndefined();
    expect(file.emailSuppressions).toHaveLength(1);
    expect(file.webSessions.length).toBeGreaterThan(0);

    const viewer = await apiAs((await w.member('viewer')).token);
    expect((await viewer.delete(`${base}/profiles/${anna}`)).statusCode).toBe(403);
    expect((await editor.delete(`${base}/profiles/${anna}`)).statusCode).toBe(403);
    const erased = await owner.delete(`${base}/profiles/${anna}`);
    expect(erased.statusCode).toBe(200);
    expect(erased.json().erased).toEqual({
      profiles: 1,
      identities: 3,
      events: 4,
      webSessions: 1,
      dailyVisitorRows: 1,
      mailingRecipients: 1,
    });

    expect((await owner.get(`${base}/profiles/${anna}`)).statusCode).toBe(404);
    const left = await db
      .selectFrom('events')
      .select('event_id')
      .where('workspace_id', '=', ws)
      .where('event_id', 'in', ['e1', 'e2', 'e3', 'e-pending'])
      .execute();
    expect(left).toEqual([]);
    const identities = await db
      .selectFrom('profile_identities')
      .select('value')
      .where('workspace_id', '=', ws)
      .where('value', 'in', ['anna-laptop', 'u-anna', 'anna@example.com'])
      .execute();
    expect(identities).toEqual([]);
    const visitors = await db
      .selectFrom('daily_visitors')
      .select('visitor_id')
      .where('workspace_id', '=', ws)
      .orderBy('visitor_id')
      .execute();
    expect(visitors.map((v) => v.visitor_id)).toEqual(['anna-phone', 'bernd']);
    const suppressions = await db
      .selectFrom('email_suppressions')
      .select('email')
      .where('workspace_id', '=', ws)
      .execute();
    expect(suppressions).toEqual([{ email: 'anna@example.com' }]);

    const requests = await db
      .selectFrom('privacy_requests')
      .select(['kind', 'subject'])
      .where('workspace_id', '=', ws)
      .orderBy('created_at')
      .execute();
    expect(requests).toEqual([
      { kind: 'export', subject: anna },
      { kind: 'erase', subject: anna },
    ]);
    const history = await db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('workspace_id', '=', ws)
      .where('entity_id', '=', anna)
      .orderBy('id')
      .execute();
    expect(history.map((h) => h.action)).toEqual(['privacy_export', 'privacy_erase']);
    expect(JSON.stringify(history)).not.toContain('anna@');

    // Processing after the erasure does not bring her back.
    await processAll(db, ws);
    expect((await owner.get(`${base}/profiles?q=anna`)).json().items).toEqual([]);
  });

  it("answers 404 for another workspace's profile", async () => {
    const { anna } = await setUp();
    const other = await aWorkspace(testDb());
    const api = await apiAs(other.owner.token);
    const base = `/workspaces/${other.workspace.id}`;
    expect((await api.get(`${base}/profiles/${anna}`)).statusCode).toBe(404);
    expect((await api.get(`${base}/profiles/${anna}/timeline`)).statusCode).toBe(404);
    expect((await api.get(`${base}/profiles/${anna}/export`)).statusCode).toBe(404);
    expect((await api.delete(`${base}/profiles/${anna}`)).statusCode).toBe(404);
    const otherProfile = await api.post(`${base}/companies`, { name: 'X' });
    expect(otherProfile.statusCode).toBe(201);
  });
});

describe('the analytics API', () => {
  it('answers web KPIs and touchpoint activity for a date range from the aggregates', async () => {
    const { w, base, website } = await setUp();
    const viewer = await apiAs((await w.member('viewer')).token);
    const web = await viewer.get(`${base}/analytics/web?from=${D1}&to=${D1}`);
    expect(web.statusCode).toBe(200);
    // Visits: laptop 09:00 (converted), phone 10:00, Bernd 11:00: three visits, all one page.
    expect(web.json()).toMatchObject({
      from: D1,
      to: D1,
      visits: 3,
      pageViews: 3,
      bouncedVisits: 3,
      bounceRate: 1,
      uniqueVisitors: 3,
      newVisitors: 3,
      returningVisitors: 0,
      conversions: 1,
      conversionPoints: [{ conversionPoint: 'Kontaktformular', conversions: 1 }],
    });
    expect(web.json().conversionRate).toBeCloseTo(1 / 3);

    const touchpoints = (await viewer.get(`${base}/analytics/touchpoints?from=${D1}&to=${D1}`)).json();
    expect(touchpoints.touchpoints[0]).toMatchObject({
      touchpointId: website.id,
      touchpointName: 'Website',
      events: 3,
    });
    expect(touchpoints.touchpoints[0].days).toEqual([
      { day: D1, eventType: 'page_view', events: 3, profiles: 3, revenue: 0 },
    ]);

    const bad = await viewer.get(`${base}/analytics/web?from=2026-05-01&to=2026-04-01`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].field).toContain('from');
    const empty = (await viewer.get(`${base}/analytics/web?from=2020-01-01&to=2020-01-31`)).json();
    expect(empty).toMatchObject({ visits: 0, bounceRate: null, conversionRate: null, days: [] });
  });
});
