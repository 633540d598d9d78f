import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { aWorkspace, TEST_PASSWORD, type TestWorkspace } from '../support/builders';
import { logIn, openPage, screenshot, startServer, type E2eServer, pickUpByKeyboard } from './support';

/** The cards of one touchpoint in the column of one phase. */
function cardIn(page: Page, phaseName: string, touchpoint: string): Locator {
  return page
    .getByRole('region', { name: phaseName, exact: true })
    .getByTestId('map-card')
    .filter({ has: page.getByRole('link', { name: `Details zu ${touchpoint}`, exact: true }) });
}

async function waitForToast(page: Page, text: string | RegExp) {
  await page.getByTestId('status-region').getByText(text).first().waitFor();
}

describe('a touchpoint workshop in the browser', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];
  const attention = 'Attention – Informationsphase';
  const interest = 'Interest – Spezifizierungsphase';

  beforeAll(async () => {
    server = await startServer();
    ws = await aWorkspace(server.db, { name: 'Schmidt Dreh- und Frästechnik (Workshop)' });
    ({ page, errors } = await openPage());
  });

  it('runs from persona to exported map', async () => {
    const phaseNames = ws.workspace.journeyModel.phases.map((p) => p.nameDe);
    expect(phaseNames).toContain(attention);
    expect(phaseNames).toContain(interest);

    await page.goto(`${server.baseUrl}/login`);
    await screenshot(page, 'login');
    await logIn(page, server.baseUrl, ws.owner.email, TEST_PASSWORD);

    // A persona, created on the personas page behind the map's persona filter.
    await page.getByRole('link', { name: 'Personas verwalten' }).click();
    await page.getByRole('button', { name: '+ Neue Persona' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Einkaufsleiterin Maschinenbau');
    await page.getByLabel('Rolle').fill('Strategischer Einkauf');
    await page.getByLabel('Bedürfnisse').fill('Termintreue\nSchnelle Angebote');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await waitForToast(page, 'Persona „Einkaufsleiterin Maschinenbau“ angelegt.');
    await page.getByTestId('persona').filter({ hasText: 'Termintreue, Schnelle Angebote' }).waitFor();
    await screenshot(page, 'personas');

    // Touchpoints from the catalogue, for that persona.
    await page.getByRole('link', { name: '← Zur Journey Map' }).click();
    await page
      .getByLabel('Persona', { exact: true })
      .selectOption({ label: 'Einkaufsleiterin Maschinenbau' });
    await page.getByRole('button', { name: '+ Aus dem Katalog' }).click();
    const dialog = page.getByRole('dialog', { name: 'Touchpoints aus dem Katalog hinzufügen' });
    await dialog.getByRole('button', { name: 'Website hinzufügen' }).click();
    await waitForToast(page, '„Website“ wurde hinzugefügt.');
    await dialog.getByLabel('Suche im Katalog').fill('Messe');
    await dialog.getByRole('button', { name: 'Messe hinzufügen', exact: true }).click();
    await waitForToast(page, '„Messe“ wurde hinzugefügt.');
    await screenshot(page, 'catalogue-dialog');
    await dialog.getByRole('button', { name: 'Schließen' }).click();

    // Website starts in Interest (Table 1 of the guide), not in Attention.
    await cardIn(page, interest, 'Website').waitFor();
    expect(await cardIn(page, attention, 'Website').count()).toBe(0);

    // Drag and drop with the mouse: Website from Interest to Attention.
    const handle = cardIn(page, interest, 'Website').getByTestId('drag-handle');
    const from = await handle.boundingBox();
    const to = await page.getByRole('region', { name: attention, exact: true }).boundingBox();
    if (!from || !to) throw new Error('no layout');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 20, from.y + 10, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + 200, { steps: 12 });
    await page.mouse.up();
    await waitForToast(page, `„Website“ liegt jetzt in ${attention}.`);
    await cardIn(page, attention, 'Website').waitFor();
    expect(await cardIn(page, interest, 'Website').count()).toBe(0);

    // And by keyboard: Messe one phase to the right, from Attention to Interest.
    // dnd-kit announces each step in its live region; a keyboard user hears the same.
    await pickUpByKeyboard(
      page,
      cardIn(page, attention, 'Messe').getByTestId('drag-handle'),
      page.getByText('„Messe“ aufgenommen.', { exact: false }),
    );
    await page.keyboard.press('ArrowRight');
    await page.getByText(`Über Phase ${interest}.`).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await waitForToast(page, `„Messe“ liegt jetzt in ${interest}.`);
    expect(await cardIn(page, attention, 'Messe').count()).toBe(0);
    await screenshot(page, 'journey-map');

    // The move is stored: after a reload the cards are where they were dropped.
    await page.reload();
    await cardIn(page, attention, 'Website').waitFor();
    expect(await cardIn(page, interest, 'Website').count()).toBe(0);

    // Rate the website as an employee.
    await cardIn(page, attention, 'Website').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Website' }).waitFor();
    const ratings = page.getByRole('region', { name: 'Bewertungen' });
    await ratings.getByLabel('Wer bewertet?').selectOption('employee');
    await ratings.getByLabel('4 Sterne').check();
    await ratings.getByLabel('Kommentar').fill('Produktdatenblätter sind schwer zu finden.');
    await ratings.getByRole('button', { name: 'Bewertung erfassen' }).click();
    await waitForToast(page, 'Bewertung gespeichert.');
    await expect.poll(() => ratings.getByTestId('employee-rating').textContent()).toBe('Ø 4,0 aus 1');
    await ratings.getByText('Produktdatenblätter sind schwer zu finden.').waitFor();

    // Set the target.
    const target = page.getByRole('region', { name: 'Soll-Zustand' });
    await target.getByLabel('Reife (Soll)').selectOption('excellent');
    await target.getByLabel('Angestrebte Kundenbewertung (1–5)').fill('4,5');
    await target
      .getByLabel('Beschreibung des Soll-Zustands')
      .fill('Datenblätter mit zwei Klicks, Anfrageformular je Produkt.');
    await target.getByRole('button', { name: 'Speichern' }).click();
    await waitForToast(page, 'Gespeichert.');

    // A KPI with a target, then a value.
    const kpis = page.getByRole('region', { name: 'KPIs' });
    await kpis.getByLabel('Name').fill('Anfragen über das Kontaktformular');
    await kpis.getByLabel('Einheit').fill('Anfragen');
    await kpis.getByLabel('Zielwert').fill('20');
    await kpis.getByRole('button', { name: 'KPI anlegen' }).click();
    await waitForToast(page, 'KPI „Anfragen über das Kontaktformular“ angelegt.');
    const kpi = kpis.getByTestId('kpi').filter({ hasText: 'Anfragen über das Kontaktformular' });
    await kpi.getByLabel('Wert (Anfragen)').fill('12');
    await kpi.getByRole('button', { name: 'Wert erfassen' }).click();
    await waitForToast(page, 'Wert gespeichert.');
    await expect
      .poll(() => kpi.getByTestId('kpi-latest').textContent())
      .toMatch(/^Letzter Wert: 12 Anfragen/);
    await kpi.getByText('nicht im Ziel').waitFor();
    await screenshot(page, 'touchpoint-detail', true);

    // A rating link for customers, shown with its address.
    const links = page.getByRole('region', { name: 'Bewertungslinks für Kunden' });
    await links.getByLabel('Bezeichnung').fill('Kundentag März');
    await links.getByRole('button', { name: 'Links erzeugen' }).click();
    await waitForToast(page, '1 Link erzeugt.');
    expect(await links.getByTestId('new-rating-links').locator('code').textContent()).toMatch(
      new RegExp(`^${server.baseUrl}/r/[A-Za-z0-9_-]{10,}$`),
    );
    await links.getByRole('cell', { name: /Kundentag März/ }).waitFor();

    // The target view of the map shows the target maturity; then export it.
    await page.getByRole('link', { name: '← Zur Journey Map' }).click();
    await page.getByRole('button', { name: 'Soll', exact: true }).click();
    await cardIn(page, attention, 'Website').getByText('Exzellent').waitFor();
    await cardIn(page, attention, 'Website').getByText('4,5').waitFor();
    await screenshot(page, 'journey-map-target');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '⤓ Als PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^journey-map-\d{4}-\d{2}-\d{2}\.png$/);
    const png = await readFile(await download.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
    await waitForToast(page, /Export erstellt/);
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '⤓ Als PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^journey-map-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect((await readFile(await pdf.path())).subarray(0, 5).toString()).toBe('%PDF-');

    // The catalogue page, filtered by a need.
    await page.getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.getByLabel('Bedürfnis').selectOption({ label: 'Synchrone Kommunikation' });
    await page.getByTestId('catalogue-item').first().waitFor();
    await screenshot(page, 'catalogue');
    expect(errors).toEqual([]);
  });
});
