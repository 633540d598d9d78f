import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { aTouchpoint } from '../support/builders';
import { openAppOnNewWorkspace, screenshot, pickUpByKeyboard } from './support';

describe('a request the server refuses', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openAppOnNewWorkspace({}, async (ws) => {
      await aTouchpoint(ws.ctx, { name: 'Newsletter', phaseIds: [ws.workspace.journeyModel.phases[3]!.id] });
    }));
  });

  it('shows an over-long name next to the field and keeps the input', async () => {
    const tooLong = `Werksführung ${'mit Kaffee '.repeat(20)}`;
    expect(tooLong.length).toBeGreaterThan(200);
    await page.getByRole('button', { name: '+ Eigener Touchpoint' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eigenen Touchpoint anlegen' });
    const name = dialog.getByLabel('Name');
    await name.fill(tooLong);
    await dialog.getByRole('radio', { name: 'Owned' }).check();
    await dialog.getByRole('radio', { name: 'Analog' }).check();
    await dialog.getByRole('checkbox', { name: /^Attention/ }).check();
    await dialog.getByRole('button', { name: 'Anlegen' }).click();

    const fieldError = dialog.getByTestId('field-error');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toBe('Höchstens 200 Zeichen – bitte kürzen.');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    // The message is tied to the input for screen readers.
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await fieldError.getAttribute('id'));
    expect(await name.inputValue()).toBe(tooLong);
    await page.getByTestId('alert-region').getByText('Bitte prüfen Sie die markierten Eingaben.').waitFor();
    await screenshot(page, 'failed-request');

    // Shortened, the same form succeeds.
    await name.fill('Werksführung');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByTestId('status-region').getByText('„Werksführung“ wurde angelegt.').waitFor();
    await page.getByRole('link', { name: 'Details zu Werksführung' }).waitFor();
  });

  it('keeps an over-long name in the card being renamed', async () => {
    const id = await page
      .getByTestId('map-card')
      .filter({ hasText: 'Newsletter' })
      .getAttribute('data-touchpoint-id');
    // While renaming, the name is an input value, not text: find the card by its id.
    const card = page.locator(`[data-touchpoint-id="${id}"]`);
    await card.getByRole('button', { name: 'Newsletter umbenennen' }).click();
    const input = card.getByLabel('Name');
    await input.fill('N'.repeat(201));
    await input.press('Enter');
    await card.getByTestId('field-error').getByText('Höchstens 200 Zeichen – bitte kürzen.').waitFor();
    expect(await input.inputValue()).toBe('N'.repeat(201));
    await input.fill('Newsletter Zerspanung');
    await input.press('Enter');
    await page.getByRole('link', { name: 'Details zu Newsletter Zerspanung' }).waitFor();
  });

  it('puts a card back when the server refuses the move', async () => {
    const action = 'Action – Kaufphase';
    const loyalty = 'Loyalty – Aufrechterhaltungsphase';
    const inColumn = (phase: string) =>
      page
        .getByRole('region', { name: phase, exact: true })
        .getByRole('link', { name: 'Details zu Newsletter Zerspanung' });
    await inColumn(action).waitFor();
    await page.route('**/api/v1/workspaces/*/touchpoints/*/move', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 500,
            contentType: 'application/json',
            body: JSON.stringify({ error: { code: 'internal', message: 'Internal error', details: {} } }),
          })
        : route.fallback(),
    );
    const card = page
      .getByRole('region', { name: action, exact: true })
      .getByTestId('map-card')
      .filter({ has: page.getByRole('link', { name: 'Details zu Newsletter Zerspanung' }) });
    await pickUpByKeyboard(
      page,
      card.getByTestId('drag-handle'),
      page.getByText('„Newsletter Zerspanung“ aufgenommen.', { exact: false }),
    );
    await page.keyboard.press('ArrowRight');
    await page.getByText(`Über Phase ${loyalty}.`).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await page
      .getByTestId('alert-region')
      .getByText('„Newsletter Zerspanung“ konnte nicht verschoben werden', { exact: false })
      .waitFor();
    await inColumn(action).waitFor();
    expect(await inColumn(loyalty).count()).toBe(0);
    await page.unroute('**/api/v1/workspaces/*/touchpoints/*/move');
  });

  it('switches to English, remembers it, and lays out on a tablet', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journey map' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Catalogue' }).waitFor();
    await page.getByRole('link', { name: 'Details of Werksführung' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'tablet-map-en');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journey Map' }).waitFor();
    expect(errors).toEqual([]);
  });
});
