import { describe, expect, it } from 'vitest';
import { aWorkspace } from '../support/builders';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { testDb } from '../support/db';
import { insertEvents, processAll } from '../support/eventRows';

useTestDatabaseForCli();

/** Ana ordered twice (300), in October and November; Ben once (100) in November; a visitor came twice. */
async function aWorkspaceWithOrders() {
  const db = testDb();
  const w = await aWorkspace(db);
  const ws = w.workspace.id;
  const profile = async (name: string) =>
    (
      await db
        .insertInto('profiles')
        .values({ workspace_id: ws, name })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const ana = await profile('Ana');
  const ben = await profile('Ben');
  await insertEvents(db, ws, [
    { type: 'order', at: '2026-10-05T12:00:00Z', profileId: ana, revenue: 100 },
    { type: 'order', at: '2026-11-05T12:00:00Z', profileId: ana, revenue: 200 },
    { type: 'order', at: '2026-11-06T12:00:00Z', profileId: ben, revenue: 100 },
    { type: 'page_view', at: '2026-11-02T09:00:00Z', anon: 'v1' },
    { type: 'page_view', at: '2026-11-09T09:00:00Z', anon: 'v1' },
  ]);
  await processAll(db, ws);
  return w;
}

describe('touchpoint analytics customer-value and visitors', () => {
  it('prints customer value as JSON, CSV and a table', async () => {
    const w = await aWorkspaceWithOrders();
    const args = [
      'analytics',
      'customer-value',
      '--workspace',
      w.workspace.id,
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-30',
    ];
    const json = await cli(...args, '--format', 'json');
    expect(json.code, json.stderr).toBe(0);
    const value = JSON.parse(json.stdout);
    expect(value).toMatchObject({ customers: 2, orders: 3, revenue: 400 });
    // November: Ana existing (200 of 300), Ben new (100 of 300)
    expect(value.existingVsNew.existing).toMatchObject({ customers: 1, revenue: 200 });

    const csv = await cli(...args, '--format', 'csv');
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('period,figure,key,customers,revenue,share');
    expect(lines).toContain('2026-11-01..2026-11-30,customers,new,1,100,0.3333');
    // Ana (above her 0) A; Ben: above him 300 of 400 = 75 % < 80 %, so A as well
    expect(lines).toContain('2026-11-01..2026-11-30,abc,A,2,400,1');

    const table = await cli(...args, '--margin', '0.5');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('2 customers, 3 orders, 400 revenue up to 2026-11-30');
    expect(table.stdout).toMatch(/CLV .* x 3 years \(default\) x margin 0\.5; too little data/);
  });

  it('prints new and returning visitors per week', async () => {
    const w = await aWorkspaceWithOrders();
    const args = [
      'analytics',
      'visitors',
      '--workspace',
      w.workspace.id,
      '--from',
      '2026-11-02',
      '--to',
      '2026-11-15',
    ];
    const csv = await cli(...args, '--interval', 'week', '--format', 'csv');
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('period,bucket,visitors,newVisitors,returningVisitors');
    expect(lines).toContain('2026-11-02..2026-11-15,2026-11-02,1,1,0');
    expect(lines).toContain('2026-11-02..2026-11-15,2026-11-09,1,0,1');
    expect(lines).toContain('2026-11-02..2026-11-15,total,1,1,0');
    const table = await cli(...args);
    expect(table.stdout).toContain('1 visitors from 2026-11-02 to 2026-11-15: 1 new, 0 returning');
  });

  it('refuses bad options with the API schema, naming the option', async () => {
    const w = await aWorkspaceWithOrders();
    const value = await cli(
      'analytics',
      'customer-value',
      '--workspace',
      w.workspace.id,
      '--abc-a',
      '0.9',
      '--abc-b',
      '0.2',
    );
    expect(value.code).not.toBe(0);
    expect(value.stderr).toMatch(/^touchpoint: --abc-b: abcA \+ abcB must be below 1/m);
    const visitors = await cli('analytics', 'visitors', '--workspace', w.workspace.id, '--interval', 'month');
    expect(visitors.code).not.toBe(0);
    expect(visitors.stderr).toMatch(/^touchpoint: --interval: /m);
  });
});
