import { beforeAll, describe, expect, it } from 'vitest';
import { KPI_NUMBER_LIMIT } from '../../src/contract/kpis';
import { apiAs, type ApiClient } from '../support/app';
import { aTouchpoint, aWorkspace, type TestWorkspace } from '../support/builders';
import { testDb } from '../support/db';

/**
 * KPI values, targets and bands took any finite number (1e308, 2^63). They are bounded by ±1e12 now:
 * negative values and values above 100 stay ordinary (growth, a balance), and the error names the
 * field and the bound.
 */

let ws: TestWorkspace;
let api: ApiClient;
let touchpointId: string;
const base = () => `/workspaces/${ws.workspace.id}`;

beforeAll(async () => {
  ws = await aWorkspace(testDb());
  api = await apiAs(ws.owner.token);
  touchpointId = (await aTouchpoint(ws.ctx)).id;
});

describe('KPI numbers', () => {
  it('accept the whole range a KPI can have, bounds included', async () => {
    const kpi = await api.post(`${base()}/touchpoints/${touchpointId}/kpis`, {
      name: 'Growth',
      targetValue: KPI_NUMBER_LIMIT,
      bandLow: -KPI_NUMBER_LIMIT,
      bandHigh: 250,
    });
    expect(kpi.statusCode, kpi.body).toBe(201);
    for (const value of [-37.5, 0, 180, KPI_NUMBER_LIMIT]) {
      const res = await api.post(`${base()}/kpis/${kpi.json().id}/values`, {
        measuredOn: '2026-01-31',
        value,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().value).toBe(value);
    }
  });

  it.each([
    ['targetValue', 1e308],
    ['targetValue', 2 ** 63],
    ['bandLow', -1e13],
    ['bandHigh', KPI_NUMBER_LIMIT * 1.000001],
  ])('refuse %s = %d, naming the field and the bound', async (field, value) => {
    const res = await api.post(`${base()}/touchpoints/${touchpointId}/kpis`, {
      name: `K ${field}`,
      [field]: value,
    });
    expect(res.statusCode, res.body).toBe(400);
    const [issue] = res.json().error.details.issues;
    expect(issue.field).toBe(`body.${field}`);
    expect(issue.message).toContain(String(KPI_NUMBER_LIMIT));
  });
});
