import { describe, expect, it } from 'vitest';
import { createKpi } from '../../src/services/kpis';
import { createGoal, listGoals } from '../../src/services/strategy/goals';
import { createSwotEntry, listSwotEntries } from '../../src/services/strategy/swotEntries';
import { exportWorkspaceDocument, importWorkspaceDocument } from '../../src/services/workspaceTransfer';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The strategy travels with the workspace document: an export imports into a workspace with the same SWOT and goals. */
describe('SWOT and goals in the workspace document', () => {
  it('round-trips entries in their order, the goal tree and the KPI links', async () => {
    const ws = await aWorkspace(testDb());
    const { ctx } = ws;
    const tp = await aTouchpoint(ctx, { name: 'Instagram' });
    const kpi = must(await createKpi(ctx, tp.id, { name: 'Follower', targetValue: 1000 }));
    must(await createSwotEntry(ctx, { quadrant: 'threats', text: 'Konkurrenz' }));
    must(await createSwotEntry(ctx, { quadrant: 'strengths', text: 'Beratung' }));
    must(await createSwotEntry(ctx, { quadrant: 'strengths', text: 'Lieferung' }));
    must(await createSwotEntry(ctx, { quadrant: 'opportunities', text: 'Reels', touchpointId: tp.id }));
    const macro = must(await createGoal(ctx, { level: 'macro', title: 'Marke', category: 'brand' }));
    must(
      await createGoal(ctx, {
        level: 'micro',
        title: 'Reichweite',
        category: 'reach',
        parentId: macro.id,
        touchpointId: tp.id,
        targetDate: '2027-03-31',
        kpiIds: [kpi.id],
      }),
    );

    const doc = await exportWorkspaceDocument(ctx);
    expect(doc.swotEntries.map((e) => e.text)).toEqual(['Beratung', 'Lieferung', 'Reels', 'Konkurrenz']);
    const imported = must(await importWorkspaceDocument(testDb(), doc, { ownerUserId: ws.owner.id }));
    expect(imported.counts).toMatchObject({ swotEntries: 4, goals: 2 });

    const copy = { ...ctx, workspaceId: imported.workspaceId };
    const entries = await listSwotEntries(copy);
    expect(entries.map((e) => [e.quadrant, e.text, e.position, e.touchpointId === null])).toEqual([
      ['strengths', 'Beratung', 0, true],
      ['strengths', 'Lieferung', 1, true],
      ['opportunities', 'Reels', 0, false],
      ['threats', 'Konkurrenz', 0, true],
    ]);
    const goals = await listGoals(copy);
    const [m, micro] = goals;
    expect(m).toMatchObject({ level: 'macro', title: 'Marke', category: 'brand', parentId: null });
    expect(micro).toMatchObject({
      level: 'micro',
      title: 'Reichweite',
      parentId: m?.id,
      targetDate: '2027-03-31',
      kpis: [{ name: 'Follower' }],
    });
    expect(micro?.touchpointId).not.toBe(tp.id);
    expect(micro?.kpis[0]?.id).not.toBe(kpi.id);
  });

  it('names the place of a goal that does not fit and of an unknown ref', async () => {
    const ws = await aWorkspace(testDb());
    const doc = await exportWorkspaceDocument(ws.ctx);
    const result = await importWorkspaceDocument(
      testDb(),
      {
        ...doc,
        swotEntries: [{ quadrant: 'strengths', text: 'x', touchpoint: 'nope', createdByName: '' }],
        goals: [
          { ref: 'g1', level: 'micro', title: 'Traffic', category: 'traffic', parent: null },
          { ref: 'g2', level: 'micro', title: 'Mehr', category: 'reach', parent: 'g1', kpis: ['k9'] },
        ],
      },
      { ownerUserId: ws.owner.id },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = (result.error.details?.problems as { path: string }[]).map((p) => p.path);
    expect(paths).toEqual([
      'swotEntries[0].touchpoint',
      'goals[0].level',
      'goals[1].parent',
      'goals[1].kpis[0]',
    ]);
  });
});
