import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectConsole, openAppOnNewWorkspace, screenshot } from './support';

const DAY = 86_400_000;

/**
 * Issue 13: a marketer builds a segment from conditions, watches the count change, saves it, sees its
 * members and opens one of them; the customer list then filters by it.
 */
describe('the segments screen', () => {
  let page: Page;
  let errors: string[];
  let consoleErrors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openAppOnNewWorkspace({ name: 'Segment GmbH' }, async (w) => {
      const profile = (name: string, email: string, plan: string, daysAgo: number) =>
        w.ctx.db
          .insertInto('profiles')
          .values({
            workspace_id: w.workspace.id,
            name,
            email,
            traits: JSON.stringify({ plan }),
            last_seen_at: new Date(Date.now() - daysAgo * DAY),
          })
          .execute();
      await profile('Anna Pro', 'anna@example.de', 'pro', 1);
      await profile('Bernd Pro', 'bernd@example.de', 'pro', 40);
      await profile('Carla Free', 'carla@example.de', 'free', 2);
    }));
    consoleErrors = collectConsole(page, 'error');
  });

  it('builds a segment from a trait and a date condition, with the count as it is built', async () => {
    await page.getByRole('link', { name: 'Segmente', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Segmente' }).waitFor();
    const condition = page.getByTestId('segment-condition').first();
    await condition.getByLabel('Art').selectOption('trait');
    await condition.getByLabel('Schlüssel').fill('plan');
    await condition.getByLabel('Wert').fill('pro');
    await page.getByTestId('segment-preview-count').filter({ hasText: '2 Personen passen' }).waitFor();

    await page.getByRole('button', { name: 'Bedingung hinzufügen' }).first().click();
    const second = page.getByTestId('segment-condition').nth(1);
    await second.getByLabel('Art').selectOption('profile');
    // A new profile condition starts at "last seen within the last 30 days".
    await page.getByTestId('segment-preview-count').filter({ hasText: '1 Person passt' }).waitFor();
    await page.getByTestId('segment-members').getByRole('link', { name: 'Anna Pro' }).waitFor();
    expect(await page.getByTestId('segment-members').getByRole('link').allTextContents()).toEqual([
      'Anna Pro',
    ]);

    await page.getByLabel('Name', { exact: true }).fill('Aktive Pro-Kunden');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByTestId('segment-list').getByText('Aktive Pro-Kunden').waitFor();
    await page.getByTestId('segment-list').getByText('1 Person', { exact: true }).waitFor();
    await screenshot(page, 'segments-1366');
  });

  it('opens a member from the list, and the customer list filters by the segment', async () => {
    await page.getByRole('heading', { level: 2, name: 'Mitglieder von „Aktive Pro-Kunden“' }).waitFor();
    await page.getByTestId('segment-members').getByRole('link', { name: 'Anna Pro' }).click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Anna Pro' }).waitFor();

    await page.goto(new URL('/customers', page.url()).toString());
    await page.getByTestId('profile-list').waitFor();
    await page.getByTestId('segment-filter').selectOption({ label: 'Aktive Pro-Kunden' });
    await page.getByTestId('profile-list').getByText('Carla Free').waitFor({ state: 'detached' });
    await page.getByTestId('profile-list').getByText('Anna Pro').waitFor();
    expect(await page.getByTestId('profile-list').locator('tbody tr').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
