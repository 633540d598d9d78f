import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { aTouchpoint } from '../support/builders';
import { collectConsole, openAppOnNewWorkspace, screenshot, type E2eServer } from './support';

/**
 * Issue 12, finding 3: eight fresh touchpoints, one assessed. Before, the other seven counted as
 * impact 3 / effort 3: all "Großprojekte", and the Pareto view called 7 of 8 "key".
 */
describe('touchpoints not yet assessed on the priorities screen', () => {
  let server: E2eServer;
  let page: Page;
  let errors: string[];
  const names = ['Messe', 'Telefon', 'Angebot', 'Newsletter', 'LinkedIn', 'Werksführung', 'Rechnung'];

  beforeAll(async () => {
    ({ server, page, errors } = await openAppOnNewWorkspace({ name: 'Neu GmbH' }, async (ws) => {
      await aTouchpoint(ws.ctx, { name: 'Website', impact: 4, effort: 2, targetMaturity: 'good' });
      for (const name of names) await aTouchpoint(ws.ctx, { name, targetMaturity: 'good' });
    }));
  });

  it('ranks only assessed touchpoints and says how many wait', async () => {
    const consoleErrors = collectConsole(page, 'error');
    await page.goto(`${server.baseUrl}/priorities`);
    const waiting = page.getByRole('heading', {
      name: '7 Touchpoints warten auf die Bewertung von Wirkung und Aufwand',
    });
    await waiting.waitFor();
    await page.getByTestId('gap-row').first().waitFor();
    expect(await page.getByTestId('gap-row').count()).toBe(1);
    expect(await page.getByTestId('quadrant-major_project').textContent()).toContain('0 Touchpoints');
    expect(await page.getByTestId('pareto-keys').getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Website'),
    ]);
    expect(await page.getByTestId('not-assessed').getByRole('link').allTextContents()).toEqual(
      [...names].sort((a, b) => a.localeCompare(b)),
    );
    await screenshot(page, 'priorities-not-assessed');

    // Assess one on its page: it joins the ranking, six wait.
    await page.getByTestId('not-assessed').getByRole('link', { name: 'Messe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Messe' }).waitFor();
    const classification = page.getByRole('region', { name: 'Einordnung' });
    const impact = classification.getByLabel('Wirkung (1–5)');
    expect(await impact.locator('option:checked').textContent()).toBe('– noch nicht bewertet –');
    await impact.selectOption('5');
    await classification.getByLabel('Aufwand (1–5)').selectOption('4');
    await classification.getByRole('button', { name: 'Speichern' }).click();
    await page.getByTestId('status-region').getByText('Gespeichert.').first().waitFor();
    await page.getByRole('link', { name: 'Prioritäten' }).click();
    await page
      .getByRole('heading', { name: '6 Touchpoints warten auf die Bewertung von Wirkung und Aufwand' })
      .waitFor();
    await expect.poll(() => page.getByTestId('gap-row').count()).toBe(2);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: '6 touchpoints wait for their impact and effort' }).waitFor();
    await page.getByRole('button', { name: 'Deutsch' }).click();

    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
