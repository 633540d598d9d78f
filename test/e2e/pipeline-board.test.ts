import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoLiveData } from '../../src/demo/schmidtLiveData';
import { openAppAs, screenshot, startServer, theSchmidtDemo, type E2eServer } from './support';

describe('the pipeline of the demo workspace', () => {
  let server: E2eServer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer();
    const demo = await theSchmidtDemo(server.db);
    await loadDemoLiveData(server.db, demo.ctx.workspaceId);
    ({ page, errors } = await openAppAs(server, demo.owner.email, { width: 1366, height: 900 }));
  });

  it('drags a deal to the next stage, opens its account and shows the report and customers', async () => {
    await page.getByRole('link', { name: 'Pipeline' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vertriebspipeline' }).waitFor();
    const column = (stage: string) => page.locator(`[data-testid="pipeline-column"][data-stage="${stage}"]`);
    const card = column('qualification').getByTestId('deal-card').first();
    await card.waitFor();
    const dealId = await card.getAttribute('data-deal-id');
    const grip = card.locator('.pl-card-grip');
    const from = await grip.boundingBox();
    const to = await column('needs_analysis').boundingBox();
    if (!from || !to) throw new Error('board not laid out');
    await page.mouse.move(from.x + 10, from.y + 5);
    await page.mouse.down();
    await page.mouse.move(from.x + 30, from.y + 15, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 10 });
    await page.mouse.up();
    await column('needs_analysis').locator(`[data-deal-id="${dealId}"]`).waitFor();
    await screenshot(page, 'pipeline-board');

    // The keyboard way: the stage menu on the card.
    const moved = column('needs_analysis').locator(`[data-deal-id="${dealId}"]`);
    await moved.getByTestId('deal-stage').selectOption('proposal');
    await column('proposal').locator(`[data-deal-id="${dealId}"]`).waitFor();

    await column('proposal').locator(`[data-deal-id="${dealId}"]`).getByRole('link').click();
    await page.waitForURL(/\/accounts\/[0-9a-f-]{36}$/);
    await page.getByTestId('account-page').waitFor();
    await page.getByTestId('account-deals').waitFor();
    await page.getByTestId('account-timeline').locator('li').first().waitFor();
    await screenshot(page, 'account-page');

    await page.goto(`${server.baseUrl}/pipeline/report`);
    await page.getByTestId('stage-flow').waitFor();
    await page.getByTestId('forecast-chart').waitFor();
    await page.goto(`${server.baseUrl}/pipeline/customers`);
    await page.getByTestId('customer-accounts').waitFor();
    expect(await page.getByTestId('customer-accounts').locator('tbody tr').count()).toBeGreaterThan(0);

    await page.evaluate(() => localStorage.setItem('touchpoint.language', 'en'));
    await page.goto(`${server.baseUrl}/pipeline`);
    await page.getByRole('heading', { level: 1, name: 'Sales pipeline' }).waitFor();
    expect(errors).toEqual([]);
  });
});
