import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { aPersona, aTouchpoint, type TestWorkspace } from '../support/builders';
import { collectConsole, openAppOnNewWorkspace, screenshot, type E2eServer } from './support';

/**
 * Issue 12, "the method as the guide": the CTM cycle (Ist-Analyse → Soll-Strategie → operative
 * Umsetzung → Monitoring) is the workspace's home, its figures come from the workspace's own data and
 * each step links to the screen where it is done.
 */
describe('the cycle view', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];
  let consoleErrors: string[];

  beforeAll(async () => {
    ({ server, ws, page, errors } = await openAppOnNewWorkspace({ name: 'Zyklus GmbH' }, async (w) => {
      await aPersona(w.ctx, { name: 'Einkauf' });
    }));
    consoleErrors = collectConsole(page, 'error');
  });

  const step = (key: string) => page.locator(`[data-testid="cycle-step"][data-step="${key}"]`);

  async function openHome() {
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'CTM-Zyklus' }).waitFor();
    await step('capture').waitFor();
  }

  it('is the home of a new workspace: four stages, eight steps, the first one next', async () => {
    await openHome();
    expect(new URL(page.url()).pathname).toBe('/cycle');
    expect(await page.getByTestId('cycle-stage').locator('h2').allTextContents()).toEqual([
      'Ist-Analyse',
      'Soll-Strategie',
      'Operative Umsetzung',
      'Monitoring',
    ]);
    expect(await page.getByTestId('cycle-step').count()).toBe(8);
    await page.getByTestId('cycle-next').getByText('Erfassen der kundenrelevanten Kontaktpunkte').waitFor();
    expect(await step('capture').getByTestId('cycle-figure').textContent()).toBe('0 Touchpoints erfasst');
    expect(await step('capture').getByText('1 Persona ohne Touchpoint').count()).toBe(1);
    expect(await step('document').getByTestId('cycle-figure').textContent()).toBe(
      '0 von 0 Touchpoints bewertet',
    );
    await screenshot(page, 'cycle-new-workspace');
  });

  it('counts a touchpoint added to the workspace', async () => {
    await aTouchpoint(ws.ctx, { name: 'Website', impact: 4, effort: 2, currentMaturity: 'minimal' });
    await openHome();
    await step('capture').getByText('1 Touchpoint erfasst').waitFor();
    expect(await step('document').getByTestId('cycle-figure').textContent()).toBe(
      '1 von 1 Touchpoints bewertet',
    );
    expect(await step('capture').getByText('Nicht begonnen').count()).toBe(0);
  });

  it('links each step to the screen where it is done', async () => {
    await openHome();
    const hrefs: Record<string, string | null> = {};
    for (const key of [
      'capture',
      'document',
      'target',
      'approach',
      'plan',
      'implement',
      'measure',
      'optimise',
    ])
      hrefs[key] = await step(key).locator('a.cycle-link').getAttribute('href');
    expect(hrefs).toEqual({
      capture: '/map',
      document: '/touchpoints',
      target: '/touchpoints',
      approach: '/priorities',
      plan: '/action-plan',
      implement: '/action-plan',
      measure: '/tracking',
      optimise: '/monitoring',
    });
    await step('capture')
      .getByRole('link', { name: /Zur Journey Map/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Journey Map' }).waitFor();
    await page.goBack();
    await step('approach')
      .getByRole('link', { name: /Zu den Prioritäten/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Prioritäten' }).waitFor();
    // The journey map stays one click away in the navigation.
    await page.getByRole('link', { name: 'Journey Map', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Journey Map' }).waitFor();
    await page.getByRole('link', { name: 'CTM-Zyklus', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'CTM-Zyklus' }).waitFor();
  });

  it('speaks English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'CTM cycle' }).waitFor();
    await step('document').getByText('Documenting the as-is situation from the customer’s view').waitFor();
    await step('capture').getByText('1 touchpoint captured').waitFor();
    await screenshot(page, 'cycle-en');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 1, name: 'CTM-Zyklus' }).waitFor();
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
