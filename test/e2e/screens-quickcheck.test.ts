import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { QuickcheckAnswer } from '../../src/core/quickcheck';
import { runQuickcheck } from '../../src/services/quickcheckRuns';
import { listTouchpoints } from '../../src/services/touchpoints';
import type { TestWorkspace } from '../support/builders';
import { type E2eServer, openAppOnNewWorkspace, screenshot } from './support';
import { answerQuickcheck, WORKED_EXAMPLE_ANSWERS } from './quickcheckWizard';

describe('the Quickcheck wizard', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ server, ws, page, errors } = await openAppOnNewWorkspace({ name: 'Schmidt Dreh- und Frästechnik' }));
  });

  it('is answered, scored, saved and adopted as target touchpoints', async () => {
    await page.getByRole('link', { name: 'Quickcheck' }).click();
    await page.getByRole('button', { name: /Neuen Quickcheck starten/ }).click();

    // Evaluating too early names the open questions and marks them.
    await page.getByRole('radio', { name: 'sehr wichtig', exact: true }).check();
    await page.getByRole('button', { name: 'Auswerten' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: '13 Fragen sind noch offen' }).count(),
    ).resolves.toBe(1);
    await screenshot(page, 'quickcheck-wizard-missing');

    await answerQuickcheck(page);
    await expect(page.getByText('14 von 14 Fragen beantwortet').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Auswerten' }).click();

    const rows = page.getByTestId('qc-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(23);
    const third = rows.nth(2);
    expect(await third.locator('h3').textContent()).toBe('Chatbots');
    expect(await third.getByTestId('qc-percent').textContent()).toContain('82,7 %');
    expect(await third.getByTestId('qc-label').textContent()).toContain('Sehr empfehlenswert');
    expect(await third.textContent()).toContain('Synchrone Kommunikation: sehr wichtig (+18 Punkte)');
    await screenshot(page, 'quickcheck-result');

    await page.getByLabel('Name des Durchlaufs').fill('Workshop März');
    await page.getByRole('button', { name: 'Ergebnis speichern' }).click();
    await page.getByTestId('qc-saved-run').waitFor();
    await page.getByRole('heading', { name: 'Ergebnis: Workshop März' }).waitFor();
    expect(await page.getByTestId('qc-run-list').textContent()).toContain('Workshop März');
    const csv = page.getByRole('link', { name: /CSV exportieren/ });
    expect(await csv.getAttribute('href')).toMatch(/\/quickcheck\/runs\/[0-9a-f-]+\.csv\?lang=de$/);

    const veryRecommended = await page
      .getByTestId('qc-label')
      .filter({ hasText: 'Sehr empfehlenswert' })
      .count();
    // The top recommendations are ticked already, and the button says how many.
    await page.getByRole('button', { name: `${veryRecommended} Schnittstellen übernehmen` }).click();
    const outcome = page.getByTestId('qc-adopt-outcome');
    await outcome.waitFor();
    await outcome.getByRole('link', { name: 'Chatbots' }).waitFor();
    expect(await outcome.getByRole('link').count()).toBe(veryRecommended);
    await screenshot(page, 'quickcheck-adopted', true);

    const inventory = await listTouchpoints(ws.ctx);
    expect(inventory.map((tp) => tp.name)).toContain('Chatbots');
    expect(inventory).toHaveLength(veryRecommended);
    expect(inventory.every((tp) => tp.current.maturity === 'none' && tp.quickcheckRunId !== null)).toBe(true);

    // What is in the inventory now is marked and no longer offered.
    await page.getByRole('button', { name: '0 Schnittstellen übernehmen' }).waitFor();
    expect(await page.getByTestId('qc-in-inventory').count()).toBe(veryRecommended);
    await page.getByRole('button', { name: '0 Schnittstellen übernehmen' }).click();
    await page.getByText('Bitte mindestens eine Schnittstelle in der Liste ankreuzen.').waitFor();

    // English is complete too, with an English decimal point; and the list fits a tablet.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Adopt as target touchpoints' }).waitFor();
    expect(await page.getByTestId('qc-row').nth(2).getByTestId('qc-percent').textContent()).toContain(
      '82.7 %',
    );
    expect(await page.getByTestId('qc-row').nth(2).getByTestId('qc-label').textContent()).toContain(
      'Highly recommended',
    );
    await page.setViewportSize({ width: 800, height: 1000 });
    await screenshot(page, 'quickcheck-tablet-en');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    await page.getByRole('button', { name: 'Deutsch' }).click();
    expect(errors).toEqual([]);
  });

  it('compares a later run with the earlier one, with arrows for what moved', async () => {
    // A second run where low running costs (question 14) became important.
    const later = WORKED_EXAMPLE_ANSWERS.map((a) => a.replace(' ', '-')) as QuickcheckAnswer[];
    later[13] = 'sehr-wichtig';
    const run = await runQuickcheck(ws.ctx, { answers: later, name: 'Nach dem Workshop' });
    if (!run.ok) throw new Error(run.error.message);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${server.baseUrl}/quickcheck?run=${run.value.id}`);
    await page.getByRole('heading', { name: 'Ergebnis: Nach dem Workshop' }).waitFor();
    const select = page.getByLabel('Vergleichen mit');
    const earlier = await select.locator('option', { hasText: 'Workshop März' }).getAttribute('value');
    await select.selectOption(earlier ?? '');
    const compare = page.getByTestId('qc-compare');
    await compare.getByText('Geringe laufende Kosten: unwichtig → sehr wichtig').waitFor();
    const table = compare.getByTestId('qc-compare-table');
    expect(await table.getByText(/▲ \d+ Pl/).count()).toBeGreaterThan(0);
    expect(await table.getByText(/▼ \d+ Pl/).count()).toBeGreaterThan(0);
    await compare.scrollIntoViewIfNeeded();
    await screenshot(page, 'quickcheck-compare');
    expect(errors).toEqual([]);
  });
});
