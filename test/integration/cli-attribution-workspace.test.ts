import { describe, expect, it } from 'vitest';
import { createCampaign } from '../../src/services/attribution/campaigns';
import { aTouchpoint, aWorkspace } from '../support/builders';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { testDb } from '../support/db';
import { insertEvents } from '../support/eventRows';

useTestDatabaseForCli();

/** Ana: ad (utm spring) then website, order 300 €; Ben: website, order 100 €. */
async function aWorkspaceWithOrders() {
  const db = testDb();
  const w = await aWorkspace(db);
  const ws = w.workspace.id;
  const ad = await aTouchpoint(w.ctx, { name: 'Anzeige' });
  const site = await aTouchpoint(w.ctx, { name: 'Website' });
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
    {
      type: 'page_view',
      at: '2026-04-06T09:00:00Z',
      profileId: ana,
      touchpoint: ad.id,
      channel: 'ads',
      utmCampaign: 'spring',
    },
    {
      type: 'page_view',
      at: '2026-04-07T09:00:00Z',
      profileId: ana,
      touchpoint: site.id,
      channel: 'website',
    },
    { type: 'order', at: '2026-04-08T09:00:00Z', profileId: ana, revenue: 300 },
    {
      type: 'page_view',
      at: '2026-04-07T09:00:00Z',
      profileId: ben,
      touchpoint: site.id,
      channel: 'website',
    },
    { type: 'order', at: '2026-04-09T09:00:00Z', profileId: ben, revenue: 100 },
  ]);
  const created = await createCampaign(w.ctx, { name: 'Frühjahr', utmCampaigns: ['spring'], costEur: 150 });
  if (!created.ok) throw new Error(created.error.message);
  return w;
}

describe('touchpoint attribution --workspace', () => {
  it('computes every model from the workspace events, and lists the campaigns', async () => {
    const w = await aWorkspaceWithOrders();
    const args = ['attribution', '--workspace', w.workspace.id, '--from', '2026-04-01', '--to', '2026-04-30'];
    const json = await cli(...args, '--dimension', 'channel', '--format', 'json');
    expect(json.code, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.totals).toMatchObject({ journeys: 2, conversions: 2, value: 400 });
    const website = report.channels.find((c: { channel: string }) => c.channel === 'website');
    // Linear: Ana's 300 € split between ads and website, Ben's 100 € all website.
    expect(website.value.linear).toBeCloseTo(250, 9);
    expect(website.conversions.last_touch).toBe(2);

    const table = await cli(...args, '--dimension', 'campaign');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('Frühjahr');
    expect(table.stdout).toContain('1 conversions (value 100.00) without a touch');

    const bad = await cli(...args, '--dimension', 'persona');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--dimension');

    const list = await cli('campaigns', 'list', '--workspace', w.workspace.id, '--format', 'json');
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toMatchObject([
      { name: 'Frühjahr', utmCampaigns: ['spring'], costEur: 150 },
    ]);
  });
});
