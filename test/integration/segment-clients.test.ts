import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Analytics as SegmentAnalytics } from '@segment/analytics-node';
import RudderAnalytics from '@rudderstack/rudder-sdk-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { buildApp } from '../../src/server/app';
import { listeningTestApp } from '../support/app';
import { aWorkspaceWithWriteKey } from '../support/builders';
import { testDb } from '../support/db';
import { processAll } from '../support/eventRows';

/**
 * Segment's and RudderStack's official Node clients, unchanged, send to the running server (listening
 * on 127.0.0.1) with nothing but their host setting pointed at Touchpoint.
 */

const db = testDb();
let base = '';

beforeAll(async () => {
  base = await listeningTestApp();
});

const aSource = () => aWorkspaceWithWriteKey(db);

const eventsOf = (workspaceId: string) =>
  db.selectFrom('events').selectAll().where('workspace_id', '=', workspaceId).orderBy('seq').execute();

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/segment${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body:
      typeof body === 'string' ? body : body instanceof Buffer ? new Uint8Array(body) : JSON.stringify(body),
  });
const basic = (key: string) => ({ authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` });

describe('@segment/analytics-node', () => {
  it('sends identify, page, track, group and alias; all are stored, mapped and land on the profile', async () => {
    const ws = await aSource();
    const analytics = new SegmentAnalytics({
      writeKey: ws.writeKey,
      host: base,
      path: '/api/segment/v1/batch',
      maxEventsInBatch: 10,
      flushInterval: 50,
    });
    const failures: unknown[] = [];
    analytics.on('error', (e) => failures.push(e));
    analytics.page({
      anonymousId: 'anon-1',
      name: 'Pricing',
      properties: { url: 'https://shop.example/pricing' },
      context: {
        ip: '203.0.113.77',
        campaign: { name: 'spring', source: 'newsletter', medium: 'email' },
        userAgent: 'Mozilla/5.0',
        locale: 'de-DE',
      },
    });
    analytics.alias({ userId: 'u-1', previousId: 'anon-1' });
    analytics.identify({ userId: 'u-1', traits: { email: 'Ada@Shop.example', name: 'Ada', plan: 'pro' } });
    analytics.group({
      userId: 'u-1',
      groupId: 'acc-7',
      traits: { name: 'ACME GmbH', industry: 'Machining' },
    });
    analytics.track({
      userId: 'u-1',
      event: 'Order Completed',
      properties: { order_id: 'o-1', total: 99.5, currency: 'eur', coupon: 'SPRING' },
    });
    analytics.track({ userId: 'u-1', event: 'Form Submitted', properties: { form: 'contact' } });
    analytics.track({ userId: 'u-1', event: 'Video Played' });
    await analytics.closeAndFlush({ timeout: 10_000 });
    expect(failures).toEqual([]);

    const events = await eventsOf(ws.workspace.id);
    expect(events.map((e) => [e.type, e.name])).toEqual([
      ['page_view', 'Pricing'],
      ['identify', 'alias'],
      ['identify', null],
      ['identify', 'group'],
      ['order', 'Order Completed'],
      ['conversion', 'Form Submitted'],
      ['custom', 'Video Played'],
    ]);
    const [page, , , , order] = events;
    expect(page).toMatchObject({
      url: 'https://shop.example/pricing',
      utm_campaign: 'spring',
      utm_source: 'newsletter',
      source: 'segment',
      properties: { user_agent: 'Mozilla/5.0', locale: 'de-DE', ip_network: '203.0.113.0/24' },
    });
    expect(JSON.stringify(page)).not.toContain('203.0.113.77');
    expect(order).toMatchObject({ revenue: 99.5, properties: { revenue_currency: 'EUR', coupon: 'SPRING' } });
    // Every event id is the client's messageId.
    expect(events.every((e) => /^[\w-]{10,}$/.test(e.event_id))).toBe(true);

    await processAll(db, ws.workspace.id);
    const profiles = await db
      .selectFrom('profiles')
      .selectAll()
      .where('workspace_id', '=', ws.workspace.id)
      .where('merged_into', 'is', null)
      .execute();
    // The anonymous visit and the user are one person: alias merged them.
    expect(profiles).toHaveLength(1);
    const [ada] = profiles;
    expect(ada).toMatchObject({ user_id: 'u-1', email: 'ada@shop.example', event_count: 7, revenue: 99.5 });
    expect(ada?.traits).toMatchObject({ plan: 'pro', company: { id: 'acc-7', name: 'ACME GmbH' } });
    const company = await db
      .selectFrom('companies')
      .selectAll()
      .where('id', '=', ada?.company_id as string)
      .executeTakeFirstOrThrow();
    expect(company).toMatchObject({
      external_id: 'acc-7',
      name: 'ACME GmbH',
      properties: { industry: 'Machining' },
    });
  });
});

describe('@rudderstack/rudder-sdk-node', () => {
  it('sends gzip-compressed batches to dataPlaneUrl + /v1/batch', async () => {
    const ws = await aSource();
    const client = new RudderAnalytics(ws.writeKey, {
      dataPlaneUrl: `${base}/api/segment`,
      flushAt: 5,
      flushInterval: 50,
      logLevel: 'error',
    });
    const errors: unknown[] = [];
    const done = (e?: unknown) => {
      if (e) errors.push(e);
    };
    client.identify({ userId: 'r-1', traits: { email: 'bob@example.com' } }, done);
    client.page({ anonymousId: 'a-9', name: 'Home', properties: { url: 'https://shop.example/' } }, done);
    client.track({ userId: 'r-1', event: 'Lead Generated', properties: { value: 10 } }, done);
    client.track({ userId: 'r-1', event: 'Complaint Submitted', properties: { reason: 'late' } }, done);
    await client.flush();
    expect(errors).toEqual([]);
    const events = await eventsOf(ws.workspace.id);
    expect(events.map((e) => e.type).sort()).toEqual(['complaint', 'conversion', 'identify', 'page_view']);
  });
});

describe('POST /api/segment/v1/*', () => {
  const message = (overrides: Record<string, unknown> = {}) => ({
    type: 'track',
    messageId: randomUUID(),
    userId: 'u-1',
    event: 'Clicked',
    timestamp: '2026-05-04T10:00:00Z',
    ...overrides,
  });

  it('stores a retried message once (messageId is the event id)', async () => {
    const ws = await aSource();
    const batch = [message(), message()];
    const first = await post('/v1/batch', { batch }, basic(ws.writeKey));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      success: true,
      accepted: 2,
      duplicates: 0,
      withoutConsent: 0,
      rejected: [],
    });
    const again = await post('/v1/batch', { batch, writeKey: ws.writeKey });
    expect(await again.json()).toEqual({
      success: true,
      accepted: 0,
      duplicates: 2,
      withoutConsent: 0,
      rejected: [],
    });
    expect((await eventsOf(ws.workspace.id)).map((e) => e.event_id)).toEqual(batch.map((m) => m.messageId));
  });

  it('keeps the good messages of a batch and reports the bad ones by index and Segment field', async () => {
    const ws = await aSource();
    const res = await post(
      '/v1/batch',
      {
        batch: [
          message({ unknownTopLevel: { deep: true } }),
          message({ event: undefined }),
          message({ userId: undefined }),
          message({ event: 'x'.repeat(300) }),
          message({ properties: { note: 'a\u0000b' } }),
        ],
      },
      basic(ws.writeKey),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rejected: { index: number; errors: { field: string }[] }[] };
    expect(body).toMatchObject({ success: true, accepted: 1, duplicates: 0 });
    expect(body.rejected.map((r) => [r.index, r.errors.map((e) => e.field)])).toEqual([
      [1, ['batch.1.event']],
      [2, ['batch.2.anonymousId']],
      [3, ['batch.3.event']],
      [4, ['batch.4.properties']],
    ]);
  });

  it('answers 400 with the reason when no message is valid, 401 for a wrong or missing key', async () => {
    const ws = await aSource();
    const bad = await post('/v1/track', message({ event: '' }), basic(ws.writeKey));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'validation_failed', message: expect.stringMatching(/^event: /) },
    });
    expect((await post('/v1/track', message(), basic('wk_wrong'))).status).toBe(401);
    expect((await post('/v1/track', message())).status).toBe(401);
    expect((await post('/v1/track', message(), basic('wk_\u0000x'))).status).toBe(401);
    expect((await post('/v1/batch', 'not json', basic(ws.writeKey))).status).toBe(400);
  });

  it('takes gzip bodies, any content type, and each single-message endpoint', async () => {
    const ws = await aSource();
    const gz = await post('/v1/batch', gzipSync(JSON.stringify({ batch: [message()] })), {
      ...basic(ws.writeKey),
      'content-encoding': 'gzip',
      'content-type': 'application/octet-stream',
    });
    expect(gz.status).toBe(200);
    for (const [path, m] of [
      ['/v1/identify', { userId: 'u-2', traits: { email: 'x@example.com' } }],
      ['/v1/page', { anonymousId: 'a', properties: { url: 'https://a.example/' } }],
      ['/v1/screen', { anonymousId: 'a', name: 'Home' }],
      ['/v1/group', { userId: 'u-2', groupId: 'g-1' }],
      ['/v1/alias', { userId: 'u-2', previousId: 'a' }],
      ['/v1/track', { userId: 'u-2', event: 'Service Request Created' }],
    ] as const) {
      const res = await post(path, { ...m, messageId: randomUUID() }, basic(ws.writeKey));
      expect(res.status, `${path} ${await res.clone().text()}`).toBe(200);
    }
    const types = (await eventsOf(ws.workspace.id)).map((e) => e.type);
    expect(types).toEqual([
      'custom',
      'identify',
      'page_view',
      'page_view',
      'identify',
      'identify',
      'service_request',
    ]);
  });

  it('refuses a body that decompresses beyond the limit with 413, and limits requests per write key', async () => {
    const ws = await aSource();
    const bomb = gzipSync(
      JSON.stringify({ batch: [message({ properties: { pad: 'x'.repeat(2 * 2 ** 20) } })] }),
    );
    const res = await post('/v1/batch', bomb, { ...basic(ws.writeKey), 'content-encoding': 'gzip' });
    expect(res.status).toBe(413);
    expect((await post('/v1/batch', 'x', { ...basic(ws.writeKey), 'content-encoding': 'br' })).status).toBe(
      415,
    );

    const limited = await buildApp({ db, config: { ...loadConfig({}), ingestRateLimit: 2 } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const r = await limited.inject({
          method: 'POST',
          url: '/api/segment/v1/track',
          headers: { 'content-type': 'application/json', ...basic(ws.writeKey) },
          payload: JSON.stringify(message()),
        });
        statuses.push(r.statusCode);
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
    expect((await eventsOf(ws.workspace.id)).length).toBe(2);
  });
});
