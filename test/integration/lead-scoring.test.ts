import { describe, expect, it } from 'vitest';
import {
  rescoreWorkspace,
  scoreNewEvents,
  startScoringConsumer,
  answerRescoreRequest,
} from '../../src/services/scoring/scoringConsumer';
import type { Db } from '../../src/db/database';
import { apiAs } from '../support/app';
import { aWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { insertEvents, processAll, type TestEvent } from '../support/eventRows';

const DAY = 86_400_000;
const NOW = new Date('2026-12-01T12:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

const rules = [
  {
    kind: 'fit',
    name: 'Software',
    points: 15,
    conditions: [{ field: 'industry', operator: 'equals', value: 'software' }],
  },
  {
    kind: 'fit',
    name: 'Big company',
    points: 10,
    conditions: [{ field: 'company.employees', operator: 'gte', value: 200 }],
  },
  {
    kind: 'engagement',
    name: 'Quote request',
    points: 30,
    eventType: 'quote_request',
    decay: { kind: 'linear', days: 30 },
  },
  {
    kind: 'engagement',
    name: 'Pricing page',
    points: 5,
    eventType: 'page_view',
    urlContains: '/pricing',
    cap: 12,
    decay: { kind: 'half_life', days: 10 },
  },
  { kind: 'engagement', name: 'Careers page', points: -10, eventType: 'page_view', urlContains: '/careers' },
];

async function withUrls(db: Db, ws: string, events: (TestEvent & { url?: string })[]) {
  const ids = await insertEvents(db, ws, events);
  for (const [i, e] of events.entries())
    if (e.url)
      await db
        .updateTable('events')
        .set({ url: e.url })
        .where('workspace_id', '=', ws)
        .where('event_id', '=', ids[i] as string)
        .execute();
}

async function scoreAll(db: Db, ws: string, now = NOW) {
  await processAll(db, ws);
  for (;;) if ((await scoreNewEvents(db, ws, now)).events === 0) break;
}

async function setUp() {
  const db = testDb();
  const w = await aWorkspace(db);
  const ws = w.workspace.id;
  const base = `/workspaces/${ws}`;
  const owner = await apiAs(w.owner.token);
  for (const rule of rules) expect((await owner.post(`${base}/scoring/rules`, rule)).statusCode).toBe(201);
  await withUrls(db, ws, [
    {
      type: 'identify',
      at: ago(10),
      anon: 'anna',
      user: 'u-anna',
      properties: {
        email: 'anna@example.com',
        name: 'Anna',
        industry: 'Software',
        company: { name: 'Acme', employees: 50 },
      },
    },
    { type: 'quote_request', at: ago(15), anon: 'anna' },
    { type: 'page_view', at: ago(10), anon: 'anna', url: 'https://acme.test/pricing' },
    { type: 'page_view', at: ago(5), anon: 'anna', url: 'https://acme.test/careers' },
    { type: 'page_view', at: ago(1), anon: 'bernd', url: 'https://acme.test/blog' },
  ]);
  await scoreAll(db, ws);
  const leads = (await owner.get(`${base}/leads`)).json();
  const anna = leads.items.find((l: { email: string | null }) => l.email === 'anna@example.com')
    .profileId as string;
  return { db, w, ws, base, owner, anna };
}

describe('lead scoring', () => {
  it('scores by hand-worked rules with decay and negative points, and explains it', async () => {
    const { db, ws, base, owner, anna } = await setUp();
    // 15 (software) + 30 * (1 - 15/30) + 5 * 0.5 - 10 = 22.5; 50 employees is not big
    const score = (await owner.get(`${base}/profiles/${anna}/score`)).json();
    expect(score).toMatchObject({ total: 22.5, fit: 15, engagement: 7.5, stage: 'lead' });
    expect(score.lines.map((l: { ruleName: string; points: number }) => [l.ruleName, l.points])).toEqual([
      ['Quote request', 15],
      ['Software', 15],
      ['Careers page', -10],
      ['Pricing page', 2.5],
    ]);
    const history = (await owner.get(`${base}/profiles/${anna}/stage-history`)).json();
    expect(history).toMatchObject([{ from: 'visitor', to: 'lead', cause: 'score', score: 22.5 }]);

    // A fresh quote request: +30, and the score passes the MQL threshold of 50.
    await insertEvents(db, ws, [{ type: 'quote_request', at: ago(0), anon: 'anna' }]);
    await scoreAll(db, ws);
    const after = (await owner.get(`${base}/profiles/${anna}/score`)).json();
    expect(after).toMatchObject({ total: 52.5, stage: 'mql' });
    // Thirty days on, the quote requests have expired and the pricing view has faded: back to lead.
    await rescoreWorkspace(db, ws, new Date(NOW.getTime() + 30 * DAY));
    const later = (await owner.get(`${base}/profiles/${anna}/score`)).json();
    // 15 - 10 + 5 * 0.5^(40/10) = 5.31
    expect(later).toMatchObject({ total: 5.31, stage: 'lead' });
  });

  it('keeps scores current through the consumer within seconds', async () => {
    const { db, ws, base, owner, anna } = await setUp();
    const consumer = startScoringConsumer(db, { workspaceIds: [ws], intervalMs: 100, now: () => NOW });
    try {
      await insertEvents(db, ws, [{ type: 'page_view', at: ago(0), anon: 'anna', properties: {} }]);
      await db
        .updateTable('events')
        .set({ url: '/pricing' })
        .where('workspace_id', '=', ws)
        .where('url', 'is', null)
        .where('type', '=', 'page_view')
        .execute();
      const started = Date.now();
      await processAll(db, ws);
      let total = 0;
      while (Date.now() - started < 5000) {
        total = (await owner.get(`${base}/profiles/${anna}/score`)).json().total;
        if (total === 27.5) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(total).toBe(27.5);
    } finally {
      await consumer.stop();
    }
  });

  it('lets editors move stages with a reason, owners change rules, viewers only read', async () => {
    const { w, base, owner, anna } = await setUp();
    const editor = await apiAs((await w.member('editor', 'Sales Sam')).token);
    const viewer = await apiAs((await w.member('viewer')).token);
    expect((await viewer.post(`${base}/profiles/${anna}/stage`, { stage: 'sal' })).statusCode).toBe(403);
    expect((await editor.post(`${base}/scoring/rules`, rules[0])).statusCode).toBe(403);
    expect((await editor.put(`${base}/lifecycle/stages`, { stages: [] })).statusCode).toBe(403);
    expect((await viewer.get(`${base}/profiles/${anna}/score`)).statusCode).toBe(200);

    const moved = await editor.post(`${base}/profiles/${anna}/stage`, { stage: 'sal', reason: 'Called her' });
    expect(moved.statusCode).toBe(200);
    const back = await editor.post(`${base}/profiles/${anna}/stage`, { stage: 'lead' });
    expect(back.statusCode).toBe(400);
    expect(back.json().error.details.field).toBe('body.reason');
    const unknown = await editor.post(`${base}/profiles/${anna}/stage`, { stage: 'nope', reason: 'x' });
    expect(unknown.json().error.details.field).toBe('body.stage');
    const history = (await viewer.get(`${base}/profiles/${anna}/stage-history`)).json();
    expect(history[0]).toMatchObject({
      from: 'lead',
      to: 'sal',
      cause: 'person',
      actor: 'Sales Sam',
      reason: 'Called her',
    });

    // The account follows its furthest person.
    const leads = (await owner.get(`${base}/leads?stage=sal`)).json();
    expect(leads.items).toHaveLength(1);
    const company = (await owner.get(`${base}/companies/${leads.items[0].companyId}/score`)).json();
    expect(company).toMatchObject({ name: 'Acme', stage: 'sal', score: 22.5 });
    expect(company.history[0]).toMatchObject({ to: 'sal', cause: 'person', actor: 'Sales Sam' });
  });

  it('lists leads by stage and score, page by page', async () => {
    const { db, ws, base, owner } = await setUp();
    await insertEvents(
      db,
      ws,
      Array.from({ length: 5 }, (_, i) => ({ type: 'quote_request', at: ago(i), anon: `p${i}` })),
    );
    await scoreAll(db, ws);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { score: number }[]; nextCursor: string | null } = (
        await owner.get(`${base}/leads?limit=2&minScore=1${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((l) => l.score));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([30, 29, 28, 27, 26, 22.5]);
    expect(
      (await owner.get(`${base}/leads?stage=lead`)).json().items.map((l: { score: number }) => l.score),
    ).toEqual([30, 29, 28, 27, 26, 22.5]);
    expect((await owner.get(`${base}/leads?stage=martian`)).statusCode).toBe(400);
    expect((await owner.get(`${base}/leads?cursor=bad`)).statusCode).toBe(400);
  });

  it('keeps workspaces apart', async () => {
    const { db, base, anna } = await setUp();
    const other = await aWorkspace(db);
    const stranger = await apiAs(other.owner.token);
    expect((await stranger.get(`${base}/profiles/${anna}/score`)).statusCode).toBe(404);
    const theirBase = `/workspaces/${other.workspace.id}`;
    expect((await stranger.get(`${theirBase}/profiles/${anna}/score`)).statusCode).toBe(404);
    expect((await stranger.post(`${theirBase}/profiles/${anna}/stage`, { stage: 'sal' })).statusCode).toBe(
      404,
    );
    expect((await stranger.get(`${theirBase}/leads`)).json().items).toEqual([]);
  });

  it('checks stage lists and rescores after a rule change', async () => {
    const { db, ws, base, owner, anna } = await setUp();
    const stages = (await owner.get(`${base}/lifecycle/stages`)).json();
    expect(stages.isDefault).toBe(true);
    const bad = await owner.put(`${base}/lifecycle/stages`, {
      stages: stages.stages.map((s: { key: string }) => (s.key === 'mql' ? { ...s, minScore: 10 } : s)),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.field).toBe('body.stages.3.minScore');
    const withoutLead = await owner.put(`${base}/lifecycle/stages`, {
      stages: stages.stages.filter((s: { key: string }) => s.key !== 'lead'),
    });
    expect(withoutLead.statusCode).toBe(409);
    const renamed = await owner.put(`${base}/lifecycle/stages`, {
      stages: stages.stages.map((s: { key: string }) =>
        s.key === 'mql'
          ? { ...s, nameEn: 'Marketing-qualified', minScore: 20 }
          : s.key === 'lead'
            ? { ...s, minScore: 10 }
            : s,
      ),
    });
    expect(renamed.statusCode).toBe(200);
    expect(await answerRescoreRequest(db, ws, NOW)).toBe(true);
    expect((await owner.get(`${base}/profiles/${anna}/score`)).json().stage).toBe('mql');

    const list = (await owner.get(`${base}/scoring/rules`)).json();
    const careers = list.find((r: { name: string }) => r.name === 'Careers page');
    const put = await owner.put(`${base}/scoring/rules/${careers.id}`, { ...rules[4], points: -30 });
    expect(put.statusCode).toBe(200);
    expect(await answerRescoreRequest(db, ws, NOW)).toBe(true);
    expect((await owner.get(`${base}/profiles/${anna}/score`)).json().total).toBe(2.5);
    const fitWithDecay = await owner.post(`${base}/scoring/rules`, {
      ...rules[0],
      decay: { kind: 'linear', days: 3 },
    });
    expect(fitWithDecay.statusCode).toBe(400);
    expect(JSON.stringify(fitWithDecay.json().error)).toContain('decay');
    const preview = await owner.post(`${base}/scoring/preview`, { profileId: anna, rules: [rules[0]] });
    expect(preview.json()).toMatchObject({ total: 15, fit: 15 });
  });

  it('says "not enough data yet" for the predictive score', async () => {
    const { base, owner } = await setUp();
    expect((await owner.get(`${base}/scoring/predictive`)).json().status).toBe('never_trained');
    const trained = (await owner.post(`${base}/scoring/predictive/train`)).json();
    expect(trained).toMatchObject({ status: 'not_enough_data', won: 0, lost: 0, needed: 30 });
  });
});
