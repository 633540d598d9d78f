import { describe, expect, it } from 'vitest';
import { apiAs } from '../support/app';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

describe('the history of a touchpoint change', () => {
  it('keeps only the fields that changed, each with its old and new value and phase names', async () => {
    const { workspace, owner, ctx } = await aWorkspace(testDb());
    const [attention, interest] = workspace.journeyModel.phases;
    if (!attention || !interest) throw new Error('the test model has phases');
    const tp = await aTouchpoint(ctx, { name: 'Website', effort: 3, phaseIds: [attention.id] });
    const api = await apiAs(owner.token);
    // The form sends every field; only effort and phases differ.
    const saved = await api.patch(`/workspaces/${workspace.id}/touchpoints/${tp.id}`, {
      name: 'Website',
      effort: 2,
      impact: tp.impact,
      medium: tp.medium,
      phaseIds: [interest.id, attention.id],
      personaIds: [],
    });
    expect(saved.statusCode).toBe(200);
    const history = (await api.get(`/workspaces/${workspace.id}/touchpoints/${tp.id}/history`)).json();
    const updated = history.find((entry: { action: string }) => entry.action === 'updated');
    expect(updated.changes).toEqual({
      changed: [
        {
          field: 'phaseIds',
          before: [attention.id],
          after: [interest.id, attention.id],
          labels: {
            [attention.id]: { de: attention.nameDe, en: attention.nameEn },
            [interest.id]: { de: interest.nameDe, en: interest.nameEn },
          },
        },
        { field: 'effort', before: 3, after: 2 },
      ],
    });
  });

  it('records a save that changed nothing as a change of no field', async () => {
    const { workspace, owner, ctx } = await aWorkspace(testDb());
    const tp = await aTouchpoint(ctx, { name: 'Hotline', phaseIds: [] });
    const api = await apiAs(owner.token);
    await api.patch(`/workspaces/${workspace.id}/touchpoints/${tp.id}`, { name: 'Hotline', phaseIds: [] });
    const history = (await api.get(`/workspaces/${workspace.id}/touchpoints/${tp.id}/history`)).json();
    expect(history[0]).toMatchObject({ action: 'updated', changes: { changed: [] } });
  });
});
