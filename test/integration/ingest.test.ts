import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { buildApp } from '../../src/server/app';
import { apiAs } from '../support/app';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

const db = testDb();

/** A workspace with a write key, and a client that posts to /api/v1/collect without any login. */
async function aCollector() {
  const ws = await aWorkspace(db);
  const owner = await apiAs(ws.owner.token);
  const created = await owner.post(`/workspaces/${ws.workspace.id}/write-keys`, { name: 'Website' });
  expect(created.statusCode).toBe(201);
  const writeKey = created.json().key as string;
  expect(writeKey).toMatch(/^wk_[\w-]{32}$/);
  const anonymous = await apiAs(null);
  return {
    ...ws,
    owner,
    writeKey,
    keyId: created.json().id as string,
    collect: (body: unknown, headers: Record<string, string> = { 'x-write-key': writeKey }) =>
      anonymous.post('/api/v1/collect', body, headers),
    stored: (eventIds: string[]) =>
      db
        .selectFrom('events')
        .selectAll()
        .where('workspace_id', '=', ws.workspace.id)
        .where('event_id', 'in', eventIds)
        .orderBy('seq')
        .execute(),
  };
}

const anEvent = (overrides: Record<string, unknown> = {}) => ({
  eventId: randomUUID(),
  type: 'page_view',
  timestamp: '2026-03-02T10:15:00+01:00',
  anonymousId: 'anon-1',
  url: 'https://www.schmidt-drehteile.de/produkte',
  ...overrides,
});

describe('POST /api/v1/collect', () => {
  it('stores a single event with the key in the header', async () => {
    const c = await aCollector();
    const event = anEvent({
      sessionId: 's-1',
      utm: { source: 'newsletter', medium: 'email', campaign: 'maerz', term: 'drehteile', content: 'button' },
      properties: { title: 'Produkte' },
      revenue: { amount: 199.999, currency: 'EUR' },
    });
    const res = await c.collect(event);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    const [row] = await c.stored([event.eventId]);
    expect(row).toMatchObject({
      type: 'page_view',
      anonymous_id: 'anon-1',
      session_id: 's-1',
      utm_source: 'newsletter',
      utm_medium: 'email',
      utm_campaign: 'maerz',
      channel: 'email',
      channel_class: 'owned',
      revenue: 200,
      source: 'api',
      properties: {
        title: 'Produkte',
        utm_term: 'drehteile',
        utm_content: 'button',
        revenue_currency: 'EUR',
      },
    });
    expect(row?.occurred_at.toISOString()).toBe('2026-03-02T09:15:00.000Z');
  });

  it('stores the valid events of a batch and reports the invalid ones by index', async () => {
    const c = await aCollector();
    const good = [anEvent(), anEvent({ type: 'custom', name: 'datenblatt_download' })];
    const res = await c.collect({
      events: [
        good[0],
        anEvent({ type: 'purchase' }),
        anEvent({ anonymousId: undefined }),
        good[1],
        anEvent({ type: 'custom' }),
        anEvent({ timestamp: '2026-03-02 10:15' }),
        anEvent({ timestamp: new Date(Date.now() + 25 * 3600_000).toISOString() }),
        anEvent({ utm: { source: 'x', medium: 'y', camapign: 'typo' } }),
        anEvent({ properties: { blob: 'x'.repeat(17_000) } }),
        anEvent({ revenue: { amount: 10, currency: 'euro' } }),
        anEvent({ url: 'javascript:alert(1)' }),
        anEvent({ eventId: 'line\nbreak' }),
        anEvent({ properties: { nul: 'a\u0000b' } }),
        anEvent({ userid: 'typo' }),
        'not an event',
        anEvent({ anonymousId: 'half a pair \ud800' }),
      ],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.accepted).toBe(2);
    expect(body.duplicates).toBe(0);
    const fields = body.rejected.map((r: { index: number; errors: { field: string }[] }) => [
      r.index,
      r.errors.map((e) => e.field).join(','),
    ]);
    expect(fields).toEqual([
      [1, 'type'],
      [2, 'anonymousId'],
      [4, 'name'],
      [5, 'timestamp'],
      [6, 'timestamp'],
      [7, 'utm.camapign'],
      [8, 'properties'],
      [9, 'revenue.currency'],
      [10, 'url'],
      [11, 'eventId'],
      [12, 'properties'],
      [13, 'userid'],
      [14, 'event'],
      [15, 'anonymousId'],
    ]);
    expect(body.rejected[1]).toMatchObject({ eventId: expect.any(String) });
    expect(body.rejected[1].errors[0].message).toBe('anonymousId or userId is required');
    expect(body.rejected[4].errors[0].message).toBe('must not be more than 24 hours in the future');
    expect((await c.stored(good.map((g) => g.eventId))).map((r) => r.event_id)).toEqual(
      good.map((g) => g.eventId),
    );
  });

  it('stores a retried event once and reports it as a duplicate', async () => {
    const c = await aCollector();
    const events = [anEvent(), anEvent(), anEvent()];
    const first = await c.collect({ events });
    expect(first.json()).toEqual({ accepted: 3, duplicates: 0, rejected: [] });
    const retry = await c.collect({ events: [...events, anEvent({ eventId: events[0]?.eventId })] });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual({ accepted: 0, duplicates: 4, rejected: [] });
    const concurrent = anEvent();
    const answers = await Promise.all([1, 2, 3, 4].map(() => c.collect(concurrent)));
    expect(answers.map((a) => a.json().accepted).sort()).toEqual([0, 0, 0, 1]);
    const rows = await c.stored([...events.map((e) => e.eventId), concurrent.eventId]);
    expect(rows).toHaveLength(4);
  });

  it('answers 400 when no event is valid, with the reasons', async () => {
    const c = await aCollector();
    const res = await c.collect(anEvent({ type: 'nonsense' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      details: { accepted: 0, duplicates: 0, rejected: [{ index: 0, errors: [{ field: 'type' }] }] },
    });
    expect((await c.collect({ events: [] })).statusCode).toBe(400);
    const unknownTopLevel = await c.collect({ events: [anEvent()], event: {} });
    expect(unknownTopLevel.statusCode).toBe(400);
  });

  it('refuses more than 1,000 events and bodies over 1 MB', async () => {
    const c = await aCollector();
    const tooMany = await c.collect({ events: Array.from({ length: 1001 }, () => anEvent()) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toContain('at most 1000 events');
    const big = JSON.stringify({
      events: Array.from({ length: 100 }, () => anEvent({ properties: { text: 'x'.repeat(11_000) } })),
    });
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const tooBig = await c.collect(big, { 'x-write-key': c.writeKey, 'content-type': 'application/json' });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error).toMatchObject({ code: 'payload_too_large', message: expect.any(String) });
    const tooBigText = await c.collect(big, { 'content-type': 'text/plain' });
    expect(tooBigText.statusCode).toBe(413);
  });

  it('answers 401 without a key, for an unknown key and for a revoked key', async () => {
    const c = await aCollector();
    expect((await c.collect(anEvent(), {})).statusCode).toBe(401);
    const unknown = await c.collect(anEvent(), { 'x-write-key': 'wk_doesnotexist' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.code).toBe('unauthenticated');
    expect((await c.collect(anEvent())).statusCode).toBe(200);
    const revoked = await c.owner.delete(`/workspaces/${c.workspace.id}/write-keys/${c.keyId}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();
    expect((await c.collect(anEvent())).statusCode).toBe(401);
  });

  it('accepts the tracker beacon: text/plain, key in the body, only the IP network stored', async () => {
    const c = await aCollector();
    const event = anEvent();
    const res = await c.collect(
      JSON.stringify({ writeKey: c.writeKey, source: 'tracker', events: [event] }),
      {
        'content-type': 'text/plain;charset=UTF-8',
        'x-forwarded-for': '203.0.113.77',
        origin: 'https://www.schmidt-drehteile.de',
      },
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    const [row] = await c.stored([event.eventId]);
    expect(row?.source).toBe('tracker');
    expect(row?.properties).toEqual({ ip_network: '203.0.113.0/24' });
    expect(JSON.stringify(row)).not.toContain('203.0.113.77');
    const broken = await c.collect('{"events": [', { 'content-type': 'text/plain' });
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['access-control-allow-origin']).toBe('*');
  });

  it('answers 400 naming the field to properties nested 100,000 deep, as JSON and as a beacon (was a 500)', async () => {
    const c = await aCollector();
    const deep = (id: string) =>
      JSON.stringify(anEvent({ eventId: id })).replace(
        /}$/,
        `,"properties":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
      );
    const asJson = await c.collect(deep('deep-json'), {
      'x-write-key': c.writeKey,
      'content-type': 'application/json',
    });
    const asBeacon = await c.collect(
      JSON.stringify({ writeKey: c.writeKey, source: 'tracker', events: [JSON.parse('{}')] }).replace(
        '[{}]',
        `[${deep('deep-beacon')}]`,
      ),
      { 'content-type': 'text/plain' },
    );
    for (const res of [asJson, asBeacon]) {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.details.issues[0]).toMatchObject({
        code: 'too_deep',
        field: expect.stringMatching(/properties\.a\./),
      });
    }
    expect(await c.stored(['deep-json', 'deep-beacon'])).toEqual([]);
  });

  it('answers the CORS preflight for any origin', async () => {
    const anonymous = await apiAs(null);
    const res = await anonymous.raw({
      method: 'OPTIONS',
      url: '/api/v1/collect',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST' },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-headers']).toContain('x-write-key');
  });

  it('maps events to touchpoints by rules, classifies channels and lists the unmapped', async () => {
    const c = await aCollector();
    const base = `/workspaces/${c.workspace.id}`;
    const linkedinAds = await aTouchpoint(c.ctx, { name: 'LinkedIn Ads' });
    const fair = await aTouchpoint(c.ctx, { name: 'Messe AMB' });
    const rules = [
      { touchpointId: fair.id, urlPattern: '*/messe*' },
      { touchpointId: linkedinAds.id, utmSource: 'linkedin', utmMedium: 'cpc' },
    ];
    for (const rule of rules)
      expect((await c.owner.post(`${base}/mapping-rules`, rule)).statusCode).toBe(201);
    const listed = (await c.owner.get(`${base}/mapping-rules`)).json();
    expect(listed.map((r: { position: number }) => r.position)).toEqual([0, 1]);

    const ad = anEvent({
      url: 'https://www.schmidt-drehteile.de/messe?utm_source=linkedin',
      utm: { source: 'linkedin', medium: 'cpc' },
    });
    const fairPage = anEvent({ url: 'https://www.schmidt-drehteile.de/messe/amb-2026' });
    const fromGoogle = anEvent({ referrer: 'https://www.google.de/' });
    const fromXing = anEvent({ referrer: 'https://www.xing.com/' });
    const call = anEvent({ type: 'call', url: undefined, userId: 'crm-4711', channel: 'phone' });
    const res = await c.collect({ events: [ad, fairPage, fromGoogle, fromXing, call] });
    expect(res.json().accepted).toBe(5);
    const rows = await c.stored([ad, fairPage, fromGoogle, fromXing, call].map((e) => e.eventId));
    expect(rows.map((r) => [r.touchpoint_id, r.channel, r.channel_class])).toEqual([
      [fair.id, 'paid_social', 'paid'],
      [fair.id, 'direct', 'owned'],
      [null, 'search', 'earned'],
      [null, 'social', 'earned'],
      [null, 'phone', 'owned'],
    ]);

    // A rule change applies at once, earlier position wins.
    const moved = await c.owner.patch(`${base}/mapping-rules/${listed[1].id}`, { position: 0 });
    expect(moved.statusCode).toBe(200);
    await c.owner.patch(`${base}/mapping-rules/${listed[0].id}`, { position: 5 });
    const again = anEvent({
      url: 'https://www.schmidt-drehteile.de/messe',
      utm: { source: 'LinkedIn', medium: 'cpc' },
    });
    await c.collect(again);
    expect((await c.stored([again.eventId]))[0]?.touchpoint_id).toBe(linkedinAds.id);

    const unmapped = await c.owner.get(`${base}/events?unmapped=true&limit=10`);
    expect(unmapped.statusCode).toBe(200);
    expect(unmapped.json().map((e: { eventId: string }) => e.eventId)).toEqual(
      [call, fromXing, fromGoogle].map((e) => e.eventId),
    );
    expect(unmapped.json()[1]).toMatchObject({
      channel: 'social',
      channelClass: 'earned',
      touchpointId: null,
    });
    const all = await c.owner.get(`${base}/events?limit=2`);
    expect(all.json()).toHaveLength(2);
    expect(all.json()[0].eventId).toBe(again.eventId);
  });

  it("accepts the workspace's own touchpoint ids and rejects another workspace's", async () => {
    const c = await aCollector();
    const other = await aWorkspace(db);
    const foreign = await aTouchpoint(other.ctx, { name: 'Fremder Touchpoint' });
    const own = await aTouchpoint(c.ctx, { name: 'Hotline' });
    const res = await c.collect({
      events: [
        anEvent({ type: 'call', touchpointId: own.id }),
        anEvent({ type: 'call', touchpointId: foreign.id }),
        anEvent({ type: 'call', touchpointId: randomUUID() }),
      ],
    });
    expect(res.json()).toMatchObject({
      accepted: 1,
      rejected: [
        { index: 1, errors: [{ field: 'touchpointId', message: 'is not a touchpoint of this workspace' }] },
        { index: 2, errors: [{ field: 'touchpointId' }] },
      ],
    });
  });

  it('limits requests per write key with 429', async () => {
    const c = await aCollector();
    const limited = await buildApp({ db, config: { ...loadConfig({}), ingestRateLimit: 3 } });
    try {
      const post = (key: string) =>
        limited.inject({
          method: 'POST',
          url: '/api/v1/collect',
          headers: { 'content-type': 'text/plain' },
          payload: JSON.stringify({ writeKey: key, events: [anEvent()] }),
        });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(c.writeKey)).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await post(c.writeKey);
      expect(refused.json().error).toMatchObject({
        code: 'rate_limited',
        message: expect.stringMatching(/^Too many requests/),
      });
      expect(refused.headers['retry-after']).toBeDefined();
      // Another key has its own budget.
      const other = await aCollector();
      expect((await post(other.writeKey)).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('write keys and mapping rules', () => {
  it('lets only owners manage write keys', async () => {
    const c = await aCollector();
    const editor = await apiAs((await c.member('editor')).token);
    expect((await editor.get(`/workspaces/${c.workspace.id}/write-keys`)).statusCode).toBe(403);
    expect((await editor.post(`/workspaces/${c.workspace.id}/write-keys`, { name: 'x' })).statusCode).toBe(
      403,
    );
    const keys = await c.owner.get(`/workspaces/${c.workspace.id}/write-keys`);
    expect(keys.json()).toEqual([
      expect.objectContaining({ key: c.writeKey, name: 'Website', revokedAt: null }),
    ]);
    const other = await aWorkspace(db);
    const foreign = await (
      await apiAs(other.owner.token)
    ).delete(`/workspaces/${other.workspace.id}/write-keys/${c.keyId}`);
    expect(foreign.statusCode).toBe(404);
  });

  it('refuses rules without conditions or with a foreign touchpoint; viewers cannot change them', async () => {
    const c = await aCollector();
    const base = `/workspaces/${c.workspace.id}/mapping-rules`;
    const tp = await aTouchpoint(c.ctx);
    const empty = await c.owner.post(base, { touchpointId: tp.id });
    expect(empty.statusCode).toBe(400);
    const other = await aWorkspace(db);
    const foreignTp = await aTouchpoint(other.ctx);
    const foreign = await c.owner.post(base, { touchpointId: foreignTp.id, eventType: 'call' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details.field).toBe('touchpointId');
    const created = await c.owner.post(base, { touchpointId: tp.id, eventType: 'call' });
    expect(created.statusCode).toBe(201);
    const cleared = await c.owner.patch(`${base}/${created.json().id}`, { eventType: null });
    expect(cleared.statusCode).toBe(400);
    const viewer = await apiAs((await c.member('viewer')).token);
    expect((await viewer.get(base)).statusCode).toBe(200);
    expect((await viewer.delete(`${base}/${created.json().id}`)).statusCode).toBe(403);
    expect((await c.owner.delete(`${base}/${created.json().id}`)).statusCode).toBe(200);
  });
});

describe('GET /t.js', () => {
  it('serves the tracker, cacheable and embeddable anywhere', async () => {
    const anonymous = await apiAs(null);
    const res = await anonymous.raw({ method: 'GET', url: '/t.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cache-control']).toContain('max-age');
    expect(res.body).toContain('/api/v1/collect');
    const again = await anonymous.raw({
      method: 'GET',
      url: '/t.js',
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    const zipped = await anonymous.raw({
      method: 'GET',
      url: '/t.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(res.body);
    // The size docs/tracking.md promises: well under 5 kB on the wire.
    expect(zipped.rawPayload.length).toBeLessThan(5 * 1024);
  });
});
