import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEST_PASSWORD, type TestWorkspace } from '../support/builders';
import { collectConsole, logIn, openAppOnNewWorkspace, screenshot, type E2eServer } from './support';

/** Issue 12: the web app had no password change; the user menu offered only logging out. */
describe('changing one’s password in the browser', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ server, ws, page, errors } = await openAppOnNewWorkspace({ name: 'Neu GmbH' }));
  });

  it('checks the current password and the repetition, then logs in with the new one', async () => {
    const consoleErrors = collectConsole(page, 'error');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: /^Benutzermenü/ }).click();
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    const dialog = page.getByRole('dialog', { name: 'Passwort ändern' });
    await dialog.getByLabel('Aktuelles Passwort').fill('falsch geraten');
    await dialog.getByLabel('Neues Passwort', { exact: true }).fill('Zerspanung 2027!');
    await dialog.getByLabel('Neues Passwort wiederholen').fill('Zerspanung 2028!');
    await dialog.getByRole('button', { name: 'Passwort ändern' }).click();
    await dialog.getByText('Die beiden neuen Passwörter stimmen nicht überein.').waitFor();
    await dialog.getByLabel('Neues Passwort wiederholen').fill('Zerspanung 2027!');
    await dialog.getByRole('button', { name: 'Passwort ändern' }).click();
    await dialog.getByText('Das aktuelle Passwort stimmt nicht.').waitFor();
    await screenshot(page, 'phone-change-password');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await dialog.getByLabel('Aktuelles Passwort').fill(TEST_PASSWORD);
    await dialog.getByRole('button', { name: 'Passwort ändern' }).click();
    await page
      .getByTestId('status-region')
      .getByText('Passwort geändert. Ihre anderen Sitzungen wurden beendet.')
      .waitFor();

    // Still logged in here; a new login needs the new password.
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Journey Map' }).waitFor();
    await page.context().clearCookies();
    await logIn(page, server.baseUrl, ws.owner.email, 'Zerspanung 2027!');
    expect(errors).toEqual([]);
    // Expected: the refused wrong password, and the login screen's 401 for "who am I?". Nothing else.
    expect(consoleErrors.filter((e) => !e.includes('/api/v1/auth/me'))).toEqual([
      expect.stringMatching(/status of 400 .*\/api\/v1\/auth\/password/),
    ]);
  }, 60_000);
});
