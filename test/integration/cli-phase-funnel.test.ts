import { describe, expect, it } from 'vitest';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { testDb } from '../support/db';
import { insertEvents } from '../support/eventRows';

useTestDatabaseForCli();

/** One profile at the website (interest) on 6 April, another also at the shop (desire) an hour later. */
async function aWorkspaceWithVisits() {
  const db = testDb();
  const w = await aWorkspace(db);
  const ws = w.workspace.id;
  const phase = (key: string) => w.workspace.journeyModel.phases.find((p) => p.key === key)?.id as string;
  const website = await aTouchpoint(w.ctx, { name: 'Website', phaseIds: [phase('interest')] });
  const shop = await aTouchpoint(w.ctx, { name: 'Shop', phaseIds: [phase('desire')] });
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
    { type: 'page_view', at: '2026-04-06T09:00:00Z', profileId: ben, touchpoint: website.id },
    { type: 'page_view', at: '2026-04-06T10:00:00Z', profileId: ben, touchpoint: shop.id },
  ]);
  return w;
}

describe('touchpoint analytics funnel', () => {
  it('prints the funnel as JSON, CSV and a table', async () => {
    const w = await aWorkspaceWithVisits();
    const args = [
      'analytics',
      'funnel',
      '--workspace',
      w.workspace.id,
      '--from',
      '2026-04-01',
      '--to',
      '2026-04-30',
    ];
    const json = await cli(...args, '--format', 'json');
    expect(json.code, json.stderr).toBe(0);
    const funnel = JSON.parse(json.stdout);
    expect(funnel).toMatchObject({ profiles: 2, compare: null });
    expect(funnel.phases[1]).toMatchObject({
      key: 'interest',
      profiles: 2,
      convertedToNext: 1,
      medianSecondsToNext: 3600,
    });

    const csv = await cli(...args, '--format', 'csv');
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'period,phase,profiles,accounts,convertedToNext,conversionToNext,dropOff,medianSecondsToNext,p90SecondsToNext',
    );
    expect(lines).toContain('2026-04-01..2026-04-30,interest,2,0,1,0.5,1,3600,3600');
    expect(lines).toHaveLength(7);

    const table = await cli(...args);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('2 profiles, 0 accounts from 2026-04-01 to 2026-04-30');
  });

  it('refuses bad options with the API schema, naming the option', async () => {
    const w = await aWorkspaceWithVisits();
    const base = ['analytics', 'funnel', '--workspace', w.workspace.id];
    const classless = await cli(...base, '--channel-class', 'bought');
    expect(classless.code).not.toBe(0);
    expect(classless.stderr).toMatch(/^touchpoint: --channel-class: /m);
    const half = await cli(...base, '--compare-from', '2026-01-01');
    expect(half.stderr).toMatch(/^touchpoint: --compare-to: compareFrom and compareTo go together/m);
    const xml = await cli(...base, '--format', 'xml');
    expect(xml.stderr).toMatch(/--format must be one of table, json, csv/);
  });
});
