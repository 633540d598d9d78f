import { describe, expect, it } from 'vitest';
import type { CycleReportBody } from '../../src/contract/cycle';
import type { Measure } from '../../src/contract/measures';
import type { Goal, SwotEntry, SwotMeasure } from '../../src/contract/strategy';
import { createKpi, recordKpiValue } from '../../src/services/kpis';
import { apiAs } from '../support/app';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Issue 17: the SWOT analysis and the macro and micro goals of seed 000 section 5. */
describe('SWOT entries', () => {
  it('a workshop fills a SWOT, edits, reorders and deletes entries; a viewer reads only', async () => {
    const ws = await aWorkspace(testDb());
    const tp = await aTouchpoint(ws.ctx, { name: 'Instagram' });
    const api = await apiAs(ws.owner.token);
    const base = `/workspaces/${ws.workspace.id}/swot`;
    const add = async (body: object) => {
      const res = await api.post(base, body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json<SwotEntry>();
    };
    const a = await add({ quadrant: 'strengths', text: 'Persönliche Beratung' });
    const b = await add({ quadrant: 'strengths', text: ' Schnelle Lieferung ' });
    await add({ quadrant: 'threats', text: 'Neue Online-Konkurrenz' });
    const onTp = await add({ quadrant: 'weaknesses', text: 'Kaum Beiträge', touchpointId: tp.id });
    expect(a).toMatchObject({ position: 0, touchpointId: null, measureId: null, createdBy: ws.owner.name });
    expect(b).toMatchObject({ position: 1, text: 'Schnelle Lieferung' });

    const own = (await api.get(`${base}?level=workspace`)).json<SwotEntry[]>();
    expect(own.map((e) => e.text)).toEqual([
      'Persönliche Beratung',
      'Schnelle Lieferung',
      'Neue Online-Konkurrenz',
    ]);
    const ofTp = (await api.get(`${base}?touchpointId=${tp.id}`)).json<SwotEntry[]>();
    expect(ofTp.map((e) => e.id)).toEqual([onTp.id]);
    expect((await api.get(base)).json<SwotEntry[]>()).toHaveLength(4);

    const reordered = await api.post(`${base}/reorder`, {
      quadrant: 'strengths',
      touchpointId: null,
      ids: [b.id, a.id],
    });
    expect(reordered.statusCode, reordered.body).toBe(200);
    expect(reordered.json<SwotEntry[]>().map((e) => [e.text, e.position])).toEqual([
      ['Schnelle Lieferung', 0],
      ['Persönliche Beratung', 1],
    ]);
    const stale = await api.post(`${base}/reorder`, {
      quadrant: 'strengths',
      touchpointId: null,
      ids: [a.id],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'conflict', details: { missing: [b.id] } } });

    const moved = await api.patch(`${base}/${a.id}`, {
      quadrant: 'opportunities',
      text: 'Beratung per Video',
    });
    expect(moved.json<SwotEntry>()).toMatchObject({ quadrant: 'opportunities', position: 0 });
    const tooLong = await api.post(base, { quadrant: 'threats', text: 'x'.repeat(281) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ error: { details: { issues: [{ field: 'body.text' }] } } });

    const viewer = await apiAs((await ws.member('viewer')).token);
    expect((await viewer.get(base)).statusCode).toBe(200);
    expect((await viewer.post(base, { quadrant: 'threats', text: 'nope' })).statusCode).toBe(403);
    expect((await api.delete(`${base}/${b.id}`)).statusCode).toBe(200);
    expect((await api.delete(`${base}/${b.id}`)).statusCode).toBe(404);
  });

  it('turns an entry into a measure on its touchpoint, once', async () => {
    const ws = await aWorkspace(testDb());
    const tp = await aTouchpoint(ws.ctx, { name: 'Hotline' });
    const api = await apiAs(ws.owner.token);
    const base = `/workspaces/${ws.workspace.id}/swot`;
    const entry = (
      await api.post(base, { quadrant: 'weaknesses', text: 'Rückrufe dauern zu lange', touchpointId: tp.id })
    ).json<SwotEntry>();
    const made = await api.post(`${base}/${entry.id}/measure`);
    expect(made.statusCode, made.body).toBe(201);
    const { entry: linked, measure } = made.json<SwotMeasure>();
    expect(measure).toMatchObject({
      title: 'Rückrufe dauern zu lange',
      touchpointIds: [tp.id],
      status: 'planned',
    });
    expect(linked.measureId).toBe(measure.id);
    const plan = (await api.get(`/workspaces/${ws.workspace.id}/measures`)).json<Measure[]>();
    expect(plan.map((m) => m.id)).toEqual([measure.id]);

    const again = await api.post(`${base}/${entry.id}/measure`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { details: { measureId: measure.id } } });

    // Deleting the measure frees the entry again.
    await api.delete(`/workspaces/${ws.workspace.id}/measures/${measure.id}`);
    const freed = (await api.get(`${base}?touchpointId=${tp.id}`)).json<SwotEntry[]>();
    expect(freed[0]?.measureId).toBeNull();
  });

  it('keeps workspaces apart', async () => {
    const one = await aWorkspace(testDb());
    const other = await aWorkspace(testDb());
    const tpOfOther = await aTouchpoint(other.ctx);
    const api = await apiAs(one.owner.token);
    const entry = (
      await api.post(`/workspaces/${one.workspace.id}/swot`, { quadrant: 'strengths', text: 'Eigenes' })
    ).json<SwotEntry>();
    const foreignTp = await api.post(`/workspaces/${one.workspace.id}/swot`, {
      quadrant: 'strengths',
      text: 'Fremd',
      touchpointId: tpOfOther.id,
    });
    expect(foreignTp.statusCode).toBe(400);
    expect(foreignTp.json()).toMatchObject({ error: { details: { field: 'touchpointId' } } });
    const otherApi = await apiAs(other.owner.token);
    const o = `/workspaces/${other.workspace.id}/swot/${entry.id}`;
    expect((await otherApi.patch(o, { text: 'x' })).statusCode).toBe(404);
    expect((await otherApi.post(`${o}/measure`)).statusCode).toBe(404);
    expect((await otherApi.delete(o)).statusCode).toBe(404);
    expect((await otherApi.get(`/workspaces/${other.workspace.id}/swot`)).json()).toEqual([]);
    expect((await otherApi.get(`/workspaces/${one.workspace.id}/swot`)).statusCode).toBe(404);
  });
});

describe('goals', () => {
  it('a macro goal with a micro goal measured by a KPI; the status follows the KPI values', async () => {
    const ws = await aWorkspace(testDb());
    const tp = await aTouchpoint(ws.ctx, { name: 'Instagram' });
    const followers = must(
      await createKpi(ws.ctx, tp.id, { name: 'Follower', targetValue: 1000, direction: 'higher_is_better' }),
    );
    const api = await apiAs(ws.owner.token);
    const base = `/workspaces/${ws.workspace.id}/goals`;
    const macro = await api.post(base, { level: 'macro', title: 'Marke stärken', category: 'brand' });
    expect(macro.statusCode, macro.body).toBe(201);
    const macroId = macro.json<Goal>().id;
    expect(macro.json<Goal>()).toMatchObject({ status: 'no_kpi', kpis: [], parentId: null });
    const micro = await api.post(base, {
      level: 'micro',
      title: 'Mehr Reichweite durch Abonnenten',
      category: 'reach',
      parentId: macroId,
      touchpointId: tp.id,
      targetDate: '2027-06-30',
      kpiIds: [followers.id],
    });
    expect(micro.statusCode, micro.body).toBe(201);
    const microId = micro.json<Goal>().id;
    expect(micro.json<Goal>()).toMatchObject({
      status: 'no_data',
      parentId: macroId,
      targetDate: '2027-06-30',
      kpis: [{ id: followers.id, name: 'Follower', targetValue: 1000, latest: null, status: 'no_data' }],
    });

    must(await recordKpiValue(ws.ctx, followers.id, { measuredOn: '2026-01-01', value: 800 }));
    expect((await api.get(`${base}/${microId}`)).json<Goal>()).toMatchObject({
      status: 'off_track',
      kpis: [{ latest: { value: 800 }, status: 'off_target' }],
    });
    must(await recordKpiValue(ws.ctx, followers.id, { measuredOn: '2026-02-01', value: 1200 }));
    const list = (await api.get(base)).json<Goal[]>();
    expect(list.map((g) => [g.title, g.status])).toEqual([
      ['Marke stärken', 'no_kpi'],
      ['Mehr Reichweite durch Abonnenten', 'on_track'],
    ]);

    // The cycle view's SOLL stage counts both goals, one of them without a KPI.
    const cycle = (await api.get(`/workspaces/${ws.workspace.id}/cycle`)).json<CycleReportBody>();
    const target = cycle.stages.flatMap((s) => s.steps).find((s) => s.key === 'target');
    expect(target?.hints).toEqual([
      { code: 'goals', count: 2 },
      { code: 'goals_without_kpi', count: 1 },
    ]);

    const unlinked = await api.patch(`${base}/${microId}`, { kpiIds: [] });
    expect(unlinked.json<Goal>()).toMatchObject({ status: 'no_kpi', kpis: [] });
    expect((await api.delete(`${base}/${macroId}`)).statusCode).toBe(200);
    expect((await api.get(`${base}/${microId}`)).json<Goal>().parentId).toBeNull();
  });

  it('refuses goals that do not fit the two levels, naming the field', async () => {
    const ws = await aWorkspace(testDb());
    const api = await apiAs(ws.owner.token);
    const base = `/workspaces/${ws.workspace.id}/goals`;
    const wrongCategory = await api.post(base, { level: 'macro', title: 'Reichweite', category: 'reach' });
    expect(wrongCategory.statusCode).toBe(400);
    expect(wrongCategory.json()).toMatchObject({ error: { details: { field: 'category' } } });
    const micro = (
      await api.post(base, { level: 'micro', title: 'Traffic', category: 'traffic' })
    ).json<Goal>();
    const underMicro = await api.post(base, { level: 'micro', title: 'x', parentId: micro.id });
    expect(underMicro.json()).toMatchObject({ error: { details: { field: 'parentId' } } });
    const macro = (
      await api.post(base, { level: 'macro', title: 'Umsatz', category: 'revenue' })
    ).json<Goal>();
    await api.patch(`${base}/${micro.id}`, { parentId: macro.id });
    const demote = await api.patch(`${base}/${macro.id}`, { level: 'micro', category: 'other' });
    expect(demote.statusCode).toBe(409);
    const unknownKpi = await api.post(base, {
      level: 'micro',
      title: 'x',
      kpiIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknownKpi.json()).toMatchObject({ error: { details: { field: 'kpiIds' } } });
    const viewer = await apiAs((await ws.member('viewer')).token);
    expect((await viewer.get(base)).json<Goal[]>()).toHaveLength(2);
    expect((await viewer.post(base, { level: 'macro', title: 'x' })).statusCode).toBe(403);
  });

  it('links only KPIs of its own workspace', async () => {
    const one = await aWorkspace(testDb());
    const other = await aWorkspace(testDb());
    const kpiOfOther = must(
      await createKpi(other.ctx, (await aTouchpoint(other.ctx)).id, { name: 'Besuche' }),
    );
    const api = await apiAs(one.owner.token);
    const res = await api.post(`/workspaces/${one.workspace.id}/goals`, {
      level: 'micro',
      title: 'Traffic',
      kpiIds: [kpiOfOther.id],
    });
    expect(res.statusCode).toBe(400);
    const goal = (
      await api.post(`/workspaces/${one.workspace.id}/goals`, { level: 'macro', title: 'Marke' })
    ).json<Goal>();
    const otherApi = await apiAs(other.owner.token);
    expect((await otherApi.get(`/workspaces/${other.workspace.id}/goals/${goal.id}`)).statusCode).toBe(404);
    expect((await otherApi.get(`/workspaces/${other.workspace.id}/goals`)).json()).toEqual([]);
  });
});
