import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/services/accounts';
import { createContentAsset } from '../../src/services/content';
import { createKpi } from '../../src/services/kpis';
import { createMeasure } from '../../src/services/measures';
import { addRating, createRatingLinks } from '../../src/services/ratings';
import { apiAs, type ApiClient } from '../support/app';
import { aPersona, aTouchpoint, aWorkspace, type TestUser, type TestWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { workspaceSnapshot } from '../support/workspaceSnapshot';

/**
 * Every mutating endpoint with wrong types, missing fields, out-of-range values, unknown and malformed
 * ids, malformed JSON, oversized bodies and wrong content types. Each answer is a 4xx with
 * `{ error: { code, message, details } }` naming the field, and the workspace is unchanged afterwards.
 *
 * The cases share one workspace: each compares a digest of all its rows before and after, so a case that wrongly
 * writes fails itself and cannot hide behind, or break, another.
 */

interface Fixture {
  ws: TestWorkspace;
  editor: TestUser;
  api: ApiClient;
  base: string;
  personaId: string;
  phaseId: string;
  touchpointId: string;
  plainTouchpointId: string;
  kpiId: string;
  kpiName: string;
  otherKpiName: string;
  ratingId: string;
  linkId: string;
  linkToken: string;
  measureId: string;
  assetId: string;
  tokenId: string;
}

let f: Fixture;

beforeAll(async () => {
  const db = testDb();
  const ws = await aWorkspace(db);
  const { ctx } = ws;
  const editor = await ws.member('editor');
  const persona = await aPersona(ctx);
  const phaseId = ws.workspace.journeyModel.phases[0]?.id as string;
  const tp = await aTouchpoint(ctx, { checklistKind: 'website', phaseIds: [phaseId] });
  const plain = await aTouchpoint(ctx, { name: 'Messestand', medium: 'analog' });
  const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const kpi = unwrap(await createKpi(ctx, tp.id, { name: 'Visits' }));
  const other = unwrap(await createKpi(ctx, tp.id, { name: 'Bounce rate' }));
  const rating = unwrap(await addRating(ctx, tp.id, { source: 'employee', score: 2 }));
  const [link] = unwrap(await createRatingLinks(ctx, tp.id, { count: 1 }, 'https://x.example'));
  const measure = unwrap(
    await createMeasure(ctx, { title: 'Relaunch', touchpointIds: [tp.id], kpiId: kpi.id }),
  );
  const asset = unwrap(
    await createContentAsset(ctx, {
      title: 'Whitepaper',
      mappings: [{ personaId: persona.id, phaseId }],
    }),
  );
  const token = unwrap(await createApiToken(ctx, { name: 'CI', role: 'editor' }));
  f = {
    ws,
    editor,
    api: await apiAs(ws.owner.token),
    base: `/workspaces/${ws.workspace.id}`,
    personaId: persona.id,
    phaseId,
    touchpointId: tp.id,
    plainTouchpointId: plain.id,
    kpiId: kpi.id,
    kpiName: kpi.name,
    otherKpiName: other.name,
    ratingId: rating.id,
    linkId: link?.id as string,
    linkToken: link?.token as string,
    measureId: measure.id,
    assetId: asset.id,
    tokenId: token.info.id,
  };
});

const snapshot = (workspaceId: string, ownerId: string) => workspaceSnapshot(testDb(), workspaceId, ownerId);

const stateOf = () => snapshot(f.ws.ctx.workspaceId, f.ws.owner.id);

type Method = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface Call {
  method: Method;
  /** Relative to /api/v1 unless it starts with /api/. */
  url: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
}

interface BadCase extends Call {
  what: string;
  status: number;
  code: string;
  /** The field the error must name, in `details.issues[].field` or `details.field`. */
  field?: string;
}

function send(c: Call, override?: { payload: string; contentType: string }): Promise<LightMyRequestResponse> {
  const path = c.url(f);
  const url = path.startsWith('/api/') ? path : `/api/v1${path}`;
  const body = c.body?.(f);
  if (override)
    return f.api.raw({
      method: c.method,
      url,
      payload: override.payload,
      headers: { 'content-type': override.contentType },
    });
  return f.api.raw({ method: c.method, url, ...(body !== undefined && { payload: body as object }) });
}

function fieldsOf(details: Record<string, unknown>): string[] {
  const issues = (details.issues ?? []) as { field?: unknown }[];
  return [...issues.map((i) => i.field), details.field].filter((x): x is string => typeof x === 'string');
}

function expectError(res: LightMyRequestResponse, status: number, codes: string | string[], field?: string) {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json<{ error: { code: string; message: string; details: Record<string, unknown> } }>();
  expect(body.error.code).toBeOneOf(Array.isArray(codes) ? codes : [codes]);
  expect(body.error.message).toMatch(/\w{3}/);
  expect(body.error.details).toBeTypeOf('object');
  if (field)
    expect(fieldsOf(body.error.details), JSON.stringify(body.error)).toContainEqual(
      expect.stringMatching(new RegExp(`(^|\\.)${field}(\\.|$)`)),
    );
}

const tp = (x: Fixture) => `${x.base}/touchpoints/${x.touchpointId}`;
const long = (n: number) => 'x'.repeat(n);
const bad = (
  what: string,
  method: Method,
  url: Call['url'],
  body: unknown,
  status: number,
  code: string,
  field?: string,
): BadCase => ({
  what,
  method,
  url,
  ...(body !== undefined && { body: typeof body === 'function' ? (body as Call['body']) : () => body }),
  status,
  code,
  ...(field && { field }),
});
const V = 'validation_failed';

const cases: BadCase[] = [
  // Personas
  bad('persona without a name', 'POST', (x) => `${x.base}/personas`, {}, 400, V, 'name'),
  bad('persona name of the wrong type', 'POST', (x) => `${x.base}/personas`, { name: 42 }, 400, V, 'name'),
  bad('persona name of blanks', 'POST', (x) => `${x.base}/personas`, { name: '   ' }, 400, V, 'name'),
  bad('persona name too long', 'POST', (x) => `${x.base}/personas`, { name: long(201) }, 400, V, 'name'),
  bad(
    'persona needs as a string',
    'POST',
    (x) => `${x.base}/personas`,
    { name: 'P', needs: 'Tempo' },
    400,
    V,
    'needs',
  ),
  bad(
    'persona needs with a number',
    'POST',
    (x) => `${x.base}/personas`,
    { name: 'P', needs: [1] },
    400,
    V,
    'needs',
  ),
  bad(
    'persona with a typo instead of name',
    'POST',
    (x) => `${x.base}/personas`,
    { nmae: 'P' },
    400,
    V,
    'name',
  ),
  bad(
    'persona name set to null',
    'PATCH',
    (x) => `${x.base}/personas/${x.personaId}`,
    { name: null },
    400,
    V,
    'name',
  ),
  bad(
    'persona role as a number',
    'PATCH',
    (x) => `${x.base}/personas/${x.personaId}`,
    { role: 5 },
    400,
    V,
    'role',
  ),
  bad('persona body as an array', 'PATCH', (x) => `${x.base}/personas/${x.personaId}`, [], 400, V, 'body'),

  // Touchpoints
  bad('touchpoint without a name', 'POST', (x) => `${x.base}/touchpoints`, {}, 400, V, 'name'),
  bad(
    'touchpoint medium unknown',
    'POST',
    (x) => `${x.base}/touchpoints`,
    { name: 'T', medium: 'telepathy' },
    400,
    V,
    'medium',
  ),
  bad(
    'touchpoint relevance 0',
    'POST',
    (x) => `${x.base}/touchpoints`,
    { name: 'T', relevance: 0 },
    400,
    V,
    'relevance',
  ),
  bad(
    'touchpoint relevance 6',
    'POST',
    (x) => `${x.base}/touchpoints`,
    { name: 'T', relevance: 6 },
    400,
    V,
    'relevance',
  ),
  bad(
    'touchpoint relevance 2.5',
    'POST',
    (x) => `${x.base}/touchpoints`,
    { name: 'T', relevance: 2.5 },
    400,
    V,
    'relevance',
  ),
  bad(
    'touchpoint relevance "3"',
    'POST',
    (x) => `${x.base}/touchpoints`,
    { name: 'T', relevance: '3' },
    400,
    V,
    'relevance',
  ),
  bad(
    'touchpoint impact 6',
    'POST',
    (x) => `${x.base}/touchpoints`,
    { name: 'T', impact: 6 },
    400,
    V,
    'impact',
  ),
  bad(
    'touchpoint effort 0',
    'POST',
    (x) => `${x.base}/touchpoints`,
    { name: 'T', effort: 0 },
    400,
    V,
    'effort',
  ),
  bad(
    'touchpoint target rating 5.5',
    'POST',
    (x) => `${x.base}/touchpoints`,
    { name: 'T', targetRating: 5.5 },
    400,
    V,
    'targetRating',
  ),
  bad(
    'touchpoint maturity unknown',
    'POST',
    (x) => `${x.base}/touchpoints`,
    { name: 'T', currentMaturity: 'great' },
    400,
    V,
    'currentMaturity',
  ),
  bad(
    'touchpoint moment as "yes"',
    'POST',
    (x) => `${x.base}/touchpoints`,
    { name: 'T', momentThatMatters: 'yes' },
    400,
    V,
    'momentThatMatters',
  ),
  bad(
    'touchpoint phase id not a uuid',
    'POST',
    (x) => `${x.base}/touchpoints`,
    { name: 'T', phaseIds: ['attention'] },
    400,
    V,
    'phaseIds',
  ),
  bad(
    'touchpoint unknown phase',
    'POST',
    (x) => `${x.base}/touchpoints`,
    () => ({ name: 'T', phaseIds: [randomUUID()] }),
    400,
    V,
    'phaseIds',
  ),
  bad(
    'touchpoint unknown persona',
    'POST',
    (x) => `${x.base}/touchpoints`,
    () => ({ name: 'T', personaIds: [randomUUID()] }),
    400,
    V,
    'personaIds',
  ),
  bad(
    'from-catalogue without a key',
    'POST',
    (x) => `${x.base}/touchpoints/from-catalogue`,
    {},
    400,
    V,
    'catalogueKey',
  ),
  bad(
    'from-catalogue unknown key',
    'POST',
    (x) => `${x.base}/touchpoints/from-catalogue`,
    { catalogueKey: 'fax' },
    400,
    V,
    'catalogueKey',
  ),
  bad(
    'from-catalogue unknown persona',
    'POST',
    (x) => `${x.base}/touchpoints/from-catalogue`,
    () => ({ catalogueKey: 'website', personaIds: [randomUUID()] }),
    400,
    V,
    'personaIds',
  ),
  bad(
    'from-catalogue unknown Quickcheck run (was a 500)',
    'POST',
    (x) => `${x.base}/touchpoints/from-catalogue`,
    () => ({ catalogueKey: 'website', quickcheckRunId: randomUUID() }),
    400,
    V,
    'quickcheckRunId',
  ),
  bad('touchpoint renamed to empty', 'PATCH', tp, { name: '' }, 400, V, 'name'),
  bad('touchpoint effort 6', 'PATCH', tp, { effort: 6 }, 400, V, 'effort'),
  bad('touchpoint checklist kind unknown', 'PATCH', tp, { checklistKind: 'fax' }, 400, V, 'checklistKind'),
  bad(
    'touchpoint persona ids as a string',
    'PATCH',
    tp,
    () => ({ personaIds: randomUUID() }),
    400,
    V,
    'personaIds',
  ),
  bad('retire reason as a number', 'POST', (x) => `${tp(x)}/retire`, { reason: 42 }, 400, V, 'reason'),
  bad('retire reason too long', 'POST', (x) => `${tp(x)}/retire`, { reason: long(501) }, 400, V, 'reason'),
  bad(
    'checklist without a criterion',
    'PUT',
    (x) => `${tp(x)}/checklist`,
    { checked: true },
    400,
    V,
    'criterionKey',
  ),
  bad(
    'checklist unknown criterion',
    'PUT',
    (x) => `${tp(x)}/checklist`,
    { criterionKey: 'nope', checked: true },
    400,
    V,
    'criterionKey',
  ),
  bad(
    'checklist criterion of another kind',
    'PUT',
    (x) => `${tp(x)}/checklist`,
    { criterionKey: 'email-minimal-address-database', checked: true },
    400,
    V,
    'criterionKey',
  ),
  bad(
    'checklist checked as "yes"',
    'PUT',
    (x) => `${tp(x)}/checklist`,
    { criterionKey: 'website-minimal-seo', checked: 'yes' },
    400,
    V,
    'checked',
  ),
  bad(
    'checklist on a touchpoint without one',
    'PUT',
    (x) => `${x.base}/touchpoints/${x.plainTouchpointId}/checklist`,
    { criterionKey: 'website-minimal-seo', checked: true },
    400,
    V,
    'checklistKind',
  ),

  // Ratings
  bad('rating without a score', 'POST', (x) => `${tp(x)}/ratings`, {}, 400, V, 'score'),
  bad('rating score 0', 'POST', (x) => `${tp(x)}/ratings`, { score: 0 }, 400, V, 'score'),
  bad('rating score 6', 'POST', (x) => `${tp(x)}/ratings`, { score: 6 }, 400, V, 'score'),
  bad('rating score 2.5', 'POST', (x) => `${tp(x)}/ratings`, { score: 2.5 }, 400, V, 'score'),
  bad('rating score "4"', 'POST', (x) => `${tp(x)}/ratings`, { score: '4' }, 400, V, 'score'),
  bad(
    'rating source unknown',
    'POST',
    (x) => `${tp(x)}/ratings`,
    { score: 3, source: 'robot' },
    400,
    V,
    'source',
  ),
  bad(
    'rating comment too long',
    'POST',
    (x) => `${tp(x)}/ratings`,
    { score: 3, comment: long(5001) },
    400,
    V,
    'comment',
  ),

  // Rating links
  bad('rating links count 0', 'POST', (x) => `${tp(x)}/rating-links`, { count: 0 }, 400, V, 'count'),
  bad('rating links count 501', 'POST', (x) => `${tp(x)}/rating-links`, { count: 501 }, 400, V, 'count'),
  bad('rating links count 2.5', 'POST', (x) => `${tp(x)}/rating-links`, { count: 2.5 }, 400, V, 'count'),
  bad(
    'rating links expire in 0 days',
    'POST',
    (x) => `${tp(x)}/rating-links`,
    { expiresInDays: 0 },
    400,
    V,
    'expiresInDays',
  ),
  bad(
    'rating links expire in 366 days',
    'POST',
    (x) => `${tp(x)}/rating-links`,
    { expiresInDays: 366 },
    400,
    V,
    'expiresInDays',
  ),
  bad(
    'rating links label as a number',
    'POST',
    (x) => `${tp(x)}/rating-links`,
    { label: 7 },
    400,
    V,
    'label',
  ),

  // KPIs and their values
  bad('KPI without a name', 'POST', (x) => `${tp(x)}/kpis`, {}, 400, V, 'name'),
  bad(
    'KPI direction unknown',
    'POST',
    (x) => `${tp(x)}/kpis`,
    { name: 'K', direction: 'up' },
    400,
    V,
    'direction',
  ),
  bad(
    'KPI target as a string',
    'POST',
    (x) => `${tp(x)}/kpis`,
    { name: 'K', targetValue: '10' },
    400,
    V,
    'targetValue',
  ),
  bad(
    'KPI name taken on this touchpoint',
    'POST',
    (x) => `${tp(x)}/kpis`,
    (x: Fixture) => ({ name: x.kpiName }),
    409,
    'conflict',
    'name',
  ),
  bad('KPI renamed to empty', 'PATCH', (x) => `${x.base}/kpis/${x.kpiId}`, { name: '' }, 400, V, 'name'),
  bad(
    'KPI renamed to a sibling’s name (was a 500)',
    'PATCH',
    (x) => `${x.base}/kpis/${x.kpiId}`,
    (x: Fixture) => ({ name: x.otherKpiName }),
    409,
    'conflict',
    'name',
  ),
  bad(
    'KPI value without a date',
    'POST',
    (x) => `${x.base}/kpis/${x.kpiId}/values`,
    { value: 1 },
    400,
    V,
    'measuredOn',
  ),
  bad(
    'KPI value on 30 February',
    'POST',
    (x) => `${x.base}/kpis/${x.kpiId}/values`,
    { measuredOn: '2026-02-30', value: 1 },
    400,
    V,
    'measuredOn',
  ),
  bad(
    'KPI value with a German date',
    'POST',
    (x) => `${x.base}/kpis/${x.kpiId}/values`,
    { measuredOn: '31.12.2026', value: 1 },
    400,
    V,
    'measuredOn',
  ),
  bad(
    'KPI value as a string',
    'POST',
    (x) => `${x.base}/kpis/${x.kpiId}/values`,
    { measuredOn: '2026-01-31', value: '7' },
    400,
    V,
    'value',
  ),

  // Measures
  bad('measure without a title', 'POST', (x) => `${x.base}/measures`, {}, 400, V, 'title'),
  bad(
    'measure status unknown',
    'POST',
    (x) => `${x.base}/measures`,
    { title: 'M', status: 'someday' },
    400,
    V,
    'status',
  ),
  bad('measure effort 6', 'POST', (x) => `${x.base}/measures`, { title: 'M', effort: 6 }, 400, V, 'effort'),
  bad(
    'measure impact 0',
    'POST',
    (x) => `${x.base}/measures`,
    { title: 'M', expectedImpact: 0 },
    400,
    V,
    'expectedImpact',
  ),
  bad(
    'measure due "tomorrow"',
    'POST',
    (x) => `${x.base}/measures`,
    { title: 'M', dueDate: 'tomorrow' },
    400,
    V,
    'dueDate',
  ),
  bad(
    'measure unknown touchpoint',
    'POST',
    (x) => `${x.base}/measures`,
    () => ({ title: 'M', touchpointIds: [randomUUID()] }),
    400,
    V,
    'touchpointIds',
  ),
  bad(
    'measure unknown KPI',
    'POST',
    (x) => `${x.base}/measures`,
    () => ({ title: 'M', kpiId: randomUUID() }),
    400,
    V,
    'kpiId',
  ),
  bad(
    'measure status set to null',
    'PATCH',
    (x) => `${x.base}/measures/${x.measureId}`,
    { status: null },
    400,
    V,
    'status',
  ),

  // Content assets
  bad('content asset without a title', 'POST', (x) => `${x.base}/content-assets`, {}, 400, V, 'title'),
  bad(
    'content asset url not a url',
    'POST',
    (x) => `${x.base}/content-assets`,
    { title: 'A', url: 'not a url' },
    400,
    V,
    'url',
  ),
  bad(
    'content asset mapping incomplete',
    'POST',
    (x) => `${x.base}/content-assets`,
    (x: Fixture) => ({ title: 'A', mappings: [{ personaId: x.personaId }] }),
    400,
    V,
    'mappings',
  ),
  bad(
    'content asset unknown persona',
    'POST',
    (x) => `${x.base}/content-assets`,
    (x: Fixture) => ({ title: 'A', mappings: [{ personaId: randomUUID(), phaseId: x.phaseId }] }),
    400,
    V,
    'mappings',
  ),
  bad(
    'content asset title as a number',
    'PATCH',
    (x) => `${x.base}/content-assets/${x.assetId}`,
    { title: 1 },
    400,
    V,
    'title',
  ),

  // Members
  bad(
    'member e-mail not an address',
    'POST',
    (x) => `${x.base}/members`,
    { email: 'nope', role: 'editor' },
    400,
    V,
    'email',
  ),
  bad(
    'member role unknown',
    'POST',
    (x) => `${x.base}/members`,
    { email: 'a@example.com', role: 'admin' },
    400,
    V,
    'role',
  ),
  bad(
    'new member without a name',
    'POST',
    (x) => `${x.base}/members`,
    () => ({ email: `n.${randomUUID()}@example.com`, role: 'editor' }),
    400,
    V,
    'name',
  ),
  bad(
    'new member without a password',
    'POST',
    (x) => `${x.base}/members`,
    () => ({ email: `n.${randomUUID()}@example.com`, role: 'editor', name: 'N' }),
    400,
    V,
    'password',
  ),
  bad(
    'new member with a short password',
    'POST',
    (x) => `${x.base}/members`,
    () => ({ email: `n.${randomUUID()}@example.com`, role: 'editor', name: 'N', password: 'short' }),
    400,
    V,
    'password',
  ),
  bad(
    'member who is one already',
    'POST',
    (x) => `${x.base}/members`,
    (x: Fixture) => ({ email: x.editor.email, role: 'viewer' }),
    409,
    'conflict',
    'email',
  ),
  bad(
    'member role changed to "boss"',
    'PATCH',
    (x) => `${x.base}/members/${x.editor.id}`,
    { role: 'boss' },
    400,
    V,
    'role',
  ),

  // API tokens
  bad('API token without a name', 'POST', (x) => `${x.base}/api-tokens`, {}, 400, V, 'name'),
  bad(
    'API token role unknown',
    'POST',
    (x) => `${x.base}/api-tokens`,
    { name: 'T', role: 'root' },
    400,
    V,
    'role',
  ),

  // Journey models
  bad(
    'journey model kind unknown',
    'POST',
    (x) => `${x.base}/journey-models`,
    { kind: 'spiral' },
    400,
    V,
    'kind',
  ),
  bad(
    'custom journey model without a name',
    'POST',
    (x) => `${x.base}/journey-models`,
    { kind: 'custom' },
    400,
    V,
    'name',
  ),
  bad(
    'custom journey model with one phase',
    'POST',
    (x) => `${x.base}/journey-models`,
    { kind: 'custom', name: 'C', phases: [{ key: 'a', nameDe: 'A', nameEn: 'A' }] },
    400,
    V,
    'phases',
  ),
  bad(
    'custom journey model with a twice-used key',
    'POST',
    (x) => `${x.base}/journey-models`,
    {
      kind: 'custom',
      name: 'C',
      phases: [
        { key: 'a', nameDe: 'A', nameEn: 'A' },
        { key: 'a', nameDe: 'B', nameEn: 'B' },
      ],
    },
    400,
    V,
    'phases',
  ),
  bad(
    'custom journey model with a bad key',
    'POST',
    (x) => `${x.base}/journey-models`,
    {
      kind: 'custom',
      name: 'C',
      phases: [
        { key: 'Bad Key!', nameDe: 'A', nameEn: 'A' },
        { key: 'b', nameDe: 'B', nameEn: 'B' },
      ],
    },
    400,
    V,
    'key',
  ),

  // The workspace itself
  bad('workspace renamed without a name', 'PATCH', (x) => x.base, {}, 400, V, 'name'),
  bad('workspace renamed to blanks', 'PATCH', (x) => x.base, { name: ' ' }, 400, V, 'name'),
  bad('workspace renamed to a number', 'PATCH', (x) => x.base, { name: 5 }, 400, V, 'name'),
  bad('workspace created without a name', 'POST', () => '/workspaces', {}, 400, V, 'name'),
  bad(
    'workspace created with an unknown model kind',
    'POST',
    () => '/workspaces',
    { name: 'W', journeyModel: { kind: 'spiral' } },
    400,
    V,
    'kind',
  ),
  bad(
    'workspace created with a custom model without phases (was created empty)',
    'POST',
    () => '/workspaces',
    { name: 'W', journeyModel: { kind: 'custom', name: 'C' } },
    400,
    V,
    'phases',
  ),
  bad(
    'workspace created with twice-used phase keys (was a 500)',
    'POST',
    () => '/workspaces',
    {
      name: 'W',
      journeyModel: {
        kind: 'custom',
        name: 'C',
        phases: [
          { key: 'a', nameDe: 'A', nameEn: 'A' },
          { key: 'a', nameDe: 'B', nameEn: 'B' },
        ],
      },
    },
    400,
    V,
    'phases',
  ),

  // Login
  bad('login without anything', 'POST', () => '/auth/login', {}, 400, V, 'email'),
  bad('login e-mail as a number', 'POST', () => '/auth/login', { email: 5, password: 'x' }, 400, V, 'email'),
  bad(
    'login with an empty password',
    'POST',
    () => '/auth/login',
    (x: Fixture) => ({ email: x.ws.owner.email, password: '' }),
    400,
    V,
    'password',
  ),
  bad(
    'login with a wrong password',
    'POST',
    () => '/auth/login',
    (x: Fixture) => ({ email: x.ws.owner.email, password: 'wrong password' }),
    401,
    'unauthenticated',
  ),
  bad(
    'login with a NUL in the e-mail (was a 500, then a 401)',
    'POST',
    () => '/auth/login',
    { email: 'owner\u0000@example.com', password: 'x' },
    400,
    V,
    'email',
  ),
];

const noUuid = 'not-a-uuid';

/** Routes that take ids, each with a body that is fine, so only the id can be wrong. */
const idRoutes: { what: string; method: Method; url: (x: Fixture, id: string) => string; body?: unknown }[] =
  [
    {
      what: 'PATCH persona',
      method: 'PATCH',
      url: (x, id) => `${x.base}/personas/${id}`,
      body: { name: 'R' },
    },
    { what: 'DELETE persona', method: 'DELETE', url: (x, id) => `${x.base}/personas/${id}` },
    {
      what: 'PATCH touchpoint',
      method: 'PATCH',
      url: (x, id) => `${x.base}/touchpoints/${id}`,
      body: { name: 'R' },
    },
    { what: 'DELETE touchpoint', method: 'DELETE', url: (x, id) => `${x.base}/touchpoints/${id}` },
    {
      what: 'retire touchpoint',
      method: 'POST',
      url: (x, id) => `${x.base}/touchpoints/${id}/retire`,
      body: {},
    },
    { what: 'restore touchpoint', method: 'POST', url: (x, id) => `${x.base}/touchpoints/${id}/restore` },
    {
      what: 'tick checklist item',
      method: 'PUT',
      url: (x, id) => `${x.base}/touchpoints/${id}/checklist`,
      body: { criterionKey: 'website-minimal-seo', checked: true },
    },
    {
      what: 'rate touchpoint',
      method: 'POST',
      url: (x, id) => `${x.base}/touchpoints/${id}/ratings`,
      body: { score: 3 },
    },
    {
      what: 'DELETE rating',
      method: 'DELETE',
      url: (x, id) => `${x.base}/touchpoints/${x.touchpointId}/ratings/${id}`,
    },
    {
      what: 'DELETE rating of touchpoint',
      method: 'DELETE',
      url: (x, id) => `${x.base}/touchpoints/${id}/ratings/${x.ratingId}`,
    },
    {
      what: 'create rating links',
      method: 'POST',
      url: (x, id) => `${x.base}/touchpoints/${id}/rating-links`,
      body: { count: 1 },
    },
    {
      what: 'revoke rating link',
      method: 'DELETE',
      url: (x, id) => `${x.base}/touchpoints/${x.touchpointId}/rating-links/${id}`,
    },
    {
      what: 'revoke rating link of touchpoint',
      method: 'DELETE',
      url: (x, id) => `${x.base}/touchpoints/${id}/rating-links/${x.linkId}`,
    },
    {
      what: 'create KPI',
      method: 'POST',
      url: (x, id) => `${x.base}/touchpoints/${id}/kpis`,
      body: { name: 'New KPI' },
    },
    { what: 'PATCH KPI', method: 'PATCH', url: (x, id) => `${x.base}/kpis/${id}`, body: { name: 'R' } },
    { what: 'DELETE KPI', method: 'DELETE', url: (x, id) => `${x.base}/kpis/${id}` },
    {
      what: 'record KPI value',
      method: 'POST',
      url: (x, id) => `${x.base}/kpis/${id}/values`,
      body: { measuredOn: '2026-01-31', value: 3 },
    },
    {
      what: 'PATCH measure',
      method: 'PATCH',
      url: (x, id) => `${x.base}/measures/${id}`,
      body: { title: 'R' },
    },
    { what: 'DELETE measure', method: 'DELETE', url: (x, id) => `${x.base}/measures/${id}` },
    {
      what: 'PATCH content asset',
      method: 'PATCH',
      url: (x, id) => `${x.base}/content-assets/${id}`,
      body: { title: 'R' },
    },
    { what: 'DELETE content asset', method: 'DELETE', url: (x, id) => `${x.base}/content-assets/${id}` },
    {
      what: 'change member role',
      method: 'PATCH',
      url: (x, id) => `${x.base}/members/${id}`,
      body: { role: 'viewer' },
    },
    { what: 'remove member', method: 'DELETE', url: (x, id) => `${x.base}/members/${id}` },
    { what: 'revoke API token', method: 'DELETE', url: (x, id) => `${x.base}/api-tokens/${id}` },
    {
      what: 'activate journey model',
      method: 'POST',
      url: (x, id) => `${x.base}/journey-models/${id}/activate`,
    },
    { what: 'rename workspace', method: 'PATCH', url: (_x, id) => `/workspaces/${id}`, body: { name: 'R' } },
    {
      what: 'create persona in workspace',
      method: 'POST',
      url: (_x, id) => `/workspaces/${id}/personas`,
      body: { name: 'P' },
    },
  ];

/** Every endpoint that reads a JSON body. */
const bodyRoutes: (Call & { what: string })[] = [
  { what: 'POST /personas', method: 'POST', url: (x) => `${x.base}/personas` },
  { what: 'PATCH /personas/:id', method: 'PATCH', url: (x) => `${x.base}/personas/${x.personaId}` },
  { what: 'POST /touchpoints', method: 'POST', url: (x) => `${x.base}/touchpoints` },
  {
    what: 'POST /touchpoints/from-catalogue',
    method: 'POST',
    url: (x) => `${x.base}/touchpoints/from-catalogue`,
  },
  { what: 'PATCH /touchpoints/:id', method: 'PATCH', url: tp },
  { what: 'POST /touchpoints/:id/retire', method: 'POST', url: (x) => `${tp(x)}/retire` },
  { what: 'PUT /touchpoints/:id/checklist', method: 'PUT', url: (x) => `${tp(x)}/checklist` },
  { what: 'POST /touchpoints/:id/ratings', method: 'POST', url: (x) => `${tp(x)}/ratings` },
  { what: 'POST /touchpoints/:id/rating-links', method: 'POST', url: (x) => `${tp(x)}/rating-links` },
  { what: 'POST /touchpoints/:id/kpis', method: 'POST', url: (x) => `${tp(x)}/kpis` },
  { what: 'PATCH /kpis/:id', method: 'PATCH', url: (x) => `${x.base}/kpis/${x.kpiId}` },
  { what: 'POST /kpis/:id/values', method: 'POST', url: (x) => `${x.base}/kpis/${x.kpiId}/values` },
  { what: 'POST /measures', method: 'POST', url: (x) => `${x.base}/measures` },
  { what: 'PATCH /measures/:id', method: 'PATCH', url: (x) => `${x.base}/measures/${x.measureId}` },
  { what: 'POST /content-assets', method: 'POST', url: (x) => `${x.base}/content-assets` },
  { what: 'PATCH /content-assets/:id', method: 'PATCH', url: (x) => `${x.base}/content-assets/${x.assetId}` },
  { what: 'POST /members', method: 'POST', url: (x) => `${x.base}/members` },
  { what: 'PATCH /members/:id', method: 'PATCH', url: (x) => `${x.base}/members/${x.editor.id}` },
  { what: 'POST /api-tokens', method: 'POST', url: (x) => `${x.base}/api-tokens` },
  { what: 'POST /journey-models', method: 'POST', url: (x) => `${x.base}/journey-models` },
  { what: 'PATCH /workspaces/:id', method: 'PATCH', url: (x) => x.base },
  { what: 'POST /workspaces', method: 'POST', url: () => '/workspaces' },
  { what: 'POST /auth/login', method: 'POST', url: () => '/auth/login' },
  {
    what: 'POST /public/ratings/:token',
    method: 'POST',
    url: (x) => `/api/v1/public/ratings/${x.linkToken}`,
  },
];
/** Imports take up to 20 MB, so they are left out of the 1 MB case. */
const importRoute = {
  what: 'POST /workspaces/import',
  method: 'POST' as const,
  url: () => '/workspaces/import',
};

describe('bad input to the API', () => {
  it.each(cases.map((c) => [`${c.method} ${c.what} → ${c.status}`, c] as const))('%s', async (_t, c) => {
    const before = await stateOf();
    expectError(await send(c), c.status, c.code, c.field);
    expect(await stateOf()).toEqual(before);
  });

  describe.each(idRoutes.map((r) => [r.what, r] as const))('%s', (_t, route) => {
    it('with an unknown id answers 404', async () => {
      const before = await stateOf();
      const res = await send({
        method: route.method,
        url: (x) => route.url(x, randomUUID()),
        body: () => route.body,
      });
      expectError(res, 404, 'not_found');
      expect(await stateOf()).toEqual(before);
    });
    it('with an id that is not a uuid answers 400 naming the parameter', async () => {
      const before = await stateOf();
      const res = await send({
        method: route.method,
        url: (x) => route.url(x, noUuid),
        body: () => route.body,
      });
      expect(res.json().error.details.issues[0].field).toMatch(/^params\./);
      expectError(res, 400, V);
      expect(await stateOf()).toEqual(before);
    });
  });

  describe.each([...bodyRoutes, importRoute].map((r) => [r.what, r] as const))('%s', (_t, route) => {
    it.each([
      ['cut-off JSON', '{"name": "x",'],
      ['JSON with a trailing comma', '{"name": "x",}'],
      ['prototype pollution', '{"name": "x", "__proto__": {"admin": true}}'],
    ])('rejects %s with 400 and a message', async (_label, payload) => {
      const before = await stateOf();
      const res = await send(route, { payload, contentType: 'application/json' });
      expectError(res, 400, ['bad_request', V]);
      expect(res.json().error.message).toMatch(/JSON/);
      expect(await stateOf()).toEqual(before);
    });

    it('rejects XML with 415', async () => {
      const before = await stateOf();
      const res = await send(route, { payload: '<name>x</name>', contentType: 'application/xml' });
      expectError(res, 415, 'unsupported_media_type');
      expect(await stateOf()).toEqual(before);
    });

    it('rejects JSON sent as text/plain with 400', async () => {
      const before = await stateOf();
      const res = await send(route, { payload: '{"name":"x"}', contentType: 'text/plain' });
      expectError(res, 400, V);
      expect(await stateOf()).toEqual(before);
    });
  });

  it.each(bodyRoutes.map((r) => [r.what, r] as const))(
    '%s rejects a body over 1 MB with 413',
    async (_t, route) => {
      const before = await stateOf();
      const payload = JSON.stringify({ name: 'x', title: 'x', description: long(1024 * 1024) });
      const res = await send(route, { payload, contentType: 'application/json' });
      expectError(res, 413, 'payload_too_large');
      expect(await stateOf()).toEqual(before);
    },
  );
});

describe('bad workspace documents', () => {
  const doc = (over: Record<string, unknown>) => ({
    format: 'touchpoint.workspace',
    version: 1,
    workspace: { name: 'Imported' },
    journeyModels: [
      { ref: 'm', kind: 'aidala', name: 'AIDA', phases: [{ key: 'a', nameDe: 'A', nameEn: 'A' }] },
    ],
    ...over,
  });
  it.each([
    ['not a workspace document', { format: 'something' }, 'format'],
    ['no journey model', doc({ journeyModels: [] }), 'journeyModels'],
    [
      'a phase key twice in one model (was a 500)',
      doc({
        journeyModels: [
          {
            ref: 'm',
            kind: 'custom',
            name: 'C',
            phases: [
              { key: 'a', nameDe: 'A', nameEn: 'A' },
              { key: 'a', nameDe: 'B', nameEn: 'B' },
            ],
          },
        ],
      }),
      'journeyModels[0].phases[1].key',
    ],
    [
      'two KPIs of one touchpoint with one name (was a 500)',
      doc({
        touchpoints: [
          {
            ref: 't',
            name: 'T',
            kpis: [
              { ref: 'k1', name: 'Visits' },
              { ref: 'k2', name: 'Visits' },
            ],
          },
        ],
      }),
      'touchpoints[0].kpis[1].name',
    ],
    [
      'a NUL character in a name (was a 500)',
      doc({ workspace: { name: 'Bad\u0000Name' } }),
      'workspace.name',
    ],
    [
      'a touchpoint pointing at an unknown persona',
      doc({ touchpoints: [{ ref: 't', name: 'T', personas: ['ghost'] }] }),
      'touchpoints[0].personas[0]',
    ],
  ])('rejects %s with 400 naming the path, creating no workspace', async (_label, body, path) => {
    const before = await stateOf();
    const res = await f.api.post('/workspaces/import', body);
    expectError(res, 400, V);
    const problems = res.json().error.details.problems as { path: string; message: string }[];
    expect(problems.map((p) => p.path)).toContain(path);
    expect(await stateOf()).toEqual(before);
  });
});

describe('text PostgreSQL cannot store', () => {
  // The schemas let U+0000 and year 0000 through; PostgreSQL refuses them (SQLSTATE class 22), and the
  // error handler answers that as bad input.
  it('a NUL character in a JSON text field answers 400, not 500, and stores nothing', async () => {
    const before = await stateOf();
    const res = await f.api.post(`${f.base}/personas`, { name: 'Bad\u0000Name' });
    expectError(res, 400, V);
    expect(await stateOf()).toEqual(before);
  });
  it('a date in year 0000 (valid ISO, not a PostgreSQL date) answers 400, not 500', async () => {
    const before = await stateOf();
    const res = await f.api.post(`${f.base}/measures`, { title: 'Year zero', dueDate: '0000-01-01' });
    expectError(res, 400, V);
    expect(await stateOf()).toEqual(before);
  });
});
