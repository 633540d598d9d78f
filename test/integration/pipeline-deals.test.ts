import { describe, expect, it } from 'vitest';
import type {
  AccountDetail,
  AccountSummary,
  AccountTimelinePage,
  CustomerAccount,
} from '../../src/contract/accounts';
import type { Deal, DealDetail, DealPage, PipelineBoard, PipelineReport } from '../../src/contract/deals';
import type { ImportJob } from '../../src/contract/imports';
import { DEFAULT_PIPELINE_STAGES, stageFlow } from '../../src/core/pipeline';
import { apiAs } from '../support/app';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { insertEvents, processAll } from '../support/eventRows';

async function aSalesWorkspace() {
  const db = testDb();
  const ws = await aWorkspace(db);
  const id = ws.workspace.id;
  const [mueller, berger] = await Promise.all(
    ['Müller Präzision GmbH', 'Berger Medizintechnik AG'].map((name) =>
      db
        .insertInto('companies')
        .values({ workspace_id: id, name, external_id: name.slice(0, 6).toLowerCase() })
        .returning('id')
        .executeTakeFirstOrThrow(),
    ),
  );
  if (!mueller || !berger) throw new Error('companies missing');
  const people = await db
    .insertInto('profiles')
    .values([
      {
        workspace_id: id,
        name: 'Anna Müller',
        email: 'anna@mueller.example',
        company_id: mueller.id,
        user_id: 'crm-1',
      },
      {
        workspace_id: id,
        name: 'Ben Koch',
        email: 'ben@mueller.example',
        company_id: mueller.id,
        user_id: 'crm-2',
      },
      {
        workspace_id: id,
        name: 'Clara Berger',
        email: 'clara@berger.example',
        company_id: berger.id,
        user_id: 'crm-3',
      },
    ])
    .returning(['id', 'name'])
    .execute();
  const api = await apiAs(ws.owner.token);
  const base = `/workspaces/${id}`;
  return { db, ws, id, mueller: mueller.id, berger: berger.id, people, api, base };
}

describe('deals and the pipeline (issue 14)', () => {
  it('creates, moves and closes deals with a stage history, a forecast and reasons worked out by hand', async () => {
    const { api, base, mueller, berger, people, ws } = await aSalesWorkspace();
    const anna = people[0]!;
    const create = async (body: Record<string, unknown>) => {
      const r = await api.post(`${base}/deals`, body);
      expect(r.statusCode, r.body).toBe(201);
      return r.json<Deal>();
    };
    const frame = await create({
      companyId: mueller.valueOf(),
      title: 'Rahmenvertrag Drehteile 2027',
      value: 48_000,
      stage: 'proposal',
      expectedClose: '2027-02-15',
      contactIds: [anna.id],
    });
    expect(frame).toMatchObject({
      stage: 'proposal',
      effectiveProbability: 50,
      weighted: 24_000,
      ownerUserId: ws.owner.id,
    });
    expect(frame.contacts.map((c) => c.name)).toEqual(['Anna Müller']);
    const pilot = await create({
      companyId: berger,
      title: 'Pilotserie',
      value: 10_000,
      probability: 80,
      expectedClose: '2027-02-01',
    });
    expect(pilot).toMatchObject({ stage: 'qualification', effectiveProbability: 80, weighted: 8000 });
    const lost = await create({
      companyId: berger,
      title: 'Ersatzteile',
      value: 3000,
      stage: 'needs_analysis',
    });

    // Drag: proposal -> won appends the revenue event for the primary contact.
    const won = await api.post(`${base}/deals/${frame.id}/stage`, { stage: 'won', reason: 'Lieferzeit' });
    expect(won.statusCode, won.body).toBe(200);
    expect(won.json<Deal>()).toMatchObject({ stage: 'won', reason: 'Lieferzeit', effectiveProbability: 100 });
    expect(won.json<Deal>().closedAt).not.toBeNull();
    const noReason = await api.post(`${base}/deals/${lost.id}/stage`, { stage: 'lost' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({
      error: { code: 'validation_failed', details: { field: 'reason' } },
    });
    expect(
      (await api.post(`${base}/deals/${lost.id}/stage`, { stage: 'lost', reason: 'Preis' })).statusCode,
    ).toBe(200);
    expect((await api.post(`${base}/deals/${lost.id}/stage`, { stage: 'nirgends' })).statusCode).toBe(400);

    const detail = (await api.get(`${base}/deals/${frame.id}`)).json<DealDetail>();
    expect(detail.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'proposal'],
      ['proposal', 'won'],
    ]);
    const revenue = await testDb()
      .selectFrom('events')
      .select(['type', 'name', 'revenue', 'profile_id'])
      .where('workspace_id', '=', ws.workspace.id)
      .where('event_id', '=', `deal:${frame.id}:won`)
      .execute();
    expect(revenue).toEqual([{ type: 'order', name: 'deal_won', revenue: 48_000, profile_id: anna.id }]);
    // Winning again after reopening adds no second revenue.
    await api.post(`${base}/deals/${frame.id}/stage`, { stage: 'negotiation' });
    await api.post(`${base}/deals/${frame.id}/stage`, { stage: 'won', reason: 'Lieferzeit' });
    const events = await testDb()
      .selectFrom('events')
      .select('event_id')
      .where('workspace_id', '=', ws.workspace.id)
      .where('name', '=', 'deal_won')
      .execute();
    expect(events).toHaveLength(1);

    const board = (await api.get(`${base}/pipeline`)).json<PipelineBoard>();
    expect(board.stages.map((s) => [s.key, s.count, s.value, s.weighted])).toEqual([
      ['qualification', 1, 10_000, 8000],
      ['needs_analysis', 0, 0, 0],
      ['proposal', 0, 0, 0],
      ['negotiation', 0, 0, 0],
      ['won', 1, 48_000, 48_000],
      ['lost', 1, 3000, 0],
    ]);
    expect(board).toMatchObject({ openValue: 10_000, weighted: 8000 });
    expect(board.stages[0]!.deals.map((d) => d.id)).toEqual([pilot.id]);

    const report = (await api.get(`${base}/pipeline/report`)).json<PipelineReport>();
    expect(report.totals).toEqual({
      openDeals: 1,
      openValue: 10_000,
      weighted: 8000,
      wonDeals: 1,
      wonValue: 48_000,
      lostDeals: 1,
      winRate: 0.5,
    });
    expect(report.reasons).toEqual({
      won: [{ reason: 'Lieferzeit', deals: 1, value: 48_000 }],
      lost: [{ reason: 'Preis', deals: 1, value: 3000 }],
    });
    const month = new Date().toISOString().slice(0, 7);
    expect(report.forecast).toEqual([
      ...(month < '2027-02' ? [{ month, openDeals: 0, openValue: 0, weighted: 0, won: 48_000 }] : []),
      { month: '2027-02', openDeals: 1, openValue: 10_000, weighted: 8000, won: 0 },
    ]);
    // The store's stage flow agrees with the core's over the single history rows.
    const history = await testDb()
      .selectFrom('deal_stage_history')
      .select(['deal_id', 'from_stage', 'to_stage', 'at'])
      .where('workspace_id', '=', ws.workspace.id)
      .execute();
    const core = stageFlow(
      history.map((h) => ({ dealId: h.deal_id, from: h.from_stage, to: h.to_stage, at: h.at })),
      DEFAULT_PIPELINE_STAGES,
    );
    expect(report.stages.map(({ name: _n, ...rest }) => rest)).toEqual(core);
    expect(report.stages.find((s) => s.stage === 'proposal')).toMatchObject({
      entered: 1,
      forward: 1,
      conversion: 1,
    });
  });

  it('shows an account with its people, timeline, deals, revenue and signals; customers apart', async () => {
    const { db, id, api, base, mueller, berger, people, ws } = await aSalesWorkspace();
    const tp = await aTouchpoint(ws.ctx, { name: 'Reklamation' });
    const [anna, ben] = [people[0]!, people[1]!];
    const now = Date.now();
    const ago = (days: number) => new Date(now - days * 86_400_000).toISOString();
    await insertEvents(db, id, [
      { type: 'call', at: ago(30), profileId: anna.id, touchpoint: tp.id },
      { type: 'meeting', at: ago(10), profileId: ben.id },
      {
        type: 'complaint',
        at: ago(5),
        profileId: anna.id,
        touchpoint: tp.id,
        properties: { topic: 'Grat an der Bohrung' },
      },
      { type: 'order', at: ago(4), profileId: ben.id, revenue: 1200 },
    ]);
    await processAll(db, id);
    await db
      .insertInto('ratings')
      .values({ workspace_id: id, touchpoint_id: tp.id, source: 'customer', score: 2 })
      .execute();
    const deal = await api.post(`${base}/deals`, {
      companyId: mueller,
      title: 'Wartungsvertrag',
      value: 5000,
      stage: 'won',
      renewalDate: '2099-01-31',
      contactIds: [ben.id],
    });
    expect(deal.statusCode, deal.body).toBe(201);
    await processAll(db, id);

    const page = await api.get(`${base}/accounts/${mueller}`);
    expect(page.statusCode, page.body).toBe(200);
    const account = page.json<AccountDetail>();
    expect(account.people.map((p) => p.name).sort()).toEqual(['Anna Müller', 'Ben Koch']);
    expect(account.account).toMatchObject({
      wonValue: 5000,
      orderRevenue: 1200,
      customer: true,
      nextRenewal: '2099-01-31',
    });
    expect(account.deals.map((d) => d.title)).toEqual(['Wartungsvertrag']);
    expect(account.touchpoints).toEqual([{ id: tp.id, name: 'Reklamation', people: 1 }]);
    expect(account.signals.openComplaints).toMatchObject([
      { topic: 'Grat an der Bohrung', profileId: anna.id },
    ]);
    expect(account.signals.recentRatings).toMatchObject([{ touchpointId: tp.id, score: 2 }]);
    expect(account.signals.trend.weeks.reduce((n, w) => n + w.count, 0)).toBe(5);
    // No scoring rules yet: its people score 0 and are visitors, so the account is too.
    expect(account.scoring).toEqual({ score: 0, stage: 'visitor' });

    const timeline = (
      await api.get(`${base}/accounts/${mueller}/timeline?limit=2`)
    ).json<AccountTimelinePage>();
    expect(timeline.items.map((i) => i.type)).toEqual(['order', 'order']);
    const rest = (
      await api.get(`${base}/accounts/${mueller}/timeline?limit=10&cursor=${timeline.nextCursor ?? ''}`)
    ).json<AccountTimelinePage>();
    expect(rest.items.map((i) => i.type)).toEqual(['complaint', 'meeting', 'call']);
    expect(rest.nextCursor).toBeNull();

    const list = (await api.get(`${base}/accounts`)).json<AccountSummary[]>();
    expect(list.map((a) => [a.name, a.customer])).toEqual([
      ['Berger Medizintechnik AG', false],
      ['Müller Präzision GmbH', true],
    ]);
    const customers = (await api.get(`${base}/customers`)).json<CustomerAccount[]>();
    expect(customers).toHaveLength(1);
    expect(customers[0]).toMatchObject({ id: mueller, openComplaints: 1 });
    expect(customers[0]!.lastInteractions).toHaveLength(3);
    expect((await api.get(`${base}/accounts/${berger}`)).json<AccountDetail>().deals).toEqual([]);
  });

  it('imports deals from CSV: bad rows reported with their line, good rows in, export imports again', async () => {
    const { api, base, ws } = await aSalesWorkspace();
    const csv = [
      'external_id;title;company;value;stage;probability;expected_close;owner_email;reason;contact_emails',
      `d-1;Rahmenvertrag;Müller Präzision GmbH;48.000,00;Angebot;;2027-03-01;${ws.owner.email};;anna@mueller.example`,
      'd-2;Pilot;Unbekannt GmbH;1000;Angebot;;;;;',
      'd-3;Ersatzteile;Berger Medizintechnik AG;abc;Angebot;;;;;',
      'd-4;Alt;Berger Medizintechnik AG;500;Verloren;;;;;',
      'd-5;Service;Berger Medizintechnik AG;2500;won;;;;Qualität;clara@berger.example',
      'd-6;Datum;Berger Medizintechnik AG;1;proposal;;2027-02-30;;;',
    ].join('\n');
    const r = await api.post(`${base}/deals/import?fileName=crm.csv`, csv, { 'content-type': 'text/csv' });
    expect(r.statusCode, r.body).toBe(201);
    const job = r.json<ImportJob>();
    expect(job).toMatchObject({ kind: 'deals', status: 'done', rowsImported: 2, badRows: 4 });
    expect(job.errors.map((e) => e.line)).toEqual([3, 4, 5, 7]);
    expect(job.errors[0]!.reason).toMatch(/Unbekannt GmbH/);
    const page = (await api.get(`${base}/deals`)).json<DealPage>();
    expect(page.total).toBe(2);
    const frame = page.items.find((d) => d.externalId === 'd-1');
    expect(frame).toMatchObject({ value: 48_000, stage: 'proposal', ownerUserId: ws.owner.id });
    expect(frame?.contacts.map((c) => c.email)).toEqual(['anna@mueller.example']);

    const exported = await api.get(`${base}/deals.csv`);
    expect(exported.statusCode).toBe(200);
    expect(exported.body.split('\n')[0]).toContain('external_id,title,company');
    const again = await api.post(`${base}/deals/import`, exported.body, { 'content-type': 'text/csv' });
    expect(again.json<ImportJob>()).toMatchObject({ rowsImported: 2, badRows: 0 });
    expect((await api.get(`${base}/deals`)).json<DealPage>().total).toBe(2);

    const header = await api.post(`${base}/deals/import`, 'titel;firma\nx;y\n', {
      'content-type': 'text/csv',
    });
    expect(header.statusCode).toBe(400);
  });

  it('keeps workspaces apart, lets viewers only read and checks references', async () => {
    const a = await aSalesWorkspace();
    const b = await aSalesWorkspace();
    const deal = (
      await a.api.post(`${a.base}/deals`, { companyId: a.mueller, title: 'A', value: 1 })
    ).json<Deal>();
    expect((await b.api.get(`${b.base}/deals/${deal.id}`)).statusCode).toBe(404);
    expect((await b.api.post(`${b.base}/deals/${deal.id}/stage`, { stage: 'won' })).statusCode).toBe(404);
    expect((await b.api.get(`${b.base}/accounts/${a.mueller}`)).statusCode).toBe(404);
    expect((await b.api.get(`${a.base}/pipeline`)).statusCode).toBe(404);
    // Another workspace's company or people cannot be named.
    const foreign = await b.api.post(`${b.base}/deals`, { companyId: a.mueller, title: 'X', value: 1 });
    expect(foreign.json()).toMatchObject({
      error: { code: 'validation_failed', details: { field: 'companyId' } },
    });
    const foreignContact = await b.api.post(`${b.base}/deals`, {
      companyId: b.mueller,
      title: 'X',
      contactIds: [a.people[0]!.id],
    });
    expect(foreignContact.json()).toMatchObject({ error: { details: { field: 'contactIds' } } });

    const viewer = await apiAs((await a.ws.member('viewer')).token);
    expect((await viewer.get(`${a.base}/pipeline`)).statusCode).toBe(200);
    expect((await viewer.post(`${a.base}/deals/${deal.id}/stage`, { stage: 'won' })).statusCode).toBe(403);
    expect((await viewer.patch(`${a.base}/deals/${deal.id}`, { value: 2 })).statusCode).toBe(403);
    const editor = await apiAs((await a.ws.member('editor')).token);
    expect((await editor.patch(`${a.base}/deals/${deal.id}`, { value: 2, title: 'A2' })).statusCode).toBe(
      200,
    );
    const stages = DEFAULT_PIPELINE_STAGES.map((s) => ({ ...s }));
    expect((await editor.put(`${a.base}/pipeline/stages`, { stages })).statusCode).toBe(403);
    const removing = await a.api.put(`${a.base}/pipeline/stages`, {
      stages: stages.filter((s) => s.key !== 'qualification'),
    });
    expect(removing.statusCode).toBe(409);
    const renamed = stages.map((s) =>
      s.key === 'proposal' ? { ...s, name: 'Offerte', probability: 60 } : s,
    );
    expect((await a.api.put(`${a.base}/pipeline/stages`, { stages: renamed })).statusCode).toBe(200);
    expect((await a.api.get(`${a.base}/pipeline`)).json<PipelineBoard>().stages[2]).toMatchObject({
      name: 'Offerte',
      probability: 60,
    });

    const bad = await a.api.post(`${a.base}/deals`, {
      companyId: a.mueller,
      title: 'Y',
      value: -1,
      stgae: 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'validation_failed' } });
    expect((await a.api.patch(`${a.base}/deals/${deal.id}`, {})).statusCode).toBe(400);

    const history = await testDb()
      .selectFrom('audit_log')
      .select(['action', 'actor'])
      .where('workspace_id', '=', a.id)
      .where('entity_type', '=', 'deal')
      .orderBy('at')
      .execute();
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
    expect((await a.api.delete(`${a.base}/deals/${deal.id}`)).statusCode).toBe(200);
  });
});
