import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAppOnNewWorkspace, screenshot } from './support';

describe('newsletter-tool import', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openAppOnNewWorkspace({ name: 'Schmidt Dreh- und Frästechnik' }));
  });

  it("uploads a CleverReach export and shows the imported mailing's KPIs", async () => {
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Verlauf importieren' }).waitFor();
    await page.getByLabel('Newsletter-Tool').check();
    await page.getByTestId('newsletter-fields').waitFor();
    await page.getByLabel('CSV-Datei').setInputFiles({
      name: 'cleverreach-maerz.csv',
      mimeType: 'text/csv',
      buffer: await readFile(path.join(__dirname, '../fixtures/newsletter/cleverreach-de.csv')),
    });
    await page.getByLabel('Betreffzeile').fill('März-News: drei Neuheiten');
    await page.getByLabel('Versandzeitpunkt').fill('2026-03-03T10:00');
    await page.getByRole('button', { name: 'Importieren' }).click();
    await page.locator('[data-testid="import-progress"][data-status="done"]').waitFor();
    expect(await page.getByTestId('import-imported').textContent()).toBe('11');
    expect(await page.getByTestId('import-bad').textContent()).toBe('0');
    await screenshot(page, 'newsletter-import', true);

    await page.getByRole('link', { name: 'Mailing und Kennzahlen ansehen' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'März-News' }).waitFor();
    const count = async (key: string) =>
      (await page.getByTestId(`count-${key}`).locator('td').textContent())?.trim();
    expect(await count('sent')).toBe('5');
    expect(await count('uniqueOpens')).toBe('2');
    expect(await count('hardBounces')).toBe('1');
    await screenshot(page, 'newsletter-import-kpis', true);
    expect(errors).toEqual([]);
  });
});
