import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoLiveData } from '../../src/demo/schmidtLiveData';
import { runAdhocFunnel } from '../../src/services/analytics/adhocFunnel';
import { getPaths } from '../../src/services/analytics/paths';
import { openAppAs, screenshot, startServer, theSchmidtDemo, type E2eServer } from './support';

describe('paths and ad-hoc funnels on the demo workspace', () => {
  let server: E2eServer;
  let page: Page;
  let errors: string[];
  let busiest: { id: string; name: string }[];
  let demoCtx: Awaited<ReturnType<typeof theSchmidtDemo>>['ctx'];

  beforeAll(async () => {
    server = await startServer();
    const demo = await theSchmidtDemo(server.db);
    demoCtx = demo.ctx;
    await loadDemoLiveData(server.db, demo.ctx.workspaceId);
    // The two touchpoints most people touched in the last 30 days (the screens' default period).
    const { rows } = await sql<{ id: string; name: string }>`
      select t.id, t.name from events e join touchpoints t on t.workspace_id = e.workspace_id and t.id = e.touchpoint_id
      where e.workspace_id = ${demo.ctx.workspaceId}::uuid and e.profile_id is not null
        and e.occurred_at >= now() - interval '29 days'
      group by t.id, t.name order by count(distinct e.profile_id) desc, t.name limit 2`.execute(server.db);
    busiest = rows;
    ({ page, errors } = await openAppAs(server, demo.owner.email, { width: 1366, height: 900 }));
  });

  it('draws the paths from a touchpoint and opens the people behind a node, in German and English', async () => {
    const start = busiest[0];
    if (!start) throw new Error('the demo has no touched touchpoints');
    const expected = await getPaths(demoCtx, { start: start.id, depth: 5, collapse: 'true', top: 10 });
    if (!expected.ok) throw new Error(expected.error.message);
    expect(expected.value.profiles).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Pfade' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pfade' }).waitFor();
    await page.getByTestId('paths-touchpoint').selectOption(start.id);
    await page.getByRole('button', { name: 'Anzeigen', exact: true }).click();
    await page.getByTestId('paths-nodes').waitFor();
    await page.getByTestId('paths-sankey').waitFor();
    expect(await page.getByTestId('paths-totals').textContent()).toContain(
      `${expected.value.profiles.toLocaleString('de-DE')} Personen erreichten ${start.name}`,
    );
    await screenshot(page, 'paths');
    await page.getByTestId('paths-nodes').getByRole('button').first().click();
    const people = page.getByTestId('profiles-behind');
    await people.getByRole('link').first().waitFor();
    expect(await people.getByRole('link').count()).toBe(Math.min(50, expected.value.nodes[0]?.profiles ?? 0));

    await page.evaluate(() => localStorage.setItem('touchpoint.language', 'en'));
    await page.goto(`${server.baseUrl}/paths`);
    await page.getByRole('heading', { level: 1, name: 'Paths' }).waitFor();
    await page.evaluate(() => localStorage.setItem('touchpoint.language', 'de'));
    expect(errors).toEqual([]);
  });

  it('runs, saves and lists an ad-hoc funnel of two touchpoints', async () => {
    const [a, b] = busiest;
    if (!a || !b) throw new Error('the demo has fewer than two touched touchpoints');
    const expected = await runAdhocFunnel(demoCtx, {
      steps: [{ touchpointId: a.id }, { touchpointId: b.id }],
      order: 'loose',
      windowSeconds: 168 * 3600,
    });
    if (!expected.ok) throw new Error(expected.error.message);
    await page.goto(`${server.baseUrl}/adhoc-funnels`);
    await page.getByRole('heading', { level: 1, name: 'Trichter-Analyse' }).waitFor();
    const builder = page.getByTestId('adhoc-builder');
    await builder.getByLabel('Touchpoint').nth(0).selectOption(a.id);
    await builder.getByLabel('Touchpoint').nth(1).selectOption(b.id);
    await page.getByRole('button', { name: 'Auswerten' }).click();
    const table = page.getByTestId('adhoc-table');
    await table.waitFor();
    await page.getByTestId('adhoc-funnel-chart').waitFor();
    const first = table.locator('tbody tr').first().locator('td').first();
    expect(await first.textContent()).toBe((expected.value.steps[0]?.profiles ?? 0).toLocaleString('de-DE'));
    await screenshot(page, 'adhoc-funnels');
    await page.getByLabel('Name', { exact: true }).fill('Demo-Trichter');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByTestId('adhoc-saved').getByText('Demo-Trichter').waitFor();
    expect(errors).toEqual([]);
  });
});
