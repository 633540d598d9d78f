import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { schmidtDemoDocument } from '../../src/demo/schmidtDemo';
import { aUser, aWorkspace, TEST_PASSWORD, type TestWorkspace } from '../support/builders';
import { collectConsole, logIn, openPage, screenshot, startServer, type E2eServer } from './support';

/**
 * Issue 12, finding 1: a new company or a consultant with several clients can create workspaces in the
 * browser (empty, from the method template, a copy of the demo, an imported document) and switch
 * between them with one click; someone without any workspace is not stuck.
 */
describe('creating workspaces in the browser', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];
  let consoleErrors: string[];

  beforeAll(async () => {
    server = await startServer();
    ws = await aWorkspace(server.db, { name: 'Beratung Weber' });
    ({ page, errors } = await openPage({ width: 1366, height: 900 }));
  });

  const switcher = () => page.getByLabel('Workspace', { exact: true });
  const toast = (text: string | RegExp) => page.getByTestId('status-region').getByText(text).first();

  async function openDialog() {
    await page.getByRole('button', { name: 'Neuer Workspace' }).click();
    return page.getByRole('dialog', { name: 'Neuen Workspace anlegen' });
  }

  it('creates one from the method template, one from the demo and one from a document, and switches', async () => {
    await logIn(page, server.baseUrl, ws.owner.email, TEST_PASSWORD);
    // From here on (the login screen's 401 for "who am I?" is expected) no request may fail.
    consoleErrors = collectConsole(page, 'error');

    // The method template: the chosen model and persona skeletons, no touchpoints.
    let dialog = await openDialog();
    await dialog.getByLabel('Name', { exact: true }).fill('Müller Maschinenbau GmbH');
    await dialog.getByLabel('Methodenvorlage').check();
    await dialog.getByText('drei Persona-Skelette zum Ausfüllen').waitFor();
    await dialog.getByLabel('Journey-Modell').selectOption('need_buy_use');
    await screenshot(page, 'new-workspace-dialog');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await toast('Workspace „Müller Maschinenbau GmbH“ angelegt. Sie arbeiten jetzt darin.').waitFor();
    // A new workspace opens on the method's cycle, at its first step.
    await page.getByRole('heading', { level: 1, name: 'CTM-Zyklus' }).waitFor();
    await page.getByTestId('cycle-next').getByText('Erfassen der kundenrelevanten Kontaktpunkte').waitFor();
    await page.getByRole('link', { name: 'Journey Map', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Journey Map' }).waitFor();
    expect(await switcher().locator('option:checked').textContent()).toBe('Müller Maschinenbau GmbH');
    await page.getByRole('region', { name: /^NEED/ }).waitFor();
    expect(await page.getByTestId('map-card').count()).toBe(0);
    await page.getByRole('link', { name: 'Personas', exact: true }).click();
    await page.getByTestId('persona').first().waitFor();
    expect(await page.getByTestId('persona').count()).toBe(3);
    await page.getByTestId('persona').filter({ hasText: 'Entscheider:in' }).waitFor();

    // One click back to the first workspace.
    await switcher().selectOption({ label: 'Beratung Weber' });
    await page.getByRole('heading', { level: 1, name: 'CTM-Zyklus' }).waitFor();
    await page.getByRole('link', { name: 'Journey Map', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Journey Map' }).waitFor();
    await page.getByRole('region', { name: /^Attention/ }).waitFor();

    // A copy of the demo, with its map.
    dialog = await openDialog();
    await dialog.getByLabel('Name', { exact: true }).fill('Demo zum Üben');
    await dialog.getByLabel('Kopie der Demo').check();
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await toast('Workspace „Demo zum Üben“ angelegt. Sie arbeiten jetzt darin.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'CTM-Zyklus' }).waitFor();
    await page.getByRole('link', { name: 'Journey Map', exact: true }).click();
    await page.getByTestId('map-card').first().waitFor();

    // An exported document, keeping the name it carries.
    dialog = await openDialog();
    await dialog.getByLabel('Workspace-Dokument importieren').check();
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await dialog.getByText('Bitte wählen Sie eine Datei.').waitFor();
    await dialog.getByLabel('Workspace-Dokument (JSON)').setInputFiles({
      name: 'kunde.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...schmidtDemoDocument, workspace: { name: 'Kunde Krause' } })),
    });
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await toast('Workspace „Kunde Krause“ angelegt. Sie arbeiten jetzt darin.').waitFor();
    expect(await switcher().locator('option').allTextContents()).toEqual([
      'Beratung Weber',
      'Demo zum Üben',
      'Kunde Krause',
      'Müller Maschinenbau GmbH',
    ]);

    // In English, on a phone: the dialog fits the width.
    await page.getByRole('button', { name: 'English' }).click();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'New workspace' }).click();
    dialog = page.getByRole('dialog', { name: 'Create a new workspace' });
    await dialog.getByText('Copy of the demo').waitFor();
    await screenshot(page, 'phone-new-workspace-dialog');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.setViewportSize({ width: 1366, height: 900 });

    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it('lets someone without a workspace create the first one', async () => {
    const newcomer = await aUser(server.db, 'Nina Neu');
    await page.context().clearCookies();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('E-Mail-Adresse').fill(newcomer.email);
    await page.getByLabel('Passwort').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Willkommen bei Touchpoint' }).waitFor();
    await page.getByRole('button', { name: 'Neuen Workspace anlegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neuen Workspace anlegen' });
    await dialog.getByLabel('Name', { exact: true }).fill('Neu GmbH');
    await dialog.getByLabel('Leer').check();
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'CTM-Zyklus' }).waitFor();
    await page.getByText('Neu GmbH', { exact: true }).waitFor();
    expect(errors).toEqual([]);
  }, 30_000);
});
