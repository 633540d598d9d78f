import { describe, expect, it } from 'vitest';
import type { Goal, SwotEntry } from '../../src/contract/strategy';
import { createKpi } from '../../src/services/kpis';
import { createGoal } from '../../src/services/strategy/goals';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { testDb } from '../support/db';

useTestDatabaseForCli();

describe('touchpoint strategy', () => {
  it('adds and lists SWOT entries, workspace-level and per touchpoint', async () => {
    const ws = await aWorkspace(testDb());
    await aTouchpoint(ws.ctx, { name: 'Instagram' });
    const w = ['--workspace', ws.workspace.id];
    const added = await cli('strategy', 'swot', 'add', ...w, '--quadrant', 'strengths', '--text', 'Nähe');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/strengths\s+Nähe/);
    const onTp = await cli(
      'strategy',
      'swot',
      'add',
      ...w,
      '--quadrant',
      'threats',
      '--text',
      'Algorithmus',
      '--touchpoint',
      'instagram',
    );
    expect(onTp.code, onTp.stderr).toBe(0);

    const all = await cli('strategy', 'swot', 'list', ...w, '--format', 'json');
    expect(JSON.parse(all.stdout).map((e: SwotEntry) => e.text)).toEqual(['Nähe', 'Algorithmus']);
    const own = await cli('strategy', 'swot', 'list', ...w, '--workspace-level', '--format', 'json');
    expect(JSON.parse(own.stdout).map((e: SwotEntry) => e.text)).toEqual(['Nähe']);
    const tp = await cli('strategy', 'swot', 'list', ...w, '--touchpoint', 'Instagram');
    expect(tp.stdout).toContain('Algorithmus');
    expect(tp.stdout).not.toContain('Nähe');

    const bad = await cli('strategy', 'swot', 'add', ...w, '--quadrant', 'chances', '--text', 'x');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^touchpoint: --quadrant/m);
  });

  it('lists goals with their KPIs and status', async () => {
    const ws = await aWorkspace(testDb());
    const tp = await aTouchpoint(ws.ctx);
    const kpi = await createKpi(ws.ctx, tp.id, { name: 'Follower', targetValue: 100 });
    if (!kpi.ok) throw new Error(kpi.error.message);
    const macro = await createGoal(ws.ctx, { level: 'macro', title: 'Marke', category: 'brand' });
    if (!macro.ok) throw new Error(macro.error.message);
    await createGoal(ws.ctx, {
      level: 'micro',
      title: 'Reichweite',
      parentId: macro.value.id,
      kpiIds: [kpi.value.id],
    });
    const table = await cli('strategy', 'goals', 'list', '--workspace', ws.workspace.id);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/micro\s+Reichweite\s+other\s+Marke\s+no_data\s+Follower/);
    const json = await cli('strategy', 'goals', 'list', '--workspace', ws.workspace.id, '--format', 'json');
    expect(JSON.parse(json.stdout).map((g: Goal) => g.status)).toEqual(['no_kpi', 'no_data']);
  });
});
