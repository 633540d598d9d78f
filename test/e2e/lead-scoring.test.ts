import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoLiveData } from '../../src/demo/schmidtLiveData';
import { openAppAs, screenshot, startServer, theSchmidtDemo, type E2eServer } from './support';

describe('leads and lead scoring on the demo workspace', () => {
  let server: E2eServer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer();
    const demo = await theSchmidtDemo(server.db);
    await loadDemoLiveData(server.db, demo.ctx.workspaceId);
    ({ page, errors } = await openAppAs(server, demo.owner.email, { width: 1366, height: 900 }));
  });

  it('lists leads, opens a person with stage and explained score, shows the settings, in German and English', async () => {
    await page.getByRole('link', { name: 'Leads', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Leads' }).waitFor();
    const list = page.getByTestId('lead-list');
    await list.getByRole('link').first().waitFor();
    await screenshot(page, 'leads');
    await list.getByRole('link').first().click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await page.getByTestId('score-lines').waitFor();
    expect(await page.getByTestId('stage-history').locator('li').count()).toBeGreaterThan(0);

    await page.goto(`${server.baseUrl}/leads/settings`);
    await page.getByRole('heading', { level: 1, name: 'Lead-Scoring' }).waitFor();
    expect(await page.getByTestId('scoring-rules').locator('tbody tr').count()).toBeGreaterThan(5);
    await page.getByTestId('stage-settings').waitFor();
    await page.getByText('Noch nicht trainiert.').waitFor();

    await page.evaluate(() => localStorage.setItem('touchpoint.language', 'en'));
    await page.goto(`${server.baseUrl}/leads/settings`);
    await page.getByRole('heading', { level: 1, name: 'Lead scoring' }).waitFor();
    await page.getByRole('button', { name: 'Train' }).click();
    await page.getByText(/Not enough data yet/).waitFor();
    expect(errors).toEqual([]);
  });
});
