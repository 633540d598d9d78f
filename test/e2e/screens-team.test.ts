import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createKpi } from '../../src/services/kpis';
import { createMeasure } from '../../src/services/measures';
import { aTouchpoint, aWorkspace, TEST_PASSWORD, type TestWorkspace } from '../support/builders';
import { collectPageErrors, launchBrowser, logIn, screenshot, startServer, type E2eServer } from './support';

describe('the team screen', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const viewerEmail = `vera.${Date.now()}@example.com`;
  const viewerPassword = 'leserin-passwort-2026';

  beforeAll(async () => {
    server = await startServer();
    ws = await aWorkspace(server.db, { name: 'Schmidt Dreh- und Frästechnik' });
    const website = await aTouchpoint(ws.ctx, { name: 'Website' });
    const kpi = await createKpi(ws.ctx, website.id, { name: 'Anfragen pro Monat', targetValue: 40 });
    if (!kpi.ok) throw new Error(kpi.error.message);
    await createMeasure(ws.ctx, { title: 'Rückruf-Service', touchpointIds: [website.id] });
    context = await launchBrowser();
    page = await context.newPage();
    errors = collectPageErrors(page);
    await logIn(page, server.baseUrl, ws.owner.email, TEST_PASSWORD);
    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
  });

  it('lets the owner invite a viewer, keeps the last owner, and manages tokens and models', async () => {
    const invite = page.getByTestId('invite-form');
    await invite.getByLabel('E-Mail-Adresse').fill(viewerEmail);
    await invite.getByLabel('Rolle').selectOption('viewer');
    await invite.getByRole('button', { name: 'Einladen' }).click();
    // A new account needs a name: said next to the field, and the e-mail stays.
    await invite.getByText('Für ein neues Konto bitte einen Namen angeben.').waitFor();
    expect(await invite.getByLabel('E-Mail-Adresse').inputValue()).toBe(viewerEmail);
    await invite.getByLabel('Name (nur für neue Konten)').fill('Vera Viewer');
    await invite.getByLabel('Startpasswort (nur für neue Konten)').fill('kurz');
    await invite.getByRole('button', { name: 'Einladen' }).click();
    await invite.getByText('Mindestens 10 Zeichen.', { exact: true }).first().waitFor();
    await invite.getByLabel('Startpasswort (nur für neue Konten)').fill(viewerPassword);
    await invite.getByRole('button', { name: 'Einladen' }).click();
    await page.getByText('Vera Viewer ist jetzt Leser/in in diesem Workspace.').waitFor();
    const rows = page.getByTestId('member-row');
    await rows.filter({ hasText: 'Vera Viewer' }).waitFor();

    // The last owner cannot step down.
    await page.getByLabel('Rolle von Owner').selectOption('editor');
    const refusal = rows.filter({ hasText: 'Owner' }).getByTestId('member-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('mindestens eine/n Inhaber/in');
    expect(await page.getByLabel('Rolle von Owner').inputValue()).toBe('owner');
    await screenshot(page, 'team-members');

    await page.getByTestId('token-form').getByLabel('Bezeichnung').fill('Import aus dem CRM');
    await page.getByRole('button', { name: 'Token erzeugen' }).click();
    const secret = page.getByTestId('token-secret');
    await secret.waitFor();
    expect(await secret.getByRole('textbox').inputValue()).toMatch(/^tpk_/);
    await secret.getByRole('button', { name: 'Token kopieren' }).waitFor();
    await screenshot(page, 'team-token');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Token „Import aus dem CRM“ widerrufen' }).click();
    await page
      .getByTestId('token-list')
      .getByText(/widerrufen am/)
      .waitFor();

    const modelForm = page.getByTestId('journey-model-form');
    await modelForm.getByLabel('Eigenes Modell').check();
    await modelForm.getByLabel('Name des Modells').fill('Werkzeugmaschinen-Kauf');
    await modelForm.getByLabel('Name (deutsch) – Phase 1').fill('Bedarf erkennen');
    await modelForm.getByLabel('Name (deutsch) – Phase 2').fill('Angebot & Abnahme');
    expect(await modelForm.getByLabel('Kürzel – Phase 2').inputValue()).toBe('angebot-abnahme');
    await modelForm.getByRole('button', { name: 'Phase 2 nach oben' }).click();
    expect(await modelForm.getByLabel('Name (deutsch) – Phase 1').inputValue()).toBe('Angebot & Abnahme');
    await modelForm.getByRole('button', { name: 'Modell anlegen' }).click();
    const model = page.getByTestId('journey-model').filter({ hasText: 'Werkzeugmaschinen-Kauf' });
    await model.waitFor();
    expect(await model.locator('ol li').allTextContents()).toEqual(['Angebot & Abnahme', 'Bedarf erkennen']);
    page.once('dialog', (dialog) => void dialog.accept());
    await model.getByRole('button', { name: 'Aktivieren' }).click();
    await model.getByText('aktiv', { exact: false }).first().waitFor();
    await page.getByText('„Werkzeugmaschinen-Kauf“ ist jetzt das aktive Journey-Modell.').waitFor();
    await screenshot(page, 'team', true);
    expect(errors).toEqual([]);
  });

  it('shows a viewer everything and no edit controls', async () => {
    await context.clearCookies();
    await logIn(page, server.baseUrl, viewerEmail, viewerPassword);

    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByTestId('member-list').waitFor();
    expect(await page.getByTestId('member-row').count()).toBe(2);
    expect(await page.getByTestId('team-owner-only').count()).toBe(1);
    expect(await page.locator('main select').count()).toBe(0);
    expect(
      await page
        .getByRole('button', { name: /Einladen|Entfernen|Token erzeugen|Aktivieren|Modell anlegen/ })
        .count(),
    ).toBe(0);
    await page.getByText('API-Tokens sehen und verwalten nur Inhaber/innen.').waitFor();
    await screenshot(page, 'team-viewer');

    await page.getByRole('link', { name: 'Maßnahmenplan' }).click();
    await page.getByTestId('measure-card').first().waitFor();
    expect(
      await page
        .getByRole('button', { name: /Neue Maßnahme|CSV importieren|verschieben|bearbeiten/ })
        .count(),
    ).toBe(0);
    expect(await page.getByTestId('measure-drag-handle').count()).toBe(0);
    await page.getByRole('button', { name: /CSV exportieren/ }).waitFor();

    await page.getByRole('link', { name: 'Monitoring' }).click();
    await page.getByTestId('kpi-card').first().waitFor();
    expect(await page.getByRole('button', { name: /Wert speichern|Werte aus CSV importieren/ }).count()).toBe(
      0,
    );

    await page.getByRole('link', { name: 'Content Map' }).click();
    await page.getByTestId('coverage').waitFor();
    expect(await page.getByRole('button', { name: /Neuer Inhalt|anlegen|bearbeiten/ }).count()).toBe(0);

    await page.getByRole('link', { name: 'Quickcheck' }).click();
    await page.getByRole('button', { name: /Neuen Quickcheck starten/ }).waitFor();
    await page.getByText('Mit Leserechten können Sie den Quickcheck ausfüllen').waitFor();

    // Tablet width: the plan still works without sideways scrolling of the page.
    await page.setViewportSize({ width: 800, height: 1100 });
    await page.getByRole('link', { name: 'Maßnahmenplan' }).click();
    await page.getByTestId('measure-card').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    await screenshot(page, 'action-plan-tablet-viewer');
    expect(errors).toEqual([]);
  });
});
