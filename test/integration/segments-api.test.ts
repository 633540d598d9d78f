import { describe, expect, it } from 'vitest';
import { listHistory } from '../../src/services/audit';
import { addSegmentRecipients } from '../../src/services/email/segmentRecipients';
import { apiAs, type ApiClient } from '../support/app';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { insertEvents } from '../support/eventRows';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const dayAgo = (days: number) => ago(days).slice(0, 10);

/**
 * Ana (Acme, plan pro, 12 seats) looked at pricing 2 and 5 days ago and 20 days ago, asked for a demo
 * 3 days ago, and opened all three mailings (clicked the last). Ben (Beta, plan free) looked at pricing
 * 45 days ago, was last seen 40 days ago, opened only the last mailing and unsubscribed from the second.
 * Cem (anonymous, no traits) looked at pricing yesterday. Dan was merged into Ana and never counts.
 */
async function setUp() {
  const db = testDb();
  const w = await aWorkspace(db);
  const ws = w.workspace.id;
  const website = await aTouchpoint(w.ctx, { name: 'Website' });
  const company = async (name: string, domain: string, properties: Record<string, unknown>) =>
    (
      await db
        .insertInto('companies')
        .values({ workspace_id: ws, name, domain, properties: JSON.stringify(properties) })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const acme = await company('Acme GmbH', 'acme.de', { industry: 'machinery', employees: 250 });
  const beta = await company('Beta Handel', 'beta.com', { industry: 'retail' });
  const profile = async (values: {
    name: string;
    email?: string;
    company_id?: string;
    traits?: Record<string, unknown>;
    revenue?: number;
    current_phase_key?: string;
    last_seen_at: string;
    first_seen_at?: string;
    merged_into?: string;
  }) =>
    (
      await db
        .insertInto('profiles')
        .values({ workspace_id: ws, ...values, traits: JSON.stringify(values.traits ?? {}) })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const ana = await profile({
    name: 'Ana',
    email: 'Ana@Acme.de',
    company_id: acme,
    traits: { plan: 'pro', seats: 12, newsletter: true },
    revenue: 1200,
    current_phase_key: 'interest',
    last_seen_at: ago(1),
    first_seen_at: ago(100),
  });
  const ben = await profile({
    name: 'Ben',
    email: 'ben@beta.com',
    company_id: beta,
    traits: { plan: 'free', seats: 3 },
    last_seen_at: ago(40),
    first_seen_at: ago(60),
  });
  const cem = await profile({ name: 'Cem', last_seen_at: ago(2), first_seen_at: ago(2) });
  await profile({
    name: 'Dan',
    email: 'dan@acme.de',
    traits: { plan: 'pro' },
    last_seen_at: ago(1),
    merged_into: ana,
  });
  const pricing = { url: 'https://example.de/pricing' };
  await insertEvents(db, ws, [
    { type: 'page_view', at: ago(2), profileId: ana, touchpoint: website.id },
    { type: 'page_view', at: ago(5), profileId: ana },
    { type: 'page_view', at: ago(20), profileId: ana },
    { type: 'conversion', name: 'demo_request', at: ago(3), profileId: ana, properties: { form: 'demo' } },
    { type: 'page_view', at: ago(45), profileId: ben },
    { type: 'page_view', at: ago(1), profileId: cem },
  ]);
  // insertEvents knows no URL: every page view here is of the pricing page, the conversion has none.
  await db
    .updateTable('events')
    .set(pricing)
    .where('workspace_id', '=', ws)
    .where('type', '=', 'page_view')
    .execute();
  const mailing = async (name: string, sentAt: string | null) =>
    (
      await db
        .insertInto('mailings')
        .values({ workspace_id: ws, name, subject: name, status: sentAt ? 'sent' : 'draft', sent_at: sentAt })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const m1 = await mailing('März', ago(30));
  const m2 = await mailing('April', ago(20));
  const m3 = await mailing('Mai', ago(10));
  await mailing('Entwurf', null);
  const recipient = (
    mailingId: string,
    profileId: string,
    email: string,
    opens: number,
    clicks = 0,
    unsubscribed = false,
  ) => ({
    workspace_id: ws,
    mailing_id: mailingId,
    profile_id: profileId,
    email,
    token: `${mailingId.slice(0, 8)}${email}`,
    status: 'sent' as const,
    opens,
    clicks,
    unsubscribed_at: unsubscribed ? ago(19) : null,
  });
  await db
    .insertInto('mailing_recipients')
    .values([
      recipient(m1, ana, 'ana@acme.de', 2),
      recipient(m2, ana, 'ana@acme.de', 1),
      recipient(m3, ana, 'ana@acme.de', 1, 1),
      recipient(m1, ben, 'ben@beta.com', 0),
      recipient(m2, ben, 'ben@beta.com', 0, 0, true),
      recipient(m3, ben, 'ben@beta.com', 3),
    ])
    .execute();
  // Another workspace's "pro" profile never counts here.
  const other = await aWorkspace(db);
  await db
    .insertInto('profiles')
    .values({
      workspace_id: other.workspace.id,
      name: 'Fremd',
      traits: JSON.stringify({ plan: 'pro' }),
      last_seen_at: ago(1),
    })
    .execute();
  const theirTouchpoint = await aTouchpoint(other.ctx, { name: 'Fremde Website' });
  const owner = await apiAs(w.owner.token);
  const stranger = await apiAs(other.owner.token);
  return {
    db,
    w,
    ws,
    owner,
    stranger,
    website,
    otherWs: other.workspace.id,
    theirTouchpoint,
    base: `/workspaces/${ws}/segments`,
  };
}

const def = (conditions: unknown[], kind = 'all') => ({ version: 1, kind, conditions });

async function members(owner: ApiClient, base: string, definition: unknown): Promise<string[]> {
  const res = await owner.post(`${base}/preview`, { definition });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json<{ count: number; profiles: { name: string }[] }>();
  expect(body.count).toBe(body.profiles.length);
  return body.profiles.map((p) => p.name).sort();
}

describe('segments', () => {
  it('finds exactly the hand-worked members for each kind of condition', async () => {
    const { owner, base, website } = await setUp();
    const cases: [unknown, string[]][] = [
      [{ kind: 'trait', key: 'plan', operator: 'eq', value: 'pro' }, ['Ana']],
      [{ kind: 'trait', key: 'seats', operator: 'gt', value: 5 }, ['Ana']],
      [{ kind: 'trait', key: 'seats', operator: 'lte', value: 5 }, ['Ben']],
      [{ kind: 'trait', key: 'plan', operator: 'exists' }, ['Ana', 'Ben']],
      [{ kind: 'trait', key: 'plan', operator: 'not_exists' }, ['Cem']],
      [{ kind: 'trait', key: 'plan', operator: 'neq', value: 'pro' }, ['Ben', 'Cem']],
      [{ kind: 'trait', key: 'plan', operator: 'in', value: ['pro', 'free'] }, ['Ana', 'Ben']],
      [{ kind: 'trait', key: 'newsletter', operator: 'eq', value: true }, ['Ana']],
      [{ kind: 'trait', key: 'plan', operator: 'starts_with', value: 'PR' }, ['Ana']],
      [{ kind: 'profile', field: 'email_domain', operator: 'eq', value: 'acme.de' }, ['Ana']],
      [{ kind: 'profile', field: 'email', operator: 'exists' }, ['Ana', 'Ben']],
      [{ kind: 'profile', field: 'last_seen_at', operator: 'older_than_days', value: 30 }, ['Ben']],
      [{ kind: 'profile', field: 'last_seen_at', operator: 'within_days', value: 7 }, ['Ana', 'Cem']],
      [{ kind: 'profile', field: 'first_seen_at', operator: 'lt', value: dayAgo(50) }, ['Ana', 'Ben']],
      [{ kind: 'profile', field: 'revenue', operator: 'gte', value: 1000 }, ['Ana']],
      [{ kind: 'profile', field: 'current_phase', operator: 'eq', value: 'interest' }, ['Ana']],
      [{ kind: 'account', field: 'property', key: 'industry', operator: 'eq', value: 'machinery' }, ['Ana']],
      [{ kind: 'account', field: 'property', key: 'employees', operator: 'gt', value: 100 }, ['Ana']],
      [{ kind: 'account', field: 'name', operator: 'contains', value: 'hand' }, ['Ben']],
      [{ kind: 'account', field: 'domain', operator: 'eq', value: 'ACME.de' }, ['Ana']],
      [{ kind: 'event', eventType: 'page_view', urlContains: 'pricing', times: 2, days: 14 }, ['Ana']],
      [{ kind: 'event', did: false, eventType: 'page_view', urlContains: 'pricing', days: 14 }, ['Ben']],
      [{ kind: 'event', eventType: 'page_view', frequency: 'exactly', times: 1, days: 14 }, ['Cem']],
      [{ kind: 'event', eventType: 'page_view', frequency: 'at_most', times: 1, days: 14 }, ['Ben', 'Cem']],
      [{ kind: 'event', eventType: 'page_view', touchpointId: website.id }, ['Ana']],
      [
        { kind: 'event', eventType: 'conversion', property: { key: 'form', operator: 'eq', value: 'demo' } },
        ['Ana'],
      ],
      [{ kind: 'event', eventName: 'demo_request', from: dayAgo(4), to: dayAgo(2) }, ['Ana']],
      [{ kind: 'event', eventType: 'page_view', from: dayAgo(50), to: dayAgo(40) }, ['Ben']],
      [{ kind: 'email', action: 'opened', lastMailings: 3 }, ['Ana']],
      [{ kind: 'email', action: 'opened' }, ['Ana', 'Ben']],
      [{ kind: 'email', action: 'opened', lastMailings: 3, atLeast: 1 }, ['Ana', 'Ben']],
      [{ kind: 'email', action: 'clicked', lastMailings: 1 }, ['Ana']],
      [{ kind: 'email', action: 'unsubscribed' }, ['Ben']],
    ];
    for (const [condition, expected] of cases)
      expect(await members(owner, base, def([condition])), JSON.stringify(condition)).toEqual(expected);
  });

  it('combines conditions in all, any and not groups', async () => {
    const { owner, base } = await setUp();
    const pro = { kind: 'trait', key: 'plan', operator: 'eq', value: 'pro' };
    const recent = { kind: 'profile', field: 'last_seen_at', operator: 'within_days', value: 7 };
    const hasPlan = { kind: 'trait', key: 'plan', operator: 'exists' };
    expect(await members(owner, base, def([pro, recent], 'any'))).toEqual(['Ana', 'Cem']);
    expect(await members(owner, base, def([pro, recent]))).toEqual(['Ana']);
    expect(await members(owner, base, def([hasPlan], 'not'))).toEqual(['Cem']);
    expect(
      await members(
        owner,
        base,
        def([
          { kind: 'any', conditions: [pro, recent] },
          { kind: 'not', conditions: [hasPlan] },
        ]),
      ),
    ).toEqual(['Cem']);
    expect(await members(owner, base, def([]))).toEqual(['Ana', 'Ben', 'Cem']);
  });

  it('saves, lists, counts, pages, changes and deletes a segment, with history', async () => {
    const { owner, base, w, ws } = await setUp();
    const created = await owner.post(base, {
      name: 'Pricing-Interessenten',
      definition: def([{ kind: 'event', eventType: 'page_view', urlContains: 'pricing', days: 14 }]),
    });
    expect(created.statusCode, created.body).toBe(201);
    const segment = created.json<{ id: string; memberCount: number; summary: { de: string; en: string } }>();
    expect(segment.memberCount).toBe(2);
    expect(segment.summary.en).toBe('did page_view (with URL containing “pricing”) within the last 14 days');
    expect(segment.summary.de).toBe('hat page_view (mit URL enthält „pricing“) in den letzten 14 Tagen');
    const list = (await owner.get(base)).json<{ id: string; memberCount: number }[]>();
    expect(list.map((s) => [s.id, s.memberCount])).toEqual([[segment.id, 2]]);
    expect((await owner.get(`${base}/${segment.id}/count`)).json()).toEqual({
      segmentId: segment.id,
      count: 2,
    });

    const first = (await owner.get(`${base}/${segment.id}/profiles?limit=1`)).json<{
      items: { name: string }[];
      nextCursor: string | null;
    }>();
    expect(first.items.map((p) => p.name)).toEqual(['Ana']);
    const second = (
      await owner.get(`${base}/${segment.id}/profiles?limit=1&cursor=${first.nextCursor}`)
    ).json<{
      items: { name: string }[];
      nextCursor: string | null;
    }>();
    expect(second.items.map((p) => p.name)).toEqual(['Cem']);
    expect(second.nextCursor).toBeNull();
    const customers = (await owner.get(`/workspaces/${ws}/profiles?segment=${segment.id}`)).json<{
      items: { name: string }[];
    }>();
    expect(customers.items.map((p) => p.name)).toEqual(['Ana', 'Cem']);
    const funnel = await owner.get(`/workspaces/${ws}/analytics/phase-funnel?segment=${segment.id}`);
    expect(funnel.statusCode, funnel.body).toBe(200);

    const patched = await owner.patch(`${base}/${segment.id}`, { name: 'Preisseite' });
    expect(patched.statusCode).toBe(200);
    const history = await listHistory(w.ctx, { entityType: 'segment', entityId: segment.id });
    expect(history.map((h) => h.action)).toEqual(['updated', 'created']);
    expect(history[0]?.changes).toEqual({
      changed: [{ field: 'name', before: 'Pricing-Interessenten', after: 'Preisseite' }],
    });

    expect((await owner.delete(`${base}/${segment.id}`)).statusCode).toBe(200);
    expect((await owner.get(`${base}/${segment.id}`)).statusCode).toBe(404);
    expect((await owner.get(`${base}/${segment.id}/count`)).statusCode).toBe(404);
  });

  it('keeps workspaces apart', async () => {
    const { owner, stranger, base, ws, otherWs } = await setUp();
    const created = await owner.post(base, {
      name: 'Pro',
      definition: def([{ kind: 'trait', key: 'plan', operator: 'eq', value: 'pro' }]),
    });
    const { id, memberCount } = created.json<{ id: string; memberCount: number }>();
    expect(memberCount).toBe(1);
    expect((await stranger.get(`${base}/${id}`)).statusCode).toBe(404);
    expect(otherWs).not.toBe(ws);
    expect((await stranger.get(`/workspaces/${otherWs}/segments/${id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/workspaces/${otherWs}/segments/${id}/profiles`)).statusCode).toBe(404);
    expect((await stranger.get(`/workspaces/${otherWs}/profiles?segment=${id}`)).statusCode).toBe(404);
    expect(
      (await stranger.get(`/workspaces/${otherWs}/analytics/phase-funnel?segment=${id}`)).statusCode,
    ).toBe(404);
  });

  it('names the field of a bad condition', async () => {
    const { owner, base, theirTouchpoint } = await setUp();
    const issues = async (definition: unknown) => {
      const res = await owner.post(`${base}/preview`, { definition });
      expect(res.statusCode).toBe(400);
      return res
        .json<{ error: { details: { issues: { field: string }[] } } }>()
        .error.details.issues.map((i) => i.field);
    };
    const pricing = { kind: 'event', eventType: 'page_view' };
    expect(await issues(def([pricing, pricing, { ...pricing, days: 0 }]))).toEqual([
      'body.definition.conditions.2.days',
    ]);
    expect(await issues(def([{ kind: 'trait', key: 'plan', operator: 'exists', value: 'x' }]))).toEqual([
      'body.definition.conditions.0.value',
    ]);
    expect(
      await issues(def([{ kind: 'profile', field: 'revenue', operator: 'contains', value: 'x' }])),
    ).toEqual(['body.definition.conditions.0.operator']);
    expect(await issues(def([{ ...pricing, days: 3, from: '2026-01-01', to: '2026-01-02' }]))).toEqual([
      'body.definition.conditions.0.days',
    ]);
    expect(await issues(def([{ kind: 'email', action: 'opened', lastMailings: 2, atLeast: 3 }]))).toEqual([
      'body.definition.conditions.0.atLeast',
    ]);
    expect(await issues(def([{ ...pricing, colour: 'red' }]))).toEqual([
      'body.definition.conditions.0.colour',
    ]);
    const tooDeep = def([
      { kind: 'all', conditions: [{ kind: 'any', conditions: [{ kind: 'not', conditions: [pricing] }] }] },
    ]);
    expect((await issues(tooDeep)).length).toBeGreaterThan(0);
    const many = def(Array.from({ length: 31 }, () => pricing));
    expect(await issues(many)).toEqual(['body.definition.conditions']);
    // A touchpoint of another workspace is refused by name.
    const res = await owner.post(base, {
      name: 'x',
      definition: def([{ kind: 'event', touchpointId: theirTouchpoint.id }]),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { details: { field: string } } }>().error.details.field).toBe(
      'definition.conditions.0.touchpointId',
    );
  });

  it('lets a mailing go to a saved segment, suppressions and merged profiles left out', async () => {
    const { owner, base, db, ws } = await setUp();
    const created = await owner.post(base, {
      name: 'Mit Plan',
      definition: def([{ kind: 'trait', key: 'plan', operator: 'exists' }]),
    });
    const { id: segmentId } = created.json<{ id: string }>();
    await db
      .insertInto('email_suppressions')
      .values({ workspace_id: ws, email: 'ben@beta.com', reason: 'unsubscribed' })
      .execute();
    const mailing = await db
      .insertInto('mailings')
      .values({
        workspace_id: ws,
        name: 'Juni',
        subject: 'Juni',
        segment: JSON.stringify({ kind: 'saved', segmentId }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await addSegmentRecipients(db, ws, mailing.id, { kind: 'saved', segmentId })).toBe(1);
    const recipients = await db
      .selectFrom('mailing_recipients')
      .select('email')
      .where('workspace_id', '=', ws)
      .where('mailing_id', '=', mailing.id)
      .execute();
    expect(recipients.map((r) => r.email)).toEqual(['ana@acme.de']);
    // Deleted since: no one, rather than everyone.
    await owner.delete(`${base}/${segmentId}`);
    expect(await addSegmentRecipients(db, ws, mailing.id, { kind: 'saved', segmentId })).toBe(0);
  });
});
