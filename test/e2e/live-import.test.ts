import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestWorkspace } from '../support/builders';
import { openAppOnNewWorkspace, screenshot, type E2eServer } from './support';

describe('history import', () => {
  let page: Page;
  let errors: string[];
  let server: E2eServer;
  let ws: TestWorkspace;

  beforeAll(async () => {
    ({ page, errors, server, ws } = await openAppOnNewWorkspace({ name: 'Schmidt Dreh- und Frästechnik' }));
  });

  it('uploads contacts, shows the progress until done, the bad line, and the job in the history', async () => {
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Verlauf importieren' }).waitFor();
    await page.getByRole('button', { name: 'Importieren' }).click();
    expect(await page.getByTestId('field-error').textContent()).toBe('Bitte eine CSV-Datei wählen.');

    // As German Excel saves "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons, CRLF.
    const rows = ['external_id;email;name;company', 'crm-1;anna@example.com;Anna Müller;Schmidt GmbH'];
    rows.push(';;Niemand;Ohne Kennung');
    for (let i = 2; i <= 40; i++) rows.push(`crm-${i};kunde${i}@example.com;Kunde ${i};Muster AG`);
    await page.getByLabel('Kontakte').check();
    await page.getByLabel('CSV-Datei').setInputFiles({
      name: 'crm-kontakte.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows.join('\r\n'), 'latin1'),
    });
    await page.getByRole('button', { name: 'Importieren' }).click();

    const progress = page.getByTestId('import-progress');
    await page.locator('[data-testid="import-progress"][data-status="done"]').waitFor();
    expect(await progress.getByTestId('import-lines').textContent()).toBe('42');
    expect(await progress.getByTestId('import-imported').textContent()).toBe('40');
    expect(await progress.getByTestId('import-bad').textContent()).toBe('1');
    expect(await progress.locator('progress').getAttribute('value')).toBe('100');
    const bad = page.getByTestId('bad-rows').first();
    const line = bad.locator('tbody tr');
    expect(await line.count()).toBe(1);
    expect(await line.locator('th').textContent()).toBe('3');
    expect(await line.locator('td').textContent()).toMatch(/external_id|email/);
    await page.getByText('Import abgeschlossen: 40 importiert, fehlerhafte Zeilen: 1.').first().waitFor();

    const job = page.getByTestId('import-job');
    expect(await job.count()).toBe(1);
    expect(await job.textContent()).toContain('crm-kontakte.csv');
    expect(await job.textContent()).toContain('fertig');
    // Records (the header line is none), imported, stored before.
    expect((await job.locator('td').allTextContents()).slice(3, 6)).toEqual(['41', '40', '0']);
    const anna = await server.db
      .selectFrom('profiles')
      .select('name')
      .where('workspace_id', '=', ws.workspace.id)
      .where('user_id', '=', 'crm-1')
      .executeTakeFirstOrThrow();
    expect(anna.name).toBe('Anna Müller');
    await screenshot(page, 'live-import', true);
    expect(errors).toEqual([]);
  });
});
