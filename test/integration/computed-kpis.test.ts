import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiInput } from '../../src/contract/kpis';
import type { WorkspaceContext } from '../../src/services/context';
import { createKpi, listKpiValues, recordKpiValue } from '../../src/services/kpis';
import { raiseAlertIfOutOfBand, type RaisedAlert } from '../../src/services/kpis/alerts';
import { computeKpiValues, computeMetricForPeriod } from '../../src/services/kpis/computedKpis';
import { ingestEvents } from '../../src/services/events/ingest';
import { apiAs } from '../support/app';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { processAll } from '../support/eventRows';
import { startTestInbox, type TestInbox } from '../support/emailInbox';

/**
 * Computed KPIs against seeded aggregate rows, every figure worked out by hand; alerts when a value
 * leaves its band: once per KPI and day, by e-mail (a real SMTP server) and webhook (a local server).
 */

const DAY = '2026-05-04';

async function seedDay(ctx: WorkspaceContext, sales: string, linkedin: string) {
  const db = testDb();
  const ws = ctx.workspaceId;
  await db
    .insertInto('daily_touchpoint_stats')
    .values([
      {
        workspace_id: ws,
        day: DAY,
        touchpoint_key: sales,
        event_type: 'call',
        events: 10,
        profiles: 7,
        revenue: 0,
      },
      {
        workspace_id: ws,
        day: DAY,
        touchpoint_key: sales,
        event_type: 'order',
        events: 4,
        profiles: 3,
        revenue: 1500.5,
      },
      {
        workspace_id: ws,
        day: '2026-05-03',
        touchpoint_key: sales,
        event_type: 'call',
        events: 99,
        profiles: 1,
        revenue: 0,
      },
      {
        workspace_id: ws,
        day: DAY,
        touchpoint_key: 'unmapped',
        event_type: 'social_interaction',
        events: 12,
        profiles: 9,
        revenue: 0,
      },
      {
        workspace_id: ws,
        day: DAY,
        touchpoint_key: linkedin,
        event_type: 'social_interaction',
        events: 8,
        profiles: 5,
        revenue: 0,
      },
    ])
    .execute();
  await db
    .insertInto('daily_web_stats')
    .values({
      workspace_id: ws,
      day: DAY,
      page_views: 300,
      visits: 120,
      bounced_visits: 48,
      unique_visitors: 100,
      new_visitors: 60,
      returning_visitors: 40,
      conversions: 6,
    })
    .execute();
  await db
    .insertInto('daily_conversion_stats')
    .values([
      { workspace_id: ws, day: DAY, conversion_point: 'contact_form', conversions: 4 },
      { workspace_id: ws, day: DAY, conversion_point: 'newsletter', conversions: 2 },
    ])
    .execute();
  await db
    .insertInto('daily_channel_stats')
    .values(
      [
        ['social', 'earned', 'page_view', 2],
        ['paid_social', 'paid', 'page_view', 1],
        ['search', 'earned', 'page_view', 1],
        ['social', 'earned', 'social_interaction', 4],
      ].map(([channel, cls, type, events]) => ({
        workspace_id: ws,
        day: DAY,
        channel: channel as string,
        channel_class: cls as string,
        event_type: type as string,
        events: events as number,
      })),
    )
    .execute();
  await db
    .insertInto('daily_channel_stats')
    .values({
      workspace_id: ws,
      day: '2026-05-05',
      channel: 'social',
      channel_class: 'earned',
      event_type: 'page_view',
      events: 50,
    })
    .execute();
  // Two replies: 3 h and 7 h.
  await db
    .insertInto('daily_social_replies')
    .values({ workspace_id: ws, day: DAY, replies: 2, response_hours: 10 })
    .execute();
  const mailing = await db
    .insertInto('mailings')
    .values({
      workspace_id: ws,
      name: 'May',
      subject: 'News',
      status: 'sent',
      sent_at: new Date(`${DAY}T07:00:00Z`),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('mailing_stats')
    .values({
      workspace_id: ws,
      mailing_id: mailing.id,
      sent: 200,
      hard_bounces: 4,
      soft_bounces: 6,
      opens: 90,
      unique_opens: 60,
      clicks: 30,
      unique_clicks: 19,
      unsubscribes: 2,
    })
    .execute();
}

const socialTraffic = (workspaceId: string, from: string, to: string) =>
  computeMetricForPeriod(testDb(), workspaceId, 'social.traffic_to_website', { from, to }, '');
const responseHours = (workspaceId: string, from: string, to: string) =>
  computeMetricForPeriod(testDb(), workspaceId, 'social.response_time_hours', { from, to }, '');

async function kpi(ctx: WorkspaceContext, touchpointId: string, input: KpiInput) {
  const r = await createKpi(ctx, touchpointId, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('computed KPIs', () => {
  it('computes every metric of a day from the aggregates, exactly as worked out by hand', async () => {
    const ws = await aWorkspace(testDb());
    const sales = await aTouchpoint(ws.ctx, { name: 'Vertrieb' });
    const linkedin = await aTouchpoint(ws.ctx, { name: 'LinkedIn' });
    await seedDay(ws.ctx, sales.id, linkedin.id);
    const expected: [string, string, Record<string, unknown>, number | null][] = [
      [sales.id, 'touchpoint.events', {}, 14],
      [sales.id, 'touchpoint.events', { eventType: 'order' }, 4],
      [sales.id, 'touchpoint.profiles', {}, 10],
      [sales.id, 'touchpoint.revenue', {}, 1500.5],
      [sales.id, 'web.page_views', {}, 300],
      [sales.id, 'web.visits', {}, 120],
      [sales.id, 'web.unique_visitors', {}, 100],
      [sales.id, 'web.new_visitors', {}, 60],
      [sales.id, 'web.returning_share', {}, 40], // 40 ÷ 100
      [sales.id, 'web.bounce_rate', {}, 40], // 48 ÷ 120
      [sales.id, 'web.conversions', {}, 6],
      [sales.id, 'web.conversion_rate', { conversionPoint: 'contact_form' }, (4 / 120) * 100],
      [linkedin.id, 'social.interactions', {}, 20], // 12 unmapped + 8 at LinkedIn
      [linkedin.id, 'social.interactions', { touchpointOnly: true }, 8],
      [linkedin.id, 'social.traffic_to_website', {}, 3], // social and paid social; not search, not the next day
      [linkedin.id, 'social.response_time_hours', {}, 5], // (3 + 7) ÷ 2
      [sales.id, 'email.delivered', {}, 190], // 200 − 4 − 6
      [sales.id, 'email.open_rate', {}, (90 / 190) * 100],
      [sales.id, 'email.click_to_open_rate', {}, (19 / 60) * 100],
      [sales.id, 'email.unsubscribe_rate', {}, (2 / 190) * 100],
      [sales.id, 'email.hard_bounce_rate', {}, 2], // 4 ÷ 200
    ];
    const ids: string[] = [];
    for (const [i, [tp, metric, params]] of expected.entries())
      ids.push((await kpi(ws.ctx, tp, { name: `K${i} ${metric}`, metric, params })).id);
    const manual = await kpi(ws.ctx, linkedin.id, { name: 'Reichweite', unit: 'impressions' });

    const values = await computeKpiValues(testDb(), ws.workspace.id, DAY);
    expect(values).toHaveLength(expected.length);
    for (const [i, [, metric, params, value]] of expected.entries()) {
      const got = values.find((v) => v.kpiId === ids[i]);
      expect(got?.value, `${metric} ${JSON.stringify(params)}`).toBeCloseTo(value as number, 6);
    }
    expect(values.some((v) => v.kpiId === manual.id)).toBe(false);
    const stored = await listKpiValues(ws.ctx, ids[5] as string);
    expect(stored.ok && stored.value).toEqual([
      { measuredOn: DAY, value: 120, source: 'computed', note: '' },
    ]);
    // A period: the 99 calls of the day before count too.
    expect(
      await computeMetricForPeriod(
        testDb(),
        ws.workspace.id,
        'touchpoint.events',
        { from: '2026-05-03', to: DAY },
        sales.id,
      ),
    ).toBe(113);
  });

  it('builds the social aggregates from events as the processor counts them', async () => {
    const db = testDb();
    const ws = await aWorkspace(db);
    const id = ws.workspace.id;
    const visit = (eventId: string, at: string, from: object) => ({
      eventId,
      type: 'page_view',
      timestamp: at,
      anonymousId: `browser-${eventId}`,
      url: 'https://www.schmidt-drehteile.de/',
      ...from,
    });
    const interaction = (eventId: string, at: string, inReplyTo?: string) => ({
      eventId,
      type: 'social_interaction',
      timestamp: at,
      userId: 'linkedin-page',
      channel: 'social',
      ...(inReplyTo && { properties: { in_reply_to: inReplyTo } }),
    });
    const result = await ingestEvents(
      db,
      id,
      [
        visit('pv1', `${DAY}T08:00:00Z`, { referrer: 'https://www.linkedin.com/' }),
        visit('pv2', `${DAY}T09:00:00Z`, { utm: { source: 'linkedin', medium: 'paid_social' } }),
        visit('pv3', `${DAY}T23:59:00Z`, { referrer: 'https://m.facebook.com/' }),
        visit('pv4', `${DAY}T10:00:00Z`, { referrer: 'https://www.google.de/' }),
        visit('pv5', '2026-05-05T00:00:00Z', { referrer: 'https://www.linkedin.com/' }),
        // A reply stored before its question still counts: the processor runs after both are stored.
        interaction('a1', `${DAY}T11:00:00Z`, 'q1'),
        interaction('q1', `${DAY}T08:00:00Z`),
        interaction('q2', '2026-05-03T20:00:00Z'),
        interaction('a2', `${DAY}T03:00:00Z`, 'q2'),
        interaction('a3', `${DAY}T04:00:00Z`, 'never-stored'),
      ],
      { source: 'import' },
    );
    expect(result).toMatchObject({ accepted: 10, rejected: [] });
    // Nothing counts before the processor has seen the events.
    expect(await socialTraffic(id, DAY, DAY)).toBe(0);
    await processAll(db, id);

    expect(await socialTraffic(id, DAY, DAY)).toBe(3); // pv1, pv2, pv3: not search, not the next day
    expect(await socialTraffic(id, DAY, '2026-05-05')).toBe(4);
    expect(await responseHours(id, DAY, DAY)).toBe(5); // (3 h + 7 h) ÷ 2; a3 answers nothing stored
    expect(await responseHours(id, '2026-05-03', '2026-05-03')).toBeNull();
    const channels = await db
      .selectFrom('daily_channel_stats')
      .select(['day', 'channel', 'channel_class', 'event_type', 'events'])
      .where('workspace_id', '=', id)
      .orderBy('day')
      .orderBy('channel')
      .orderBy('event_type')
      .execute();
    expect(channels).toEqual([
      {
        day: '2026-05-03',
        channel: 'social',
        channel_class: 'earned',
        event_type: 'social_interaction',
        events: 1,
      },
      { day: DAY, channel: 'paid_social', channel_class: 'paid', event_type: 'page_view', events: 1 },
      { day: DAY, channel: 'search', channel_class: 'earned', event_type: 'page_view', events: 1 },
      { day: DAY, channel: 'social', channel_class: 'earned', event_type: 'page_view', events: 2 },
      { day: DAY, channel: 'social', channel_class: 'earned', event_type: 'social_interaction', events: 4 },
      { day: '2026-05-05', channel: 'social', channel_class: 'earned', event_type: 'page_view', events: 1 },
    ]);
  });

  it('stores nothing for a day without data to divide by and keeps a value entered by hand', async () => {
    const ws = await aWorkspace(testDb());
    const site = await aTouchpoint(ws.ctx, { name: 'Website' });
    const bounce = await kpi(ws.ctx, site.id, { name: 'Absprungrate', metric: 'web.bounce_rate' });
    const visits = await kpi(ws.ctx, site.id, { name: 'Besuche', metric: 'web.visits' });
    expect(bounce).toMatchObject({ unit: '%', direction: 'lower_is_better', metric: 'web.bounce_rate' });
    await recordKpiValue(ws.ctx, visits.id, { measuredOn: DAY, value: 77, note: 'from the old tool' });
    const values = await computeKpiValues(testDb(), ws.workspace.id, DAY);
    expect(values.find((v) => v.kpiId === bounce.id)).toMatchObject({ value: null, stored: false });
    expect(values.find((v) => v.kpiId === visits.id)).toMatchObject({ value: 0, stored: false });
    const kept = await listKpiValues(ws.ctx, visits.id);
    expect(kept.ok && kept.value).toEqual([
      { measuredOn: DAY, value: 77, source: 'manual', note: 'from the old tool' },
    ]);
  });

  it('refuses unknown metrics, wrong parameters and a band upside down through the API', async () => {
    const ws = await aWorkspace(testDb());
    const site = await aTouchpoint(ws.ctx, { name: 'Website' });
    const api = await apiAs(ws.owner.token);
    const url = `/workspaces/${ws.workspace.id}/touchpoints/${site.id}/kpis`;
    const bad = [
      { name: 'A', metric: 'web.nothing' },
      { name: 'B', metric: 'web.visits', params: { eventType: 'call' } },
      { name: 'C', metric: 'touchpoint.events', params: { eventType: 'fax' } },
      { name: 'D', bandLow: 10, bandHigh: 5 },
      { name: 'E', alertEmails: ['not-an-address'] },
      { name: 'F', alertWebhook: 'ftp://example.com/x' },
    ];
    for (const body of bad) {
      const res = await api.post(url, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    const created = await api.post(url, {
      name: 'Kontaktformulare',
      metric: 'web.conversions',
      params: { conversionPoint: 'contact_form' },
      bandLow: 5,
      bandHigh: 50,
      alertEmails: ['team@example.com'],
      alertWebhook: 'https://hooks.example.com/kpi',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      metric: 'web.conversions',
      params: { conversionPoint: 'contact_form' },
      unit: 'conversions',
      bandLow: 5,
      bandHigh: 50,
      alertEmails: ['team@example.com'],
      alertWebhook: 'https://hooks.example.com/kpi',
    });
    const patched = await api.patch(`/workspaces/${ws.workspace.id}/kpis/${created.json().id}`, {
      bandHigh: null,
      metric: null,
    });
    expect(patched.json()).toMatchObject({ metric: null, bandLow: 5, bandHigh: null });
    // Old clients that know nothing of metrics still work.
    const plain = await api.post(url, { name: 'Reichweite', targetValue: 1000 });
    expect(plain.json()).toMatchObject({
      metric: null,
      params: {},
      bandLow: null,
      alertEmails: [],
      status: 'no_data',
    });
  });
});

describe('KPI alerts', () => {
  let inbox: TestInbox;
  let hook: Server;
  let hookUrl: string;
  const hooks: { path: string; body: unknown }[] = [];
  beforeAll(async () => {
    inbox = await startTestInbox();
    hook = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.url === '/slow') return; // never answers
        hooks.push({ path: req.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        res.writeHead(req.url === '/broken' ? 500 : 204).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await inbox.close();
    hook.closeAllConnections();
    await new Promise<void>((resolve) => hook.close(() => resolve()));
  });

  it('fires once when a computed value leaves the band: e-mail and webhook', async () => {
    const ws = await aWorkspace(testDb());
    const sales = await aTouchpoint(ws.ctx, { name: 'Vertrieb' });
    const linkedin = await aTouchpoint(ws.ctx, { name: 'LinkedIn' });
    await seedDay(ws.ctx, sales.id, linkedin.id);
    await testDb()
      .insertInto('smtp_settings')
      .values({
        workspace_id: ws.workspace.id,
        host: '127.0.0.1',
        port: inbox.port,
        from_address: 'alerts@touchpoint.test',
      })
      .execute();
    const visits = await kpi(ws.ctx, sales.id, {
      name: 'Besuche',
      metric: 'web.visits',
      bandLow: 150,
      bandHigh: 400,
      alertEmails: ['marketing@example.com'],
      alertWebhook: `${hookUrl}/kpi`,
    });
    await kpi(ws.ctx, sales.id, { name: 'Absprungrate', metric: 'web.bounce_rate', targetValue: 45 }); // 40 ≤ 45: fine
    const raised: RaisedAlert[] = [];
    await computeKpiValues(testDb(), ws.workspace.id, DAY, { onAlert: (r) => raised.push(r) });
    expect(raised).toHaveLength(1);
    expect(await raised[0]?.delivered).toEqual({ email: 'sent', webhook: 'sent' });
    const message = 'KPI "Besuche" (Vertrieb) was 120 visits on 2026-05-04, below the band limit 150 visits';
    expect(raised[0]?.alert).toMatchObject({ kpiId: visits.id, measuredOn: DAY, value: 120, message });

    const mail = inbox.mails.find((m) => m.envelopeTo.includes('marketing@example.com'));
    expect(mail?.parsed.subject).toBe(`Touchpoint alert: ${message}`);
    expect(mail?.parsed.text).toContain(message);
    const received = hooks.find((h) => h.path === '/kpi');
    expect(received?.body).toMatchObject({
      type: 'kpi_alert',
      workspaceId: ws.workspace.id,
      alert: { message, value: 120 },
      breach: { side: 'below', bound: 150 },
    });

    // Computing the day again (the job runs for today several times) raises nothing new.
    const again: RaisedAlert[] = [];
    await computeKpiValues(testDb(), ws.workspace.id, DAY, { onAlert: (r) => again.push(r) });
    expect(again).toEqual([]);
    expect(inbox.mails.filter((m) => m.envelopeTo.includes('marketing@example.com'))).toHaveLength(1);

    const api = await apiAs(ws.owner.token);
    const list = await api.get(`/workspaces/${ws.workspace.id}/alerts?open=true`);
    expect(list.json()).toEqual([
      expect.objectContaining({
        kpiName: 'Besuche',
        touchpointName: 'Vertrieb',
        unit: 'visits',
        measuredOn: DAY,
        value: 120,
        breach: { side: 'below', bound: 150, boundKind: 'band' },
        message,
        acknowledgedAt: null,
      }),
    ]);
    const ack = await api.post(`/workspaces/${ws.workspace.id}/alerts/${list.json()[0].id}/acknowledge`);
    expect(ack.statusCode).toBe(200);
    expect((await api.get(`/workspaces/${ws.workspace.id}/alerts?open=true`)).json()).toEqual([]);
    const other = await aWorkspace(testDb());
    const foreign = await (
      await apiAs(other.owner.token)
    ).post(`/workspaces/${other.workspace.id}/alerts/${list.json()[0].id}/acknowledge`);
    expect(foreign.statusCode).toBe(404);
  });

  it('checks values entered by hand against the target when there is no band; delivery problems are logged', async () => {
    const ws = await aWorkspace(testDb());
    const site = await aTouchpoint(ws.ctx, { name: 'Website' });
    const k = await kpi(ws.ctx, site.id, {
      name: 'Reaktionszeit',
      unit: 'hours',
      direction: 'lower_is_better',
      targetValue: 24,
      alertEmails: ['social@example.com'],
      alertWebhook: `${hookUrl}/broken`,
    });
    await recordKpiValue(ws.ctx, k.id, { measuredOn: '2026-05-01', value: 20 });
    const none = await testDb()
      .selectFrom('kpi_alerts')
      .select('id')
      .where('workspace_id', '=', ws.workspace.id)
      .execute();
    expect(none).toEqual([]);
    const logged: string[] = [];
    const raised = await raiseAlertIfOutOfBand(testDb(), ws.workspace.id, k.id, '2026-05-02', 30, (m) =>
      logged.push(m),
    );
    expect(raised?.alert).toMatchObject({
      message: 'KPI "Reaktionszeit" (Website) was 30 hours on 2026-05-02, above the target 24 hours',
      touchpointName: 'Website',
      unit: 'hours',
      breach: { side: 'above', bound: 24, boundKind: 'target' },
    });
    expect(await raised?.delivered).toEqual({ email: 'not_configured', webhook: 'failed: answered 500' });
    expect(logged).toHaveLength(2);
    // The status the KPI list shows follows the same rule.
    const list = await (await apiAs(ws.owner.token)).get(`/workspaces/${ws.workspace.id}/kpis`);
    expect(list.json()[0]).toMatchObject({ status: 'on_target' });
    await recordKpiValue(ws.ctx, k.id, { measuredOn: '2026-05-03', value: 31 });
    const alerts = await testDb()
      .selectFrom('kpi_alerts')
      .select('measured_on')
      .where('workspace_id', '=', ws.workspace.id)
      .orderBy('measured_on')
      .execute();
    expect(alerts.map((a) => a.measured_on)).toEqual(['2026-05-02', '2026-05-03']);
  });

  it('gives up on a webhook that does not answer within 5 seconds', async () => {
    const ws = await aWorkspace(testDb());
    const site = await aTouchpoint(ws.ctx, { name: 'Website' });
    const k = await kpi(ws.ctx, site.id, {
      name: 'Besuche',
      targetValue: 100,
      alertWebhook: `${hookUrl}/slow`,
    });
    const logged: string[] = [];
    const started = Date.now();
    const raised = await raiseAlertIfOutOfBand(testDb(), ws.workspace.id, k.id, DAY, 1, (m) =>
      logged.push(m),
    );
    const delivered = await raised?.delivered;
    const waited = Date.now() - started;
    expect(delivered?.webhook).toMatch(/^failed: /);
    expect(delivered?.email).toBe('no_recipients');
    expect(waited).toBeGreaterThanOrEqual(4900);
    expect(waited).toBeLessThan(15_000);
    expect(logged).toEqual([expect.stringContaining(`${hookUrl}/slow failed`)]);
  }, 30_000);
});
