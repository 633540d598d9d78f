import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aTouchpoint, type TestWorkspace } from '../support/builders';
import { insertEvents, processAll } from '../support/eventRows';
import { type E2eServer, openAppOnNewWorkspace, screenshot } from './support';

const at = (time: string) => `2026-04-06T${time}:00Z`;

describe('customers', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ server, ws, page, errors } = await openAppOnNewWorkspace(
      { name: 'Schmidt Dreh- und Frästechnik' },
      async (ws, server) => {
        const phase = (key: string) => ws.workspace.journeyModel.phases.find((p) => p.key === key)!.id;
        const website = await aTouchpoint(ws.ctx, { name: 'Website', phaseIds: [phase('interest')] });
        const fair = await aTouchpoint(ws.ctx, { name: 'Fachmesse AMB', phaseIds: [phase('attention')] });
        await insertEvents(server.db, ws.workspace.id, [
          { type: 'trade_fair_contact', at: at('08:00'), anon: 'anna-laptop', touchpoint: fair.id, id: 'e0' },
          { type: 'page_view', at: at('09:00'), anon: 'anna-laptop', touchpoint: website.id, id: 'e1' },
          {
            type: 'identify',
            at: at('09:05'),
            anon: 'anna-laptop',
            user: 'u-anna',
            properties: { email: 'anna@example.com', name: 'Anna Schmidt', company: 'Schmidt GmbH' },
            id: 'e2',
          },
          { type: 'conversion', at: at('09:10'), anon: 'anna-laptop', name: 'Kontaktformular', id: 'e3' },
          {
            type: 'identify',
            at: at('11:00'),
            anon: 'bernd',
            user: 'u-bernd',
            properties: { email: 'bernd@example.com', name: 'Bernd Maier' },
            id: 'e5',
          },
          { type: 'page_view', at: at('12:00'), anon: 'carla', touchpoint: website.id, id: 'e6' },
        ]);
        await processAll(server.db, ws.workspace.id);
      },
    ));
  });

  it('searches the list, shows a profile with its facts and timeline (newest first), then erases it', async () => {
    await page.getByRole('link', { name: 'Kunden', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kunden' }).waitFor();
    await page.getByTestId('profile-row').filter({ hasText: 'Bernd Maier' }).waitFor();
    expect(await page.getByTestId('profile-row').count()).toBe(2);
    // Known contacts first; an anonymous visitor shows when asked for.
    await page.getByLabel('Nur bekannte Kontakte').uncheck();
    await page.getByTestId('profile-row').nth(2).waitFor();
    expect(await page.getByTestId('profile-row').count()).toBe(3);
    await page.getByLabel('Nur bekannte Kontakte').check();
    await page.getByTestId('profile-row').nth(2).waitFor({ state: 'detached' });
    expect(await page.getByTestId('profile-row').count()).toBe(2);

    await page.getByLabel('Suche').fill('schmidt gmbh');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.getByTestId('profile-row').filter({ hasText: 'Bernd' }).waitFor({ state: 'detached' });
    // The old rows can leave before the new result arrives: wait for it, then count.
    await page.getByTestId('profile-row').filter({ hasText: 'Anna Schmidt' }).waitFor();
    expect(await page.getByTestId('profile-row').count()).toBe(1);
    await screenshot(page, 'live-customers-list');

    await page.getByRole('link', { name: 'Anna Schmidt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anna Schmidt' }).waitFor();
    const facts = await page.getByTestId('profile-facts').textContent();
    expect(facts).toContain('Schmidt GmbH');
    expect(facts).toContain('Fachmesse AMB, Website');
    const items = page.getByTestId('timeline-item');
    await items.first().waitFor();
    expect(await items.count()).toBe(4);
    expect(await items.first().textContent()).toContain('Conversion: Kontaktformular');
    expect(await items.last().textContent()).toContain('Fachmesse AMB');
    await screenshot(page, 'live-customers-profile', true);

    // Bernd's profile turns out to be Anna's: merged after a confirmation.
    await page.getByLabel('Anderes Profil suchen').fill('Bernd');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.getByLabel('Profil auswählen').selectOption({ label: 'Bernd Maier · bernd@example.com' });
    await page.getByRole('button', { name: 'Zusammenführen …' }).click();
    await page
      .getByRole('dialog')
      .getByText('„Bernd Maier · bernd@example.com“ wird in „Anna Schmidt“')
      .waitFor();
    await page.getByRole('button', { name: 'Ja, zusammenführen' }).click();
    await page.getByText('„Bernd Maier · bernd@example.com“ wurde in dieses Profil übernommen.').waitFor();
    await page.getByTestId('timeline-item').nth(4).waitFor();
    expect(await items.count()).toBe(5);
    expect(await items.first().textContent()).toContain('Identifiziert');

    await page.getByRole('button', { name: 'Profil endgültig löschen …' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByTestId('erase-warning').textContent()).toContain('nicht rückgängig');
    const confirm = dialog.getByRole('button', { name: 'Endgültig löschen' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel('Zur Bestätigung „LÖSCHEN“ eingeben').fill('LÖSCHEN');
    await screenshot(page, 'live-customers-erase');
    await confirm.click();
    await page.getByText(/Profil gelöscht: 5 Ereignisse entfernt/).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Kunden' }).waitFor();
    await page.getByText('Keine Profile gefunden.').waitFor();
    const left = await sql<{ n: number }>`
      select count(*)::int as n from events where workspace_id = ${ws.workspace.id} and anonymous_id in ('anna-laptop', 'bernd')`.execute(
      server.db,
    );
    expect(left.rows[0]!.n).toBe(0);
    expect(errors).toEqual([]);
  });
});
