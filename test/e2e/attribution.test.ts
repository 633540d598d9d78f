import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoLiveData } from '../../src/demo/schmidtLiveData';
import { getAttribution } from '../../src/services/attribution/getAttribution';
import { openAppAs, screenshot, startServer, theSchmidtDemo, type E2eServer } from './support';

describe('attribution and campaigns on the demo workspace', () => {
  let server: E2eServer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer();
    const demo = await theSchmidtDemo(server.db);
    await loadDemoLiveData(server.db, demo.ctx.workspaceId);
    ({ page, errors } = await openAppAs(server, demo.owner.email, { width: 1366, height: 900 }));
    const expected = await getAttribution(demo.ctx, { dimension: 'touchpoint' });
    if (!expected.ok) throw new Error(expected.error.message);
  });

  it('shows every model side by side, the people behind a figure, the settings and campaign ROI', async () => {
    await page.getByRole('link', { name: 'Attribution' }).click();
    await page.getByRole('heading', { level: 1, name: 'Attribution' }).waitFor();
    await page.getByTestId('attribution-table').waitFor();
    await page.getByTestId('attribution-chart').waitFor();
    for (const model of [
      'First Touch',
      'Last Touch',
      'Linear',
      'Time Decay',
      'Positionsbasiert',
      'Markov',
      'Shapley',
    ])
      await page.getByRole('columnheader', { name: model, exact: true }).waitFor();
    expect(await page.getByTestId('attribution-totals').textContent()).toMatch(/Journeys/);
    await screenshot(page, 'attribution');

    const firstFigure = page.getByTestId('attribution-table').locator('tbody tr').first().getByRole('button');
    await firstFigure.click();
    const people = page.getByTestId('attribution-profiles');
    await people.getByRole('link').first().waitFor();
    await people.getByRole('link').first().click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await page.goBack();
    await page.getByTestId('attribution-table').waitFor();

    await page.getByTestId('attribution-dimension').selectOption('campaign');
    await page.getByRole('button', { name: 'Anzeigen', exact: true }).click();
    await page.getByRole('rowheader', { name: 'Zuliefermesse (Stand und QR-Code)' }).waitFor();

    await page.getByRole('button', { name: 'Einstellungen anzeigen' }).click();
    await page.getByLabel('Rückblickfenster (Tage)').fill('45');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Einstellungen gespeichert.').waitFor();

    await page.getByRole('link', { name: 'Kampagnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kampagnen' }).waitFor();
    await page.getByTestId('roi-table').waitFor();
    await page.getByTestId('roi-chart').waitFor();
    await page.getByText('keine Kosten erfasst').first().waitFor();
    expect(await page.getByTestId('roi-table').textContent()).not.toMatch(/Infinity|NaN/);
    await screenshot(page, 'campaigns');

    await page.getByRole('button', { name: 'Kampagne anlegen' }).click();
    const form = page.getByTestId('campaign-form');
    await form.getByLabel('Name').fill('Google Ads Herbst');
    await form.getByLabel('utm_campaign-Werte (mit Komma getrennt)').fill('herbst-ads');
    await form.getByLabel('Kosten (€)').fill('1200');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('rowheader', { name: /Google Ads Herbst/ }).waitFor();

    await page.evaluate(() => localStorage.setItem('touchpoint.language', 'en'));
    await page.goto(`${server.baseUrl}/campaigns`);
    await page.getByRole('heading', { level: 1, name: 'Campaigns' }).waitFor();
    await page.getByText('no cost entered').first().waitFor();
    await page.goto(`${server.baseUrl}/attribution`);
    await page.getByRole('heading', { level: 1, name: 'Attribution' }).waitFor();
    await page.getByRole('columnheader', { name: 'Position-based' }).waitFor();
    expect(errors).toEqual([]);
  });
});
