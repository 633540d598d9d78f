import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addRating } from '../../src/services/ratings';
import { aTouchpoint } from '../support/builders';
import { collectConsole, openAppOnNewWorkspace, screenshot, type E2eServer } from './support';

/**
 * Issue 12, finding 9: from a priority to a measure. A row of the priorities and a touchpoint's page
 * open the measure dialog with the touchpoint ticked and its gap written down.
 */
describe('a measure started from a priority', () => {
  let server: E2eServer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ server, page, errors } = await openAppOnNewWorkspace({ name: 'Neu GmbH' }, async (ws) => {
      const website = await aTouchpoint(ws.ctx, {
        name: 'Website',
        impact: 4,
        effort: 2,
        currentMaturity: 'minimal',
        targetMaturity: 'excellent',
        targetRating: 4.5,
      });
      const rated = await addRating(ws.ctx, website.id, { source: 'customer', score: 3 });
      if (!rated.ok) throw new Error(rated.error.message);
      await aTouchpoint(ws.ctx, { name: 'Messe', impact: 2, effort: 4, targetMaturity: 'good' });
    }));
  });

  it('pre-fills touchpoint and gap from a priorities row and from the touchpoint page', async () => {
    const consoleErrors = collectConsole(page, 'error');
    await page.goto(`${server.baseUrl}/priorities`);
    await page.getByTestId('gap-row').first().waitFor();
    await page
      .getByTestId('gap-row')
      .filter({ hasText: 'Website' })
      .getByRole('button', { name: 'Neue Maßnahme für Website' })
      .click();
    let dialog = page.getByRole('dialog', { name: 'Neue Maßnahme' });
    expect(await dialog.getByLabel('Titel').inputValue()).toBe('Website: Lücke zum Soll schließen');
    expect(await dialog.getByLabel('Beschreibung').inputValue()).toBe(
      'Reife: Minimal → Soll Exzellent\nKundenbewertung: Ø 3,0 → Soll 4,5',
    );
    expect(await dialog.getByRole('checkbox', { name: 'Website' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: 'Messe' }).isChecked()).toBe(false);
    expect(await dialog.getByLabel(/^Erwartete Wirkung/).inputValue()).toBe('4');
    expect(await dialog.getByLabel(/^Aufwand/).inputValue()).toBe('2');
    await screenshot(page, 'measure-from-priority');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await page
      .getByTestId('status-region')
      .getByText('Maßnahme „Website: Lücke zum Soll schließen“ angelegt.')
      .waitFor();

    // The touchpoint page lists it and starts the next one the same way.
    await page.getByTestId('gap-row').getByRole('link', { name: 'Messe', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Messe' }).waitFor();
    await page.getByRole('button', { name: 'Neue Maßnahme für Messe' }).click();
    dialog = page.getByRole('dialog', { name: 'Neue Maßnahme' });
    expect(await dialog.getByLabel('Beschreibung').inputValue()).toBe('Reife: nicht vorhanden → Soll Gut');
    await dialog.getByLabel('Titel').fill('Messestand 2027 planen');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    const measures = page.getByRole('region', { name: 'Maßnahmen' });
    await measures.getByText('Messestand 2027 planen').waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'New measure for Messe' }).waitFor();
    await page.getByRole('button', { name: 'Deutsch' }).click();
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
