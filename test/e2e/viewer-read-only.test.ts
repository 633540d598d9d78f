import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  aTouchpoint,
  aWorkspace,
  TEST_PASSWORD,
  type TestUser,
  type TestWorkspace,
} from '../support/builders';
import { logIn, openPage, screenshot, startServer, type E2eServer } from './support';

describe('a viewer', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let viewer: TestUser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer();
    ws = await aWorkspace(server.db, { name: 'Schmidt Dreh- und Frästechnik (Leseansicht)' });
    const phases = ws.workspace.journeyModel.phases;
    await aTouchpoint(ws.ctx, {
      name: 'Website',
      ownership: 'owned',
      phaseIds: [phases[1]!.id, phases[2]!.id],
    });
    await aTouchpoint(ws.ctx, {
      name: 'Fachmesse AMB',
      ownership: 'paid',
      momentThatMatters: true,
      phaseIds: [phases[0]!.id],
    });
    await aTouchpoint(ws.ctx, { name: 'Kundenbewertungen', ownership: 'earned', phaseIds: [phases[2]!.id] });
    viewer = await ws.member('viewer', 'Vera Viewer');
    ({ page, errors } = await openPage());
  });

  it('sees the map with a read-only badge and no edit controls, then logs out', async () => {
    await logIn(page, server.baseUrl, viewer.email, TEST_PASSWORD);
    await expect(page.getByTestId('read-only-badge').textContent()).resolves.toContain('Nur Lesen');
    await page.getByTestId('map-card').first().waitFor();
    expect(await page.getByTestId('map-card').count()).toBe(4);
    expect(await page.getByRole('button', { name: /Aus dem Katalog/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Eigener Touchpoint/ }).count()).toBe(0);
    expect(await page.getByTestId('drag-handle').count()).toBe(0);
    expect(await page.getByRole('button', { name: /umbenennen/ }).count()).toBe(0);
    await screenshot(page, 'viewer-map');

    await page.getByRole('link', { name: 'Details zu Fachmesse AMB' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fachmesse AMB' }).waitFor();
    expect(await page.getByRole('button', { name: 'Speichern' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Stilllegen' }).count()).toBe(0);
    expect(await page.getByLabel('Reife (Ist)').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Bewertung erfassen' }).count()).toBe(0);
    await screenshot(page, 'viewer-detail');

    await page.getByRole('link', { name: 'Touchpoints', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Touchpoints' }).waitFor();
    await page.getByLabel('Typ (POE)').selectOption('paid');
    await page.getByText('1 Touchpoint', { exact: true }).waitFor();
    await page.getByRole('cell', { name: /Fachmesse AMB/ }).waitFor();
    await screenshot(page, 'viewer-touchpoints');

    await page.getByRole('link', { name: 'Katalog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Katalog der Touchpoints' }).waitFor();
    expect(await page.getByRole('button', { name: /Zur Karte hinzufügen/ }).count()).toBe(0);
    await screenshot(page, 'viewer-catalogue');

    await page.getByRole('button', { name: 'Benutzermenü: Vera Viewer' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await page.goto(`${server.baseUrl}/map`);
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(errors).toEqual([]);
  });
});
