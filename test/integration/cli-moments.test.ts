import { describe, expect, it } from 'vitest';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { testDb } from '../support/db';
import { insertEvents } from '../support/eventRows';

useTestDatabaseForCli();

/** Ana read the guide and ordered; Ben read the guide; Cem only saw the ad. Guide: 1 of 2 vs 0 of 1. */
async function aWorkspaceWithJourneys() {
  const db = testDb();
  const w = await aWorkspace(db);
  const ws = w.workspace.id;
  const guide = await aTouchpoint(w.ctx, { name: 'Ratgeber, "Kauf"' });
  const ad = await aTouchpoint(w.ctx, { name: 'Anzeige' });
  const profile = async (name: string) =>
    (
      await db
        .insertInto('profiles')
        .values({ workspace_id: ws, name })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const [ana, ben, cem] = [await profile('Ana'), await profile('Ben'), await profile('Cem')];
  await insertEvents(db, ws, [
    { type: 'page_view', at: '2026-04-06T09:00:00Z', profileId: ana, touchpoint: guide.id },
    { type: 'order', at: '2026-04-06T10:00:00Z', profileId: ana, touchpoint: guide.id },
    { type: 'page_view', at: '2026-04-06T09:00:00Z', profileId: ben, touchpoint: guide.id },
    { type: 'page_view', at: '2026-04-06T09:00:00Z', profileId: cem, touchpoint: ad.id },
  ]);
  return w;
}

describe('touchpoint analytics moments', () => {
  it('prints the candidates as JSON, CSV and a table', async () => {
    const w = await aWorkspaceWithJourneys();
    const args = ['analytics', 'moments', '--workspace', w.workspace.id, '--from', '2026-04-01'];
    const json = await cli(...args, '--to', '2026-04-30', '--min-journeys', '1', '--format', 'json');
    expect(json.code, json.stderr).toBe(0);
    const moments = JSON.parse(json.stdout);
    expect(moments).toMatchObject({ journeys: 3, conversions: 1, minJourneys: 1 });
    expect(moments.candidates[0]).toMatchObject({
      name: 'Ratgeber, "Kauf"',
      journeysWith: 2,
      rateWith: 0.5,
      journeysWithout: 1,
      rateWithout: 0,
      liftDifference: 0.5,
      liftRatio: null,
      enoughJourneys: true,
    });

    const csv = await cli(...args, '--to', '2026-04-30', '--min-journeys', '1', '--format', 'csv');
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'touchpoint,flagged,journeysWith,rateWith,journeysWithout,rateWithout,liftDifference,ciLow,ciHigh,liftRatio,enoughJourneys',
    );
    expect(lines[1]).toMatch(/^"Ratgeber, ""Kauf""",false,2,0.5,1,0,0.5,-?0\.\d+,0\.\d+,,true$/);

    const table = await cli(...args, '--to', '2026-04-30');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('3 journeys, 1 converted, from 2026-04-01 to 2026-04-30');
    expect(table.stdout).toContain('Low ratings on busy paths');
  });

  it('refuses bad options with the API schema, naming the option', async () => {
    const w = await aWorkspaceWithJourneys();
    const base = ['analytics', 'moments', '--workspace', w.workspace.id];
    const zero = await cli(...base, '--min-journeys', '0');
    expect(zero.code).not.toBe(0);
    expect(zero.stderr).toMatch(/^touchpoint: --min-journeys: /m);
    const backwards = await cli(...base, '--from', '2026-05-01', '--to', '2026-04-01');
    expect(backwards.stderr).toMatch(/^touchpoint: --from: must not be after/m);
  });
});
