import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PhaseFunnel } from '../../src/contract/funnel';
import { loadDemoLiveData } from '../../src/demo/schmidtLiveData';
import { getPhaseFunnel } from '../../src/services/analytics/phaseFunnel';
import { openAppAs, screenshot, startServer, theSchmidtDemo, type E2eServer } from './support';

describe('the phase funnel on the demo workspace', () => {
  let server: E2eServer;
  let page: Page;
  let errors: string[];
  let expected: PhaseFunnel;

  beforeAll(async () => {
    server = await startServer();
    const demo = await theSchmidtDemo(server.db);
    await loadDemoLiveData(server.db, demo.ctx.workspaceId);
    const funnel = await getPhaseFunnel(demo.ctx, {});
    if (!funnel.ok) throw new Error(funnel.error.message);
    expected = funnel.value;
    ({ page, errors } = await openAppAs(server, demo.owner.email, { width: 1366, height: 900 }));
  });

  it('shows the figures per phase and the people behind a count, in German and English', async () => {
    expect(expected.profiles).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Phasen-Trichter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Phasen-Trichter' }).waitFor();
    await page.getByTestId('funnel-table').waitFor();
    await page.getByTestId('funnel-chart').waitFor();
    const busiest = [...expected.phases].sort((a, b) => b.profiles - a.profiles)[0];
    if (!busiest) throw new Error('the demo has no phases');
    const row = page.getByTestId(`funnel-row-${busiest.key}`);
    expect(await row.locator('td').first().textContent()).toBe(busiest.profiles.toLocaleString('de-DE'));
    await screenshot(page, 'phase-funnel');

    await row.locator('td').first().getByRole('button').click();
    const people = page.getByTestId('funnel-profiles');
    await people.getByRole('link').first().waitFor();
    expect(await people.getByRole('link').count()).toBe(Math.min(50, busiest.profiles));
    await people.getByRole('link').first().click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await page.goBack();

    await page.getByRole('heading', { level: 1, name: 'Phasen-Trichter' }).waitFor();
    await page.getByRole('checkbox', { name: 'Mit Zeitraum vergleichen' }).check();
    await page.getByLabel('Vergleich von').fill('2020-01-01');
    await page.getByLabel('Vergleich bis').fill('2020-01-31');
    await page.getByRole('button', { name: 'Anzeigen', exact: true }).click();
    await page.getByRole('columnheader', { name: 'Personen (Vergleich)' }).waitFor();

    await page.evaluate(() => localStorage.setItem('touchpoint.language', 'en'));
    await page.goto(`${server.baseUrl}/phase-funnel`);
    await page.getByRole('heading', { level: 1, name: 'Phase funnel' }).waitFor();
    await page.getByRole('columnheader', { name: 'Drop-off' }).waitFor();
    expect(errors).toEqual([]);
  });
});
