import { describe, expect, it } from 'vitest';
import { exportWorkspaceDocument, importWorkspaceDocument } from '../../src/services/workspaceTransfer';
import { getPriorities } from '../../src/services/priorities';
import { apiAs } from '../support/app';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { testDb } from '../support/db';

/**
 * Issue 12, finding 3: touchpoints nobody assessed counted as impact 3 / effort 3, all "major projects",
 * and the Pareto view called 7 of 8 "key". Now they wait outside the priorities, through every door.
 */
useTestDatabaseForCli();

describe('touchpoints not yet assessed', () => {
  it('start without impact and effort and wait outside the priorities', async () => {
    const ws = await aWorkspace(testDb());
    const api = await apiAs(ws.owner.token);
    const base = `/workspaces/${ws.workspace.id}`;
    const created = await api.post(`${base}/touchpoints`, { name: 'Werksführung' });
    expect(created.json()).toMatchObject({ impact: null, effort: null });
    const fromCatalogue = await api.post(`${base}/touchpoints/from-catalogue`, { catalogueKey: 'website' });
    expect(fromCatalogue.json()).toMatchObject({ impact: null, effort: null });
    const website = fromCatalogue.json<{ id: string }>().id;

    let report = (await api.get(`${base}/priorities`)).json<{
      touchpoints: unknown[];
      notAssessed: unknown[];
    }>();
    expect(report.touchpoints).toEqual([]);
    expect(report.notAssessed).toHaveLength(2);

    await api.patch(`${base}/touchpoints/${website}`, { impact: 4, effort: 2, targetMaturity: 'good' });
    report = (await api.get(`${base}/priorities`)).json();
    expect(report.touchpoints).toMatchObject([{ id: website, quadrant: 'quick_win' }]);
    expect(report.notAssessed).toEqual([{ id: created.json<{ id: string }>().id, name: 'Werksführung' }]);

    // And back: null is "not yet assessed" again.
    const cleared = await api.patch(`${base}/touchpoints/${website}`, { effort: null });
    expect(cleared.json()).toMatchObject({ impact: 4, effort: null });
  });

  it('stay not assessed through a workspace document', async () => {
    const ws = await aWorkspace(testDb());
    await aTouchpoint(ws.ctx, { name: 'Messe' });
    await aTouchpoint(ws.ctx, { name: 'Website', impact: 5, effort: 1 });
    const doc = await exportWorkspaceDocument(ws.ctx);
    expect(doc.touchpoints.map((t) => [t.name, t.impact, t.effort])).toEqual(
      expect.arrayContaining([
        ['Messe', null, null],
        ['Website', 5, 1],
      ]),
    );
    const copy = await importWorkspaceDocument(testDb(), doc);
    if (!copy.ok) throw new Error(copy.error.message);
    const report = await getPriorities({ ...ws.ctx, workspaceId: copy.value.workspaceId });
    expect(report.notAssessed.map((t) => t.name)).toEqual(['Messe']);
  });

  it('are set and cleared with touchpoints assess, and counted by priorities', async () => {
    const ws = await aWorkspace(testDb());
    await aTouchpoint(ws.ctx, { name: 'Website', targetMaturity: 'good' });
    await aTouchpoint(ws.ctx, { name: 'Messe' });
    const at = ['--workspace', ws.workspace.slug];
    const assessed = await cli('touchpoints', 'assess', 'Website', '--impact', '4', '--effort', '2', ...at);
    expect(assessed.code, assessed.stderr).toBe(0);
    const table = await cli('priorities', ...at);
    expect(table.stdout).toContain('Website');
    expect(table.stdout).toContain('Not ranked, impact and effort not yet assessed (1): Messe');
    const cleared = await cli(
      'touchpoints',
      'assess',
      'Website',
      '--impact',
      'none',
      ...at,
      '--format',
      'json',
    );
    expect(cleared.code, cleared.stderr).toBe(0);
    expect(JSON.parse(cleared.stdout)).toMatchObject([{ impact: null, effort: 2 }]);
  });
});
