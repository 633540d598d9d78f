import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectConsole, openAppOnNewWorkspace, screenshot, type E2eServer } from './support';

/**
 * Issue 12, "the market study as a mirror": the 2016 study's questions as a self-assessment, each
 * answer beside the study's figures, each gap linked to the screen that closes it, and progress from
 * one assessment to the next.
 */
describe('the market study mirror', () => {
  let server: E2eServer;
  let page: Page;
  let errors: string[];
  let consoleErrors: string[];

  beforeAll(async () => {
    ({ server, page, errors } = await openAppOnNewWorkspace({ name: 'Spiegel GmbH' }));
    consoleErrors = collectConsole(page, 'error');
  });

  const question = (key: string) => page.locator(`fieldset[data-question="${key}"]`);
  const answer = (key: string, label: string) => question(key).getByLabel(label, { exact: true }).check();

  it('is reached from the as-is stage of the cycle view', async () => {
    await page.goto(`${server.baseUrl}/cycle`);
    await page.getByTestId('cycle-market-mirror').click();
    await page.getByRole('heading', { level: 1, name: 'Marktstudie-Spiegel' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/market-mirror');
    await page.getByText('Noch keine Einschätzung gespeichert.').waitFor();
    await question('lead_handover').getByText('Frage 13 der Studie, Abbildung 11, S. 16').waitFor();
  });

  it('saves answers and shows each beside the study’s bars, with the gaps linked', async () => {
    await answer('lead_handover', 'Handverlesene Leads');
    await answer('new_vs_returning', 'Nein');
    await answer('pipeline', 'Ja, durchgängig');
    await page.getByRole('button', { name: 'Einschätzung speichern' }).click();
    await page.getByTestId('mirror-score').getByText('1 von 3 beantworteten Fragen').waitFor();

    const handover = page.getByTestId('mirror-comparison').locator('[data-question="lead_handover"]');
    expect(await handover.locator('.mirror-bar-mine').textContent()).toContain('Handverlesene Leads');
    expect(await handover.locator('.mirror-bar-mine .mirror-bar-value').textContent()).toBe('14 %');
    await handover.getByText('38 %', { exact: true }).waitFor();
    await handover.getByText('Lücke', { exact: true }).waitFor();
    const pipeline = page.getByTestId('mirror-comparison').locator('[data-question="pipeline"]');
    await pipeline.getByText('ein Fünftel (20 %)', { exact: true }).waitFor();
    await pipeline.getByText('Im besseren Feld').waitFor();

    const gaps = page.getByTestId('mirror-gaps');
    expect(await gaps.locator('li').count()).toBe(2);
    await screenshot(page, 'market-mirror-first', true);
    await gaps
      .locator('[data-question="new_vs_returning"]')
      .getByRole('link', { name: /Tracking/ })
      .click();
    await page.waitForURL(/\/tracking$/);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Marktstudie-Spiegel' }).waitFor();
  });

  it('shows progress after a second assessment', async () => {
    // The form starts with the latest answers; two gaps are closed now.
    expect(await question('pipeline').getByLabel('Ja, durchgängig', { exact: true }).isChecked()).toBe(true);
    await answer('lead_handover', 'Über einen definierten Prozess');
    await answer('new_vs_returning', 'Ja, schon heute');
    await page.getByRole('button', { name: 'Einschätzung speichern' }).click();
    await page.getByTestId('mirror-score').getByText('3 von 3 beantworteten Fragen').waitFor();
    const progress = page.getByTestId('mirror-progress');
    await progress.getByText('Anteil im besseren Feld: +67 Prozentpunkte').waitFor();
    await progress.getByText(/^2 Lücken geschlossen/).waitFor();
    await page.getByTestId('mirror-gaps').getByText('Keine Lücke').waitFor();
    expect(await page.getByTestId('mirror-history').locator('tbody tr').count()).toBe(2);
    await screenshot(page, 'market-mirror-progress', true);
  });

  it('fits 1366 px and a 390 px phone without scrolling sideways', async () => {
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => document.fonts.ready);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${width} px`,
      ).toBeLessThanOrEqual(width);
      await screenshot(page, `market-mirror-${width}`, true);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('speaks English and is in the navigation', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Market study mirror' }).waitFor();
    await page.getByTestId('mirror-score').getByText('3 of 3 answered questions').waitFor();
    await page.getByRole('link', { name: 'Market study mirror', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('link', { name: 'Marktstudie-Spiegel', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Marktstudie-Spiegel' }).waitFor();
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
