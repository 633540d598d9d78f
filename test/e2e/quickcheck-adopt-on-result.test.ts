import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findDigitalInterface } from '../../src/core/catalogue';
import type { QuickcheckAnswer } from '../../src/core/quickcheck';
import { listQuickcheckRuns, runQuickcheck } from '../../src/services/quickcheckRuns';
import { createTouchpointFromCatalogue, listTouchpoints } from '../../src/services/touchpoints';
import type { TestWorkspace } from '../support/builders';
import { collectConsole, type E2eServer, openAppOnNewWorkspace, screenshot } from './support';
import { answerQuickcheck } from './quickcheckWizard';

/**
 * Issue 12, item 7: adoption only appeared after saving, and its default ("Alle 'Sehr empfehlenswert'
 * (0 Schnittstellen)") adopted nothing.
 */
const interfaces = (n: number) => `${n} Schnittstelle${n === 1 ? '' : 'n'}`;

describe('adopting Quickcheck recommendations', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];
  let consoleErrors: string[];

  beforeAll(async () => {
    ({ server, ws, page, errors } = await openAppOnNewWorkspace({ name: 'Schmidt' }, async (ws) => {
      const chatbots = findDigitalInterface('Chatbots');
      if (!chatbots) throw new Error('Chatbots is in the catalogue');
      const created = await createTouchpointFromCatalogue(ws.ctx, { catalogueKey: chatbots.key });
      if (!created.ok) throw new Error(created.error.message);
    }));
    consoleErrors = collectConsole(page, 'error');
  });

  it('works right on the result, with the top recommendations ticked and the inventory respected', async () => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.getByRole('link', { name: 'Quickcheck' }).click();
    await page.getByRole('button', { name: /Neuen Quickcheck starten/ }).click();
    await answerQuickcheck(page);
    await page.getByRole('button', { name: 'Auswerten' }).click();
    const rows = page.getByTestId('qc-row');
    await rows.first().waitFor();

    // Chatbots is in the inventory already: said so, not offered again.
    const chatbots = rows.filter({ has: page.getByRole('heading', { name: 'Chatbots' }) });
    await chatbots.getByTestId('qc-in-inventory').waitFor();
    expect(await chatbots.getByRole('checkbox').isDisabled()).toBe(true);
    const veryRecommended = await page
      .getByTestId('qc-label')
      .filter({ hasText: 'Sehr empfehlenswert' })
      .count();
    expect(veryRecommended).toBeGreaterThan(2);
    const proposed = veryRecommended - 1;
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(proposed);
    await page.getByRole('button', { name: `Speichern und ${interfaces(proposed)} übernehmen` }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await screenshot(page, 'quickcheck-adopt-on-result');

    // The user changes the selection before adopting: the first one is left out.
    const first = rows.first();
    const firstName = (await first.locator('h3').textContent()) ?? '';
    await first.getByRole('checkbox').uncheck();
    await page.getByLabel('Name des Durchlaufs').fill('Workshop April');
    await page.getByRole('button', { name: `Speichern und ${interfaces(proposed - 1)} übernehmen` }).click();

    await page.getByRole('heading', { name: 'Ergebnis: Workshop April' }).waitFor();
    const outcome = page.getByTestId('qc-adopt-outcome');
    await outcome.waitFor();
    expect(await outcome.getByRole('link').count()).toBe(proposed - 1);
    const inventory = await listTouchpoints(ws.ctx);
    const names = inventory.map((tp) => tp.name);
    expect(names.filter((name) => name === 'Chatbots')).toHaveLength(1);
    expect(names).not.toContain(firstName);
    expect(inventory).toHaveLength(proposed);
    const runs = await listQuickcheckRuns(ws.ctx);
    expect(runs.map((run) => run.name)).toEqual(['Workshop April']);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('proposes the best three when no interface is "Sehr empfehlenswert", in English and on a phone', async () => {
    const answers = Array.from({ length: 14 }, (): QuickcheckAnswer => 'weniger-wichtig');
    const run = await runQuickcheck(ws.ctx, { answers, name: 'Zurückhaltend' });
    if (!run.ok) throw new Error(run.error.message);
    expect(run.value.results.some((row) => row.labelKey === 'very_recommended')).toBe(false);
    const inInventory = new Set((await listTouchpoints(ws.ctx)).map((tp) => tp.catalogueKey));
    const open = run.value.results.slice(0, 3).filter((row) => !inInventory.has(row.key)).length;

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.baseUrl}/quickcheck?run=${run.value.id}`);
    await page.getByRole('heading', { name: 'Ergebnis: Zurückhaltend' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: `Adopt ${open} interface${open === 1 ? '' : 's'}` }).waitFor();
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(open);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'quickcheck-adopt-phone-en');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
