import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createKpi, recordKpiValue } from '../../src/services/kpis';
import { listSwotEntries } from '../../src/services/strategy/swotEntries';
import { aTouchpoint, type TestWorkspace } from '../support/builders';
import { collectConsole, openAppOnNewWorkspace, screenshot, type E2eServer } from './support';

/**
 * Issue 17: a workshop fills the SWOT analysis, turns a weakness into a measure, sets a macro goal with
 * a micro goal measured by a KPI, and sees the goals with their status on the monitoring screen.
 */
describe('the strategy screen', () => {
  let server: E2eServer;
  let ws: TestWorkspace;
  let page: Page;
  let errors: string[];
  let consoleErrors: string[];
  let touchpointId = '';

  beforeAll(async () => {
    ({ server, ws, page, errors } = await openAppOnNewWorkspace({ name: 'Strategie GmbH' }, async (w) => {
      const tp = await aTouchpoint(w.ctx, { name: 'Instagram' });
      touchpointId = tp.id;
      const kpi = await createKpi(w.ctx, tp.id, { name: 'Follower', targetValue: 1000 });
      if (!kpi.ok) throw new Error(kpi.error.message);
      await recordKpiValue(w.ctx, kpi.value.id, { measuredOn: '2026-01-15', value: 1250 });
    }));
    consoleErrors = collectConsole(page, 'error');
  });

  const quadrant = (name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });

  it('a workshop fills the SWOT in German: type, Enter, next entry', async () => {
    await page.getByRole('link', { name: 'Strategie', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Strategie' }).waitFor();
    const strengths = page.getByRole('textbox', { name: 'Stärken: neuer Eintrag' });
    await strengths.fill('Persönliche Beratung');
    await strengths.press('Enter');
    await quadrant('Stärken').getByText('Persönliche Beratung').waitFor();
    // The field is empty and ready for the next entry.
    expect(await strengths.inputValue()).toBe('');
    await strengths.fill('Schnelle Lieferung');
    await strengths.press('Enter');
    const weaknesses = page.getByRole('textbox', { name: 'Schwächen: neuer Eintrag' });
    await weaknesses.fill('Rückrufe dauern zu lange');
    await weaknesses.press('Enter');
    const threats = page.getByRole('textbox', { name: 'Risiken: neuer Eintrag' });
    await threats.fill('Neue Online-Konkurrenz');
    await threats.press('Enter');
    await quadrant('Risiken').getByText('Neue Online-Konkurrenz').waitFor();
    await quadrant('Stärken').getByText('Schnelle Lieferung').waitFor();

    // Inline edit, then delete.
    await quadrant('Stärken').getByRole('button', { name: 'Schnelle Lieferung', exact: true }).click();
    const edit = page.getByRole('textbox', { name: 'Eintrag bearbeiten' });
    await edit.fill('Lieferung am nächsten Tag');
    await edit.press('Enter');
    await quadrant('Stärken').getByText('Lieferung am nächsten Tag').waitFor();
    await page.getByRole('button', { name: 'Eintrag „Lieferung am nächsten Tag“ löschen' }).click();
    await quadrant('Stärken').getByText('Lieferung am nächsten Tag').waitFor({ state: 'detached' });
    expect(await quadrant('Stärken').getByTestId('swot-entry').count()).toBe(1);
    await screenshot(page, 'strategy-swot');
  });

  it('reorders entries within a quadrant by the arrows, also from the keyboard', async () => {
    const strengths = page.getByRole('textbox', { name: 'Stärken: neuer Eintrag' });
    for (const text of ['Erfahrenes Team', 'Faire Preise']) {
      await strengths.fill(text);
      await strengths.press('Enter');
      await quadrant('Stärken').getByText(text).waitFor();
    }
    const texts = () => quadrant('Stärken').getByTestId('swot-entry').locator('.swot-text').allTextContents();
    const saved = async () =>
      (await listSwotEntries(ws.ctx))
        .filter((e) => e.quadrant === 'strengths' && e.touchpointId === null)
        .sort((a, b) => a.position - b.position)
        .map((e) => e.text);
    expect(
      await page.getByRole('button', { name: 'Eintrag „Persönliche Beratung“ nach oben' }).isDisabled(),
    ).toBe(true);
    expect(await page.getByRole('button', { name: 'Eintrag „Faire Preise“ nach unten' }).isDisabled()).toBe(
      true,
    );

    // Keyboard: focus stays with the moved entry, so Enter twice moves it two places.
    await page.getByRole('button', { name: 'Eintrag „Faire Preise“ nach oben' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(texts).toEqual(['Persönliche Beratung', 'Faire Preise', 'Erfahrenes Team']);
    await page.keyboard.press('Enter');
    await expect.poll(texts).toEqual(['Faire Preise', 'Persönliche Beratung', 'Erfahrenes Team']);
    await expect.poll(saved).toEqual(['Faire Preise', 'Persönliche Beratung', 'Erfahrenes Team']);

    await page.getByRole('button', { name: 'Eintrag „Persönliche Beratung“ nach unten' }).click();
    await expect.poll(texts).toEqual(['Faire Preise', 'Erfahrenes Team', 'Persönliche Beratung']);
    await page.reload();
    await expect.poll(texts).toEqual(['Faire Preise', 'Erfahrenes Team', 'Persönliche Beratung']);
  });

  it('turns a weakness into a measure of the action plan', async () => {
    await page.getByRole('button', { name: 'Aus „Rückrufe dauern zu lange“ eine Maßnahme machen' }).click();
    await page.getByText('Maßnahme „Rückrufe dauern zu lange“ angelegt.').waitFor();
    await quadrant('Schwächen').getByTestId('swot-is-measure').waitFor();
    await quadrant('Schwächen').getByRole('link', { name: 'Maßnahme ✓' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maßnahmenplan' }).waitFor();
    await page.getByText('Rückrufe dauern zu lange').first().waitFor();
  });

  it('sets a macro goal and a micro goal measured by a KPI', async () => {
    await page.getByRole('link', { name: 'Strategie', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Strategie' }).waitFor();
    await page.getByRole('button', { name: '+ Makroziel' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ziel', { exact: true }).fill('Marke stärken');
    await dialog.getByLabel('Art').selectOption({ label: 'Markenführung' });
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    const macro = page.getByTestId('goal').filter({ hasText: 'Marke stärken' });
    await macro.getByText('Noch kein KPI').waitFor();

    await page.getByRole('button', { name: 'Mikroziel zu „Marke stärken“ hinzufügen' }).click();
    await dialog.getByLabel('Ziel', { exact: true }).fill('Mehr Reichweite durch Abonnenten');
    await dialog.getByLabel('Art').selectOption({ label: 'Reichweite durch Abonnenten' });
    expect(await dialog.getByLabel('Gehört zu Makroziel').inputValue()).not.toBe('');
    await dialog.getByRole('checkbox', { name: /Follower/ }).check();
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    const micro = page.getByTestId('goal').filter({ hasText: 'Mehr Reichweite durch Abonnenten' });
    await micro.getByText('Auf Kurs').waitFor();
    await micro.getByTestId('goal-kpi').getByText('Follower').waitFor();
    await screenshot(page, 'strategy-goals', true);
  });

  it('shows the goals above the KPI numbers on monitoring, and the cycle counts the goal without KPI', async () => {
    await page.getByRole('link', { name: 'Monitoring', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Monitoring' }).waitFor();
    const goals = page.getByTestId('monitoring-goals');
    await goals.getByText('2 Ziele · 1 ohne KPI').waitFor();
    expect(await goals.getByTestId('goal-status').allTextContents()).toEqual([
      '! Noch kein KPI',
      '✓ Auf Kurs',
    ]);
    await screenshot(page, 'strategy-monitoring');
    await page.getByRole('link', { name: 'CTM-Zyklus', exact: true }).click();
    await page.getByText('1 Ziel ohne KPI').waitFor();
  });

  it('shows a SWOT section on a touchpoint’s page', async () => {
    await page.goto(`${server.baseUrl}/touchpoints/${touchpointId}`);
    const section = page.getByRole('region', { name: 'SWOT dieses Touchpoints' });
    const field = section.getByRole('textbox', { name: 'Chancen: neuer Eintrag' });
    await field.fill('Reels erreichen junge Zielgruppen');
    await field.press('Enter');
    await section.getByText('Reels erreichen junge Zielgruppen').waitFor();
    // The workspace's own SWOT stays apart from the touchpoint's.
    await page.goto(`${server.baseUrl}/strategy`);
    await quadrant('Stärken').getByText('Persönliche Beratung').waitFor();
    expect(await page.getByText('Reels erreichen junge Zielgruppen').count()).toBe(0);
    await page.getByLabel('SWOT für').selectOption({ label: 'Touchpoint: Instagram' });
    await quadrant('Chancen').getByText('Reels erreichen junge Zielgruppen').waitFor();
  });

  it('speaks English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Strategy' }).waitFor();
    await page.getByRole('heading', { level: 3, name: /^Strengths/ }).waitFor();
    await page.getByRole('heading', { level: 3, name: /^Threats/ }).waitFor();
    await page.getByTestId('goal').filter({ hasText: 'Marke stärken' }).getByText('No KPI yet').waitFor();
    await screenshot(page, 'strategy-en');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Strategie' }).waitFor();
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    void ws;
  });
});
