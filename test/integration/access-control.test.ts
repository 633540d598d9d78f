import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/services/accounts';
import { createContentAsset } from '../../src/services/content';
import { createKpi } from '../../src/services/kpis';
import { createMeasure } from '../../src/services/measures';
import { addRating, createRatingLinks } from '../../src/services/ratings';
import type { Result } from '../../src/core/result';
import { apiAs, testApp } from '../support/app';
import { aPersona, aTouchpoint, aWorkspace, TEST_PASSWORD, type TestWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { workspaceSnapshot } from '../support/workspaceSnapshot';

/**
 * Roles and workspaces: a viewer changes nothing, an editor cannot manage people or tokens, and nobody
 * reaches another workspace's data whatever ids they send. API tokens act with their role in their own
 * workspace only.
 */

const unwrap = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** A workspace with one of everything, so every route has something to point at. */
async function aFilledWorkspace() {
  const db = testDb();
  const ws = await aWorkspace(db);
  const { ctx } = ws;
  const persona = await aPersona(ctx);
  const phase = ws.workspace.journeyModel.phases[0];
  if (!phase) throw new Error('no phase');
  const tp = await aTouchpoint(ctx, { checklistKind: 'website', phaseIds: [phase.id] });
  const kpi = unwrap(await createKpi(ctx, tp.id, { name: 'Visits' }));
  const rating = unwrap(await addRating(ctx, tp.id, { source: 'employee', score: 2 }));
  const [link] = unwrap(await createRatingLinks(ctx, tp.id, { count: 1 }, 'https://x.example'));
  const measure = unwrap(await createMeasure(ctx, { title: 'Relaunch', touchpointIds: [tp.id] }));
  const asset = unwrap(
    await createContentAsset(ctx, {
      title: 'Whitepaper',
      mappings: [{ personaId: persona.id, phaseId: phase.id }],
    }),
  );
  const token = unwrap(await createApiToken(ctx, { name: 'CI', role: 'editor' }));
  const run = await db
    .insertInto('quickcheck_runs')
    .values({ workspace_id: ctx.workspaceId, answers: '[]', results: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    ...ws,
    base: `/workspaces/${ws.workspace.id}`,
    ids: {
      persona: persona.id,
      phase: phase.id,
      model: ws.workspace.journeyModel.id,
      touchpoint: tp.id,
      kpi: kpi.id,
      rating: rating.id,
      link: link?.id as string,
      measure: measure.id,
      asset: asset.id,
      token: token.info.id,
      run: run.id,
      owner: ws.owner.id,
    },
  };
}
type Filled = Awaited<ReturnType<typeof aFilledWorkspace>>;

const snapshot = (workspaceId: string, ownerId: string) => workspaceSnapshot(testDb(), workspaceId, ownerId);

const stateOf = (ws: TestWorkspace) => snapshot(ws.ctx.workspaceId, ws.owner.id);

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
interface Route {
  what: string;
  method: Method;
  url: (w: Filled) => string;
  body?: (w: Filled) => unknown;
  csv?: (w: Filled) => string;
}

function call(token: string, route: Route, w: Filled): Promise<LightMyRequestResponse> {
  return apiAs(token).then((api) =>
    api.raw({
      method: route.method,
      url: `/api/v1${route.url(w)}`,
      ...(route.csv
        ? { payload: route.csv(w), headers: { 'content-type': 'text/csv' } }
        : route.body && { payload: route.body(w) as object }),
    }),
  );
}

function expectError(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json()).toMatchObject({ error: { code, message: expect.stringMatching(/\w/) } });
}

const tp = (w: Filled) => `${w.base}/touchpoints/${w.ids.touchpoint}`;

/** Every kind of change, each with a body that would succeed for an owner. */
const mutations: Route[] = [
  { what: 'create persona', method: 'POST', url: (w) => `${w.base}/personas`, body: () => ({ name: 'P' }) },
  {
    what: 'edit persona',
    method: 'PATCH',
    url: (w) => `${w.base}/personas/${w.ids.persona}`,
    body: () => ({ name: 'R' }),
  },
  { what: 'delete persona', method: 'DELETE', url: (w) => `${w.base}/personas/${w.ids.persona}` },
  {
    what: 'create touchpoint',
    method: 'POST',
    url: (w) => `${w.base}/touchpoints`,
    body: () => ({ name: 'T' }),
  },
  {
    what: 'create touchpoint from catalogue',
    method: 'POST',
    url: (w) => `${w.base}/touchpoints/from-catalogue`,
    body: () => ({ catalogueKey: 'website' }),
  },
  { what: 'edit touchpoint', method: 'PATCH', url: tp, body: () => ({ relevance: 5 }) },
  { what: 'retire touchpoint', method: 'POST', url: (w) => `${tp(w)}/retire`, body: () => ({}) },
  { what: 'restore touchpoint', method: 'POST', url: (w) => `${tp(w)}/restore` },
  { what: 'delete touchpoint', method: 'DELETE', url: tp },
  {
    what: 'tick checklist item',
    method: 'PUT',
    url: (w) => `${tp(w)}/checklist`,
    body: () => ({ criterionKey: 'website-minimal-seo', checked: true }),
  },
  { what: 'rate touchpoint', method: 'POST', url: (w) => `${tp(w)}/ratings`, body: () => ({ score: 4 }) },
  { what: 'delete rating', method: 'DELETE', url: (w) => `${tp(w)}/ratings/${w.ids.rating}` },
  {
    what: 'create rating links',
    method: 'POST',
    url: (w) => `${tp(w)}/rating-links`,
    body: () => ({ count: 2 }),
  },
  { what: 'revoke rating link', method: 'DELETE', url: (w) => `${tp(w)}/rating-links/${w.ids.link}` },
  { what: 'create KPI', method: 'POST', url: (w) => `${tp(w)}/kpis`, body: () => ({ name: 'Leads' }) },
  {
    what: 'edit KPI',
    method: 'PATCH',
    url: (w) => `${w.base}/kpis/${w.ids.kpi}`,
    body: () => ({ unit: '%' }),
  },
  { what: 'delete KPI', method: 'DELETE', url: (w) => `${w.base}/kpis/${w.ids.kpi}` },
  {
    what: 'record KPI value',
    method: 'POST',
    url: (w) => `${w.base}/kpis/${w.ids.kpi}/values`,
    body: () => ({ measuredOn: '2026-01-31', value: 3 }),
  },
  { what: 'create measure', method: 'POST', url: (w) => `${w.base}/measures`, body: () => ({ title: 'M' }) },
  {
    what: 'edit measure',
    method: 'PATCH',
    url: (w) => `${w.base}/measures/${w.ids.measure}`,
    body: () => ({ status: 'done' }),
  },
  { what: 'delete measure', method: 'DELETE', url: (w) => `${w.base}/measures/${w.ids.measure}` },
  {
    what: 'create content asset',
    method: 'POST',
    url: (w) => `${w.base}/content-assets`,
    body: () => ({ title: 'A' }),
  },
  {
    what: 'edit content asset',
    method: 'PATCH',
    url: (w) => `${w.base}/content-assets/${w.ids.asset}`,
    body: () => ({ title: 'R' }),
  },
  { what: 'delete content asset', method: 'DELETE', url: (w) => `${w.base}/content-assets/${w.ids.asset}` },
  {
    what: 'import inventory CSV',
    method: 'POST',
    url: (w) => `${w.base}/touchpoints/import`,
    csv: () => 'name\nNew\n',
  },
  {
    what: 'import action plan CSV',
    method: 'POST',
    url: (w) => `${w.base}/measures/import`,
    csv: () => 'title\nNew\n',
  },
];

/** Owner-only changes: people, tokens, journey models, the workspace's name (valid bodies). */
const ownerOnly: Route[] = [
  {
    what: 'invite member',
    method: 'POST',
    url: (w) => `${w.base}/members`,
    body: () => ({
      email: `n.${randomUUID()}@example.com`,
      role: 'editor',
      name: 'N',
      password: TEST_PASSWORD,
    }),
  },
  {
    what: 'change member role',
    method: 'PATCH',
    url: (w) => `${w.base}/members/${w.ids.owner}`,
    body: () => ({ role: 'viewer' }),
  },
  { what: 'remove member', method: 'DELETE', url: (w) => `${w.base}/members/${w.ids.owner}` },
  {
    what: 'create API token',
    method: 'POST',
    url: (w) => `${w.base}/api-tokens`,
    body: () => ({ name: 'T' }),
  },
  { what: 'revoke API token', method: 'DELETE', url: (w) => `${w.base}/api-tokens/${w.ids.token}` },
  {
    what: 'add journey model',
    method: 'POST',
    url: (w) => `${w.base}/journey-models`,
    body: () => ({ kind: 'seven_stage' }),
  },
  {
    what: 'activate journey model',
    method: 'POST',
    url: (w) => `${w.base}/journey-models/${w.ids.model}/activate`,
  },
  { what: 'rename workspace', method: 'PATCH', url: (w) => w.base, body: () => ({ name: 'Renamed' }) },
];

const reads: Route[] = [
  ['workspace', ''],
  ['journey models', '/journey-models'],
  ['members', '/members'],
  ['history', '/history'],
  ['personas', '/personas'],
  ['touchpoints', '/touchpoints'],
  ['measures', '/measures'],
  ['KPIs', '/kpis'],
  ['content assets', '/content-assets'],
  ['content map', '/content-map'],
  ['priorities', '/priorities'],
  ['export', '/export'],
  ['inventory CSV', '/touchpoints.csv'],
  ['action plan CSV', '/measures.csv'],
].map(([what, path]) => ({
  what: what as string,
  method: 'GET' as const,
  url: (w: Filled) => `${w.base}${path}`,
}));
reads.push(
  { what: 'persona', method: 'GET', url: (w) => `${w.base}/personas/${w.ids.persona}` },
  { what: 'touchpoint', method: 'GET', url: tp },
  { what: 'touchpoint history', method: 'GET', url: (w) => `${tp(w)}/history` },
  { what: 'touchpoint ratings', method: 'GET', url: (w) => `${tp(w)}/ratings` },
  { what: 'touchpoint rating links', method: 'GET', url: (w) => `${tp(w)}/rating-links` },
  { what: 'touchpoint KPIs', method: 'GET', url: (w) => `${tp(w)}/kpis` },
  { what: 'touchpoint measures', method: 'GET', url: (w) => `${tp(w)}/measures` },
  { what: 'KPI', method: 'GET', url: (w) => `${w.base}/kpis/${w.ids.kpi}` },
  { what: 'KPI values', method: 'GET', url: (w) => `${w.base}/kpis/${w.ids.kpi}/values` },
  { what: 'measure', method: 'GET', url: (w) => `${w.base}/measures/${w.ids.measure}` },
);

const named = <T extends { what: string }>(list: T[]) => list.map((r) => [r.what, r] as const);

describe('roles inside a workspace', () => {
  let w: Filled;
  let viewer: string;
  let editor: string;
  beforeAll(async () => {
    w = await aFilledWorkspace();
    viewer = (await w.member('viewer')).token;
    editor = (await w.member('editor')).token;
  });

  it.each(named([...mutations, ...ownerOnly]))(
    'a viewer cannot %s: 403, nothing changes',
    async (_t, route) => {
      const before = await stateOf(w);
      const res = await call(viewer, route, w);
      expectError(res, 403, 'forbidden');
      expect(res.json().error.details).toMatchObject({ role: 'viewer' });
      expect(await stateOf(w)).toEqual(before);
    },
  );

  it.each(named(reads))('a viewer can read %s', async (_t, route) => {
    const res = await call(viewer, route, w);
    expect(res.statusCode, res.body).toBe(200);
  });

  it.each(named(ownerOnly))('an editor cannot %s: 403, nothing changes', async (_t, route) => {
    const before = await stateOf(w);
    const res = await call(editor, route, w);
    expectError(res, 403, 'forbidden');
    expect(res.json().error.details).toMatchObject({ role: 'editor', needed: 'owner' });
    expect(await stateOf(w)).toEqual(before);
  });

  it('an editor cannot list API tokens, a viewer neither', async () => {
    const route: Route = { what: 'tokens', method: 'GET', url: (x) => `${x.base}/api-tokens` };
    expectError(await call(editor, route, w), 403, 'forbidden');
    expectError(await call(viewer, route, w), 403, 'forbidden');
  });

  it('an editor can change content', async () => {
    const res = await call(editor, mutations[0] as Route, w);
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('the owner manages people and tokens', () => {
  it('invites, promotes, demotes and removes a member; creates, lists and revokes a token', async () => {
    const ws = await aWorkspace(testDb());
    const api = await apiAs(ws.owner.token);
    const base = `/workspaces/${ws.workspace.id}`;
    const email = `new.${randomUUID()}@example.com`;
    const invited = await api.post(`${base}/members`, {
      email,
      role: 'viewer',
      name: 'New',
      password: TEST_PASSWORD,
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const userId = invited.json().userId as string;
    expect((await api.patch(`${base}/members/${userId}`, { role: 'owner' })).json()).toMatchObject({
      role: 'owner',
    });
    expect((await api.patch(`${base}/members/${userId}`, { role: 'editor' })).json()).toMatchObject({
      role: 'editor',
    });
    expect((await api.delete(`${base}/members/${userId}`)).statusCode).toBe(200);
    expect((await api.get(`${base}/members`)).json()).toHaveLength(1);

    const token = await api.post(`${base}/api-tokens`, { name: 'Script', role: 'viewer' });
    expect(token.statusCode, token.body).toBe(201);
    expect((await api.get(`${base}/api-tokens`)).json()).toHaveLength(1);
    const revoked = await api.delete(`${base}/api-tokens/${token.json().info.id}`);
    expect(revoked.json().revokedAt).toEqual(expect.any(String));
  });

  it('the last owner can neither be removed nor demoted (409); with a second owner they can', async () => {
    const ws = await aWorkspace(testDb());
    const api = await apiAs(ws.owner.token);
    const base = `/workspaces/${ws.workspace.id}`;
    const me = ws.owner.id;
    expectError(await api.patch(`${base}/members/${me}`, { role: 'editor' }), 409, 'conflict');
    expectError(await api.delete(`${base}/members/${me}`), 409, 'conflict');
    expect((await api.get(`${base}/members`)).json()).toEqual([
      expect.objectContaining({ userId: me, role: 'owner' }),
    ]);

    const second = await ws.member('owner', 'Second owner');
    expect((await api.patch(`${base}/members/${me}`, { role: 'editor' })).statusCode).toBe(200);
    const asSecond = await apiAs(second.token);
    expectError(await asSecond.delete(`${base}/members/${second.id}`), 409, 'conflict');
    expect((await asSecond.delete(`${base}/members/${me}`)).statusCode).toBe(200);
  });
});

describe("another workspace's ids", () => {
  let a: Filled;
  let b: Filled;
  beforeAll(async () => {
    [a, b] = await Promise.all([aFilledWorkspace(), aFilledWorkspace()]);
  });

  /** B's ids in the path of A's routes. */
  const inPath: Route[] = [
    {
      what: 'edit persona',
      method: 'PATCH',
      url: () => `${a.base}/personas/${b.ids.persona}`,
      body: () => ({ name: 'X' }),
    },
    { what: 'delete persona', method: 'DELETE', url: () => `${a.base}/personas/${b.ids.persona}` },
    { what: 'read persona', method: 'GET', url: () => `${a.base}/personas/${b.ids.persona}` },
    {
      what: 'edit touchpoint',
      method: 'PATCH',
      url: () => `${a.base}/touchpoints/${b.ids.touchpoint}`,
      body: () => ({ name: 'X' }),
    },
    { what: 'read touchpoint', method: 'GET', url: () => `${a.base}/touchpoints/${b.ids.touchpoint}` },
    {
      what: 'retire touchpoint',
      method: 'POST',
      url: () => `${a.base}/touchpoints/${b.ids.touchpoint}/retire`,
      body: () => ({}),
    },
    {
      what: 'restore touchpoint',
      method: 'POST',
      url: () => `${a.base}/touchpoints/${b.ids.touchpoint}/restore`,
    },
    { what: 'delete touchpoint', method: 'DELETE', url: () => `${a.base}/touchpoints/${b.ids.touchpoint}` },
    {
      what: 'tick checklist item',
      method: 'PUT',
      url: () => `${a.base}/touchpoints/${b.ids.touchpoint}/checklist`,
      body: () => ({ criterionKey: 'website-minimal-seo', checked: true }),
    },
    {
      what: 'rate touchpoint',
      method: 'POST',
      url: () => `${a.base}/touchpoints/${b.ids.touchpoint}/ratings`,
      body: () => ({ score: 5 }),
    },
    { what: 'read ratings', method: 'GET', url: () => `${a.base}/touchpoints/${b.ids.touchpoint}/ratings` },
    {
      what: 'delete rating',
      method: 'DELETE',
      url: () => `${a.base}/touchpoints/${b.ids.touchpoint}/ratings/${b.ids.rating}`,
    },
    {
      what: 'delete rating via own touchpoint',
      method: 'DELETE',
      url: () => `${a.base}/touchpoints/${a.ids.touchpoint}/ratings/${b.ids.rating}`,
    },
    {
      what: 'create rating links',
      method: 'POST',
      url: () => `${a.base}/touchpoints/${b.ids.touchpoint}/rating-links`,
      body: () => ({ count: 1 }),
    },
    {
      what: 'read rating links',
      method: 'GET',
      url: () => `${a.base}/touchpoints/${b.ids.touchpoint}/rating-links`,
    },
    {
      what: 'revoke rating link',
      method: 'DELETE',
      url: () => `${a.base}/touchpoints/${a.ids.touchpoint}/rating-links/${b.ids.link}`,
    },
    {
      what: 'create KPI',
      method: 'POST',
      url: () => `${a.base}/touchpoints/${b.ids.touchpoint}/kpis`,
      body: () => ({ name: 'K' }),
    },
    {
      what: 'edit KPI',
      method: 'PATCH',
      url: () => `${a.base}/kpis/${b.ids.kpi}`,
      body: () => ({ name: 'X' }),
    },
    { what: 'delete KPI', method: 'DELETE', url: () => `${a.base}/kpis/${b.ids.kpi}` },
    { what: 'read KPI values', method: 'GET', url: () => `${a.base}/kpis/${b.ids.kpi}/values` },
    {
      what: 'record KPI value',
      method: 'POST',
      url: () => `${a.base}/kpis/${b.ids.kpi}/values`,
      body: () => ({ measuredOn: '2026-01-31', value: 1 }),
    },
    {
      what: 'edit measure',
      method: 'PATCH',
      url: () => `${a.base}/measures/${b.ids.measure}`,
      body: () => ({ title: 'X' }),
    },
    { what: 'delete measure', method: 'DELETE', url: () => `${a.base}/measures/${b.ids.measure}` },
    {
      what: 'edit content asset',
      method: 'PATCH',
      url: () => `${a.base}/content-assets/${b.ids.asset}`,
      body: () => ({ title: 'X' }),
    },
    { what: 'delete content asset', method: 'DELETE', url: () => `${a.base}/content-assets/${b.ids.asset}` },
    {
      what: "change B's owner's role",
      method: 'PATCH',
      url: () => `${a.base}/members/${b.ids.owner}`,
      body: () => ({ role: 'viewer' }),
    },
    { what: "remove B's owner", method: 'DELETE', url: () => `${a.base}/members/${b.ids.owner}` },
    { what: 'revoke API token', method: 'DELETE', url: () => `${a.base}/api-tokens/${b.ids.token}` },
    {
      what: 'activate journey model',
      method: 'POST',
      url: () => `${a.base}/journey-models/${b.ids.model}/activate`,
    },
    {
      what: 'read history of entity',
      method: 'GET',
      url: () => `${a.base}/touchpoints/${b.ids.touchpoint}/history`,
    },
    // B's workspace id itself: A's owner is no member there.
    { what: "read B's workspace", method: 'GET', url: () => b.base },
    { what: "read B's touchpoints", method: 'GET', url: () => `${b.base}/touchpoints` },
    { what: "export B's workspace", method: 'GET', url: () => `${b.base}/export` },
    {
      what: 'create a persona in B',
      method: 'POST',
      url: () => `${b.base}/personas`,
      body: () => ({ name: 'X' }),
    },
    { what: 'rename B', method: 'PATCH', url: () => b.base, body: () => ({ name: 'Mine now' }) },
    {
      what: 'invite into B',
      method: 'POST',
      url: () => `${b.base}/members`,
      body: () => ({ email: 'x@example.com', role: 'owner' }),
    },
    {
      what: 'import CSV into B',
      method: 'POST',
      url: () => `${b.base}/touchpoints/import`,
      csv: () => 'name\nX\n',
    },
  ];

  it.each(named(inPath))(
    '%s answers 404 (or an empty list) and changes neither workspace',
    async (_t, route) => {
      const [beforeA, beforeB] = await Promise.all([stateOf(a), stateOf(b)]);
      const res = await call(a.owner.token, route, a);
      if (res.statusCode === 200) {
        // Lists filtered by an id of B (history) are empty rather than 404; they must leak nothing.
        expect(res.json()).toEqual([]);
      } else expectError(res, 404, 'not_found');
      expect(await stateOf(a)).toEqual(beforeA);
      expect(await stateOf(b)).toEqual(beforeB);
    },
  );

  /** B's ids in the bodies of A's routes. */
  const inBody: (Route & { field: string })[] = [
    {
      what: 'touchpoint with B’s phase',
      method: 'POST',
      url: () => `${a.base}/touchpoints`,
      body: () => ({ name: 'T', phaseIds: [b.ids.phase] }),
      field: 'phaseIds',
    },
    {
      what: 'touchpoint with B’s persona',
      method: 'POST',
      url: () => `${a.base}/touchpoints`,
      body: () => ({ name: 'T', personaIds: [b.ids.persona] }),
      field: 'personaIds',
    },
    {
      what: 'touchpoint edited to B’s phase',
      method: 'PATCH',
      url: () => `${a.base}/touchpoints/${a.ids.touchpoint}`,
      body: () => ({ phaseIds: [a.ids.phase, b.ids.phase] }),
      field: 'phaseIds',
    },
    {
      what: 'from-catalogue with B’s persona',
      method: 'POST',
      url: () => `${a.base}/touchpoints/from-catalogue`,
      body: () => ({ catalogueKey: 'website', personaIds: [b.ids.persona] }),
      field: 'personaIds',
    },
    {
      what: 'from-catalogue with B’s Quickcheck run',
      method: 'POST',
      url: () => `${a.base}/touchpoints/from-catalogue`,
      body: () => ({ catalogueKey: 'website', quickcheckRunId: b.ids.run }),
      field: 'quickcheckRunId',
    },
    {
      what: 'measure for B’s touchpoint',
      method: 'POST',
      url: () => `${a.base}/measures`,
      body: () => ({ title: 'M', touchpointIds: [b.ids.touchpoint] }),
      field: 'touchpointIds',
    },
    {
      what: 'measure with B’s KPI',
      method: 'POST',
      url: () => `${a.base}/measures`,
      body: () => ({ title: 'M', kpiId: b.ids.kpi }),
      field: 'kpiId',
    },
    {
      what: 'measure edited to B’s KPI',
      method: 'PATCH',
      url: () => `${a.base}/measures/${a.ids.measure}`,
      body: () => ({ kpiId: b.ids.kpi }),
      field: 'kpiId',
    },
    {
      what: 'content asset mapped to B’s persona',
      method: 'POST',
      url: () => `${a.base}/content-assets`,
      body: () => ({ title: 'A', mappings: [{ personaId: b.ids.persona, phaseId: a.ids.phase }] }),
      field: 'mappings',
    },
    {
      what: 'content asset mapped to B’s phase',
      method: 'PATCH',
      url: () => `${a.base}/content-assets/${a.ids.asset}`,
      body: () => ({ mappings: [{ personaId: a.ids.persona, phaseId: b.ids.phase }] }),
      field: 'mappings',
    },
    {
      what: 'inventory CSV row with B’s touchpoint id',
      method: 'POST',
      url: () => `${a.base}/touchpoints/import`,
      field: 'id',
      csv: () => `id,name\n${b.ids.touchpoint},Hijacked\n`,
    },
    {
      what: 'action plan CSV row with B’s measure id',
      method: 'POST',
      url: () => `${a.base}/measures/import`,
      field: 'id',
      csv: () => `id,title\n${b.ids.measure},Hijacked\n`,
    },
  ];

  it.each(named(inBody))(
    '%s answers 400 naming the field and changes neither workspace',
    async (_t, route) => {
      const [beforeA, beforeB] = await Promise.all([stateOf(a), stateOf(b)]);
      const res = await call(a.owner.token, route, a);
      expectError(res, 400, 'validation_failed');
      const details = res.json().error.details as { field?: string; rows?: { column?: string }[] };
      expect(details.field ?? details.rows?.[0]?.column).toBe(route.field);
      expect(await stateOf(a)).toEqual(beforeA);
      expect(await stateOf(b)).toEqual(beforeB);
    },
  );

  it('ids and workspace ids smuggled into a body are refused as unknown fields, writing nothing', async () => {
    const [beforeA, beforeB] = [await stateOf(a), await stateOf(b)];
    const api = await apiAs(a.owner.token);
    const id = randomUUID();
    const res = await api.post(`${a.base}/personas`, { name: 'Smuggler', id, workspaceId: b.workspace.id });
    expect(res.statusCode, res.body).toBe(400);
    const fields = res.json().error.details.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['body.id', 'body.workspaceId']));
    expect(await stateOf(a)).toEqual(beforeA);
    expect(await stateOf(b)).toEqual(beforeB);
  });

  it("B's members see none of A in their workspace list", async () => {
    const res = await (await apiAs(b.owner.token)).get('/workspaces');
    expect(res.json().map((m: { workspaceId: string }) => m.workspaceId)).toEqual([b.workspace.id]);
  });
});

describe('API tokens', () => {
  it('act in their own workspace with their role, 404 elsewhere, 401 once revoked', async () => {
    const db = testDb();
    const [a, b] = await Promise.all([aWorkspace(db), aWorkspace(db)]);
    const owner = await apiAs(a.owner.token);
    const baseA = `/workspaces/${a.workspace.id}`;
    const baseB = `/workspaces/${b.workspace.id}`;
    const created = await owner.post(`${baseA}/api-tokens`, { name: 'Script' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().info).toMatchObject({ name: 'Script', role: 'editor', revokedAt: null });
    const script = await apiAs(created.json().token);

    expect((await script.get(`${baseA}/touchpoints`)).statusCode).toBe(200);
    expect((await script.post(`${baseA}/personas`, { name: 'Via token' })).statusCode).toBe(201);
    expectError(await script.post(`${baseA}/api-tokens`, { name: 'More' }), 403, 'forbidden');
    expectError(await script.get(baseB), 404, 'not_found');
    expectError(await script.post(`${baseB}/personas`, { name: 'Intruder' }), 404, 'not_found');
    expect((await (await apiAs(b.owner.token)).get(`${baseB}/personas`)).json()).toEqual([]);
    // A token is no login: it cannot list workspaces or act as a user.
    expectError(await script.get('/workspaces'), 401, 'unauthenticated');
    expectError(await script.get('/auth/me'), 401, 'unauthenticated');

    expect((await owner.delete(`${baseA}/api-tokens/${created.json().info.id}`)).statusCode).toBe(200);
    expectError(await script.get(`${baseA}/touchpoints`), 401, 'unauthenticated');
    expectError(await script.post(`${baseA}/personas`, { name: 'After revoke' }), 401, 'unauthenticated');
    const names = (await owner.get(`${baseA}/personas`)).json().map((p: { name: string }) => p.name);
    expect(names).toEqual(['Via token']);
  });

  it('a viewer-role token reads but cannot write', async () => {
    const a = await aWorkspace(testDb());
    const base = `/workspaces/${a.workspace.id}`;
    const created = await (
      await apiAs(a.owner.token)
    ).post(`${base}/api-tokens`, { name: 'Reader', role: 'viewer' });
    const reader = await apiAs(created.json().token);
    expect((await reader.get(`${base}/touchpoints`)).statusCode).toBe(200);
    expectError(await reader.post(`${base}/touchpoints`, { name: 'T' }), 403, 'forbidden');
    expectError(await reader.patch(base, { name: 'R' }), 403, 'forbidden');
    expect((await reader.get(`${base}/touchpoints`)).json()).toEqual([]);
  });
});

describe('sessions', () => {
  it('without a session every workspace route answers 401', async () => {
    const a = await aWorkspace(testDb());
    const anonymous = await apiAs(null);
    const base = `/workspaces/${a.workspace.id}`;
    expectError(await anonymous.get(`${base}/touchpoints`), 401, 'unauthenticated');
    expectError(await anonymous.post(`${base}/personas`, { name: 'P' }), 401, 'unauthenticated');
    expectError(await anonymous.get('/workspaces'), 401, 'unauthenticated');
    expectError(await anonymous.post('/workspaces', { name: 'W' }), 401, 'unauthenticated');
    expectError(await anonymous.get('/auth/me'), 401, 'unauthenticated');
    expectError(await (await apiAs('tps_made-up')).get(`${base}/touchpoints`), 401, 'unauthenticated');
    expectError(await (await apiAs('tpk_made-up')).get(`${base}/touchpoints`), 401, 'unauthenticated');
    expect((await (await apiAs(a.owner.token)).get(`${base}/personas`)).json()).toEqual([]);
  });

  it('an expired session answers 401', async () => {
    const db = testDb();
    const a = await aWorkspace(db);
    await db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', a.owner.id)
      .execute();
    expectError(
      await (await apiAs(a.owner.token)).get(`/workspaces/${a.workspace.id}`),
      401,
      'unauthenticated',
    );
  });

  it('logout ends a cookie session', async () => {
    const a = await aWorkspace(testDb());
    const app = await testApp();
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: a.owner.email, password: TEST_PASSWORD },
    });
    expect(login.statusCode, login.body).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'tp_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const cookies = { tp_session: cookie?.value as string };
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies })).statusCode).toBe(401);
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/workspaces/${a.workspace.id}`, cookies })).statusCode,
    ).toBe(401);
  });

  it('logout with the bearer token from login ends that session (it used to stay valid)', async () => {
    const a = await aWorkspace(testDb());
    const api = await apiAs(null);
    const login = await api.post('/auth/login', { email: a.owner.email, password: TEST_PASSWORD });
    const client = await apiAs(login.json().token);
    expect((await client.get('/auth/me')).statusCode).toBe(200);
    expect((await client.post('/auth/logout')).statusCode).toBe(204);
    expectError(await client.get('/auth/me'), 401, 'unauthenticated');
    // Other sessions of the same person stay.
    expect((await (await apiAs(a.owner.token)).get('/auth/me')).statusCode).toBe(200);
  });
});
