import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createKpi } from '../../src/services/kpis';
import { createMeasure, listMeasures } from '../../src/services/measures';
import { aTouchpoint, type TestWorkspace } from '../support/builders';
import { openAppOnNewWorkspace, screenshot, pickUpByKeyboard } from './support';

describe('the action plan', () => {
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ ws, page, errors } = await openAppOnNewWorkspace(
      { name: 'Schmidt Dreh- und Frästechnik' },
      async (ws) => {
        const website = await aTouchpoint(ws.ctx, { name: 'Website' });
        await aTouchpoint(ws.ctx, { name: 'Fachmesse AMB' });
        const kpi = await createKpi(ws.ctx, website.id, { name: 'Anfragen pro Monat', targetValue: 40 });
        if (!kpi.ok) throw new Error(kpi.error.message);
        const overdue = await createMeasure(ws.ctx, {
          title: 'Messestand planen',
          owner: 'Vertrieb',
          dueDate: '2024-03-01',
          status: 'in_progress',
        });
        if (!overdue.ok) throw new Error(overdue.error.message);
      },
    ));
    await page.getByRole('link', { name: 'Maßnahmenplan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maßnahmenplan' }).waitFor();
  });

  it('creates a measure, moves it to done, flags overdue ones and exports CSV', async () => {
    const overdueCard = page.getByTestId('measure-card').filter({ hasText: 'Messestand planen' });
    expect(await overdueCard.getByTestId('overdue-flag').textContent()).toContain(
      'überfällig seit 01.03.2024',
    );
    await page.getByTestId('dos-and-donts').getByRole('listitem').first().waitFor();

    await page.getByRole('button', { name: /Neue Maßnahme/ }).click();
    const form = page.getByTestId('measure-form');
    await form.getByLabel('Titel').fill('Rückruf-Service auf der Website');
    await form.getByLabel('Verantwortlich').fill('Frau Schmidt');
    await form.getByLabel('Fällig am').fill('2099-06-30');
    await form.getByRole('checkbox', { name: 'Website' }).check();
    await form.getByLabel('Zahlt ein auf KPI').selectOption({ label: 'Anfragen pro Monat' });
    await screenshot(page, 'action-plan-dialog');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Maßnahme „Rückruf-Service auf der Website“ angelegt.').waitFor();

    const planned = page.getByTestId('measure-column-planned');
    const card = page.getByTestId('measure-card').filter({ hasText: 'Rückruf-Service' });
    await planned.getByText('Rückruf-Service auf der Website').waitFor();
    expect(await card.textContent()).toContain('KPI: Anfragen pro Monat');
    await card.getByRole('button', { name: /nach „in Arbeit“ verschieben/ }).click();
    await page
      .getByTestId('measure-column-in_progress')
      .getByText('Rückruf-Service auf der Website')
      .waitFor();
    await card.getByRole('button', { name: /nach „erledigt“ verschieben/ }).click();
    await page.getByTestId('measure-column-done').getByText('Rückruf-Service auf der Website').waitFor();
    await page.getByText('„Rückruf-Service auf der Website“ ist jetzt „erledigt“.').waitFor();

    // Drag and drop with the keyboard: Space picks up, arrow right moves a column, Space drops.
    await pickUpByKeyboard(
      page,
      overdueCard.getByTestId('measure-drag-handle'),
      page.locator('.ap-drag-overlay'),
    );
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('measure-column-done').and(page.locator('.is-over')).waitFor();
    await page.keyboard.press('Space');
    await page.getByTestId('measure-column-done').getByText('Messestand planen').waitFor();
    await screenshot(page, 'action-plan-board');

    const measures = await listMeasures(ws.ctx);
    expect(measures.map((m) => [m.title, m.status]).sort()).toEqual([
      ['Messestand planen', 'done'],
      ['Rückruf-Service auf der Website', 'done'],
    ]);

    await page.getByRole('button', { name: 'Liste' }).click();
    await page.getByRole('button', { name: 'Sortieren nach Verantwortlich' }).click();
    const rows = page.getByTestId('measure-row');
    expect(await rows.first().textContent()).toContain('Frau Schmidt');
    await screenshot(page, 'action-plan-list');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /CSV exportieren/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^action-plan-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.split('\n')[0]).toBe(
      '\uFEFFid,title,touchpoints,owner,due_date,status,effort,expected_impact,description,overdue',
    );
    expect(csv).toContain('Rückruf-Service auf der Website,Website,Frau Schmidt,2099-06-30,done');
  });

  it('imports nothing from a CSV with a bad row and names the line', async () => {
    await page.getByRole('button', { name: 'Liste' }).click();
    await page.getByRole('button', { name: /CSV importieren/ }).click();
    const csv =
      'title,owner,due_date\nNewsletter starten,Marketing,2099-01-31\nBroschüre,Vertrieb,31.12.2099\n';
    await page
      .getByLabel('CSV-Datei')
      .setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    const problems = page.getByTestId('import-errors');
    await problems.waitFor();
    expect(await problems.textContent()).toContain(
      'Zeile 3, Spalte „due_date“: Bitte ein Datum im Format JJJJ-MM-TT',
    );
    await screenshot(page, 'action-plan-import-error');
    expect(await listMeasures(ws.ctx)).toHaveLength(2);

    const good = 'title,owner,due_date\nNewsletter starten,Marketing,2099-01-31\n';
    await page
      .getByLabel('CSV-Datei')
      .setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await page.getByText('Import fertig: 1 neu, 0 aktualisiert.').waitFor();
    await page.getByRole('cell', { name: 'Marketing' }).waitFor();
    expect(await listMeasures(ws.ctx)).toHaveLength(3);
    expect(errors).toEqual([]);
  });
});
