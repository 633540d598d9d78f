import { beforeAll, describe, expect, it } from 'vitest';
import { createMappingRule } from '../../src/services/events/mappingRules';
import { createKpi, updateKpi } from '../../src/services/kpis';
import { updateMappingRule } from '../../src/services/events/mappingRules';
import { apiAs, type ApiClient } from '../support/app';
import { aTouchpoint, aWorkspace, type TestWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { workspaceSnapshot } from '../support/workspaceSnapshot';

/**
 * `PATCH /kpis/:id` and `PATCH /mapping-rules/:id` with `{}` built an UPDATE without a SET list and
 * answered 500 (`syntax error at or near "where"`), for this workspace's ids and for another's alike.
 * An empty change is now a 400 that says so; another workspace's id is a 404 as everywhere else.
 */

let ws: TestWorkspace;
let other: TestWorkspace;
let api: ApiClient;
let kpiId: string;
let ruleId: string;
let otherRuleId: string;
let otherKpiId: string;

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

beforeAll(async () => {
  ws = await aWorkspace(testDb());
  other = await aWorkspace(testDb());
  api = await apiAs(ws.owner.token);
  const tp = await aTouchpoint(ws.ctx);
  const otherTp = await aTouchpoint(other.ctx);
  kpiId = unwrap(await createKpi(ws.ctx, tp.id, { name: 'Visits' })).id;
  otherKpiId = unwrap(await createKpi(other.ctx, otherTp.id, { name: 'Visits' })).id;
  ruleId = unwrap(await createMappingRule(ws.ctx, { touchpointId: tp.id, channel: 'newsletter' })).id;
  otherRuleId = unwrap(await createMappingRule(other.ctx, { touchpointId: otherTp.id, channel: 'fair' })).id;
});

const base = () => `/workspaces/${ws.workspace.id}`;
const state = () => workspaceSnapshot(testDb(), ws.workspace.id, ws.owner.id);

describe.each([
  ['KPI', () => `${base()}/kpis/${kpiId}`, () => `${base()}/kpis/${otherKpiId}`, { name: 'Renamed' }],
  [
    'mapping rule',
    () => `${base()}/mapping-rules/${ruleId}`,
    () => `${base()}/mapping-rules/${otherRuleId}`,
    { channel: 'renamed' },
  ],
])('PATCH a %s', (_what, own, foreign, change) => {
  it('with {} answers 400 "nothing to change" naming the body, and changes nothing', async () => {
    const before = await state();
    const res = await api.patch(own(), {});
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/nothing to change/);
    expect(error.details.issues[0].field).toBe('body');
    expect(await state()).toEqual(before);
  });

  it('with only unknown fields answers 400 naming them', async () => {
    const res = await api.patch(own(), { zzzUnknown: 1, nmae: 'x' });
    expect(res.statusCode, res.body).toBe(400);
    const fields = res.json().error.details.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['body.zzzUnknown', 'body.nmae']));
  });

  it('of another workspace answers 404 with a change and 400 without, never 500', async () => {
    const withChange = await api.patch(foreign(), change);
    expect(withChange.statusCode, withChange.body).toBe(404);
    const empty = await api.patch(foreign(), {});
    expect(empty.statusCode, empty.body).toBe(400);
  });
});

describe('the services behind them, called without the API (the CLI)', () => {
  it('refuse an empty change as a value instead of sending broken SQL', async () => {
    const kpi = await updateKpi(ws.ctx, kpiId, {});
    expect(kpi).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    const rule = await updateMappingRule(ws.ctx, ruleId, {});
    expect(rule).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
  });
});
