import { Analytics as SegmentAnalytics } from '@segment/analytics-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiAs, listeningTestApp } from '../support/app';
import { aWorkspaceWithWriteKey } from '../support/builders';
import { testDb } from '../support/db';
import { processAll } from '../support/eventRows';

/**
 * Issue 16, part 1: a workspace's own event names, an alias of two known users, and consent, through
 * Segment's official Node client against the running server (127.0.0.1).
 */

const db = testDb();
let base = '';

beforeAll(async () => {
  base = await listeningTestApp();
});

const aSource = () => aWorkspaceWithWriteKey(db);

async function send(writeKey: string, calls: (a: SegmentAnalytics) => void): Promise<void> {
  const analytics = new SegmentAnalytics({
    writeKey,
    host: base,
    path: '/api/segment/v1/batch',
    maxEventsInBatch: 20,
    flushInterval: 50,
  });
  const failures: unknown[] = [];
  analytics.on('error', (e) => failures.push(e));
  calls(analytics);
  await analytics.closeAndFlush({ timeout: 10_000 });
  expect(failures).toEqual([]);
}

const eventsOf = (workspaceId: string) =>
  db.selectFrom('events').selectAll().where('workspace_id', '=', workspaceId).orderBy('seq').execute();

const liveProfiles = (workspaceId: string) =>
  db
    .selectFrom('profiles')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('merged_into', 'is', null)
    .orderBy('created_at')
    .execute();

describe('own event names', () => {
  it('a mapped name becomes the mapped type through /v1/batch; the list shows seen names; other workspaces keep theirs', async () => {
    const ws = await aSource();
    const other = await aSource();
    const api = await apiAs(ws.owner.token);
    const path = `/workspaces/${ws.workspace.id}/event-name-mappings`;

    await send(ws.writeKey, (a) => {
      a.track({ userId: 'u', event: 'Demo Booked' });
      a.track({ userId: 'u', event: 'Order Completed', properties: { total: 5 } });
    });
    const seen = (await api.get(`${path}/event-names`)).json<{
      names: { name: string; count: number; eventType: string; by: string }[];
    }>();
    expect(seen.names).toEqual([
      expect.objectContaining({ name: 'Demo Booked', count: 1, eventType: 'custom', by: 'default' }),
      expect.objectContaining({ name: 'Order Completed', count: 1, eventType: 'order', by: 'built_in' }),
    ]);

    const created = await api.post(path, { pattern: 'demo_booked', eventType: 'meeting' });
    expect(created.statusCode).toBe(201);
    const glob = await api.post(path, {
      pattern: 'Contract *',
      eventType: 'order',
      revenueProperty: 'value',
    });
    expect(glob.statusCode).toBe(201);
    const trial = await api.post(path, {
      pattern: 'Trial Started',
      eventType: 'conversion',
      conversionPoint: 'trial',
    });
    expect(trial.statusCode).toBe(201);

    await send(ws.writeKey, (a) => {
      a.track({ userId: 'u', event: 'Demo Booked' });
      a.track({ userId: 'u', event: 'Contract Signed', properties: { value: 1200, currency: 'EUR' } });
      a.track({ userId: 'u', event: 'Trial Started' });
    });
    await send(other.writeKey, (a) => a.track({ userId: 'u', event: 'Demo Booked' }));

    const events = (await eventsOf(ws.workspace.id)).slice(2);
    expect(events.map((e) => [e.type, e.name, e.revenue])).toEqual([
      ['meeting', 'Demo Booked', null],
      ['order', 'Contract Signed', 1200],
      ['conversion', 'trial', null],
    ]);
    expect((await eventsOf(other.workspace.id)).map((e) => e.type)).toEqual(['custom']);

    const after = (await api.get(`${path}/event-names`)).json<{
      names: { name: string; count: number; eventType: string; by: string; mappingId: string | null }[];
    }>();
    expect(after.names).toContainEqual(
      expect.objectContaining({ name: 'Demo Booked', count: 2, eventType: 'meeting', by: 'own' }),
    );
    expect(after.names).toContainEqual(
      expect.objectContaining({ name: 'Trial Started', eventType: 'conversion', by: 'own' }),
    );

    // Editing and deleting apply at once (the route's cache is dropped on change).
    const id = created.json<{ id: string }>().id;
    expect((await api.patch(`${path}/${id}`, { eventType: 'call' })).json()).toMatchObject({
      eventType: 'call',
    });
    await send(ws.writeKey, (a) => a.track({ userId: 'u', event: 'Demo Booked' }));
    expect((await eventsOf(ws.workspace.id)).at(-1)?.type).toBe('call');
    expect((await api.delete(`${path}/${id}`)).statusCode).toBe(200);
    await send(ws.writeKey, (a) => a.track({ userId: 'u', event: 'Demo Booked' }));
    expect((await eventsOf(ws.workspace.id)).at(-1)?.type).toBe('custom');

    // Another workspace cannot see or change these lines.
    const stranger = await apiAs(other.owner.token);
    expect((await stranger.get(path)).statusCode).toBe(404);
    const otherPath = `/workspaces/${other.workspace.id}/event-name-mappings`;
    expect(
      (await stranger.patch(`${otherPath}/${glob.json<{ id: string }>().id}`, { position: 3 })).statusCode,
    ).toBe(404);
    expect((await stranger.get(otherPath)).json()).toEqual([]);
  });

  it('refuses bad input naming the field; viewers cannot write', async () => {
    const ws = await aSource();
    const api = await apiAs(ws.owner.token);
    const path = `/workspaces/${ws.workspace.id}/event-name-mappings`;
    const bad = async (body: unknown) => {
      const r = await api.post(path, body);
      expect(r.statusCode).toBe(400);
      return r.json<{ error: { code: string; message: string; details: unknown } }>().error;
    };
    expect(JSON.stringify(await bad({ pattern: 'x', eventType: 'identify' }))).toContain('eventType');
    expect(JSON.stringify(await bad({ pattern: '', eventType: 'order' }))).toContain('pattern');
    expect(JSON.stringify(await bad({ pattern: 'x', eventType: 'sale' }))).toContain('eventType');
    expect(JSON.stringify(await bad({ pattern: 'x', eventType: 'order', colour: 1 }))).toContain('colour');
    expect(JSON.stringify(await bad({ pattern: 'a\u0001b', eventType: 'order' }))).toContain('pattern');
    const patched = await api.patch(`${path}/00000000-0000-4000-8000-000000000000`, {});
    expect(patched.statusCode).toBe(400);
    const viewer = await ws.member('viewer');
    const asViewer = await apiAs(viewer.token);
    expect((await asViewer.post(path, { pattern: 'x', eventType: 'order' })).statusCode).toBe(403);
    expect((await asViewer.get(`${path}/event-names`)).statusCode).toBe(200);
  });
});

describe('alias', () => {
  it('merges two known profiles with different user ids; the user id survives; history says so', async () => {
    const ws = await aSource();
    await send(ws.writeKey, (a) => {
      a.identify({ userId: 'crm-old', traits: { email: 'max@old.example', plan: 'free', city: 'Ulm' } });
      a.track({ userId: 'crm-old', event: 'Order Completed', properties: { total: 10 } });
      a.identify({ userId: 'crm-new', traits: { email: 'max@new.example', plan: 'pro' } });
      a.track({ userId: 'crm-new', event: 'Video Played' });
    });
    await processAll(db, ws.workspace.id);
    const before = await liveProfiles(ws.workspace.id);
    expect(before).toHaveLength(2);
    const oldProfile = before.find((p) => p.user_id === 'crm-old');
    const newProfile = before.find((p) => p.user_id === 'crm-new');

    await send(ws.writeKey, (a) => a.alias({ userId: 'crm-new', previousId: 'crm-old' }));
    await processAll(db, ws.workspace.id);

    const after = await liveProfiles(ws.workspace.id);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      id: newProfile?.id,
      user_id: 'crm-new',
      email: 'max@new.example',
      event_count: 5,
      revenue: 10,
      traits: { plan: 'pro', city: 'Ulm' },
    });
    const events = await eventsOf(ws.workspace.id);
    expect(new Set(events.map((e) => e.profile_id))).toEqual(new Set([newProfile?.id]));
    const identities = await db
      .selectFrom('profile_identities')
      .select(['kind', 'value', 'profile_id'])
      .where('workspace_id', '=', ws.workspace.id)
      .where('kind', '=', 'user')
      .execute();
    expect(identities.every((i) => i.profile_id === newProfile?.id)).toBe(true);
    // Later events under the old id reach the survivor.
    await send(ws.writeKey, (a) => a.track({ userId: 'crm-old', event: 'Video Played' }));
    await processAll(db, ws.workspace.id);
    expect(await liveProfiles(ws.workspace.id)).toMatchObject([{ id: newProfile?.id, event_count: 6 }]);

    const api = await apiAs(ws.owner.token);
    const profile = (await api.get(`/workspaces/${ws.workspace.id}/profiles/${newProfile?.id}`)).json<{
      mergedProfileIds: string[];
    }>();
    expect(profile.mergedProfileIds).toEqual([oldProfile?.id]);
    const history = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('workspace_id', '=', ws.workspace.id)
      .where('entity_id', '=', newProfile?.id as string)
      .execute();
    expect(history).toMatchObject([
      {
        entity_type: 'profile',
        action: 'merge',
        actor: 'Segment alias',
        changes: { mergedProfileId: oldProfile?.id, by: 'alias' },
      },
    ]);
  });

  it('lets a new user id join a known profile, and still merges an anonymous one as before', async () => {
    const ws = await aSource();
    await send(ws.writeKey, (a) => {
      a.identify({ userId: 'crm-1', traits: { email: 'a@b.example' } });
      a.page({ anonymousId: 'anon-9', name: 'Home' });
    });
    await processAll(db, ws.workspace.id);
    await send(ws.writeKey, (a) => {
      a.alias({ userId: 'shop-1', previousId: 'crm-1' });
      a.alias({ userId: 'shop-1', previousId: 'anon-9' });
    });
    await processAll(db, ws.workspace.id);
    const profiles = await liveProfiles(ws.workspace.id);
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({ user_id: 'crm-1', event_count: 4 });
  });
});

describe('consent (context.consent.categoryPreferences)', () => {
  it('without analytics consent: identify is not stored, a track is stored but never joined to the person’s profile', async () => {
    const ws = await aSource();
    const refused = { consent: { categoryPreferences: { Analytics: false, Advertising: true } } };
    await send(ws.writeKey, (a) => {
      a.identify({ userId: 'crm-7', traits: { email: 'eve@example.com' } });
      a.track({ userId: 'crm-7', event: 'Video Played' });
    });
    await processAll(db, ws.workspace.id);
    const [eve] = await liveProfiles(ws.workspace.id);

    const batch = await fetch(`${base}/api/segment/v1/batch`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${ws.writeKey}:`).toString('base64')}`,
      },
      body: JSON.stringify({
        batch: [
          { type: 'identify', userId: 'crm-7', traits: { email: 'eve@example.com' }, context: refused },
          { type: 'alias', userId: 'crm-7', previousId: 'anon-x', context: refused },
        ],
      }),
    });
    // Nothing to store is still a success: the client must not retry.
    expect(batch.status).toBe(200);
    expect(await batch.json()).toMatchObject({ success: true, accepted: 0, withoutConsent: 2 });

    await send(ws.writeKey, (a) => {
      a.track({
        userId: 'crm-7',
        anonymousId: 'anon-x',
        event: 'Pricing Viewed',
        context: { ...refused, traits: { email: 'eve@example.com' } },
      });
      a.page({ anonymousId: 'anon-x', name: 'Pricing', context: refused });
    });
    await processAll(db, ws.workspace.id);

    const events = await eventsOf(ws.workspace.id);
    expect(events).toHaveLength(4);
    const withoutConsent = events.slice(2);
    for (const e of withoutConsent) {
      expect(e.user_id).toBeNull();
      expect(e.anonymous_id).toMatch(/^daily:/);
      expect(e.profile_id).not.toBe(eve?.id);
      expect(JSON.stringify(e)).not.toMatch(/crm-7|anon-x|eve@example/);
    }
    // One visitor for both messages of the same sender that day.
    expect(withoutConsent[0]?.anonymous_id).toBe(withoutConsent[1]?.anonymous_id);
    expect(await liveProfiles(ws.workspace.id)).toContainEqual(
      expect.objectContaining({ id: eve?.id, event_count: 2 }),
    );

    // With consent given the person is joined as always.
    await send(ws.writeKey, (a) =>
      a.track({
        userId: 'crm-7',
        event: 'Pricing Viewed',
        context: { consent: { categoryPreferences: { Analytics: true } } },
      }),
    );
    await processAll(db, ws.workspace.id);
    expect((await eventsOf(ws.workspace.id)).at(-1)).toMatchObject({ user_id: 'crm-7', profile_id: eve?.id });
  });
});
