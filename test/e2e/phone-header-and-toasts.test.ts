import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { aWorkspace } from '../support/builders';
import { collectConsole, openAppAs, screenshot, startServer, type E2eServer } from './support';

const PHONE = { width: 390, height: 844 };
const LONG_NAME = 'Neumann Präzisionsmechanik GmbH';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not visible');
  return found;
}

/**
 * Found by the whole-cycle test on a 390 px phone: the header cut the workspace's name to "Ne…", and
 * toasts covered a dialog's fields at the bottom of the screen for 4 s, moving as they expired.
 */
describe('a phone: the header and the toasts', () => {
  let server: E2eServer;
  let page: Page;
  let errors: string[];
  let consoleErrors: string[];

  beforeAll(async () => {
    server = await startServer();
    const ws = await aWorkspace(server.db, { name: LONG_NAME });
    // A second workspace turns the name into a selector, the narrowest form the header had.
    const other = await aWorkspace(server.db, { name: 'Zweitfirma' });
    await server.db
      .insertInto('memberships')
      .values({ workspace_id: other.workspace.id, user_id: ws.owner.id, role: 'editor' })
      .execute();
    ({ page, errors } = await openAppAs(server, ws.owner.email, PHONE));
    consoleErrors = collectConsole(page, 'error');
  });

  it('shows the whole workspace name in the header', async () => {
    const select = page.locator('.workspace-switcher select');
    await select.selectOption({ label: LONG_NAME });
    await page.getByRole('heading', { level: 1, name: 'CTM-Zyklus' }).waitFor();
    await page.goto(`${server.baseUrl}/personas`);
    await select.waitFor();
    const fits = await select.evaluate((el) => {
      const s = el as HTMLSelectElement;
      const probe = document.createElement('span');
      probe.textContent = s.options[s.selectedIndex]?.text ?? '';
      probe.style.font = getComputedStyle(s).font;
      probe.style.position = 'absolute';
      document.body.append(probe);
      const needed = probe.getBoundingClientRect().width;
      probe.remove();
      // The arrow of a select takes about 2 rem beside the text.
      return s.getBoundingClientRect().width >= needed + 24;
    });
    expect(fits).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'phone-header-long-workspace-name');
  });

  it('keeps toasts off the fields and buttons of a dialog', async () => {
    await page.getByRole('button', { name: '+ Neue Persona' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Einkäuferin');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    const toast = page.getByTestId('status-region').locator('.toast').last();
    await toast.getByText('Persona „Einkäuferin“ angelegt.').waitFor();
    // While the toast still shows, a dialog opens and must be usable in full.
    await page.getByRole('button', { name: 'Bearbeiten' }).first().click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    const toastBox = await box(toast);
    const controls = dialog.locator('.dialog-body').locator('input, select, textarea, button');
    for (let i = 0; i < (await controls.count()); i++) {
      const control = controls.nth(i);
      if (!(await control.isVisible())) continue;
      expect(overlaps(toastBox, await box(control)), `control ${i} under the toast`).toBe(false);
    }
    await screenshot(page, 'phone-toast-over-dialog');
    // A tap beside the toast reaches the page: the toast region takes no clicks of its own.
    const container = page.locator('.toasts');
    expect(await container.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    await dialog.getByLabel('Name', { exact: true }).fill('Zweite');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await page.getByTestId('status-region').getByText('Persona „Zweite“ gespeichert.').waitFor();
    // Only the newest toast shows on a phone, so none moves when an older one expires.
    const shown = await page
      .getByTestId('status-region')
      .locator('.toast')
      .evaluateAll((all) => all.filter((el) => (el as HTMLElement).offsetParent !== null).length);
    expect(shown).toBe(1);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
