import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../src/services/workspaces';
import { apiAs } from '../support/app';
import { aTouchpoint, aUser, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

describe('moving touchpoints between phases', () => {
  it('changes only the two phases, so concurrent moves of one card are both kept', async () => {
    const { workspace, owner, ctx } = await aWorkspace(testDb());
    const [attention, interest, desire, action] = workspace.journeyModel.phases.map((p) => p.id);
    const tp = await aTouchpoint(ctx, { phaseIds: [attention as string, desire as string] });
    const api = await apiAs(owner.token);
    const base = `/workspaces/${workspace.id}/touchpoints/${tp.id}/move`;
    const [a, b] = await Promise.all([
      api.post(base, { fromPhaseId: attention, toPhaseId: interest }),
      api.post(base, { fromPhaseId: desire, toPhaseId: action }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const after = await api.get(`/workspaces/${workspace.id}/touchpoints/${tp.id}`);
    expect(new Set(after.json().phaseIds)).toEqual(new Set([interest, action]));
  });

  it('places a card without a phase, and refuses a phase of another workspace', async () => {
    const { workspace, owner, ctx } = await aWorkspace(testDb());
    const other = await aWorkspace(testDb());
    const tp = await aTouchpoint(ctx);
    const api = await apiAs(owner.token);
    const target = workspace.journeyModel.phases[2]?.id;
    const placed = await api.post(`/workspaces/${workspace.id}/touchpoints/${tp.id}/move`, {
      fromPhaseId: null,
      toPhaseId: target,
    });
    expect(placed.json().phaseIds).toEqual([target]);
    const foreign = await api.post(`/workspaces/${workspace.id}/touchpoints/${tp.id}/move`, {
      fromPhaseId: target,
      toPhaseId: other.workspace.journeyModel.phases[0]?.id,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details.field).toBe('toPhaseId');
    expect((await api.get(`/workspaces/${workspace.id}/touchpoints/${tp.id}`)).json().phaseIds).toEqual([
      target,
    ]);
  });

  it('creates a catalogue touchpoint in the phase it was dropped on', async () => {
    const { workspace, owner } = await aWorkspace(testDb());
    const phase = workspace.journeyModel.phases[4]?.id;
    const api = await apiAs(owner.token);
    const res = await api.post(`/workspaces/${workspace.id}/touchpoints/from-catalogue`, {
      catalogueKey: 'website',
      phaseIds: [phase],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().phaseIds).toEqual([phase]);
  });
});

describe('workspaces created at the same moment', () => {
  it('get distinct addresses instead of failing on the unique index', async () => {
    const db = testDb();
    const owner = await aUser(db);
    const name = `Gleichzeitig ${owner.id.slice(0, 8)}`;
    const results = await Promise.all(
      Array.from({ length: 4 }, () => createWorkspace(db, { name, ownerUserId: owner.id })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const slugs = results.map((r) => (r.ok ? r.value.slug : ''));
    expect(new Set(slugs).size).toBe(4);
  });
});
