import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectConsole, openAppOnNewWorkspace, screenshot, type E2eServer } from './support';

/**
 * Issue 12, finding 2: "+ Eigener Touchpoint" started with Owned, Analog and Attention ticked and kept
 * the ticks of the last time, so a touchpoint ticked for Advocacy only landed in Attention, Action and
 * Advocacy. Nothing may be preset, a reopened dialog starts clean, and the phase class follows the phases.
 */
describe('the own-touchpoint dialog', () => {
  let server: E2eServer;
  let page: Page;
  let errors: string[];
  const advocacy = 'Advocacy – Befürwortungsphase';

  beforeAll(async () => {
    ({ server, page, errors } = await openAppOnNewWorkspace({ name: 'Neu GmbH' }));
  });

  const region = (name: string) => page.getByRole('region', { name, exact: true });
  const open = async () => {
    await page.getByRole('button', { name: '+ Eigener Touchpoint' }).click();
    return page.getByRole('dialog', { name: 'Eigenen Touchpoint anlegen' });
  };

  it('presets nothing, places the card only where ticked, and starts clean again', async () => {
    const consoleErrors = collectConsole(page, 'error');
    expect(await region(advocacy).count()).toBe(1);
    let dialog = await open();
    expect(await dialog.locator('input:checked').count()).toBe(0);
    await dialog.getByLabel('Name').fill('Empfehlung beim Stammtisch');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    expect(await dialog.getByTestId('field-error').allTextContents()).toEqual([
      'Bitte wählen Sie eines.',
      'Bitte wählen Sie eines.',
      'Bitte wählen Sie mindestens eine Phase.',
    ]);

    // Tick an earlier phase and take it back, as a user trying things out would.
    await dialog.getByRole('checkbox', { name: /^Action/ }).check();
    expect(await dialog.getByLabel('Phasenklasse').locator('option:checked').textContent()).toBe(
      'Aus den Phasen: Beim Kauf (CPOS)',
    );
    await dialog.getByRole('checkbox', { name: /^Action/ }).uncheck();
    await dialog.getByRole('checkbox', { name: /^Advocacy/ }).check();
    await dialog.getByRole('radio', { name: 'Earned' }).check();
    await dialog.getByRole('radio', { name: 'Analog' }).check();
    expect(await dialog.getByLabel('Phasenklasse').locator('option:checked').textContent()).toBe(
      'Aus den Phasen: Kunde zu Kunde (CCRP)',
    );
    await screenshot(page, 'own-touchpoint-dialog');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await page
      .getByTestId('status-region')
      .getByText('„Empfehlung beim Stammtisch“ wurde angelegt.')
      .waitFor();

    const cards = page.getByTestId('map-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(1);
    expect(await region(advocacy).getByTestId('map-card').count()).toBe(1);

    // Opened again: empty, nothing ticked.
    dialog = await open();
    expect(await dialog.getByLabel('Name').inputValue()).toBe('');
    expect(await dialog.locator('input:checked').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();

    await page.getByRole('link', { name: 'Details zu Empfehlung beim Stammtisch' }).click();
    const classification = page.getByRole('region', { name: 'Einordnung' });
    expect(await classification.getByLabel('Phasenklasse').locator('option:checked').textContent()).toBe(
      'Kunde zu Kunde (CCRP)',
    );
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    void server;
  }, 60_000);
});
