import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoLiveData } from '../../src/demo/schmidtLiveData';
import { getCustomerValue } from '../../src/services/analytics/customerValue';
import { getNewVsReturning } from '../../src/services/analytics/newVsReturning';
import { openAppAs, screenshot, startServer, theSchmidtDemo, type E2eServer } from './support';

describe('customer value and new vs returning visitors on the demo workspace', () => {
  let server: E2eServer;
  let page: Page;
  let errors: string[];
  let value: Awaited<ReturnType<typeof getCustomerValue>>;
  let visitors: Awaited<ReturnType<typeof getNewVsReturning>>;

  beforeAll(async () => {
    server = await startServer();
    const demo = await theSchmidtDemo(server.db);
    await loadDemoLiveData(server.db, demo.ctx.workspaceId);
    value = await getCustomerValue(demo.ctx, {});
    visitors = await getNewVsReturning(demo.ctx, {});
    ({ page, errors } = await openAppAs(server, demo.owner.email, { width: 1366, height: 900 }));
  });

  it('shows RFM, ABC, CLV and the customers behind a figure, in German and English', async () => {
    expect(value.customers).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Kundenwert' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kundenwert' }).waitFor();
    await page.getByTestId('rfm-grid').waitFor();
    await page.getByTestId('pareto-chart').waitFor();
    await page.getByTestId('clv-card').getByText('Methode: durchschnittlicher Bestellwert').waitFor();
    const a = value.abc.classes.find((c) => c.class === 'A');
    if (!a) throw new Error('no class A');
    const button = page.getByTestId('abc-A');
    expect(await button.textContent()).toBe(a.customers.toLocaleString('de-DE'));
    await screenshot(page, 'customer-value');

    await button.click();
    const people = page.getByTestId('value-profiles');
    await people.getByRole('link').first().waitFor();
    expect(await people.getByRole('link').count()).toBe(Math.min(50, a.customers));
    await people.getByRole('link').first().click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Kundenwert' }).waitFor();

    const champions = value.rfm.segments.find((s) => s.customers > 0);
    if (!champions) throw new Error('no segment with customers');
    await page.getByTestId(`rfm-segment-${champions.key}`).getByRole('button').click();
    await page.getByTestId('value-profiles').getByRole('link').first().waitFor();

    await page.evaluate(() => localStorage.setItem('touchpoint.language', 'en'));
    await page.goto(`${server.baseUrl}/customer-value`);
    await page.getByRole('heading', { level: 1, name: 'Customer value' }).waitFor();
    await page.getByTestId('clv-card').getByText('Method: average order value').waitFor();
    await page.evaluate(() => localStorage.setItem('touchpoint.language', 'de'));
    expect(errors).toEqual([]);
  });

  it('shows new and returning visitors over time and per phase', async () => {
    expect(visitors.visitors).toBeGreaterThan(0);
    await page.goto(`${server.baseUrl}/visitors`);
    await page.getByRole('heading', { level: 1, name: 'Neue und wiederkehrende Besucher' }).waitFor();
    await page.getByTestId('visitors-chart').waitFor();
    await page.getByTestId('visitors-phase-chart').waitFor();
    expect(await page.getByTestId('vs-totals').textContent()).toContain(
      `${visitors.visitors.toLocaleString('de-DE')} Besucher`,
    );
    await screenshot(page, 'visitors');
    await page.getByLabel('Intervall').selectOption('week');
    await page.getByRole('button', { name: 'Anzeigen', exact: true }).click();
    await page.getByRole('row').nth(1).waitFor();
    expect(errors).toEqual([]);
  });
});
