import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import type {
  WebhookDeliveries,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
} from '../../src/contract/webhooks';
import { WEBHOOK_MAX_ATTEMPTS } from '../../src/core/webhooks';
import { createKpi, recordKpiValue } from '../../src/services/kpis';
import { dispatchDueWebhooks, startWebhookDispatcher } from '../../src/services/webhooks/dispatchWebhooks';
import { emitWebhookEvent } from '../../src/services/webhooks/emitWebhookEvent';
import { apiAs } from '../support/app';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on 127.0.0.1 that answers each request with the next status of `answers` (then 204). */
async function aReceiver(answers: number[] = []) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = answers.shift() ?? 204;
      res.end(res.statusCode >= 400 ? 'receiver says no' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks`, received };
}

async function anEndpoint(kinds = ['kpi.alert_raised'], answers: number[] = []) {
  const db = testDb();
  const ws = await aWorkspace(db);
  const api = await apiAs(ws.owner.token);
  const receiver = await aReceiver(answers);
  const res = await api.post(`/workspaces/${ws.workspace.id}/webhooks`, {
    url: receiver.url,
    description: 'CRM',
    eventKinds: kinds,
  });
  expect(res.statusCode, res.body).toBe(201);
  const endpoint = res.json<WebhookEndpointWithSecret>();
  const dispatch = (now = new Date()) =>
    dispatchDueWebhooks(db, { workspaceIds: [ws.workspace.id], now: () => now });
  const deliveries = async () =>
    (
      await api.get(`/workspaces/${ws.workspace.id}/webhooks/${endpoint.id}/deliveries`)
    ).json<WebhookDeliveries>().deliveries;
  return { db, ws, api, receiver, endpoint, dispatch, deliveries };
}

describe('outbound webhooks', () => {
  it('send a KPI alert, signed so that a Standard Webhooks receiver verifies it, once', async () => {
    const { ws, receiver, endpoint, dispatch, deliveries } = await anEndpoint();
    expect(endpoint.secret).toMatch(/^whsec_/);
    const tp = await aTouchpoint(ws.ctx, { name: 'Newsletter' });
    const kpi = await createKpi(ws.ctx, tp.id, {
      name: 'Öffnungsrate',
      unit: '%',
      bandLow: 20,
      bandHigh: 60,
    });
    if (!kpi.ok) throw new Error(kpi.error.message);
    await recordKpiValue(ws.ctx, kpi.value.id, { measuredOn: '2026-12-01', value: 12 });

    expect(await dispatch()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(await dispatch()).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(receiver.received).toHaveLength(1);
    const [message] = receiver.received;
    if (!message) throw new Error('nothing received');
    const verified = new Webhook(endpoint.secret).verify(message.body, {
      'webhook-id': String(message.headers['webhook-id']),
      'webhook-timestamp': String(message.headers['webhook-timestamp']),
      'webhook-signature': String(message.headers['webhook-signature']),
    });
    expect(verified).toMatchObject({
      type: 'kpi.alert_raised',
      workspaceId: ws.workspace.id,
      data: {
        alert: { kpiName: 'Öffnungsrate', touchpointName: 'Newsletter', value: 12, measuredOn: '2026-12-01' },
      },
    });
    const [logged] = await deliveries();
    expect(logged).toMatchObject({ status: 'delivered', attempts: 1, lastStatus: 204, nextAttemptAt: null });
    expect(logged?.messageId).toBe(message.headers['webhook-id']);
  });

  it('retry a refused message with growing pauses, keep its id, and give up after the last attempt', async () => {
    const failures = Array.from({ length: WEBHOOK_MAX_ATTEMPTS }, () => 503);
    const { db, ws, receiver, dispatch, deliveries } = await anEndpoint(['kpi.alert_raised'], failures);
    await emitWebhookEvent(db, ws.workspace.id, 'kpi.alert_raised', { test: true });
    let now = new Date();
    expect(await dispatch(now)).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    let [d] = await deliveries();
    expect(d).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatus: 503,
      lastError: 'HTTP 503: receiver says no',
    });
    // Not due before its pause (30 s) is over.
    expect(await dispatch(new Date(now.getTime() + 29_000))).toEqual({
      delivered: 0,
      retrying: 0,
      failed: 0,
    });
    for (let attempt = 2; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
      now = new Date(Date.parse(d?.nextAttemptAt ?? '') + 1);
      await dispatch(now);
      [d] = await deliveries();
    }
    expect(d).toMatchObject({ status: 'failed', attempts: WEBHOOK_MAX_ATTEMPTS, nextAttemptAt: null });
    expect(receiver.received).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
  });

  it('let an owner send a failed message again, test an endpoint and switch it off', async () => {
    const { db, ws, api, receiver, endpoint, dispatch, deliveries } = await anEndpoint(
      ['kpi.alert_raised'],
      [500],
    );
    const base = `/workspaces/${ws.workspace.id}/webhooks/${endpoint.id}`;
    await emitWebhookEvent(db, ws.workspace.id, 'kpi.alert_raised', { n: 1 });
    // Its last attempt is the next one, and the receiver refuses it.
    await db
      .updateTable('webhook_deliveries')
      .set({ attempts: WEBHOOK_MAX_ATTEMPTS - 1 })
      .where('workspace_id', '=', ws.workspace.id)
      .execute();
    await dispatch();
    const [failed] = await deliveries();
    expect(failed?.status).toBe('failed');
    const again = await api.post(`${base}/deliveries/${failed?.id}/redeliver`);
    expect(again.statusCode, again.body).toBe(202);
    expect((await api.post(`${base}/deliveries/${failed?.id}/redeliver`)).statusCode).toBe(409);
    expect(await dispatch()).toEqual({ delivered: 1, retrying: 0, failed: 0 });

    const test = await api.post(`${base}/test`);
    expect(test.statusCode, test.body).toBe(202);
    await dispatch();
    expect(JSON.parse(receiver.received.at(-1)?.body ?? '{}')).toMatchObject({ type: 'webhook.test' });

    const off = await api.patch(base, { enabled: false });
    expect(off.json<WebhookEndpoint>()).toMatchObject({ enabled: false, recent: { delivered: 2 } });
    expect(await emitWebhookEvent(db, ws.workspace.id, 'kpi.alert_raised', {})).toBe(0);
    expect((await api.post(`${base}/test`)).statusCode).toBe(409);
    const list = (await api.get(`/workspaces/${ws.workspace.id}/webhooks`)).json<WebhookEndpoint[]>();
    expect(list).toHaveLength(1);
    expect(list[0]).not.toHaveProperty('secret');

    const renewed = await api.post(`${base}/secret`);
    expect(renewed.json<WebhookEndpointWithSecret>().secret).not.toBe(endpoint.secret);
    expect((await api.delete(base)).statusCode).toBe(200);
    expect((await api.get(`${base}/deliveries`)).statusCode).toBe(404);
  });

  it('refuse bad input naming the field, editors and other workspaces', async () => {
    const { ws, api, endpoint } = await anEndpoint();
    const url = `/workspaces/${ws.workspace.id}/webhooks`;
    const cases: [object, string][] = [
      [{ url: 'ftp://crm.example', eventKinds: ['kpi.alert_raised'] }, 'url'],
      [{ url: 'https://crm.example', eventKinds: [] }, 'eventKinds'],
      [{ url: 'https://crm.example', eventKinds: ['deal.won.maybe'] }, 'eventKinds'],
      [{ url: 'https://crm.example', eventKinds: ['kpi.alert_raised'], secret: 'mine' }, 'secret'],
    ];
    for (const [body, field] of cases) {
      const res = await api.post(url, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.json().error.details), JSON.stringify(body)).toContain(field);
    }
    const editor = await apiAs((await ws.member('editor')).token);
    expect((await editor.get(url)).statusCode).toBe(403);
    const other = await aWorkspace(testDb());
    const stranger = await apiAs(other.owner.token);
    expect((await stranger.get(`/workspaces/${other.workspace.id}/webhooks/${endpoint.id}`)).statusCode).toBe(
      404,
    );
  });
});

describe('deal messages', () => {
  it('tell the CRM of a new deal and of each stage change, with who made it', async () => {
    const { db, ws, api, receiver, dispatch } = await anEndpoint(['deal.created', 'deal.stage_changed']);
    const company = await db
      .insertInto('companies')
      .values({ workspace_id: ws.workspace.id, name: 'Müller Präzision GmbH' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const created = await api.post(`/workspaces/${ws.workspace.id}/deals`, {
      companyId: company.id,
      title: 'Fräszentrum',
      value: 48_000,
    });
    expect(created.statusCode, created.body).toBe(201);
    const dealId = created.json<{ id: string }>().id;
    const moved = await api.post(`/workspaces/${ws.workspace.id}/deals/${dealId}/stage`, {
      stage: 'proposal',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    // A drop on its own column changes nothing and says nothing.
    await api.post(`/workspaces/${ws.workspace.id}/deals/${dealId}/stage`, { stage: 'proposal' });
    expect(await dispatch()).toEqual({ delivered: 2, retrying: 0, failed: 0 });
    const bodies = receiver.received.map((r) => JSON.parse(r.body) as { type: string; data: unknown });
    expect(bodies.map((b) => b.type).sort()).toEqual(['deal.created', 'deal.stage_changed']);
    expect(bodies.find((b) => b.type === 'deal.stage_changed')?.data).toMatchObject({
      deal: { id: dealId, title: 'Fräszentrum', value: 48_000, companyId: company.id },
      from: 'qualification',
      to: 'proposal',
      by: ws.owner.name,
    });
  });
});

describe('lifecycle messages', () => {
  it('tell of a person moving a profile to another stage, with the reason', async () => {
    const { db, ws, api, receiver, dispatch } = await anEndpoint(['lifecycle.stage_changed']);
    const profile = await db
      .insertInto('profiles')
      .values({ workspace_id: ws.workspace.id, name: 'Anna Müller', email: 'anna@mueller.example' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const res = await api.post(`/workspaces/${ws.workspace.id}/profiles/${profile.id}/stage`, {
      stage: 'sal',
      reason: 'Rückruf vereinbart',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await dispatch()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(JSON.parse(receiver.received[0]?.body ?? '{}')).toMatchObject({
      type: 'lifecycle.stage_changed',
      data: { profileId: profile.id, from: 'visitor', to: 'sal', cause: 'person', by: ws.owner.name },
    });
  });
});

describe('the webhook dispatcher of a running server', () => {
  it('sends a queued message within about a second, without being asked', async () => {
    const { db, ws, receiver } = await anEndpoint();
    const dispatcher = startWebhookDispatcher(db, { workspaceIds: [ws.workspace.id], intervalMs: 200 });
    try {
      await emitWebhookEvent(db, ws.workspace.id, 'kpi.alert_raised', { n: 1 });
      const started = Date.now();
      while (receiver.received.length === 0 && Date.now() - started < 5_000)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(receiver.received).toHaveLength(1);
    } finally {
      await dispatcher.stop();
    }
  });
});
