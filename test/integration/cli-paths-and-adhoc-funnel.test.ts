import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { testDb } from '../support/db';
import { insertEvents } from '../support/eventRows';

useTestDatabaseForCli();

/** Ana: website, shop an hour later; Ben: website only (6 April). */
async function aWorkspaceWithVisits() {
  const db = testDb();
  const w = await aWorkspace(db);
  const ws = w.workspace.id;
  const website = await aTouchpoint(w.ctx, { name: 'Website' });
  const shop = await aTouchpoint(w.ctx, { name: 'Shop' });
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
    { type: 'page_view', at: '2026-04-06T09:00:00Z', profileId: ana, touchpoint: website.id },
    { type: 'page_view', at: '2026-04-06T10:00:00Z', profileId: ana, touchpoint: shop.id },
    { type: 'page_view', at: '2026-04-06T09:00:00Z', profileId: ben, touchpoint: website.id },
  ]);
  return { w, website, shop };
}

const period = ['--from', '2026-04-01', '--to', '2026-04-30'];

describe('touchpoint analytics paths and adhoc-funnel', () => {
  it('prints the paths from a start as a table and as JSON', async () => {
    const { w, website } = await aWorkspaceWithVisits();
    const args = ['analytics', 'paths', '--workspace', w.workspace.id, '--start', website.id, ...period];
    const table = await cli(...args);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('2 profiles reached Website');
    expect(table.stdout).toContain('Website → Shop → (end)');
    const json = JSON.parse((await cli(...args, '--format', 'json')).stdout);
    expect(json).toMatchObject({ profiles: 2, depth: 5, collapse: false });
    const neither = await cli('analytics', 'paths', '--workspace', w.workspace.id);
    expect(neither.stderr).toMatch(/--start: send exactly one of start and end/);
  });

  it('runs a funnel from a steps file and names a wrong step', async () => {
    const { w, website, shop } = await aWorkspaceWithVisits();
    const dir = await mkdtemp(join(tmpdir(), 'funnel-'));
    const file = join(dir, 'steps.json');
    await writeFile(file, JSON.stringify([{ touchpointId: website.id }, { touchpointId: shop.id }]));
    const args = [
      'analytics',
      'adhoc-funnel',
      '--workspace',
      w.workspace.id,
      '--steps-file',
      file,
      ...period,
    ];
    const json = await cli(...args, '--format', 'json');
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).steps.map((s: { profiles: number }) => s.profiles)).toEqual([2, 1]);
    const table = await cli(...args, '--order', 'strict');
    expect(table.stdout).toMatch(/2\. Shop\s+1\s+50 %/);
    await writeFile(file, JSON.stringify([{ touchpointId: website.id }, {}]));
    const bad = await cli(...args);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/steps\.1/);
  });
});
