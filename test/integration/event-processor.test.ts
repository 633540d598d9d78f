import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Db } from '../../src/db/database';
import { getWebKpis } from '../../src/services/analytics/getWebKpis';
import { getTouchpointActivity } from '../../src/services/analytics/getTouchpointActivity';
import { notify } from '../../src/services/events/notify';
import { processEvents, startEventProcessor } from '../../src/services/events/processor';
import { testDb } from '../support/db';
import { aTouchpoint, aWorkspace, type TestWorkspace } from '../support/builders';
import { insertEvents, processAll, type TestEvent } from '../support/eventRows';

const D1 = '2026-03-02';
const D2 = '2026-03-03';
const at = (day: string, time: string) => `${day}T${time}:00Z`;

/** Website (attention + interest), contact form (action), trade fair (interest). */
async function touchpoints(w: TestWorkspace) {
  const phase = (key: string) => w.workspace.journeyModel.phases.find((p) => p.key === key)?.id as string;
  const website = await aTouchpoint(w.ctx, {
    name: 'Website',
    phaseIds: [phase('attention'), phase('interest')],
  });
  const form = await aTouchpoint(w.ctx, { name: 'Kontaktformular', phaseIds: [phase('action')] });
  const fair = await aTouchpoint(w.ctx, { name: 'Messe', phaseIds: [phase('interest')] });
  return { website: website.id, form: form.id, fair: fair.id };
}

/**
 * Three visitors, five visits, worked out by hand:
 * - A, day 1: 09:00 + 09:10 page views and a conversion at 09:15 (visit 1, two pages), 11:00 (visit 2:
 *   more than 30 minutes later, bounced).
 * - B: day 1 10:00 (visit 3, bounced); day 2 10:00 + 10:20 (visit 4, returning visitor).
 * - C, day 2: session id s-c at 08:00 and 09:00 (one visit despite the hour: the session id says so),
 *   conversion at 09:05.
 */
function webEvents(tp: { website: string; form: string }): TestEvent[] {
  return [
    { type: 'page_view', at: at(D1, '09:00'), anon: 'a', touchpoint: tp.website },
    { type: 'page_view', at: at(D1, '09:10'), anon: 'a', touchpoint: tp.website },
    { type: 'conversion', at: at(D1, '09:15'), anon: 'a', touchpoint: tp.form, name: 'Kontaktformular' },
    { type: 'page_view', at: at(D1, '10:00'), anon: 'b', touchpoint: tp.website },
    { type: 'page_view', at: at(D1, '11:00'), anon: 'a', touchpoint: tp.website },
    { type: 'page_view', at: at(D2, '08:00'), anon: 'c', session: 's-c', touchpoint: tp.website },
    { type: 'page_view', at: at(D2, '09:00'), anon: 'c', session: 's-c', touchpoint: tp.website },
    { type: 'conversion', at: at(D2, '09:05'), anon: 'c', name: 'Whitepaper' },
    { type: 'page_view', at: at(D2, '10:00'), anon: 'b', touchpoint: tp.website },
    { type: 'page_view', at: at(D2, '10:20'), anon: 'b', touchpoint: tp.website },
  ];
}

async function profileOf(db: Db, workspaceId: string, kind: string, value: string) {
  const row = await db
    .selectFrom('profile_identities as i')
    .innerJoin('profiles as p', (j) =>
      j.onRef('p.workspace_id', '=', 'i.workspace_id').onRef('p.id', '=', 'i.profile_id'),
    )
    .selectAll('p')
    .where('i.workspace_id', '=', workspaceId)
    .where('i.kind', '=', kind as 'user')
    .where('i.value', '=', value)
    .executeTakeFirstOrThrow();
  return row;
}

describe('the event processor', () => {
  it('counts entries per channel for the traffic sources, leaving out page views within the site', async () => {
    const db = testDb();
    const w = await aWorkspace(db);
    const pv = (
      anon: string,
      time: string,
      channel?: string,
      channelClass?: 'owned' | 'earned' | 'paid',
    ) => ({
      type: 'page_view',
      at: `${D1}T${time}:00Z`,
      anon,
      ...(channel && { channel }),
      ...(channelClass && { channelClass }),
    });
    await insertEvents(db, w.workspace.id, [
      pv('a', '08:00', 'search', 'earned'),
      pv('a', '08:01', 'internal', 'owned'),
      pv('b', '09:00', 'search', 'earned'),
      pv('c', '10:00', 'paid_social', 'paid'),
      pv('d', '11:00', 'direct', 'owned'),
      pv('e', '12:00'),
      { type: 'call', at: `${D1}T12:00:00Z`, user: 'crm-1', channel: 'phone', channelClass: 'owned' },
    ]);
    await processAll(db, w.workspace.id);
    const { trafficSources } = await getWebKpis(w.ctx, { from: D1, to: D2 });
    expect(trafficSources).toEqual([
      { channel: 'search', channelClass: 'earned', entries: 2, share: 0.4 },
      { channel: 'direct', channelClass: 'owned', entries: 1, share: 0.2 },
      { channel: 'paid_social', channelClass: 'paid', entries: 1, share: 0.2 },
      { channel: 'unknown', channelClass: null, entries: 1, share: 0.2 },
    ]);
    expect((await getWebKpis(w.ctx, { from: D2, to: D2 })).trafficSources).toEqual([]);
  });

  it('counts visits, bounces, new vs returning visitors and conversions as worked out by hand', async () => {
    const db = testDb();
    const w = await aWorkspace(db);
    const tp = await touchpoints(w);
    await insertEvents(db, w.workspace.id, webEvents(tp));
    expect(await processAll(db, w.workspace.id)).toBe(10);

    const kpis = await getWebKpis(w.ctx, { from: D1, to: D2 });
    expect(kpis).toMatchObject({
      visits: 5,
      pageViews: 8,
      bouncedVisits: 2,
      bounceRate: 0.4,
      uniqueVisitors: 4, // A, B on day 1; B, C on day 2
      newVisitors: 3,
      returningVisitors: 1,
      conversions: 2,
      conversionRate: 0.4,
      pageViewsPerVisit: 1.6,
    });
    expect(kpis.conversionPoints).toEqual([
      { conversionPoint: 'Kontaktformular', conversions: 1, conversionRate: 0.2, name: null },
      { conversionPoint: 'Whitepaper', conversions: 1, conversionRate: 0.2, name: null },
    ]);
    expect(kpis.days).toEqual([
      {
        day: D1,
        visits: 3,
        uniqueVisitors: 2,
        newVisitors: 2,
        returningVisitors: 0,
        pageViews: 4,
        bouncedVisits: 2,
        conversions: 1,
      },
      {
        day: D2,
        visits: 2,
        uniqueVisitors: 2,
        newVisitors: 1,
        returningVisitors: 1,
        pageViews: 4,
        bouncedVisits: 0,
        conversions: 1,
      },
    ]);
    const visitsOfC = await db
      .selectFrom('web_sessions')
      .select(['session_id', 'page_views', 'converted', 'is_new_visitor'])
      .where('workspace_id', '=', w.workspace.id)
      .where('visitor_id', '=', 'c')
      .execute();
    expect(visitsOfC).toEqual([{ session_id: 's-c', page_views: 2, converted: true, is_new_visitor: true }]);

    // Only the day-1 half of the range.
    expect((await getWebKpis(w.ctx, { from: D1, to: D1 })).visits).toBe(3);
  });

  it('gives the same figures whatever the batch size, and nothing changes when run again', async () => {
    const db = testDb();
    const one = await aWorkspace(db);
    const many = await aWorkspace(db);
    const tpOne = await touchpoints(one);
    const tpMany = await touchpoints(many);
    await insertEvents(db, one.workspace.id, webEvents(tpOne));
    await insertEvents(db, many.workspace.id, webEvents(tpMany));
    expect(await processAll(db, one.workspace.id, 1)).toBe(10);
    expect(await processAll(db, many.workspace.id, 1000)).toBe(10);
    const a = await getWebKpis(one.ctx, { from: D1, to: D2 });
    const b = await getWebKpis(many.ctx, { from: D1, to: D2 });
    expect(a).toEqual(b);

    expect(await processEvents(db, one.workspace.id)).toMatchObject({ processed: 0 });
    expect(await getWebKpis(one.ctx, { from: D1, to: D2 })).toEqual(a);
    const cursor = await db
      .selectFrom('event_cursors')
      .select('last_seq')
      .where('workspace_id', '=', one.workspace.id)
      .executeTakeFirstOrThrow();
    const max = await db
      .selectFrom('events')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('workspace_id', '=', one.workspace.id)
      .executeTakeFirstOrThrow();
    expect(Number(cursor.last_seq)).toBe(Number(max.seq));
  });

  it('counts events, distinct profiles and revenue per touchpoint and day', async () => {
    const db = testDb();
    const w = await aWorkspace(db);
    const tp = await touchpoints(w);
    await insertEvents(db, w.workspace.id, [
      ...webEvents(tp),
      { type: 'order', at: at(D2, '12:00'), user: 'u-9', revenue: 99.9 },
      { type: 'order', at: at(D2, '13:00'), user: 'u-9', revenue: 0.2 },
    ]);
    await processAll(db, w.workspace.id, 3);
    const activity = await getTouchpointActivity(w.ctx, { from: D1, to: D2 });
    const website = activity.touchpoints.find((t) => t.touchpointId === tp.website);
    expect(website).toMatchObject({ touchpointName: 'Website', events: 8, revenue: 0 });
    expect(website?.days).toEqual([
      { day: D1, eventType: 'page_view', events: 4, profiles: 2, revenue: 0 },
      { day: D2, eventType: 'page_view', events: 4, profiles: 2, revenue: 0 },
    ]);
    const unmapped = activity.touchpoints.find((t) => t.touchpointId === null);
    expect(unmapped).toMatchObject({ touchpointName: null, events: 3, revenue: 100.1 });
    expect(unmapped?.days).toContainEqual({
      day: D2,
      eventType: 'order',
      events: 2,
      profiles: 1,
      revenue: 100.1,
    });
  });

  it('merges the anonymous profile into the known one on identify, moving its earlier events', async () => {
    const db = testDb();
    const w = await aWorkspace(db);
    const ws = w.workspace.id;
    const tp = await touchpoints(w);
    // Known from a trade fair contact; then anonymous browsing; processed before the identify arrives.
    await insertEvents(db, ws, [
      { type: 'trade_fair_contact', at: at(D1, '08:00'), user: 'u-1', touchpoint: tp.fair },
    ]);
    const anonymousEvents = await insertEvents(db, ws, [
      { type: 'page_view', at: at(D1, '09:00'), anon: 'a', touchpoint: tp.website },
      { type: 'page_view', at: at(D1, '09:10'), anon: 'a', touchpoint: tp.website },
      { type: 'conversion', at: at(D1, '09:15'), anon: 'a', touchpoint: tp.form, name: 'Kontaktformular' },
    ]);
    await processAll(db, ws);
    const anonymous = await profileOf(db, ws, 'anonymous', 'a');
    const known = await profileOf(db, ws, 'user', 'u-1');
    expect(anonymous.id).not.toBe(known.id);

    await insertEvents(db, ws, [
      {
        type: 'identify',
        at: at(D1, '09:20'),
        anon: 'a',
        user: 'u-1',
        properties: {
          email: 'Anna.Schmidt@Example.com',
          firstName: 'Anna',
          lastName: 'Schmidt',
          company: { id: 'crm-17', name: 'Schmidt Dreh- und Frästechnik' },
        },
      },
    ]);
    await processAll(db, ws);

    const merged = await db
      .selectFrom('profiles')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('id', '=', anonymous.id)
      .executeTakeFirstOrThrow();
    expect(merged.merged_into).toBe(known.id);
    const moved = await db
      .selectFrom('events')
      .select('profile_id')
      .where('workspace_id', '=', ws)
      .where('event_id', 'in', anonymousEvents)
      .execute();
    expect(moved.map((e) => e.profile_id)).toEqual([known.id, known.id, known.id]);

    const p = await profileOf(db, ws, 'anonymous', 'a');
    expect(p.id).toBe(known.id);
    expect(p).toMatchObject({
      user_id: 'u-1',
      email: 'anna.schmidt@example.com',
      name: 'Anna Schmidt',
      event_count: 5,
      current_phase_key: 'action', // the contact form at 09:15 is the latest touchpoint
    });
    expect(p.first_seen_at?.toISOString()).toBe(new Date(at(D1, '08:00')).toISOString());
    expect(p.last_seen_at?.toISOString()).toBe(new Date(at(D1, '09:20')).toISOString());
    expect([...p.touchpoint_ids].sort()).toEqual([tp.fair, tp.website, tp.form].sort());
    const company = await db
      .selectFrom('companies')
      .selectAll()
      .where('workspace_id', '=', ws)
      .executeTakeFirstOrThrow();
    expect(company).toMatchObject({ external_id: 'crm-17', name: 'Schmidt Dreh- und Frästechnik' });
    expect(p.company_id).toBe(company.id);
    const identities = await db
      .selectFrom('profile_identities')
      .select(['kind', 'value'])
      .where('workspace_id', '=', ws)
      .where('profile_id', '=', known.id)
      .orderBy('kind')
      .execute();
    expect(identities).toEqual([
      { kind: 'anonymous', value: 'a' },
      { kind: 'email', value: 'anna.schmidt@example.com' },
      { kind: 'user', value: 'u-1' },
    ]);

    // Later: an order with revenue, a page view on day 2 (the website: its latest phase is interest),
    // then a page view that arrives late (day 1, 07:00): first seen moves, the phase does not.
    await insertEvents(db, ws, [
      { type: 'order', at: at(D2, '08:00'), user: 'u-1', revenue: 1250.5, touchpoint: tp.form },
      { type: 'page_view', at: at(D2, '09:00'), anon: 'a', touchpoint: tp.website },
      { type: 'page_view', at: at(D1, '07:00'), anon: 'a', touchpoint: tp.website },
    ]);
    await processAll(db, ws);
    const after = await profileOf(db, ws, 'user', 'u-1');
    expect(after).toMatchObject({ event_count: 8, revenue: 1250.5, current_phase_key: 'interest' });
    expect(after.first_seen_at?.toISOString()).toBe(new Date(at(D1, '07:00')).toISOString());

    // The anonymous profile counted once for the website on day 1; after the merge the late page view
    // of the same person does not count again.
    const activity = await getTouchpointActivity(w.ctx, { from: D1, to: D1 });
    expect(activity.touchpoints.find((t) => t.touchpointId === tp.website)?.days).toEqual([
      { day: D1, eventType: 'page_view', events: 3, profiles: 1, revenue: 0 },
    ]);
  });

  it('merges by e-mail address, but never two different users (a shared computer)', async () => {
    const db = testDb();
    const w = await aWorkspace(db);
    const ws = w.workspace.id;
    await insertEvents(db, ws, [
      { type: 'identify', at: at(D1, '09:00'), anon: 'x', properties: { email: 'b@example.com' } },
      { type: 'page_view', at: at(D1, '09:01'), anon: 'y' },
      {
        type: 'conversion',
        at: at(D1, '09:02'),
        anon: 'y',
        name: 'Newsletter',
        properties: { email: 'B@example.com' },
      },
      { type: 'page_view', at: at(D1, '10:00'), anon: 'shared', user: 'u-2' },
      { type: 'page_view', at: at(D1, '11:00'), anon: 'shared', user: 'u-3' },
      { type: 'page_view', at: at(D1, '11:05'), anon: 'shared' },
      { type: 'call', at: at(D1, '12:00'), properties: { email: 'Carla@example.com' } },
    ]);
    await processAll(db, ws);
    const x = await profileOf(db, ws, 'anonymous', 'x');
    const y = await profileOf(db, ws, 'anonymous', 'y');
    expect(y.id).toBe(x.id);
    expect(x.event_count).toBe(3);

    const u2 = await profileOf(db, ws, 'user', 'u-2');
    const u3 = await profileOf(db, ws, 'user', 'u-3');
    expect(u2.id).not.toBe(u3.id);
    expect(u2).toMatchObject({ event_count: 1, merged_into: null });
    expect(u3).toMatchObject({ event_count: 2, merged_into: null });
    expect((await profileOf(db, ws, 'anonymous', 'shared')).id).toBe(u3.id);
    // A CRM call known only by the address: the profile carries it.
    expect(await profileOf(db, ws, 'email', 'carla@example.com')).toMatchObject({
      email: 'carla@example.com',
      event_count: 1,
    });
  });

  it('merges several stored profiles in one batch (a person on two devices logs in on both)', async () => {
    const db = testDb();
    const w = await aWorkspace(db);
    const ws = w.workspace.id;
    const devices = await insertEvents(db, ws, [
      { type: 'page_view', at: at(D1, '09:00'), anon: 'laptop' },
      { type: 'page_view', at: at(D1, '09:01'), anon: 'phone' },
    ]);
    await processAll(db, ws);
    // The user is new in this batch too: both stored profiles merge into one created here.
    await insertEvents(db, ws, [
      { type: 'order', at: at(D1, '09:30'), user: 'u-7', revenue: 10 },
      { type: 'identify', at: at(D1, '10:00'), anon: 'laptop', user: 'u-7' },
      { type: 'identify', at: at(D1, '10:01'), anon: 'phone', user: 'u-7' },
    ]);
    await processAll(db, ws);
    const known = await profileOf(db, ws, 'user', 'u-7');
    expect(known).toMatchObject({ event_count: 5, revenue: 10 });
    const moved = await db
      .selectFrom('events')
      .select('profile_id')
      .where('workspace_id', '=', ws)
      .where('event_id', 'in', devices)
      .execute();
    expect(moved.map((e) => e.profile_id)).toEqual([known.id, known.id]);
    const live = await db
      .selectFrom('profiles')
      .select('id')
      .where('workspace_id', '=', ws)
      .where('merged_into', 'is', null)
      .execute();
    expect(live).toEqual([{ id: known.id }]);
  });

  it('books e-mail events on the profile they name, following merges', async () => {
    const db = testDb();
    const w = await aWorkspace(db);
    const ws = w.workspace.id;
    await insertEvents(db, ws, [
      { type: 'page_view', at: at(D1, '09:00'), anon: 'n' },
      { type: 'identify', at: at(D1, '09:01'), user: 'u-5', properties: { name: 'Nora' } },
    ]);
    await processAll(db, ws);
    const anonymous = await profileOf(db, ws, 'anonymous', 'n');
    await insertEvents(db, ws, [
      { type: 'identify', at: at(D1, '09:02'), anon: 'n', user: 'u-5' },
      { type: 'email_open', at: at(D1, '09:30'), profileId: anonymous.id },
    ]);
    await processAll(db, ws);
    const known = await profileOf(db, ws, 'user', 'u-5');
    expect(known).toMatchObject({ event_count: 4, name: 'Nora' });
    const open = await db
      .selectFrom('events')
      .select('profile_id')
      .where('workspace_id', '=', ws)
      .where('type', '=', 'email_open')
      .executeTakeFirstOrThrow();
    expect(open.profile_id).toBe(known.id);
  });

  it('never skips an event that commits after a later one (waits for running ingestion)', async () => {
    const db = testDb();
    const w = await aWorkspace(db);
    const ws = w.workspace.id;
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    let inserted = () => {};
    const slowInserted = new Promise<void>((r) => (inserted = r));
    // A slow ingestion transaction draws the lower seq and commits last.
    const slow = db.transaction().execute(async (trx) => {
      await insertEvents(trx, ws, [{ type: 'page_view', at: at(D1, '09:00'), anon: 'slow', id: 'slow' }]);
      inserted();
      await held;
    });
    await slowInserted;
    await insertEvents(db, ws, [{ type: 'page_view', at: at(D1, '09:01'), anon: 'fast', id: 'fast' }]);
    const processing = processEvents(db, ws);
    await new Promise((r) => setTimeout(r, 100));
    release();
    await slow;
    expect(await processing).toMatchObject({ processed: 2 });
    const seqs = await db
      .selectFrom('events')
      .select(['event_id', 'seq', 'profile_id'])
      .where('workspace_id', '=', ws)
      .orderBy('seq')
      .execute();
    expect(seqs.map((e) => e.event_id)).toEqual(['slow', 'fast']);
    expect(seqs.every((e) => e.profile_id !== null)).toBe(true);
  });

  it('keeps the aggregates live while running: woken by ingestion, and polling', async () => {
    const db = testDb();
    const w = await aWorkspace(db);
    const ws = w.workspace.id;
    const processor = startEventProcessor(db, { intervalMs: 60_000, debounceMs: 5, workspaceIds: [ws] });
    try {
      await processor.idle();
      await insertEvents(db, ws, [{ type: 'page_view', at: at(D1, '09:00'), anon: 'live' }]);
      notify(ws);
      await new Promise((r) => setTimeout(r, 20));
      await processor.idle();
      expect((await getWebKpis(w.ctx, { from: D1, to: D1 })).visits).toBe(1);
    } finally {
      await processor.stop();
    }
    const pending = await sql<{
      n: number;
    }>`select count(*)::int as n from events where workspace_id = ${ws} and profile_id is null`.execute(db);
    expect(pending.rows[0]?.n).toBe(0);
  });
});
