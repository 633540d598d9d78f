import { describe, expect, it } from 'vitest';
import type { CycleReportBody } from '../../src/contract/cycle';
import type { CycleStepKey } from '../../src/core/cycle/cycleModel';
import { createKpi, recordKpiValue } from '../../src/services/kpis';
import { createMeasure } from '../../src/services/measures';
import { addRating } from '../../src/services/ratings';
import { apiAs } from '../support/app';
import { aPersona, aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function stepOf(report: CycleReportBody, key: CycleStepKey) {
  const found = report.stages.flatMap((s) => s.steps).find((s) => s.key === key);
  if (!found) throw new Error(`no step ${key}`);
  return found;
}

/** Issue 12, "the method as the guide": the cycle view counts what the workspace holds. */
describe('GET /workspaces/:id/cycle', () => {
  it('a new workspace starts at the as-is analysis; a viewer may read it', async () => {
    const ws = await aWorkspace(testDb());
    const viewer = await ws.member('viewer');
    const res = await (await apiAs(viewer.token)).get(`/workspaces/${ws.workspace.id}/cycle`);
    expect(res.statusCode).toBe(200);
    const report = res.json<CycleReportBody>();
    expect(report.next).toEqual({ stage: 'ist', step: 'capture' });
    expect(report.stages.map((s) => s.status)).toEqual([
      'not_started',
      'not_started',
      'not_started',
      'not_started',
    ]);
  });

  it('counts a built workspace as worked out by hand', async () => {
    const ws = await aWorkspace(testDb());
    const { ctx } = ws;
    const buyer = await aPersona(ctx, { name: 'Einkauf' });
    await aPersona(ctx, { name: 'Technik' });
    // Website: assessed, a key touchpoint (moment that matters) with a target and a gap, so a priority.
    const website = await aTouchpoint(ctx, {
      name: 'Website',
      personaIds: [buyer.id],
      impact: 4,
      effort: 2,
      currentMaturity: 'minimal',
      targetMaturity: 'excellent',
      momentThatMatters: true,
    });
    // Messe: assessed, no target, relevance 5 so a key touchpoint without a target.
    await aTouchpoint(ctx, { name: 'Messe', personaIds: [buyer.id], relevance: 5, impact: 2, effort: 4 });
    // Hotline: not assessed, but with a target.
    const hotline = await aTouchpoint(ctx, { name: 'Hotline', relevance: 2, targetRating: 4 });
    must(await addRating(ctx, website.id, { source: 'customer', score: 3 }));
    must(await addRating(ctx, hotline.id, { source: 'employee', score: 2 }));
    must(await createMeasure(ctx, { title: 'Relaunch', touchpointIds: [website.id], dueDate: '2020-01-31' }));
    must(await createMeasure(ctx, { title: 'Alt', status: 'done', dueDate: '2020-01-01' }));
    must(await createMeasure(ctx, { title: 'Verworfen', status: 'dropped' }));
    const kpi = must(
      await createKpi(ctx, website.id, { name: 'Anfragen', targetValue: 10, direction: 'higher_is_better' }),
    );
    must(await createKpi(ctx, hotline.id, { name: 'Wartezeit' }));
    must(await recordKpiValue(ctx, kpi.id, { measuredOn: '2024-05-01', value: 7 }));

    const res = await (await apiAs(ws.owner.token)).get(`/workspaces/${ws.workspace.id}/cycle`);
    expect(res.statusCode).toBe(200);
    const r = res.json<CycleReportBody>();
    expect(stepOf(r, 'capture')).toMatchObject({
      status: 'in_progress',
      progress: { done: 3, total: null },
      hints: [{ code: 'personas_without_touchpoints', count: 1 }],
      link: '/map',
    });
    expect(stepOf(r, 'document')).toMatchObject({
      status: 'in_progress',
      progress: { done: 2, total: 3 },
      hints: [
        { code: 'touchpoints_not_assessed', count: 1 },
        // Only the website's as-is maturity was stated.
        { code: 'as_is_not_documented', count: 2 },
        // The market-study self-assessment has not been taken.
        { code: 'market_mirror_missing', count: 1 },
      ],
    });
    expect(stepOf(r, 'target')).toMatchObject({
      status: 'in_progress',
      progress: { done: 2, total: 3 },
      hints: [{ code: 'key_touchpoints_without_target', count: 1 }],
    });
    expect(stepOf(r, 'approach')).toMatchObject({
      status: 'in_progress',
      progress: { done: 1, total: null },
      hints: [
        { code: 'targeted_not_assessed', count: 1 },
        { code: 'quick_wins', count: 1 },
      ],
    });
    expect(stepOf(r, 'plan')).toMatchObject({ status: 'done', progress: { done: 1, total: 1 } });
    expect(stepOf(r, 'implement')).toMatchObject({
      status: 'in_progress',
      progress: { done: 1, total: 2 },
      hints: [
        { code: 'measures_overdue', count: 1 },
        { code: 'measures_open', count: 1 },
      ],
    });
    expect(stepOf(r, 'measure')).toMatchObject({
      status: 'in_progress',
      progress: { done: 1, total: 2 },
      hints: [
        { code: 'kpis_without_values', count: 1 },
        { code: 'no_write_key', count: 1 },
      ],
    });
    expect(stepOf(r, 'optimise')).toMatchObject({
      status: 'in_progress',
      progress: { done: 0, total: 1 },
      // Recording 7 against a target of 10 raised an alert, which nobody has acknowledged.
      hints: [
        { code: 'kpis_off_target', count: 1 },
        { code: 'alerts_open', count: 1 },
      ],
      link: '/alerts',
    });
    expect(r.next).toEqual({ stage: 'ist', step: 'capture' });
  });
});
